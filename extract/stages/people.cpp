// Person mentions from context: honorifics, titles, appositions, family names in capitals.
// A stage of the extraction pipeline (see extract/detail/document_reader.h): it reads and
// writes the shared state of one document.

#include "extract/detail/document_reader.h"

#include <span>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::detail {

struct Honorific {
    std::size_t length = 0;  // tokens
};

std::size_t match_honorific(const std::vector<Token>& t, std::size_t i, std::size_t limit) {
    auto at = [&](std::size_t k) -> const Token* { return k < limit ? &t[k] : nullptr; };
    const Token* a = at(i);
    if (!a) return 0;
    auto dot = [&](std::size_t k) { return at(k) && at(k)->is(".") && !at(k)->space_before; };
    // "the Hon", "The Rt Hon": first, since most calls are for "the", which opens nothing else
    if (a->is("the") || a->is("The")) {
        if (at(i + 1) && in(at(i + 1)->text, {"Hon", "Honorable", "Honourable", "Rt", "Right", "Reverend", "Rev"}))
            return 1 + match_honorific(t, i + 1, limit);
        return 0;
    }
    if (a->is_word() && in(a->text, {"Mr", "Ms", "Mrs", "Dr", "Prof", "Messrs", "Mme", "Mlle", "Shri", "Smt", "Shrimati", "Madam", "Madame", "Eng"}))
        return dot(i + 1) ? 2 : 1;
    // ("the Ambassador of China in Belgrade, Mister Li Manchang": written out, before a name)
    if (a->is("Mister") && at(i + 1) && at(i + 1)->is_word() && at(i + 1)->cap) return 1;
    // ("the Apostolic Nuncio to Argentina, Monsignor Miroslaw Adamczyk": a prelate's style)
    if ((a->is("Monsignor") || a->is("Msgr")) && at(i + 1)) {
        const std::size_t n = a->is("Msgr") && dot(i + 1) ? 2 : 1;
        if (at(i + n) && at(i + n)->is_word() && at(i + n)->cap) return n;
    }
    // Nigerian honorifics ("Mallam Nuhu Ribadu", "Alhaji Atiku Abubakar"), an honorific after them too
    // (and Malaysia's "Haji": "Dato' Seri Utama Haji Mohamad"; Fiji's chiefly "Ratu Inoke Kubuabola")
    // (Oman's "Sayyid Badr Albusaidi"; Myanmar's "Daw Aung San Suu Kyi", "U Wunna Maung Lwin"; Pakistan's
    // "Makhdoom Shah Mahmood Qureshi")
    const auto honour_word = [](const Token* w) {
        return w && w->is_word() &&
               in(w->text, {"Mallam", "Alhaji", "Alhaja", "Hajiya", "Haji", "Hajjah", "Ratu", "Sayyid", "Sayyida", "Makhdoom",
                            "Daw", "U"});
    };
    // ("U" only after an office and before a name of two words or more: "Foreign Minister U Wunna Maung
    // Lwin", not "the U Visa Petitioners")
    if (honour_word(a) && at(i + 1) && at(i + 1)->cap &&
        !(a->is("U") && !(i > 0 && t[i - 1].is_word() && t[i - 1].cap && at(i + 2) && at(i + 2)->cap)))
        return 1 + match_honorific(t, i + 1, limit);
    if (a->is_word() && in(a->text, {"Sir", "Dame"})) return 1;
    // ("Minister of State Lord Tariq Ahmed": a peer's style before a name of two words; not an
    // office that opens with it, "Lord Mayor", "Lord Chancellor")
    if (a->is("Lord") && at(i + 1) && at(i + 1)->is_word() && at(i + 1)->cap && at(i + 2) && at(i + 2)->is_word() &&
        at(i + 2)->cap && !in(at(i + 1)->text, {"Mayor", "Chancellor", "Provost", "Chief", "President", "Privy", "Speaker",
                                                 "Lieutenant", "Advocate", "High", "Justice", "Chamberlain", "Steward", "Of"}))
        return 1;
    // ("Prime Minister honorable Jeremiah Manele": the word in lower case, a name after it)
    if (a->is_word() && in(a->text, {"honorable", "honourable"}) && at(i + 1) && at(i + 1)->cap && at(i + 1)->is_word())
        return 1 + match_honorific(t, i + 1, limit);
    // Malaysian and Bruneian titles of honour, and an honorific after them: "Dato' Seri", "Datuk
    // Seri", "Tan Sri", "Tun Dr", "Datin Paduka", "Puan Sri"
    auto malay = [&](std::size_t k) -> std::size_t {
        const Token* w = at(k);
        if (!w || !w->is_word()) return 0;
        const std::string_view x = w->text;
        std::size_t e = k;
        if (x == "Dato" || x == "Datuk" || x == "Datin" || x == "Tun" || x == "Toh") {
            e = k + 1;
            if (at(e) && is_apos(*at(e))) ++e;
            if (at(e) && in(at(e)->text, {"Seri", "Sri", "Paduka", "Utama", "Puan"})) ++e;
            if (at(e) && in(at(e)->text, {"Diraja", "Panglima", "Utama"})) ++e;  // "Dato' Seri Diraja"
        } else if ((x == "Tan" || x == "Puan") && at(k + 1) && at(k + 1)->is("Sri")) {
            e = k + 2;
        }
        if (e == k || !at(e) || !at(e)->is_word() || !at(e)->cap) return 0;
        return e - k + match_honorific(t, e, limit);
    };
    if (const std::size_t m = malay(i)) return m;
    // H.E., and "H.E Wang Yi" with its last stop left out before a capitalised word
    if (a->is("H") && dot(i + 1) && at(i + 2) && at(i + 2)->is("E") &&
        (dot(i + 3) || (at(i + 3) && at(i + 3)->cap && at(i + 3)->is_word() && at(i + 3)->space_before))) {
        const std::size_t e = dot(i + 3) ? i + 4 : i + 3;
        // and a title of honour after it: "H.E. Dato' Seri X", "H.E. Ratu X", "H.E. Alhaji X"
        std::size_t m = malay(e);
        // (or "H.E. Dr. X", "H.E. Mr. X", "H.E. Ambassador"-free: another honorific of the table)
        if (!m && (honour_word(at(e)) ||
                   (at(e) && at(e)->is_word() && in(at(e)->text, {"Mr", "Ms", "Mrs", "Dr", "Prof", "Madam", "Eng"}))))
            m = match_honorific(t, e, limit);
        return e - i + m;
    }
    // (and an honorific after it: "HE Dr. X", "HE Lord X")
    if (a->is("HE") && at(i + 1) && at(i + 1)->cap) return 1 + match_honorific(t, i + 1, limit);
    // ("The Crown Prince of Kuwait HH Sheikh Mishal Al-Ahmad": His Highness, in two capitals)
    if (a->is("HH") && at(i + 1) && at(i + 1)->is_word() && at(i + 1)->cap) return 1 + match_honorific(t, i + 1, limit);
    if (a->is_word() && in(a->text, {"His", "Her"}) && at(i + 1) && at(i + 1)->is("Excellency")) {
        // ("Her Excellency, Ms X": a comma, then the honorific of the name)
        if (at(i + 2) && at(i + 2)->is(",") && at(i + 3) && at(i + 3)->is_word() &&
            in(at(i + 3)->text, {"Mr", "Ms", "Mrs", "Dr", "Prof", "Madam"}))
            return 3 + match_honorific(t, i + 3, limit);
        return 2;
    }
    // "His Majesty King Abdullah II", "Her Royal Highness", "His Highness Sheikh X", "His All-Holiness"
    if (a->is_word() && in(a->text, {"His", "Her"}) && at(i + 1) && in(at(i + 1)->text, {"Majesty", "Highness", "Holiness"})) {
        // "His Highness Sheikh Mohamed bin Zayed Al Nahyan": the title of honour too, a name of
        // two words or more after it ("Sheikh Hasina" is her name)
        if (at(i + 3) && in(at(i + 2)->text, {"Sheikh", "Sheikha", "Shaikh", "Shaikha"}) && at(i + 3)->cap && at(i + 4) &&
            (at(i + 4)->cap || in(at(i + 4)->text, {"bin", "bint", "ibn"})))
            return 3;
        return 2;
    }
    if (a->is_word() && in(a->text, {"His", "Her"}) && at(i + 2) && at(i + 1)->is("Royal") && at(i + 2)->is("Highness"))
        return 3;
    if (a->is_word() && in(a->text, {"His", "Her"}) && at(i + 1) && in(at(i + 1)->text, {"Eminence", "Beatitude"}))
        return 2;
    if (a->is_word() && in(a->text, {"His", "Her"}) && at(i + 3) && at(i + 1)->is("All") && at(i + 2)->is("-") &&
        at(i + 3)->is("Holiness"))
        return 4;
    if (a->is_word() && in(a->text, {"Hon", "Honorable", "Honourable", "Rev", "Revd", "Reverend"})) {
        const bool rev = !in(a->text, {"Hon", "Honorable", "Honourable"});
        const std::size_t e = dot(i + 1) ? i + 2 : i + 1;
        const Token* next = at(e);
        // a second honorific: "Hon. Rev. Dr. X", "Rev. Dr. X", "the Reverend Doctor X" (not "The
        // Honorable Shri Thanedar", whose "Shri" is his name)
        if (next && next->is_word() && (in(next->text, {"Rev", "Revd", "Reverend", "Dr", "Prof"}) || (rev && next->is("Doctor"))))
            if (const std::size_t more = next->is("Doctor") ? 1 : match_honorific(t, e, limit)) return e - i + more;
        // ("23 Rev. Fin. 697": a journal's abbreviations are no one's honorific)
        if (rev && next && dot(e + 1)) return 0;
        return e - i;
    }
    if (a->is("Rt") || a->is("Right")) {
        std::size_t k = i + 1;
        if (dot(k)) ++k;
        if (at(k) && in(at(k)->text, {"Hon", "Honourable", "Honorable"})) {
            ++k;
            if (dot(k)) ++k;
            return k - i;
        }
        return 0;
    }
    if (a->is("Senator") && at(i + 1) && at(i + 1)->is("the")) {
        const std::size_t h = match_honorific(t, i + 1, limit);
        return h ? 1 + h : 0;
    }
    return 0;
}

bool generational_suffix(std::string_view part) { return in(part, {"II", "III", "IV", "Jr", "Sr"}); }

bool is_post_nominal(std::string_view w) {
    return in(w, {"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "AO", "AC", "PhD", "Jr", "Sr", "MEP", "MdB", "TD"});
}

// The plural of an office ("Deputy Prime Ministers Radmila Sekerinska and Bujar Osmani")
// stands before names, never in an apposition after one.
bool plural_office(std::string_view folded) {
    for (std::string_view office : kPluralOffices)
        if (folded == office) return true;
    return false;
}

// The word of an envoy's office, who is sent to a country or serves in one ("Ambassador of Chile
// in Peru X", "U.S. Ambassador to Japan X", "X, Brazil's ambassador to Buenos Aires").
static bool envoy_word(std::string_view folded) { return in(folded, {"ambassador", "envoy", "consul", "commissioner"}); }

bool is_particle(std::string_view w) {
    if (w.empty() || w.size() > 5 || w[0] < 'a' || w[0] > 'z') return false;  // particles are short, lower case
    return in(w, {"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le",
                  "bin", "bint", "binti", "ibn", "al", "el", "ter", "zu", "y"});
}

bool name_particle(std::string_view w) { return is_particle(w) || in(w, {"Bin", "Bint", "Ibn", "Al", "El"}); }

// ---------------------------------------------------------------- people

// A known name whose offices are written before a person's name: a country or body, or a
// building standing for the office in it ("White House Senior Advisor X").
static bool office_holder(const PhraseEntry& e) {
    // ("Prime Minister of the Cook Islands Henry Puna": a territory governs itself)
    return e.type == EntityType::Country || e.type == EntityType::Organization || e.facility || e.territory;
}

namespace {

// One or two romanised Chinese or Korean syllables ("qiang", "jinping", "yeol", "byung"):
// a consonant onset, a vowel group and an optional final, read greedily; "darroch" and
// "reynolds" are not.
bool romanised_syllables(std::string_view w) {
    static constexpr std::string_view kOnsets[] = {"zh", "ch", "sh", "hs", "ts", "kk", "tt", "pp", "ss", "jj",
                                                   "b",  "p",  "m",  "f",  "d",  "t",  "n",  "l",  "g",  "k",
                                                   "h",  "j",  "q",  "x",  "r",  "z",  "c",  "s",  "y",  "w"};
    static constexpr std::string_view kVowels[] = {"iang", "iong", "uang", "yeo", "yae", "wae", "iao", "ian", "uai",
                                                   "uan",  "eo",   "eu",  "ae",  "oe",  "wi",  "ya",  "yo",  "yu",
                                                   "ye",   "wa",   "wo",  "we",  "ui",  "ai",  "ei",  "ao",  "ou",
                                                   "iu",   "ie",   "ua",  "uo",  "ue",  "a",   "e",   "i",   "o",
                                                   "u"};
    static constexpr std::string_view kFinals[] = {"ng", "n", "k", "l", "m", "p", "t", "r"};
    std::size_t i = 0, syllables = 0;
    auto take = [&](std::span<const std::string_view> options) {
        for (std::string_view o : options)
            if (w.substr(i, o.size()) == o) {
                i += o.size();
                return true;
            }
        return false;
    };
    while (i < w.size()) {
        take(kOnsets);
        if (!take(kVowels)) return false;
        // a final consonant only where no vowel follows it (it would begin the next syllable)
        const std::size_t before = i;
        if (take(kFinals) && i < w.size() && std::string_view("aeiouwy").find(w[i]) != std::string_view::npos) i = before;
        ++syllables;
    }
    return syllables > 0 && syllables <= 2;  // given names run to two syllables a part
}

}  // namespace

// "Li Qiang", "Cho Tae-yul", "Kim Jong Un": a Chinese or Korean name written family name first
// in normal case (data/word_classes.tsv, family-name-first), with a given name of romanised
// syllables that is no Western given name, so that "Kim Darroch" and "Lee Hamilton" are not one.
bool DocumentReader::family_name_first(const PersonMention& m) const {
    if (m.family_first || m.parts.size() < 2 || m.parts.size() > 3 || !(flags_[m.name_first] & kFamilyNameFirst))
        return false;
    for (std::size_t k = 1; k < m.parts.size(); ++k) {
        if (m.caps[k]) return false;
        const std::string folded = fold_key(m.parts[k]);
        if (gaz_.given_name_key.count(folded)) return false;  // "Lee Marvin", "Kim Alan ..."
        std::size_t from = 0;
        while (from <= folded.size()) {
            const std::size_t dash = std::min(folded.find('-', from), folded.size());
            if (!romanised_syllables(std::string_view(folded).substr(from, dash - from))) return false;
            from = dash + 1;
        }
    }
    return true;
}

// A word of the language (listed in lower case only) or the head noun of a body among the
// words of [first, last): what a name read from context may not hold ("Law Review", "Fund").
bool DocumentReader::language_word_in(std::size_t first, std::size_t last) const {
    for (std::size_t r = first; r < last; ++r) {
        // (the second part of a hyphenated given name is none: "Byung-won", "Jae-in")
        const bool after_hyphen = r > first && tok_[r - 1].is("-") && !tok_[r].space_before && !tok_[r - 1].space_before &&
                                  !tok_[r].cap;
        // (a lower-case particle is none: "bin" in "Tahnoon bin Zayed")
        if (tok_[r].is_word() && !after_hyphen && !is_particle(tok_[r].text) &&
            (language_word(r) || (flags_[r] & kHeadNoun)))
            return true;
    }
    return false;
}

// A name read from context whose last part only may be a word of the language, none a head
// noun of a body: "Qin Gang", "Cai Qi", "Emmanuel Macron" ("gang", "qi" and "macron" are words),
// never "Foreign Ministry" or "Xinhua Agency".
bool DocumentReader::plain_name(std::size_t first, std::size_t last) const {
    if (last <= first + 1) return !language_word_in(first, last);
    for (std::size_t r = first; r < last; ++r)
        if (tok_[r].is_word() && (flags_[r] & kHeadNoun)) return false;
    std::size_t final_word = last - 1;
    while (final_word > first && !tok_[final_word].is_word()) --final_word;
    return !language_word_in(first, final_word);
}

// In a release's title (a line without a full stop) a word of the language written in title case
// ends the name before it: "President-elect Biden Outlines COVID Plan", "Statement from
// President Biden Honoring Senator X", "President Joe Biden Three Years After". After a whole
// name (two parts besides initials) any such word with more capitalised words after it does;
// after one part only a verb does (a common word ending in -ing or -ed, or in -s or -es with
// more capitalised words after it, whose stem is a common word too), since a family name may be
// a word ("Susan Rice", "Lonnie G. Bunch III").
bool DocumentReader::headline_verb(std::size_t k, std::size_t parts) const {
    const std::size_t end = sentence_end(k);
    if (end == 0 || tok_[end - 1].is(".") || tok_[k].allcaps) return false;
    // the release's title: its first line, or a line above its date line (not a list of names); a
    // heading line of the body ("Statement from President Biden Marking ...") ends a name only at
    // a verb's form
    const bool title = sent_of_[k] == 0 || (date_line_token_ != kNone && k < date_line_token_);
    const Sentence& line = sent_[sent_of_[k]];
    const bool heading = line.line_start && (end >= tok_.size() || tok_[end].newline_before);
    if (!title && !heading) return false;
    // (a heading of a list of names ends soon or at a comma: "Joni Kicking Woman", "James William
    // Ewing, of Virginia"; a heading that states something goes on)
    if (!title && !(k + 3 < end && !tok_[k + 1].is(","))) return false;
    const std::string_view w = fold_[k];
    if (w.size() >= 5 && (w.ends_with("ing") || w.ends_with("ed"))) {
        const std::string_view stem = w.substr(0, w.size() - (w.ends_with("ed") ? 2 : 3));
        if (gaz_.common_word(stem) || gaz_.common_word(std::string(stem) + "e")) return true;
    }
    // a word a lower-case article follows, in a line written in title case, is a verb or a noun,
    // never a name's part: "President Biden Marking the Anniversary"
    if (k + 1 < end && tok_[k + 1].is_word() && !tok_[k + 1].cap &&
        in(tok_[k + 1].text, {"the", "a", "an", "his", "her", "their", "its"}))
        return true;
    // a modal or an adverb after a name in a title: "President Biden Will Sign", "Biden Now Outpacing"
    if (in(w, {"will", "would", "can", "could", "must", "should", "now", "also", "again", "to", "and"}) &&
        k + 1 < end && tok_[k + 1].is_word() && (tok_[k + 1].cap || tok_[k + 1].allcaps))
        return true;
    // a verb of four letters: "Biden Asks", "Harris Sees"
    if (w.size() == 4 && w.ends_with("s") && !w.ends_with("ss") && k + 1 < end && gaz_.common_word(w.substr(0, 3)))
        return true;
    if (!title || !gaz_.common_word(w)) return false;
    const bool more = k + 1 < end && tok_[k + 1].is_word() && (tok_[k + 1].cap || tok_[k + 1].allcaps);
    if (parts >= 2 && more) return true;
    // ("Foreign Minister Kurz and Secretary-General Linhart Meet U.S. Secretary of State Kerry": the
    // plural of a meeting verb after a family name alone)
    if (more && (flags_[k] & kMeetingVerb)) return true;
    // (after a family name alone, anything after the word will do: "President Biden Participates in",
    // "Biden Invites 40 World Leaders"; a family name that is a word ends its line: "Maxine Waters")
    if (w.size() < 5 || !w.ends_with("s") || w.ends_with("ss") || !(more || (parts == 1 && k + 1 < end)))
        return false;
    return gaz_.common_word(w.substr(0, w.size() - 1)) || (w.ends_with("es") && gaz_.common_word(w.substr(0, w.size() - 2)));
}

// At k, the verb of people who were at a meeting just told: "attended the talks", "were also
// present", "were among the Singapore ministers at the meeting".
bool DocumentReader::attendance_verb(std::size_t k, std::size_t limit) const {
    if (k < limit && fold_[k] == "also") ++k;
    if (k + 2 < limit && fold_[k] == "attended" && in(fold_[k + 1], {"the", "this"}) && meeting_noun_at(k + 2))
        return true;
    if (k + 1 >= limit || !in(fold_[k], {"was", "were"})) return false;
    ++k;
    if (fold_[k] == "also") ++k;
    if (k < limit && fold_[k] == "present") return true;
    if (k >= limit || fold_[k] != "among") return false;
    for (std::size_t q = k + 1; q + 2 < limit && q < k + 10; ++q)
        if (fold_[q] == "at" && in(fold_[q + 1], {"the", "this"}) && meeting_noun_at(q + 2)) return true;
    return false;
}

bool DocumentReader::capitalised_name_word(std::size_t i) const {
    // (a word of none of the classes tested below, most capitalised words, is a name word at once)
    if (!(flags_[i] & (kNonName | kHonorificStart | kMonth | kPostNominal))) return true;
    const Token& t = tok_[i];
    // A family name that is also a pronoun is a name after a capitalised word inside a sentence:
    // "Vice Premier He Lifeng", "Liu He"; never "He" opening a sentence or a quote.
    if ((flags_[i] & kNonName) && (flags_[i] & kFamilyNameFirst) && i > sentence_begin(i) && !t.newline_before &&
        tok_[i - 1].is_word() && (tok_[i - 1].cap || tok_[i - 1].allcaps))
        return !(flags_[i] & (kMonth | kPostNominal));
    // "Dato'", "Datuk": a Malay title of honour before a name, never part of it
    if ((flags_[i] & kHonorificStart) && i + 1 < tok_.size() && !tok_[i + 1].space_before && is_apos(tok_[i + 1]) &&
        match_honorific(tok_, i, tok_.size()) > 0)
        return false;
    return !(flags_[i] & (kNonName | kMonth | kPostNominal));
}

// Names joined by commas from token e on reach an "and" before another name: "A, B and C".
std::size_t DocumentReader::past_portfolio_gloss(std::size_t e, std::size_t limit) const {
    if (e + 2 >= limit || !tok_[e].is("(") || !tok_[e + 1].is_word() || !tok_[e + 1].cap) return e;
    for (std::size_t q = e + 1; q < limit && q < e + 8; ++q) {
        if (tok_[q].is(")")) return q + 1 < limit ? q + 1 : e;
        if (!(tok_[q].is_word() && (tok_[q].cap || in(fold_[q], {"and", "of", "for", "the"}))) && !tok_[q].is(","))
            return e;
    }
    return e;
}

bool DocumentReader::list_ends_in_and(std::size_t e, std::size_t limit) const {
    for (int items = 0; e + 1 < limit && items < 8; ++items) {
        e = past_portfolio_gloss(e, limit);  // "Secretaries A (Foreign Affairs), B (Defense) and C"
        if (tok_[e].is("and") || (tok_[e].is(",") && tok_[e + 1].is("and"))) return true;
        if (!tok_[e].is(",") || !free(e + 1)) return false;
        const auto next = read_name(e + 1, limit, false);
        if (!next) return false;
        e = next->last;
    }
    return false;
}

// "Ms. Amy Pope, Director General", "Martin Luther King Jr.": a one-word office after a given name,
// closing the name (a comma, a stop or a suffix after it), is the family name (title-word-surname);
// "King Charles", "Joe Biden President of X" keep the office.
bool DocumentReader::title_word_surname(std::size_t k, std::size_t limit) const {
    // (not "Sheikh" or "Sultan", which stand inside Arabic names; not "Senior Advisor", an office of two words)
    if (title_match(k, limit) != 1 || !tok_[k].cap || tok_[k].allcaps || (flags_[k] & (kHonorificStart | kGivenNameTitle)) ||
        k == 0 || !tok_[k - 1].is_word() || !tok_[k - 1].cap || tok_[k - 1].allcaps || (flags_[k - 1] & kNonName) ||
        title_match(k - 1, limit))
        return false;
    if (k + 1 >= limit) return false;  // (a heading's last word: "... Minister")
    const Token& next = tok_[k + 1];
    if (next.is(",") || next.is(";") || next.is(")")) return true;
    if (next.is(".")) return k + 2 >= limit || tok_[k + 2].cap;  // (a sentence's end)
    // (a verb after it is no proof: "President Hassan Sheikh thanked" is a short form of a longer name)
    // ("Martin Luther King III": or a generational suffix)
    return next.is_word() && ((flags_[k + 1] & kPostNominal) || generational_suffix(next.text));
}

// Reads name parts at i: capitalised words, capitals, hyphenated parts, particles
// between capitalised words, initials ("J."). Stops at anything else.
std::optional<NameParts> DocumentReader::read_name(std::size_t i, std::size_t limit, bool allow_single) const {
    NameParts n;
    n.first = i;
    std::size_t k = i;
    // (the particles counted as they come, not again at every token)
    std::size_t particles = 0;
    const auto add_part = [&n, &particles](std::string_view part, bool caps) {
        // ("Abdul Latif Bin Rashid Al Zayani": the particles capitalised count as well)
        particles += name_particle(part) ? 1 : 0;
        n.parts.push_back(part);
        n.caps.push_back(caps);
    };
    // five parts, and up to seven with particles ("Mohammed bin Abdulrahman bin Jassim Al Thani")
    auto room = [&] { return n.parts.size() < 5 + std::min<std::size_t>(particles, 2); };
    while (k < limit && room()) {
        const Token& t = tok_[k];
        if (k > i && t.newline_before) break;
        // a nickname in quotes inside the name is no part of it: President Ferdinand "Bongbong"
        // Marcos Jr., Rodrigo 'Rody' Duterte
        if (!n.parts.empty() && k + 3 < limit && t.space_before &&
            (t.is("\u201c") || t.is("\"") || t.is("\u2018") || t.is("'")) && tok_[k + 1].is_word() && tok_[k + 1].cap &&
            !tok_[k + 1].space_before && !tok_[k + 2].space_before &&
            (tok_[k + 2].is("\u201d") || tok_[k + 2].is("\"") || tok_[k + 2].is("\u2019") || tok_[k + 2].is("'")) &&
            tok_[k + 3].space_before && !tok_[k + 3].newline_before && name_word(k + 3)) {
            k += 3;
            continue;
        }
        // initial: single capital letter followed by "." and a space ("U.S.", "U.K." are not initials)
        // ("H.W. Bush": initials may follow each other unspaced)
        const bool next_initial = k + 4 < limit && tok_[k + 2].is_word() && tok_[k + 2].text.size() == 1 &&
                                  tok_[k + 2].cap && tok_[k + 3].is(".") && tok_[k + 4].space_before &&
                                  name_word(k + 4);
        // A name may open with its initial after a title or honorific on the same line ("External
        // Affairs Minister Dr. S. Jaishankar", "Mr. K. Shanmugam"), never where a heading's letter
        // stands ("A. Bilateral Relations") or inside an abbreviation ("U.S.", spaced "U. S.").
        const bool leading_initial = n.parts.empty() && k == i && i > 0 && t.space_before && !t.newline_before &&
                                     !t.is("U") &&
                                     (tok_[i - 1].is(".") || (tok_[i - 1].is_word() && tok_[i - 1].cap)) &&
                                     k + 2 < limit && !title_match(k + 2, limit) && !phrase_match(k + 2, limit).entry;
        if (t.is_word() && t.text.size() == 1 && t.cap && k + 1 < limit && tok_[k + 1].is(".") &&
            (!n.parts.empty() || leading_initial) && k + 2 < limit &&
            ((tok_[k + 2].space_before && name_word(k + 2)) || next_initial ||
             // ("Albert F. del Rosario": a family name's particle after the initial)
             (!n.parts.empty() && tok_[k + 2].space_before && tok_[k + 2].is_word() && !tok_[k + 2].cap &&
              is_particle(tok_[k + 2].text) && k + 3 < limit && name_word(k + 3)))) {
            add_part(joined(k, k + 2), false);
            k += 2;
            continue;
        }
        // two initials in one word inside a name: "Meynardo LB. Montealegre"
        if (t.is_word() && t.allcaps && t.text.size() == 2 && !n.parts.empty() && k + 2 < limit &&
            tok_[k + 1].is(".") && !tok_[k + 1].space_before && tok_[k + 2].space_before && name_word(k + 2) &&
            !phrase_match(k, limit).entry) {
            add_part(joined(k, k + 2), false);
            k += 2;
            continue;
        }
        // an elided prefix written apart from its name: "Gov. O’ Malley", "D’ Souza" (one name)
        if (t.is_word() && t.text.size() == 1 && t.cap && k + 2 < limit && is_apos(tok_[k + 1]) &&
            !tok_[k + 1].space_before && tok_[k + 2].space_before && !tok_[k + 2].newline_before && name_word(k + 2)) {
            n.parts.push_back(joined(k, k + 3));
            n.caps.push_back(false);
            k += 3;
            continue;
        }
        // particles, also in chains: "von der Leyen", "de la Cruz"
        std::size_t after_particles = k;
        while (after_particles < limit && tok_[after_particles].is_word() && is_particle(tok_[after_particles].text))
            ++after_particles;
        // (a family name may open with its particles after an office: "President von der Leyen")
        if (after_particles > k && (!n.parts.empty() || (allow_single && k == i && i > 0 && tok_[i - 1].cap)) &&
            after_particles < limit && name_word(after_particles) && after_particles - k <= 3) {
            for (std::size_t q = k; q < after_particles; ++q) {
                add_part(tok_[q].text, false);
            }
            k = after_particles;
            continue;
        }
        // a particle joined to the name it introduces: "Abdel Fattah el-Sisi", "President al-Sudani"
        if (t.is_word() && is_particle(t.text) && k + 2 < limit && tok_[k + 1].is("-") &&
            !tok_[k + 1].space_before && !tok_[k + 2].space_before && name_word(k + 2) &&
            (!n.parts.empty() || allow_single)) {
            add_part(joined(k, k + 3), false);
            k += 3;
            continue;
        }
        if (t.is_word() && is_particle(t.text) && !n.parts.empty() && k + 1 < limit && name_word(k + 1)) {
            add_part(t.text, false);
            ++k;
            continue;
        }
        // A month is a name when no day or year follows it: "Theresa May", "Prime Minister May:".
        // A month's abbreviation of three letters opens a name before another name word: "Jan
        // Egeland", "Jan Lipavsky" (a date writes a number after it: "Jan. 5", "Jan 5").
        const bool abbreviation_first = n.parts.empty() && k == i && t.text.size() == 3 && k + 1 < limit &&
                                        tok_[k + 1].space_before && name_word(k + 1);
        const bool month_name = (flags_[k] & kMonth) && t.is_word() && t.cap && !(flags_[k] & kNonName) &&
                                (k + 1 >= limit || tok_[k + 1].kind != Token::Kind::Number) &&
                                (!n.parts.empty() || (k == i && allow_single) || abbreviation_first);
        // ("Unification Minister Hyun In-taek": a Korean given name whose first syllable is a word
        // of the language, joined by its hyphen, after a family name written first)
        const bool hyphened_given = n.parts.size() == 1 && (flags_[i] & kFamilyNameFirst) && t.is_word() && t.cap &&
                                    !t.allcaps && k + 2 < limit && tok_[k + 1].is("-") && !tok_[k + 1].space_before &&
                                    !tok_[k + 2].space_before && tok_[k + 2].is_word() && !tok_[k + 2].cap;
        // ("Dr. Martin Luther King Jr.", "Dr. Amy King, Director": a title word that is no name
        // word elsewhere closes the name as its family name, title-word-surname)
        if (!name_word(k) && !month_name && !hyphened_given &&
            !(!n.parts.empty() && (flags_[k] & kNonName) && !language_word_in(i, k) && title_word_surname(k, limit) &&
              // (two name words before it, or one after an honorific or an office: not "..., Branch Chief,")
              (n.parts.size() >= 2 ||
               (i > 0 && (tok_[i - 1].is(".") || (flags_[i - 1] & kHonorificStart) || title_match(i - 1, limit))))))
            break;
        // "Ambassador Makila James U.S Deputy ...": a letter of an abbreviation ("U.S", "U.K") is no part of a name
        if (t.is_word() && t.text.size() == 1 && k + 2 < limit && tok_[k + 1].is(".") && !tok_[k + 1].space_before &&
            !tok_[k + 2].space_before && tok_[k + 2].is_word())
            break;
        // (after "bin", "bint", "ibn" a title word is the father's name: "Reema bint Bandar bin Sultan")
        // ("Hossein Amir Abdollahian": a title that is also a given name, between two name words, is
        // a middle name)
        if (title_match(k, limit) && !n.parts.empty() &&
            !(k > i && tok_[k - 1].is_word() && in(fold_[k - 1], {"bin", "bint", "ibn", "binti"})) &&
            !title_word_surname(k, limit) &&
            // ("Hassan Sheikh Mohamud": "Sheikh" inside a Somali name, between two of its words)
            // (after a name's word: not "H.H. Sheikh Tahnoon", an honorific's initials)
            !(((flags_[k] & kGivenNameTitle) ||
               (fold_[k] == "sheikh" && tok_[k].cap && tok_[k - 1].is_word() && tok_[k - 1].text.size() > 1)) &&
              k + 1 < limit &&
              tok_[k + 1].is_word() && tok_[k + 1].cap && name_word(k + 1) && !title_match(k + 1, limit) &&
              !phrase_match(k + 1, limit).entry))
            break;
        if (!n.parts.empty() &&
            headline_verb(k, n.parts.size() - static_cast<std::size_t>(std::count_if(
                                                  n.parts.begin(), n.parts.end(), [](std::string_view p) { return is_initial(p); }))))
            break;
        // A gazetteer phrase (country, organisation) ends the name unless it is
        // immediately followed by a capitalised family name ("Israel KATZ").
        if (k > i) {
            PhraseMatch pm = phrase_match(k, limit);
            // ("Deputy Attorney General Lisa Monaco;": a one-word country right after a lone given
            // name, and punctuation right after it, is the family name; not "President Biden Ukraine aid")
            // ("Rt. Hon William Hague, Secretary of State": a one-word place too, after a given name
            // kg knows: not "Secretary for Central Africa,")
            // ("Secretary-General Patricia Scotland has today met ...": a country or place, then a word
            // in lower case, after a given name that follows an office or honorific)
            const bool lone_given = pm.entry && pm.length == 1 && n.parts.size() == 1 && k == i + 1 && !n.caps[0] &&
                                    !t.allcaps &&
                                    (pm.entry->type == EntityType::Country || pm.entry->type == EntityType::Location);
            const bool punctuation_after =
                k + 1 >= limit || tok_[k + 1].is(",") || tok_[k + 1].is(";") || tok_[k + 1].is(")") ||
                (tok_[k + 1].is(".") && (k + 2 >= limit || tok_[k + 2].space_before));
            // (a verb, not a noun the country qualifies: "President Biden Ukraine aid")
            const auto verb_after_name = [&](std::size_t v) {
                if (flags_[v] & (kMeetingVerb | kPastMeetingVerb | kSpeechVerb | kToldVerb | kTravelVerb)) return true;
                if (in(fold_[v], {"has", "had", "is", "was", "will", "would", "said", "says"})) return true;
                const std::string_view w = fold_[v];
                return w.size() >= 5 && w.ends_with("ed") &&
                       (gaz_.common_word(w.substr(0, w.size() - 2)) || gaz_.common_word(w.substr(0, w.size() - 1)));
            };
            const auto after_office = [&] {
                if (!i || tok_[i].newline_before || language_word(i)) return false;
                if ((flags_[i - 1] & kHonorificStart) || (i >= 2 && tok_[i - 1].is(".") && (flags_[i - 2] & kHonorificStart)))
                    return true;
                for (std::size_t j = i; j-- > 0 && j + 5 > i;)
                    if (title_match(j, i) == i - j) return true;
                return false;
            };
            const bool family =
                lone_given &&
                ((punctuation_after && (pm.entry->type == EntityType::Country ||
                                        gaz_.given_name_key.count(std::string(fold_[i])))) ||
                 (k + 1 < limit && tok_[k + 1].is_word() && !tok_[k + 1].cap && !tok_[k + 1].newline_before &&
                  verb_after_name(k + 1) && after_office()) ||
                 // ("U.K. Foreign Secretary William Hague at the Department of State": a preposition
                 // after it, the given name no word of the language)
                 (k + 1 < limit && !tok_[k + 1].newline_before &&
                  in(fold_[k + 1], {"at", "in", "on", "during", "with", "and", "who", "from"}) &&
                  !gaz_.common_word(fold_[i]) && after_office()) ||
                 // ("former President Ricardo Lagos.": or the clause's end, after an office)
                 (punctuation_after && !gaz_.common_word(fold_[i]) && after_office()) ||
                 // ("his counterparts from Sierra Leone and Latvia, Nabeela Tunis and Edgars Rinkevics": an
                 // item of a list of names, another name after it)
                 (i > 0 && (tok_[i - 1].is(",") || fold_[i - 1] == "and") && !gaz_.common_word(fold_[i]) && k + 2 < limit &&
                  (tok_[k + 1].is(",") || fold_[k + 1] == "and") && tok_[k + 2].cap && name_word(k + 2) &&
                  !phrase_match(k + 2, limit).entry && k + 3 < limit && tok_[k + 3].cap && name_word(k + 3)) ||
                 // ("A and her British counterpart William Hague committed ...": the counterpart's
                 // name, then a word in lower case)
                 (k + 1 < limit && tok_[k + 1].is_word() && !tok_[k + 1].cap && !tok_[k + 1].newline_before &&
                  i > 0 && in(fold_[i - 1], {"counterpart", "counterparts"}) && !gaz_.common_word(fold_[i])));
            if (pm.entry && !(pm.length == 1 && k + 1 < limit && tok_[k + 1].allcaps) && !family) break;
        }
        bool caps = t.allcaps;
        std::size_t e = k + 1;
        bool ascii_hyphens = true;
        // hyphenated parts: Byung-se, Heung-soo, Jean-Yves
        while (e + 1 < limit && (tok_[e].is("-") || tok_[e].is("\u2010")) && !tok_[e].space_before &&
               !tok_[e + 1].space_before && tok_[e + 1].is_word()) {
            ascii_hyphens = ascii_hyphens && tok_[e].is("-");
            caps = caps && tok_[e + 1].allcaps;
            e += 2;
        }
        // ("Deputy Secretary of Defence-designate A": the end of an office still to be taken up)
        if (e > k + 1 && in(fold_[e - 1], {"designate", "elect"})) break;
        // ("Mohammed Shia' al-Sudani": an apostrophe that closes a part, a transliteration's ayn or
        // hamza, before the name's next part)
        if (e + 1 < limit && is_apos(tok_[e]) && !tok_[e].space_before && tok_[e + 1].space_before &&
            !tok_[e + 1].newline_before && tok_[e + 1].is_word() && (name_word(e + 1) || is_particle(tok_[e + 1].text)) &&
            !n.parts.empty())
            ++e;
        if (ascii_hyphens) {
            add_part(joined(k, e), caps);
        } else {  // (the hyphen U+2010 is written "-")
            std::string part(t.text);
            for (std::size_t h = k + 1; h < e; h += 2) {
                part += "-";
                part += tok_[h + 1].text;
            }
            add_part(keep_spelling(std::move(part)), caps);
        }
        k = e;
        // "Minister of Foreign Affairs Kang, Kyung-wha": a Korean family name, a comma, then the
        // hyphenated given name (a house style of Seoul's releases)
        if (n.parts.size() == 1 && (flags_[i] & kFamilyNameFirst) && k + 4 < limit && tok_[k].is(",") &&
            tok_[k + 1].is_word() && tok_[k + 1].cap && tok_[k + 2].is("-") && !tok_[k + 2].space_before &&
            !tok_[k + 3].space_before && tok_[k + 3].is_word() && !tok_[k + 3].cap)
            ++k;
    }
    // trailing particles are not names
    while (!n.parts.empty() && is_particle(n.parts.back())) {
        n.parts.pop_back();
        n.caps.pop_back();
        --k;
    }
    n.last = k;
    if (n.parts.empty()) return std::nullopt;
    // ("received the Col. Maggie Raye Volunteer Award": an award named for someone is no mention of her)
    if (k < limit && tok_[k].cap && in(tok_[k].text, {"Award", "Awards", "Medal", "Prize", "Fellowship", "Scholarship"}))
        return std::nullopt;
    // initials alone are no name
    if (std::all_of(n.parts.begin(), n.parts.end(), [](std::string_view p) { return is_initial(p); }))
        return std::nullopt;
    if (n.parts.size() == 1 && !allow_single) return std::nullopt;
    // one letter is nobody's name ("Gov. O" of a garbled "O' Malley", a list's "B")
    if (n.parts.size() == 1 && n.parts[0].size() == 1) return std::nullopt;
    // (a numeral alone is no name: "King III" after a name cut short)
    if (n.parts.size() == 1 && generational_suffix(n.parts[0])) return std::nullopt;
    // Words of the language only, none a name ("Naval Operations", "Executive Order",
    // "National Security Division"): no one's name, unless an honorific says it is
    if (n.parts.size() >= 2 && !(i > 0 && tok_[i - 1].is(".") && i >= 2 && (flags_[i - 2] & kHonorificStart))) {
        bool words = true;
        for (std::size_t q = n.first; q < n.last && words; ++q)
            if (tok_[q].is_word() && !(language_word(q) || (flags_[q] & kHeadNoun))) words = false;
        if (words) return std::nullopt;
    }
    return n;
}

std::size_t DocumentReader::add_person(std::size_t title_first, std::size_t modifier_first, const NameParts& n,
                                       bool honorific, std::size_t title_len) {
    PersonMention p;
    p.title_first = title_first;
    p.modifier_first = modifier_first;
    p.name_first = n.first;
    p.name_last = n.last;
    p.parts.assign(n.parts.begin(), n.parts.end());  // (the parts as strings: n views the text)
    p.caps = n.caps;
    p.honorific = honorific;
    // given-name-title: the title word before the name is its first part ("Sultan Al Neyadi", read as
    // the office "Sultan" and the name "Al Neyadi"); the office before it stays the title
    if (n.first > 0 && (flags_[n.first - 1] & kGivenNameTitle) && free(n.first - 1)) {
        --p.name_first;
        p.parts.insert(p.parts.begin(), std::string(tok_[p.name_first].text));
        p.caps.push_front(false);
        if (title_first != kNone && title_first + title_len == n.first) {
            --title_len;
            if (!title_len) p.title_first = title_first = kNone;
        }
    }
    // Family name in capitals first, given name after: "HAYASHI Yoshimasa"; not initials written
    // together, two or three letters and no vowel ("KP Sharma Oli", "SM Krishna")
    if (p.parts.size() >= 2 && p.caps[0] && !p.caps.back() && !joined_initials(p.parts[0])) p.family_first = true;
    if (title_first != kNone && title_len) p.title = surface(title_first, title_first + title_len);
    persons_.push_back(std::move(p));
    const std::size_t idx = persons_.size() - 1;
    claim(persons_[idx].name_first, n.last, kPersonTag + idx);
    return idx;
}

// "Wang Yi Meets with ...", "Li Qiang Holds Talks with ...", "Xi Jinping Receives ...": a release's
// title (i opens it) that opens with a name and a meeting verb names a person: foreign ministries'
// headlines name their principal without an office (rule headline-subject). Adds the person and
// returns the end of the name; kNone when the title opens otherwise.
std::size_t DocumentReader::headline_subject(std::size_t i, std::size_t limit) {
    if (limit <= i + 2 || (flags_[i] & kHonorificStart) || phrase_match(i, limit).entry ||
        title_match(i, limit))
        return kNone;
    const auto name = read_name(i, limit, true);
    if (!name || name->parts.size() > 3 || name->last + 1 >= limit) return kNone;
    const std::string_view verb = tok_[name->last].text;
    bool counterpart = false;
    if (in(verb, {"Meets", "Holds", "Has", "Speaks", "Talks"}))
        for (std::size_t q = name->last + 1; q < limit && q < name->last + 5 && !counterpart; ++q)
            counterpart = tok_[q].is("with");
    if (in(verb, {"Meets", "Receives", "Hosts", "Welcomes"}))
        counterpart = counterpart || (tok_[name->last + 1].is_word() && tok_[name->last + 1].cap);
    bool word_only = true;  // "Trade Talks", "Congress Holds": words of the language
    for (std::size_t r = name->first; r < name->last; ++r)
        word_only = word_only && tok_[r].is_word() && language_word(r) && !(flags_[r] & kFamilyNameFirst);
    if (!counterpart || word_only) return kNone;
    add_person(kNone, kNone, *name, false, 0);
    return name->last;
}

// The first tests of find_people's rules, gathered: a token none of them admits begins no rule, and
// the stage passes it by instead of trying each rule there (most tokens are lower-case words of no
// class; trying every rule at them was a fifth of the stage). A rule added to find_people that may
// begin at a token none of these admits must add its test here.
[[gnu::always_inline]] inline bool DocumentReader::may_begin_person(std::size_t i) const {
    const Token& t = tok_[i];
    // a capitalised word: name_word, for the names read at it (3, 4, 5b, 8)
    if (t.is_word() && (t.cap || t.allcaps)) return true;
    // a known name or an office (1), an honorific (2), a person noun (5) or a kin noun (5b)
    // or a plural noun for people (5c)
    if (flags_[i] & (kPhraseStartFlag | kTitleStartFlag | kHonorificStart | kPersonNoun | kKinNoun | kPairNoun)) return true;
    // the first token of a sentence: a headline's subject (0), names before their attendance (7)
    if (i == sentence_begin(i)) return true;
    if (i + 1 >= tok_.size()) return false;
    const Token& next = tok_[i + 1];
    // the comma of "members of X, A and B," (6) and a possessive (6), each before a capitalised word
    // (both are punctuation tokens, as the dashes below: a word, most tokens here, is passed by
    // one test of its kind instead of a comparison with each mark)
    if (t.kind == Token::Kind::Punct && (t.is(",") || is_possessive(t)) && next.is_word() && (next.cap || next.allcaps))
        return true;
    // a word before a dash (6)
    if (next.kind == Token::Kind::Punct && is_spaced_dash(next)) return true;
    // "members of the Committee A and B" (5d)
    if (next.is("of") && fold_[i] == "members") return true;
    // the words tested below (kPersonCueWords, kPluralOffices), or none of them
    if (!(flags_[i] & kPersonCueWord)) return false;
    // a plural office before its comma and a list of names (6)
    if (next.is(",") && (plural_office(fold_[i]) || fold_[i] == "leaders")) return true;
    // a photographer's credit (1b), a counterpart's name (1c, 5)
    return in(fold_[i], {"photo", "photos", "photograph", "counterpart", "counterparts", "colleague"});
}

void DocumentReader::find_credited_people() {
    const std::size_t n = tok_.size();
    for (std::size_t k = next_with(kCreditWord, 0, n); k + 2 < n; k = next_with(kCreditWord, k + 1, n)) {
        std::size_t q = k + 1;
        // a byline: "by Argyll Cyrus Geducos" on a line of its own, "By A and B", "By A, B and C"
        if (fold_[k] == "by") {
            // ("Posted by A on Oct 24, 2011", "Written by A": a blog's or a site's byline, the name
            // then the day)
            const bool posted = k >= 1 && in(fold_[k - 1], {"posted", "written"}) && tok_[k - 1].cap &&
                                (k == 1 || tok_[k - 1].newline_before);
            if (!(k == 0 || tok_[k].newline_before || posted)) continue;
            const std::size_t limit = sentence_end(q);
            std::vector<NameParts> names;
            bool whole = false;  // the names end the line, or a comma after one closes them ("By A, Reuters")
            bool after_comma = false;
            while (names.size() < 6) {
                const auto name = q < limit && name_word(q) && free(q) ? read_name(q, limit, false) : std::nullopt;
                if (!name || name->parts.size() < 2 || name->parts.size() > 4 || !all_free(*name) ||
                    language_word_in(name->first, name->last)) {
                    whole = after_comma;
                    break;
                }
                names.push_back(*name);
                const std::size_t e = name->last;
                if (e >= n || tok_[e].newline_before) {
                    whole = true;
                    break;
                }
                if (e + 1 >= limit || !(tok_[e].is(",") || fold_[e] == "and")) {
                    whole = tok_[e].is(",") || (posted && fold_[e] == "on");
                    break;
                }
                after_comma = tok_[e].is(",") && fold_[e + 1] != "and";
                q = tok_[e].is(",") && fold_[e + 1] == "and" ? e + 2 : e + 1;
            }
            if (whole)
                for (const NameParts& listed : names) add_person(kNone, kNone, listed, false, 0);
            continue;
        }
        // "[Liu Weibing/Xinhua]": a photographer's name before the agency's, opening a bracket or a line
        bool credited_before = false;
        if (k >= 3 && tok_[k - 1].is("/") && !tok_[k - 1].space_before && !tok_[k].space_before &&
            (tok_[k].cap || tok_[k].allcaps)) {
            for (std::size_t st = k >= 6 ? k - 5 : 0; st + 1 < k - 1; ++st) {
                if (!(st == 0 || tok_[st - 1].is("[") || tok_[st - 1].is("(") || tok_[st].newline_before)) continue;
                if (!name_word(st) || !free(st)) continue;
                if (const auto name = read_name(st, k - 1, false);
                    name && name->last == k - 1 && name->parts.size() >= 2 && name->parts.size() <= 4 && all_free(*name) &&
                    !language_word_in(name->first, name->last)) {
                    add_person(kNone, kNone, *name, false, 0);
                    credited_before = true;
                }
                break;
            }
            if (credited_before) continue;
        }
        if (fold_[q] == "by") {
            // a credit opens its line or follows another credit's semicolon: "Reporting by A;
            // Editing by B", "Additional reporting by A"
            const std::size_t before = k > 0 && fold_[k - 1] == "additional" ? k - 1 : k;
            if (!(before == 0 || tok_[before].newline_before || tok_[before - 1].is(";") || tok_[before - 1].is("(")))
                continue;
            if (!tok_[before].cap) continue;
            ++q;
        } else if (tok_[q].is("/") && !tok_[q].space_before && q + 1 < n && !tok_[q + 1].space_before &&
                   (tok_[k].cap || tok_[k].allcaps)) {
            ++q;
        } else {
            continue;
        }
        // the credited: whole names, joined by "and" or commas, up to the credit's end
        const std::size_t limit = sentence_end(q);
        while (q < limit && name_word(q) && free(q)) {
            const auto name = read_name(q, limit, false);
            // (no word of the language: "Photo by Getty Images" credits an agency)
            if (!name || name->parts.size() < 2 || name->parts.size() > 4 || !all_free(*name) ||
                language_word_in(name->first, name->last))
                break;
            add_person(kNone, kNone, *name, false, 0);
            q = name->last;
            if (q < limit && (tok_[q].is(",") || fold_[q] == "and")) ++q;
            else break;
        }
    }
}

void DocumentReader::find_people() {
    const std::size_t n = tok_.size();
    // The possessives before a word of what a person leads or makes ("Sunak's government"):
    // rule (5b) reads a name at a capitalised word only when one of them follows in the sentence
    // (it read every such name, a tenth of this stage, to find the possessive after it)
    std::vector<std::size_t> possessions;
    for (std::size_t q = next_with(kPersonPossession, 1, n); q < n; q = next_with(kPersonPossession, q + 1, n))
        if (is_possessive(tok_[q - 1])) possessions.push_back(q - 1);
    const auto possession_after = [&possessions](std::size_t i, std::size_t limit) {
        const auto it = std::upper_bound(possessions.begin(), possessions.end(), i);
        return it != possessions.end() && *it + 1 < limit;
    };
    // Rule (8b) reads names before Chinese characters in brackets: only a text with a byte that
    // opens an ideograph (E3 to E9) may hold one (a loop the compiler makes wide, no test a token)
    std::uint8_t ideograph = 0;
    for (const char c : text_)
        ideograph |= static_cast<std::uint8_t>(static_cast<unsigned char>(static_cast<unsigned char>(c) - 0xE3) <= 0xE9 - 0xE3);
    for (std::size_t i = 0; i < n; ++i) {
        if (!may_begin_person(i) || !free(i)) continue;  // (most tokens fail the first: their owner is not read)
        const std::size_t limit = sentence_end(i);
        // Token r closes an item of a list of officials: a comma or "and", then another office
        // (a title, an honorific, or a country and a title): "... Japan Roos, Assistant Secretary"
        const auto another_office_after = [&](std::size_t r) {
            // ("... Fujisaki etc. from the Japanese side", "... Yokoi among others": or the list's
            // close, where a list of officials ends (office-list-close))
            if (r + 1 < limit && (fold_[r] == "etc" || (fold_[r] == "among" && fold_[r + 1] == "others"))) return true;
            if (r + 1 >= limit || !(tok_[r].is(",") || fold_[r] == "and")) return false;
            if (title_match(r + 1, limit) || match_honorific(tok_, r + 1, limit)) return true;
            const PhraseMatch c = phrase_match(r + 1, limit);
            return c.entry && title_match(r + 1 + c.length, limit) > 0;
        };
        // (0) A release's title that opens with a name and a meeting verb (headline-subject)
        if (i == sentence_begin(i) && title_line(sent_of_[i]))
            if (const std::size_t last = headline_subject(i, limit); last != kNone) {
                i = last - 1;
                continue;
            }
        // (0b) "the 5th president of Ukraine, Petro Poroshenko", "the foreign minister of Japan, Taro
        // Kono": an office in lower case after "the" (and words of rank or tenure), of a known country
        // or body, then a comma and a whole name, as the news writes it (the-lower-office-of-comma)
        if (tok_[i].is_word() && !tok_[i].cap && (flags_[i] & kTitleStartFlag) && i > sentence_begin(i)) {
            std::size_t d = i;
            while (d > sentence_begin(i) + 1 &&
                   ((flags_[d - 1] & kTenureModifier) || in(fold_[d - 1], {"top", "chief", "senior"}) ||
                    is_digit_ordinal(tok_[d - 1].text)))
                --d;
            const std::size_t tl = fold_[d - 1] == "the" ? gaz_.match_title(tok_, fold_, i, limit, false, true) : 0;
            std::size_t r = i + tl;
            // ("During his visit, minister of Foreign Relations, Celso Amorim, met ...": no article after a
            // comma, the portfolio in capitals, then a comma and a whole name: the-lower-office-of-comma)
            if (!tl && d == i && tok_[i - 1].is(",") && i + 4 < limit && in(fold_[i + 1], {"of", "for"})) {
                const std::size_t ol = gaz_.match_title(tok_, fold_, i, limit, false, true);
                std::size_t e = i + 2;
                bool portfolio = false;
                while (e < limit && e < i + 8 && tok_[e].is_word() && (tok_[e].cap || in(fold_[e], {"and", "of"}))) {
                    portfolio = portfolio || (tok_[e].cap && (flags_[e] & kOfficePortfolio));
                    ++e;
                }
                if (ol == 1 && portfolio && e + 2 < limit && tok_[e].is(",") && name_word(e + 1) && free(e + 1))
                    if (auto nm = read_name(e + 1, limit, false); nm && nm->parts.size() >= 2 && nm->parts.size() <= 4 &&
                                                                nm->last < limit && tok_[nm->last].is(",") &&
                                                                !language_word_in(nm->first, nm->last)) {
                        add_person(kNone, kNone, *nm, false, 0);
                        i = nm->last - 1;
                        continue;
                    }
            }
            if (tl && !plural_office(fold_[r - 1]) && r + 3 < limit && tok_[r].is("of")) {
                ++r;
                if (tok_[r].is("the")) ++r;
                if (const PhraseMatch c = phrase_match(r, limit); c.entry && office_holder(*c.entry) && !c.entry->demonym) {
                    r += c.length;
                    if (r + 2 < limit && tok_[r].is(",") && name_word(r + 1) && free(r + 1))
                        if (auto nm = read_name(r + 1, limit, false); nm && nm->parts.size() >= 2 && nm->parts.size() <= 4 &&
                                                                    !language_word_in(nm->first, nm->last)) {
                            add_person(kNone, kNone, *nm, false, 0);
                            i = nm->last - 1;
                            continue;
                        }
                }
            }
        }
        // (1) [Org/Country] Title [Honorific] Name
        std::size_t modifier_first = kNone;
        std::size_t j = i;
        std::size_t lower_office = 0;  // a lower-case office after a country: "German defence minister X"
        if (PhraseMatch pm = phrase_match(i, limit); pm.entry) {
            std::size_t k = i + pm.length;
            if (k < limit && possessive_at(k)) ++k;
            // "Australia's new Prime Minister X", "Syria's interim President X": a word of tenure
            // before the office
            // (one who holds it now: not "former", "incoming")
            // ("Moldova's Acting Prime Minister X": capitalised too)
            if (k + 1 < limit && in(fold_[k], {"new", "newly", "acting", "interim", "current"}) &&
                (!tok_[k].cap || in(fold_[k], {"acting", "interim"})) && title_match(k + 1, limit))
                ++k;
            // (not a territory before an office: "Prime Minister A of Cook Islands Prime Minister B of Fiji")
            const bool body = office_holder(*pm.entry) && !pm.entry->territory;
            if (body && k < limit && !title_match(k, limit) && tok_[k].is_word() && !tok_[k].cap) {
                const std::size_t tl = gaz_.match_title(tok_, fold_, k, limit, false, true);
                // ("Iran's foreign minister, Hossein Amirabdollahian,": a comma between)
                if (tl && k + tl < limit && !plural_office(fold_[k + tl - 1]) &&
                    (name_word(k + tl) || (tok_[k + tl].is(",") && k + tl + 1 < limit && name_word(k + tl + 1))))
                    lower_office = tl;
                // ("the German minister for economic cooperation and development, A": the portfolio in
                // lower case after "for" or "of", then a comma and the name)
                else if (tl && k + tl + 3 < limit && !plural_office(fold_[k + tl - 1]) && in(fold_[k + tl], {"for", "of"})) {
                    std::size_t e = k + tl + 1;
                    while (e < limit && e < k + tl + 8 && tok_[e].is_word() && !tok_[e].cap) ++e;
                    if (e > k + tl + 1 && e + 1 < limit && tok_[e].is(",") && name_word(e + 1)) lower_office = e - k;
                }
            }
            // ("the Saudi ambassador to the UK Prince X": a country an envoy is sent to names no
            // office of the person after it)
            const std::size_t to_at = i > 0 && fold_[i - 1] == "to" ? i - 1
                                      : i > 1 && fold_[i - 1] == "the" && fold_[i - 2] == "to" ? i - 2 : kNone;
            const bool sent_to = to_at != kNone && to_at > 0 &&
                                 in(fold_[to_at - 1], {"ambassador", "envoy", "commissioner", "ambassadors", "envoys"});
            if (body && k < limit && (title_match(k, limit) || lower_office)) {
                if (!sent_to) modifier_first = i;
                j = k;
            } else if (pm.length >= 2 && !(flags_[i] & kHonorificStart)) {
                // A known name of several words holds no person ("United Nations General Assembly").
                i += pm.length - 1;
                continue;
            }
        } else if (tok_[i].is_word() && tok_[i].allcaps && tok_[i].text.size() >= 2 && tok_[i].text.size() <= 6 &&
                   i + 3 < limit && tok_[i + 1].is_word() && !tok_[i + 1].cap && !tok_[i + 1].allcaps) {
            // "BNP secretary general X": a body's abbreviation kg does not know, an office in lower
            // case, then a whole name of two to four parts
            const std::size_t tl = gaz_.match_title(tok_, fold_, i + 1, limit, false, true);
            if (tl && i + 1 + tl < limit && !plural_office(fold_[i + tl]) && name_word(i + 1 + tl))
                if (auto nm = read_name(i + 1 + tl, limit, false);
                    nm && nm->parts.size() >= 2 && nm->parts.size() <= 4 && !language_word_in(nm->first, nm->last)) {
                    lower_office = tl;
                    modifier_first = i;
                    j = i + 1;
                }
        }
        // "Foreign secretary Nirupama Rao, the first ...": a sentence that opens with an office
        // written in lower case after its capital, then a whole name (the news writes offices so)
        // ("On Monday, foreign minister X met", "met with defence minister Y": after a comma or a word
        // that opens a clause, all in lower case)
        const auto clause_opening = [&] {
            return (tok_[i].cap && !tok_[i].allcaps && i == sentence_begin(i)) ||
                   (tok_[i].is_word() && !tok_[i].cap && !tok_[i].allcaps && i > sentence_begin(i) &&
                    (tok_[i - 1].is(",") || in(fold_[i - 1], {"with", "by", "and", "met", "received", "told", "called"})));
        };
        // ("the meeting between Zarif and president Recep Tayyip Erdogan": a head of state's one word)
        const bool head_word = !tok_[i].cap && in(fold_[i], {"president", "premier", "chancellor"});
        if (!lower_office && j == i && i + 3 < limit && (!tok_[i + 1].cap || head_word) && clause_opening() &&
            !title_match(i, limit))
            if (const std::size_t tl = gaz_.match_title(tok_, fold_, i, limit, false, true);
                (tl >= 2 || (tl == 1 && head_word)) && i + tl + 1 < limit && name_word(i + tl))
                if (auto nm = read_name(i + tl, limit, false);
                    nm && nm->parts.size() >= 2 && nm->parts.size() <= 4 && !language_word_in(nm->first, nm->last))
                    lower_office = tl;
        if (const std::size_t tl = lower_office ? lower_office : title_match(j, limit); tl) {
            std::size_t k = j + tl;
            // "Australian Deputy Prime Minister and Defence Minister Richard Marles", "State Councilor
            // and Foreign Minister Wang Yi": a minister's office joined by "and" to a deputy's, a
            // councilor's or another minister's is the same person's ("the Prime Minister and Foreign
            // Minister X" may be two; "NATO Secretary General and Chancellor Merkel" are)
            // ("the State Councillor and Foreign Minister of China, H.E. X": one person, the country and
            // the name after both offices)
            const auto country_then_name = [&](std::size_t q) {
                if (q + 3 >= limit || !tok_[q].is("of")) return false;
                std::size_t r = q + 1;
                if (tok_[r].is("the")) ++r;
                const PhraseMatch c = phrase_match(r, limit);
                if (!c.entry || c.entry->type != EntityType::Country) return false;
                r += c.length;
                return r + 1 < limit && tok_[r].is(",") &&
                       (name_word(r + 1) || match_honorific(tok_, r + 1, limit) > 0);
            };
            if (k + 2 < limit && tok_[k].is("and")) {
                const std::size_t tl2 = title_match(k + 1, limit);
                bool first = false, second = false;
                for (std::size_t q = j; q < k; ++q)
                    first = first || in(tok_[q].text, {"Deputy", "Vice", "Premier", "Councilor", "Councillor", "Minister"});
                for (std::size_t q = k + 1; q < k + 1 + tl2; ++q) second = second || tok_[q].is("Minister");
                const bool after_the = modifier_first == kNone && j > 0 && fold_[j - 1] == "the";
                if (tl2 && first && second && k + 1 + tl2 < limit &&
                    ((!after_the && name_word(k + 1 + tl2)) || country_then_name(k + 1 + tl2)))
                    k += 1 + tl2;
            }
            // "High Representative/Vice-President Kaja Kallas": offices joined by a slash
            while (k + 1 < limit && tok_[k].is("/") && title_match(k + 1, limit)) k += 1 + title_match(k + 1, limit);
            // stacked offices: "Amir Sheikh Tamim bin Hamad Al Thani", "President-Elect Governor X"
            for (int more = 0; more < 2 && k < limit; ++more) {
                const std::size_t tl2 = title_match(k, limit);
                if (!tl2 || k + tl2 >= limit || !name_word(k + tl2)) break;
                k += tl2;
            }
            // "Minister of Foreign Affairs and International Development Jean-Marc Ayrault": a second
            // office joined by "and" in capitalised words of the language, then the name ("NATO
            // Secretary General and Chancellor Merkel" is two people: a second title is not read)
            if (k + 2 < limit && tok_[k].is("and") && !title_match(k + 1, limit)) {
                std::size_t q = k + 1;
                while (q < limit && q < k + 5 && tok_[q].cap && tok_[q].is_word() && language_word(q))
                    ++q;
                // the name: two words or more, none a word of the language or the head of a body
                if (q > k + 1 && q + 1 < limit && !person_at(q) && !phrase_match(q, limit).entry) {
                    if (auto nm = read_name(q, limit, false); nm && nm->parts.size() <= 4) {
                        if (!language_word_in(nm->first, nm->last)) k = q;
                    }
                }
                // "Minister for Foreign Affairs and Tourism of Malta Ian Borg": the country after both
                if (q > k + 1 && q + 2 < limit && tok_[q].is("of") && (flags_[q - 1] & kOfficePortfolio)) k = q;
            }
            // "Minister for Foreign Affairs of Japan Iwaya Takeshi", "the Prime Minister of Japan, Fumio
            // Kishida,", "Japan's Foreign Minister, Hayashi Yoshimasa,": a full name after the office.
            {
                // "Special Envoy for Yemen Hans Grundberg": an office for a country or body names
                // the person after it too, but the office is not held in that country or body.
                std::size_t q = k;
                // "Joint Secretary (Pakistan, Iran and Afghanistan) in the Ministry of External Affairs,
                // X": the office's portfolio in brackets, capitalised words, commas and "and" (office-bracket)
                if (q + 3 < limit && tok_[q].is("(") && tok_[q + 1].cap)
                    for (std::size_t r = q + 1; r < limit && r < q + 10; ++r) {
                        if (tok_[r].is(")")) {
                            if (r + 2 < limit && (in(fold_[r + 1], {"in", "at", "of", "for"}) ||
                                                  (tok_[r + 1].is(",") && name_word(r + 2))))
                                q = r + 1;
                            break;
                        }
                        if (!((tok_[r].is_word() && tok_[r].cap) || tok_[r].is(",") || tok_[r].is("and")) || person_at(r)) break;
                    }
                std::size_t body = kNone;
                bool after_body = false;
                bool unknown_body = false;  // "the President of <a body kg does not know>, Name"
                // ("U.S. Ambassador to Japan Rahm Emanuel", "Ambassador of Japan to the Philippines X":
                // an envoy's office names the country sent to, known countries and bodies only)
                const auto sent_to = [&](std::size_t at) -> std::size_t {
                    if (at >= limit || !tok_[at].is("to")) return 0;
                    std::size_t r = at + 1;
                    if (r < limit && tok_[r].is("the")) ++r;
                    const PhraseMatch b = phrase_match(r, limit);
                    // "Pakistan's Ambassador to the Kingdom Ahmad Farooq": the host country by its form
                    if (!b.entry && tok_[r - 1].is("the") && in(tok_[r].text, {"Kingdom", "Sultanate", "Emirates"}) &&
                        r + 2 < limit && name_word(r + 1))
                        return r + 1 - at;
                    // ("the Ambassador of Canada to Kabul Dave Metcalfe": or the capital, a known place, when
                    // a name of two words follows it)
                    // (an envoy's office only, and a name, not another office: "Secretary to California
                    // Governor X" serves the governor)
                    if (b.entry && b.entry->type == EntityType::Location && r + b.length + 1 < limit &&
                        name_word(r + b.length) && name_word(r + b.length + 1) && !phrase_match(r + b.length, limit).entry &&
                        !title_match(r + b.length, limit) &&
                        std::any_of(fold_.begin() + static_cast<std::ptrdiff_t>(j), fold_.begin() + static_cast<std::ptrdiff_t>(at),
                                    envoy_word))
                        return r + b.length - at;
                    return b.entry && office_holder(*b.entry) && !b.entry->demonym ? r + b.length - at : 0;
                };
                // "Assistant Minister Ministry of Foreign Affairs, Deng Li", "Deputy director China
                // International Development Cooperation Agency, Zhou Liujum": the body written right
                // after the office, its head noun, then a comma and the name (office-body-comma)
                std::size_t body_comma = kNone;
                if (q + 3 < limit && tok_[q].cap && !person_at(q) && (tok_[q].is_word() || tok_[q].allcaps)) {
                    std::size_t e = q;
                    while (e < limit && e < q + 9 &&
                           ((tok_[e].is_word() && (tok_[e].cap || tok_[e].allcaps)) ||
                            (e > q && in(fold_[e], {"of", "and", "the", "for"}))) &&
                           !person_at(e))
                        ++e;
                    bool head = false;  // ("Ministry of Foreign Affairs": the head first, a portfolio last)
                    for (std::size_t r = q; r < e && !head; ++r) head = tok_[r].cap && (flags_[r] & kBodyHead);
                    if (e > q + 1 && e + 1 < limit && tok_[e].is(",") && tok_[e - 1].cap && head &&
                        (flags_[e - 1] & (kBodyHead | kOfficePortfolio)) && name_word(e + 1) && free(e + 1))
                        body_comma = e;
                }
                if (const std::size_t to = sent_to(q)) {
                    after_body = true;
                    q += to;
                } else if (body_comma != kNone) {
                    q = body_comma;
                    after_body = true;
                    unknown_body = true;
                } else if (q < limit && (tok_[q].is("of") || tok_[q].is("for") ||
                                         // "the State Secretary at the Ministry of Foreign Affairs and
                                         // Cooperation, X": the ministry the office sits in
                                         // ("Joint Secretary in the Ministry of External Affairs, X")
                                         // ("the Secretary to the Government of the Federation, X": the
                                         // government the office serves)
                                         ((tok_[q].is("at") || tok_[q].is("in") || tok_[q].is("to")) && q + 2 < limit &&
                                          tok_[q + 1].is("the") &&
                                          tok_[q + 2].cap &&
                                          ((flags_[q + 2] & kBodyHead) ||
                                           (q + 3 < limit && tok_[q + 3].cap && (flags_[q + 3] & kBodyHead)))))) {
                    std::size_t r = q + 1;
                    if (r < limit && tok_[r].is("the")) ++r;
                    // ("Mayor of Auckland Wayne Brown": a place's own office, of a place kg knows)
                    const bool place_office = (flags_[j + tl - 1] & kPlaceOffice) && tok_[q].is("of");
                    if (PhraseMatch b = phrase_match(r, limit);
                        b.entry && (office_holder(*b.entry) || (place_office && b.entry->type == EntityType::Location)) &&
                        !b.entry->demonym) {
                        if (tok_[q].is("of")) body = r;
                        after_body = true;
                        q = r + b.length;
                        q += sent_to(q);
                        // "the Ministry of Foreign Affairs and Cooperation, X": a portfolio the known
                        // name of the body stops short of
                        if (q + 3 < limit && tok_[q].is("and") && tok_[q + 1].cap && (flags_[q + 1] & kOfficePortfolio) &&
                            tok_[q + 2].is(",") && name_word(q + 3))
                            q += 2;
                        // ("the High Representative of the European Union for Foreign Affairs and Security
                        // Policy, Josep Borrell": the office's field after the body, then a comma and the name)
                        if (q + 3 < limit && tok_[q].is("for") && (tok_[q + 1].cap || tok_[q + 1].is("the"))) {
                            std::size_t e = q + 1;
                            while (e < limit && e < q + 10 && tok_[e].is_word() &&
                                   (tok_[e].cap || in(fold_[e], {"and", "the", "of"})) && !person_at(e))
                                ++e;
                            if (e > q + 1 && e + 1 < limit && tok_[e].is(",") && tok_[e - 1].cap && name_word(e + 1) && free(e + 1))
                                q = e;
                        }
                        // "the Secretary General of the Organization of Islamic Cooperation (OIC), Dr X":
                        // the body's abbreviation in brackets after it
                        if (q + 3 < limit && tok_[q].is("(") && tok_[q + 1].allcaps && tok_[q + 2].is(")")) q += 3;
                        // "the Acting Assistant Secretary for the Department of State's Bureau of Western
                        // Hemisphere Affairs, Michael Kozak": a part of the body after its possessive, up to
                        // the comma before the name (office-sub-body)
                        if (q + 3 < limit && is_possessive(tok_[q]) && tok_[q + 1].cap && (flags_[q + 1] & kBodyHead)) {
                            std::size_t e = q + 1;
                            while (e < limit && e < q + 12 && tok_[e].is_word() && (tok_[e].cap || in(fold_[e], {"of", "and", "for"})))
                                ++e;
                            // ("Secretary of India's Ministry of External Affairs (MEA), X": its abbreviation)
                            if (e + 3 < limit && tok_[e].is("(") && tok_[e + 1].allcaps && tok_[e + 2].is(")")) e += 3;
                            if (e + 1 < limit && tok_[e].is(",") && name_word(e + 1) && free(e + 1)) q = e;
                        }
                        // "Director General of ASEAN Cooperation X": the portfolio goes on past the body
                        // ("Director General of ASEAN Cooperation, X": or a comma and the name)
                        while (q + 2 < limit && tok_[q].cap && (flags_[q] & (kOfficePortfolio | kBodyHead | kProgrammeHead)) &&
                               (name_word(q + 1) || (tok_[q + 1].is(",") && name_word(q + 2)) ||
                                (tok_[q + 1].is("in") && q + 2 < limit && tok_[q + 2].cap) ||
                                (tok_[q + 1].cap && (flags_[q + 1] & (kOfficePortfolio | kBodyHead | kProgrammeHead)))))
                            ++q;
                        // "Head of the OSCE Programme Office in Astana X": where the body sits, a known place
                        // ("Ambassador of the EU Delegation in Sarajevo, X": or a comma and the name)
                        // ("The Ambassador of Chile in Peru, X": where an envoy of a country serves)
                        const bool envoy = std::any_of(fold_.begin() + static_cast<std::ptrdiff_t>(j),
                                                       fold_.begin() + static_cast<std::ptrdiff_t>(j + tl), envoy_word);
                        if (q + 2 < limit && tok_[q].is("in") && ((flags_[q - 1] & kBodyHead) || envoy))
                            if (const PhraseMatch at = phrase_match(q + 1, limit);
                                at.entry && (at.entry->type == EntityType::Location || at.entry->type == EntityType::Country) &&
                                q + 1 + at.length < limit &&
                                (name_word(q + 1 + at.length) ||
                                 (tok_[q + 1 + at.length].is(",") && q + 2 + at.length < limit &&
                                  name_word(q + 2 + at.length))))
                                q += 1 + at.length;
                    } else if (r < limit) {  // (not an "of" that ends the text: "the Special Representative of")
                        // (the body, should a later stage name it: "the President of the Chamber of
                        // Deputies, X" holds that chamber's office)
                        if (tok_[q].is("of")) body = r;
                        // a body kg does not know, named by its head noun, then the name: "Director of
                        // the Office of the Foreign Affairs Commission Yang Jiechi", "Member of the
                        // Political Bureau of the CPC Central Committee Wang Yi" (office-of-body-name)
                        // (the first head a name follows: "Director-General for Asian and Oceanian
                        // Affairs X and North American Affairs Bureau Director-General Y")
                        std::size_t head = kNone;
                        const auto name_after = [&](std::size_t c) {
                            return c + 2 < limit && name_word(c + 1) && !(flags_[c + 1] & kHeadNoun);
                        };
                        for (std::size_t c = r; c < limit && c < r + 14; ++c) {
                            if (tok_[c].is_word() && (tok_[c].cap || tok_[c].allcaps)) {
                                if ((flags_[c] & (kBodyHead | kOfficePortfolio)) && tok_[c].cap &&
                                    (head == kNone || !name_after(head)))
                                    head = c;
                                continue;
                            }
                            if (!in(fold_[c], {"of", "the", "for", "and"})) break;
                        }
                        // "Head of the Atomic Energy Organization of Iran X": the body's country after it
                        // ("Chairman of the State Duma of the Russian Federation X": "the" before it)
                        if (head != kNone && head + 3 < limit && tok_[head + 1].is("of") && !name_after(head)) {
                            const std::size_t at = head + 2 + (tok_[head + 2].is("the") ? 1 : 0);
                            if (const PhraseMatch c = phrase_match(at, limit);
                                c.entry && c.entry->type == EntityType::Country && !c.entry->demonym &&
                                at + c.length + 1 < limit && name_word(at + c.length))
                                head = at + c.length - 1;
                        }
                        if (head != kNone && head + 2 < limit && name_word(head + 1) && !(flags_[head + 1] & kHeadNoun) &&
                            tok_[r].cap) {
                            q = head + 1;
                            after_body = true;
                            unknown_body = true;
                        }
                        // a body kg does not know, then a comma and the name: "the President of
                        // Yonhap news agency, Park Jung-chan", "the Minister of State for the
                        // Indo-Pacific, Anne-Marie Trevelyan"
                        // ("the Chairman of the Standing Committee of the National People's Congress, X")
                        std::size_t c = r;
                        while (c < limit && c < r + 10 &&
                               (tok_[c].is_word() || (c > r && (tok_[c].is("-") || is_apos(tok_[c]) || is_possessive(tok_[c])))) &&
                               !person_at(c) &&
                               (!in(fold_[c], {"and", "who", "which", "that", "said", "met"}) ||
                                // ("Ministry of Foreign Affairs and Cooperation,": a portfolio after "and")
                                (c > r && c + 1 < limit && fold_[c] == "and" && tok_[c + 1].cap &&
                                 (flags_[c + 1] & kOfficePortfolio))))
                            ++c;
                        // (a body longer than six tokens must end in its head: "... People's Congress,";
                        // not "... Port Authorities Sonia Syngal,", a name after the body)
                        bool long_ends_in_head =
                            c <= r + 6 || (tok_[c - 1].cap && (flags_[c - 1] & (kBodyHead | kOfficePortfolio)));
                        for (std::size_t x = r; x < c && !long_ends_in_head; ++x)  // or in a known name
                            if (const PhraseMatch known = phrase_match(x, limit); known.entry && x + known.length == c)
                                long_ends_in_head = true;
                        if (!after_body && c > r && c + 1 < limit && tok_[c].is(",") && tok_[r].cap && long_ends_in_head) {
                            q = c;
                            unknown_body = true;
                        }
                        // ("President of the Riigikogu (Parliament of Estonia) Lauri Hussar": a gloss in
                        // brackets after the body, then the name)
                        if (!after_body && !unknown_body && c > r && c < limit && tok_[c].is("(") && tok_[r].cap) {
                            const std::size_t g = past_portfolio_gloss(c, limit);
                            if (g != c && g + 1 < limit && free(g) && name_word(g) && name_word(g + 1) &&
                                !tok_[g].newline_before) {
                                q = g;
                                after_body = true;
                                unknown_body = true;
                            }
                        }
                        // a portfolio of words of the language and known names, then a plain name that
                        // closes the clause: "Minister for the Americas and Caribbean David Rutley.",
                        // "Chairman of the Foreign Affairs Committee of the Chamber of Deputies Marek Zenisek."
                        if (!after_body && !unknown_body && tok_[r].cap) {
                            std::size_t e = r;
                            bool office = false;  // a word of the office read since the last name
                            std::size_t known_end = kNone;  // where the last known name read ends
                            while (e < limit && e < r + 18) {
                                if (const PhraseMatch pm = phrase_match(e, limit); pm.entry) {
                                    e += pm.length;
                                    known_end = e;
                                    office = true;
                                    continue;
                                }
                                if (tok_[e].is_word() && tok_[e].cap && !tok_[e].allcaps) {
                                    if (language_word(e) || (flags_[e] & (kOfficePortfolio | kHeadNoun))) {
                                        office = true;
                                        ++e;
                                        continue;
                                    }
                                    // the first plain name after the office: two or three name words, then
                                    // the clause's end
                                    std::size_t stop = e;
                                    while (stop < limit && stop < e + 3 && name_word(stop) && free(stop) && tok_[stop].cap &&
                                           !language_word(stop) && !phrase_match(stop, limit).entry &&
                                           !(stop > e && (flags_[stop] & kPostNominal)))
                                        ++stop;
                                    const bool closes = stop >= limit || tok_[stop].is(",") || tok_[stop].is(".") ||
                                                        tok_[stop].is(";") ||
                                                        (tok_[stop].is_word() && !tok_[stop].cap && !tok_[stop].allcaps &&
                                                         !in(fold_[stop], {"and", "of", "for", "the"})) ||
                                                        (flags_[stop] & kPostNominal);
                                    if (stop < e + 2) {  // one word: more of the office ("the Americas")
                                        office = true;
                                        ++e;
                                        continue;
                                    }
                                    // (after a portfolio's last word: a plural, a portfolio, a body's head or a
                                    // known name; not "Coalition Supporting Eurasian Jewry", "for Grupo Salinas")
                                    const std::string_view before = fold_[e - 1];
                                    const bool ends_office =
                                        (tok_[e - 1].cap && (flags_[e - 1] & (kOfficePortfolio | kHeadNoun))) ||
                                        (tok_[e - 1].cap && before.size() > 3 && before.back() == 's') || !free(e - 1) ||
                                        known_end == e;
                                    // (or a post-nominal: "... Group on Taiwan Ingrid Leary MP")
                                    const bool punct = stop >= limit || tok_[stop].is(",") || tok_[stop].is(".") || tok_[stop].is(";") ||
                                                       (flags_[stop] & kPostNominal);
                                    if (office && e > r + 1 && closes && punct && ends_office && !language_word_in(e, stop)) {
                                        q = e;
                                        after_body = true;
                                        unknown_body = true;
                                    }
                                    break;
                                }
                                // ("Chair of the Committee on Foreign Affairs X.")
                                if (e > r && in(fold_[e], {"of", "the", "for", "and", "on"})) {
                                    ++e;
                                    continue;
                                }
                                break;
                            }
                        }
                    }
                }
                // a plural office ("the Ambassadors of Guinea, ...") lists no single name after it
                const bool plural = plural_office(fold_[j + tl - 1]);
                // "A, Minister for Foreign Affairs of Australia, B, Minister of ... of India": an
                // office right after a person and a comma is that person's apposition; the name
                // after its comma is the list's next item (office-apposition-not-before)
                std::size_t opens = modifier_first != kNone ? modifier_first : j;
                if (opens > 0 && fold_[opens - 1] == "the") --opens;
                const bool apposition = opens >= 2 && tok_[opens - 1].is(",") && person_at(opens - 2).has_value();
                const bool comma = q < limit && tok_[q].is(",");
                if ((after_body || comma) && q < limit && !plural && !(apposition && comma)) {
                    std::size_t n0 = q;
                    if (tok_[n0].is(",")) ++n0;
                    // "Foreign Minister of Singapore Dr. Vivian Balakrishnan", "the President of the
                    // French Republic, H.E. Mr. Emmanuel Macron": honorifics before the name
                    bool honorific = false;
                    if (n0 < limit && free(n0))
                        if (const std::size_t h = match_honorific(tok_, n0, limit); h && !unknown_body) {
                            n0 += h;
                            honorific = true;
                        }
                    // "The Foreign Minister, Sheikh Abdullah bin Zayed,": a title of one word (of honour)
                    // before the name is no part of it
                    // (after the office's comma only: "Legislative Director for U.S. Senator Herb Kohl" is
                    // the Senator's office; "the Crown Prince, Sheikh Tahnoon,": one name may follow it)
                    bool title_of_honour = false;
                    // ("the Sultan of Brunei Sultan Hassanal Bolkiah": or after the known country of "of",
                    // a name of two words after it; "the Prime Minister of Bangladesh Sheikh Hasina" is hers)
                    if (!honorific &&
                        (tok_[q].is(",") ||
                         (body != kNone && !unknown_body && n0 + 3 < limit && name_word(n0 + 2) && tok_[n0 + 2].cap)) &&
                        n0 + 2 < limit && free(n0) &&
                        title_match(n0, limit) == 1 &&
                        name_word(n0 + 1) && !language_word(n0 + 1) && !title_match(n0 + 1, limit)) {
                        ++n0;
                        title_of_honour = true;
                    }
                    // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser
                    // Bourita": the office's portfolios go on past its comma, words of the language and
                    // known names joined by "and", then a comma and the name (office-portfolio-list)
                    if (!honorific && !title_of_honour && n0 > q && tok_[q].is(",") && n0 < limit && tok_[n0].cap) {
                        // (capitalised words, each portfolio before "and" and before the comma: "Cooperation",
                        // "Expatriates"; not "John Smith and Jane Doe,")
                        std::size_t e = n0;
                        bool joined = false, portfolios = true;
                        while (e < limit && e < n0 + 10) {
                            if (tok_[e].is_word() && tok_[e].cap) {
                                ++e;
                                continue;
                            }
                            if (in(fold_[e], {"and", "&"}) && e > n0) {
                                joined = true;
                                portfolios = portfolios && (flags_[e - 1] & kOfficePortfolio);
                                ++e;
                                continue;
                            }
                            break;
                        }
                        if (joined && portfolios && e + 1 < limit && e > n0 + 2 && tok_[e].is(",") &&
                            (flags_[e - 1] & kOfficePortfolio) && tok_[e + 1].cap && free(e + 1) && !language_word(e + 1))
                            n0 = e + 1;
                    }
                    // "U.S. Ambassador to Japan Roos, Assistant Secretary ...": after a known body or
                    // country, a family name alone that closes the item (MOFA names officials so)
                    const bool single_ok =
                        // (or a body kg does not know, ended by its head: "... Affairs Bureau Ihara")
                        after_body && (!unknown_body || (tok_[n0 - 1].cap && (flags_[n0 - 1] & kBodyHead))) &&
                        n0 + 1 < limit && name_word(n0) && tok_[n0].cap && !tok_[n0].allcaps && !language_word(n0) &&
                        !phrase_match(n0, limit).entry && !title_match(n0, limit) &&
                        // (an item of a list of officials: another office follows, or "and" opens its own
                        // office; not "Editor-in-Chief of Myanmar Now, stated")
                        (another_office_after(n0 + 1) || (opens > 0 && fold_[opens - 1] == "and"));
                    if (n0 < limit && free(n0) && !match_honorific(tok_, n0, limit)) {
                        if (auto name = read_name(n0, limit, title_of_honour || single_ok); name && name->parts.size() <= 4) {
                            const std::size_t e = name->last;
                            // (or by a post-nominal: "Secretary of National Defense Gilberto C. Teodoro Jr.")
                            const bool closed =
                                e >= limit || tok_[e].is(",") || tok_[e].is(".") || tok_[e].is(")") || tok_[e].is(";") ||
                                (tok_[e].is_word() && !tok_[e].cap && !tok_[e].allcaps) || (flags_[e] & kPostNominal);
                            const PhraseMatch known = phrase_match(n0, limit);
                            // "President, World Economic Forum": a body named by its head noun
                            // ("the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates
                            // held": the office's portfolios, joined by "and", with no name after them)
                            bool is_place = (known.entry && n0 + known.length >= name->last) ||
                                            (flags_[name->last - 1] & kHeadNoun) ||
                                            (tok_[name->last - 1].cap && (flags_[name->last - 1] & kOfficePortfolio) &&
                                             e < limit && fold_[e] == "and");
                            // "the U.S. Embassy, Ottawa Canada": a city and its country, known names only
                            if (!is_place && known.entry && known.entry->type == EntityType::Location) {
                                const PhraseMatch rest = phrase_match(n0 + known.length, limit);
                                is_place = rest.entry && rest.entry->type == EntityType::Country &&
                                           n0 + known.length + rest.length >= name->last;
                            }
                            // after a body kg does not know, the name must be plainly a name: no
                            // word of the language, office or known place in it ("Keck School")
                            if (unknown_body) {
                                // (the last of three names or more may be a word: "Chairman of the National
                                // Assembly Vuong Dinh Hue"; of two, after a body's gloss in brackets:
                                // "President of the Riigikogu (Parliament of Estonia) Lauri Hussar")
                                // (or right after a parliament's own name, no word of the language:
                                // "President of the Riigikogu Lauri Hussar")
                                const bool glossed = n0 > 0 && (tok_[n0 - 1].is(")") ||
                                                                (tok_[n0 - 1].cap && (flags_[n0 - 1] & kBodyHead) &&
                                                                 !language_word(n0 - 1)));
                                const std::size_t words_end =
                                    name->parts.size() >= 3 || (glossed && name->parts.size() == 2) ? name->last - 1 : name->last;
                                // ("Minister of Trade Serge Ahissou": after a portfolio right after "of", one
                                // word of the name may be a word of the language, not every one)
                                const bool portfolio = n0 >= 2 && tok_[n0 - 1].cap && (flags_[n0 - 1] & kOfficePortfolio) &&
                                                       fold_[n0 - 2] == "of" && name->parts.size() == 2;
                                const bool words = portfolio ? language_word(n0) && language_word(n0 + 1)
                                                             : language_word_in(n0, words_end);
                                is_place = is_place || known.entry != nullptr || title_match(n0, limit) > 0 || words;
                                for (std::size_t w = n0; w < name->last && !is_place; ++w) is_place = phrase_at(w).has_value();
                            }
                            if (closed && !is_place) {
                                const std::size_t idx = add_person(kNone, modifier_first, *name, honorific, 0);
                                persons_[idx].of_body = body;
                                persons_[idx].title = surface(j, j + tl);
                                i = name->last - 1;
                                continue;
                            }
                        }
                    }
                }
            }
            // "Commissioner for Trade Maros Sefcovic", "Minister for Health and Aged Care Mark Butler":
            // the office's field, capitalised words of the language after "for", then the name
            // "Senior Director for the Western Hemisphere Juan Gonzalez", "Special Envoy for Syria X":
            // also "the", and a place the gazetteer knows
            const auto field_place = [&](std::size_t q) -> std::size_t {
                if (q >= limit || !tok_[q].cap) return 0;
                const PhraseMatch m = phrase_match(q, limit);
                return m.entry && (m.entry->type == EntityType::Location || m.entry->type == EntityType::Country)
                           ? m.length
                           : 0;
            };
            const std::size_t field = k + 2 < limit && tok_[k].is("for") && tok_[k + 1].is("the") ? k + 2 : k + 1;
            if (k + 2 < limit && tok_[k].is("for") && field < limit && tok_[field].cap &&
                (language_word(field) || field_place(field))) {
                std::size_t f = field;
                while (f < limit && f < field + 6) {
                    if (const std::size_t place = field_place(f)) f += place;
                    else if ((tok_[f].is_word() && tok_[f].cap && language_word(f)) ||
                             (in(fold_[f], {"and", "&", ","}) && f + 1 < limit &&
                              (tok_[f + 1].cap || (fold_[f + 1] == "the" && field_place(f + 2)))) ||
                             // "for Latin America and the Caribbean X"
                             (fold_[f] == "the" && f > field && in(fold_[f - 1], {"and", "&"}) && field_place(f + 1)))
                        ++f;
                    else
                        break;
                }
                // "Minister for Enterprise of Italy Adolfo Urso": the field, then the country
                // ("Special Envoy for Humanitarian Affairs in Israel Lisa Grande": or where the office serves)
                if (f + 2 < limit && f > field && (tok_[f].is("of") || tok_[f].is("in")) && (flags_[f - 1] & kOfficePortfolio))
                    if (const PhraseMatch c = phrase_match(f + 1, limit);
                        c.entry && c.entry->type == EntityType::Country && !c.entry->demonym)
                        f += 1 + c.length;
                // (a whole name of two parts or more, no word of the language in it, nothing
                // capitalised going on after it: "for Acquisition and Sustainment" is all field)
                std::size_t at = f;
                if (const std::size_t h = f < limit ? match_honorific(tok_, f, limit) : 0; h) at += h;
                // ("Director-General for Press and Public Relations Yokoi among others": a family name
                // alone closing an item of a list of officials)
                // (another office after its comma or "and": not "for Acquisition and Sustainment, ...")
                const bool single = at + 2 < limit && !language_word(at) &&
                                    another_office_after(at + 1);
                if (f < limit && f > field && at < limit && name_word(at) && !phrase_match(at, limit).entry)
                    if (auto nm = read_name(at, limit, single);
                        nm && (nm->parts.size() >= 2 || (single && nm->last == at + 1)) &&
                        !language_word_in(nm->first, nm->last) &&
                        !(nm->last < limit && tok_[nm->last].is_word() && (tok_[nm->last].cap || tok_[nm->last].allcaps)))
                        k = f;
            }
            // "Principal Deputy National Security Advisor (PDNSA) Jon Finer": the office's
            // abbreviation in brackets between it and the name
            if (k + 3 < limit && tok_[k].is("(") && tok_[k + 1].allcaps && tok_[k + 2].is(")") && name_word(k + 3))
                k += 3;
            // "Ambassador to Japan Ms. Caroline Kennedy"
            if (k + 1 < limit && tok_[k].is("to")) {
                if (PhraseMatch to = phrase_match(k + 1, limit); to.entry && to.entry->type == EntityType::Country &&
                                                                      match_honorific(tok_, k + 1 + to.length, limit))
                    k += 1 + to.length;
            }
            bool hon = false;
            if (const std::size_t h = match_honorific(tok_, k, limit); h) {
                k += h;
                hon = true;
            }
            if (k < limit && free(k)) {
                if (auto name = read_name(k, limit, true)) {
                    // A single-word name after a title must not be a known place or body.
                    PhraseMatch pm2 = phrase_match(k, limit);
                    const bool known = pm2.entry && pm2.length >= name->last - name->first;
                    // "Chief Diplomatic Advisor", "Chief Advisor to the President": a single word of
                    // the language after a title, with the office going on after it, is more of the
                    // office, not a name ("President Xi said" stays)
                    const std::size_t after = name->last;
                    // ("PM Assistant on Overseas Pakistanis X": "on" too)
                    const bool office_goes_on =
                        after < limit && ((tok_[after].is_word() && tok_[after].cap) || tok_[after].is("to") ||
                                          tok_[after].is("for") || tok_[after].is("on"));
                    const bool word = name->parts.size() == 1 && !hon &&
                                      ((language_word(name->first) && office_goes_on) ||
                                       (flags_[name->first] & kHeadNoun));  // "Foreign Minister Consultations"
                    if ((!known || (name->parts.size() >= 2 && hon)) && !word) {
                        const std::size_t idx = add_person(hon ? kNone : j, modifier_first, *name, hon, hon ? 0 : tl);
                        // ("External Affairs Minister Dr. S. Jaishankar": the office is the person's, for
                        // a later "the Minister" or "EAM")
                        if (hon && persons_[idx].title.empty()) persons_[idx].title = surface(j, j + tl);
                        i = name->last - 1;
                        // A plural office names several people: "Deputy Prime Ministers Radmila
                        // Sekerinska and Bujar Osmani".
                        // ("UNESCO Goodwill Ambassadors A, B and C": a list, its items joined by commas
                        // and a last "and")
                        const std::string_view last_word = fold_[j + tl - 1];
                        // ("Secretaries A (Foreign Affairs), B (Defense) and C (Finance)": a portfolio in
                        // brackets after each)
                        // ("Foreign Ministers A of Uruguay and B of Argentina": or the country each serves)
                        const auto gloss = [&](std::size_t e) {
                            if (last_word.size() > 3 && last_word.back() == 's' && e + 2 < limit && tok_[e].is("of"))
                                if (const PhraseMatch c = phrase_match(e + 1, limit);
                                    c.entry && c.entry->type == EntityType::Country && !c.entry->demonym)
                                    return e + 1 + c.length;
                            return last_word.size() > 3 && last_word.back() == 's' ? past_portfolio_gloss(e, limit) : e;
                        };
                        for (std::size_t at = gloss(name->last); !hon && last_word.size() > 3 && last_word.back() == 's' &&
                                                          at + 1 < limit && (tok_[at].is("and") || tok_[at].is(","));) {
                            const bool last_item = tok_[at].is("and") || tok_[at + 1].is("and");
                            const std::size_t item = tok_[at + 1].is("and") ? at + 2 : at + 1;
                            // ("Senators A, B, and Representatives C": another office opens another list)
                            if (item >= limit || !free(item) || title_match(item, limit) || plural_office(fold_[item]) ||
                                in(fold_[item], {"representatives", "congressmen", "congresswomen", "members", "delegates"}) ||
                                (item + 1 < limit && plural_office(fold_[item + 1])))
                                break;
                            // ("Secretaries Blinken and Austin": one word each; "Cabinet Secretaries
                            // Raychelle Omamo and Sicily Kariuki": a known place may begin a longer name)
                            const PhraseMatch known_more = phrase_match(item, limit);
                            auto more = read_name(item, limit, name->parts.size() == 1);
                            if (!more || more->parts.size() > 4 || (known_more.entry && item + known_more.length >= more->last))
                                break;
                            // (an item before a comma is a whole name, and its list goes on to an "and":
                            // "Ministers A, Foreign Minister of B" lists no one after A)
                            if (!last_item && (more->parts.size() < 2 || !list_ends_in_and(more->last, limit))) break;
                            const std::size_t m = add_person(kNone, kNone, *more, false, 0);
                            persons_[m].title = persons_[idx].title;
                            i = more->last - 1;
                            at = gloss(more->last);
                            if (last_item) break;
                        }
                        continue;
                    }
                }
            }
        }
        // (1b) A photographer's credit: "[State Department photo by Ron Przysucha]", "Photo by Adam
        // Schultz"; not an agency ("photo by Getty Images": a word of the language)
        if (i + 2 < limit && in(fold_[i], {"photo", "photos", "photograph"}) && tok_[i + 1].is("by") &&
            free(i + 2) && !phrase_match(i + 2, limit).entry) {
            if (auto name = read_name(i + 2, limit, false); name && name->parts.size() <= 3) {
                if (!language_word_in(name->first, name->last)) {
                    add_person(kNone, kNone, *name, false, 0);
                    i = name->last - 1;
                    continue;
                }
            }
        }
        // (1c) "her Chinese counterpart Wang Yi", "his counterpart, Sergey Lavrov": the name after
        // "counterpart" (the news's way of naming the other side of a meeting) is a person's ("his
        // Uruguayan colleague Francisco Bustillo": so is "colleague")
        if (i + 1 < limit && in(fold_[i], {"counterpart", "counterparts", "colleague"}) && !tok_[i].cap) {
            std::size_t k = i + 1;
            // ("his counterpart from Kosovo, Enver Hoxhaj": the country the counterpart is from; "her
            // Ethiopian counterpart to Kenya Meles Alem Tikea": an envoy's, the country sent to)
            if (k + 2 < limit && in(fold_[k], {"from", "of", "to"})) {
                const std::size_t r = tok_[k + 1].is("the") ? k + 2 : k + 1;
                if (const PhraseMatch c = phrase_match(r, limit);
                    c.entry && (c.entry->type == EntityType::Country || c.entry->type == EntityType::Location) &&
                    r + c.length + 1 < limit &&
                    (tok_[r + c.length].is(",") || (name_word(r + c.length) && name_word(r + c.length + 1))))
                    k = r + c.length;
            }
            if (k < limit && tok_[k].is(",")) ++k;
            std::size_t h = k < limit && (flags_[k] & kHonorificStart) ? match_honorific(tok_, k, limit) : 0;
            // ("his Montenegrin counterpart, Milan Rocen": a given name that is also a one-word place,
            // before a name word that is neither)
            const auto known_name = [&](std::size_t at) {
                const PhraseMatch pm = phrase_match(at, limit);
                return pm.entry && !(pm.length == 1 && pm.entry->type == EntityType::Location && at + 1 < limit &&
                                     name_word(at + 1) && tok_[at + 1].cap && !tok_[at + 1].allcaps &&
                                     !phrase_match(at + 1, limit).entry && !language_word(at + 1) && !title_match(at + 1, limit));
            };
            if (k + h < limit && free(k + h) && !known_name(k + h) && !title_match(k + h, limit)) {
                // (four parts besides the particles: "Abdullah bin Nasser bin Khalifa Al Thani")
                const auto plain_parts = [](const NameParts& nm) {
                    return static_cast<std::size_t>(std::count_if(nm.parts.begin(), nm.parts.end(), [](std::string_view p) {
                        return !name_particle(p);
                    }));
                };
                if (auto name = read_name(k + h, limit, h > 0); name && plain_parts(*name) <= 4) {
                    bool capitals = false;  // "their counterparts NSA Officials": an acronym, no name
                    for (std::size_t r = name->first; r < name->last; ++r) capitals = capitals || tok_[r].allcaps;
                    if (!capitals && !language_word_in(name->first, name->last)) {
                        add_person(kNone, kNone, *name, h > 0, 0);
                        i = name->last - 1;
                        continue;
                    }
                }
            }
        }
        // (2) Honorific Name
        if (const std::size_t h = (flags_[i] & kHonorificStart) ? match_honorific(tok_, i, limit) : 0; h) {
            std::size_t k = i + h;
            // "His All-Holiness Ecumenical Patriarch Bartholomew": an office after the honorific
            std::size_t office = kNone;
            for (int more = 0; more < 3; ++more) {  // stacked: "His Highness President Sheikh X"
                const std::size_t tl = title_match(k, limit);
                if (!tl || k + tl >= limit || !name_word(k + tl)) break;
                if (office == kNone) office = k;
                k += tl;
            }
            // "Madam Speaker", "Mr. President": an office addressed, no name
            const bool addressed = office == kNone && k < limit && title_match(k, limit) > 0;
            if (k < limit && !addressed) {
                if (auto name = read_name(k, limit, true)) {
                    // "H.E. Mr. Lavrov, Sergey Viktorovich, Minister of ...": one family name, a comma,
                    // the given names and another comma before an office, as MOFA writes Russian
                    // names (honorific-inverted-name): one person, family name first
                    bool inverted = false;
                    if (name->parts.size() == 1 && !name->caps[0] && name->last + 4 < limit &&
                        tok_[name->last].is(",") && !title_match(name->last + 1, limit))
                        if (const auto given = read_name(name->last + 1, limit, false);
                            given && given->parts.size() >= 2 && given->parts.size() <= 3 && given->last + 1 < limit &&
                            tok_[given->last].is(",") && title_match(given->last + 1, limit) &&
                            !language_word_in(given->first, given->last)) {
                            for (std::size_t g = 0; g < given->parts.size(); ++g) {
                                name->parts.push_back(given->parts[g]);
                                name->caps.push_back(false);
                            }
                            name->last = given->last;
                            inverted = true;
                        }
                    const std::size_t idx = add_person(kNone, kNone, *name, true, 0);
                    persons_[idx].family_first = persons_[idx].family_first || inverted;
                    if (office != kNone) persons_[idx].title = surface(office, k);
                    i = name->last - 1;
                    continue;
                }
            }
        }
        // (3) Family name in capitals: "HAYASHI Yoshimasa", "TSUJI Kiyoto"
        // (not an acronym that is a word, "PACT Act", "CHIPS Act", nor one before a head noun,
        // "CDFI Fund", "UCLA School", or before common words)
        // (nor an abbreviation without a vowel, an office's: "PCS Mudavadi", "CDS Rawat")
        const auto has_vowel = [](std::string_view w) { return w.find_first_of("AEIOUY") != std::string_view::npos; };
        if (tok_[i].allcaps && tok_[i].text.size() >= 3 && has_vowel(tok_[i].text) && name_word(i) && i + 1 < limit &&
            name_word(i + 1) && !tok_[i + 1].allcaps && !phrase_match(i, limit).entry && !language_word(i) &&
            !(flags_[i + 1] & kHeadNoun)) {
            // ... unless more capitalised words follow: "CPC Central Committee" is a body; nor
            // when a word after the capitals is a common word or a head noun: "NYU Law Review",
            // "HUD Regional Offices", "IPCC Report" name no one
            if (auto name = read_name(i, limit, false);
                name && !language_word_in(name->first + 1, name->last) &&
                !(name->last < limit && tok_[name->last].is_word() && (tok_[name->last].cap || tok_[name->last].allcaps))) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                continue;
            }
        }
        // (6) Names listed after a plural office and a comma: "The two Foreign Ministers, Cho Tae-yul
        // and Wang Yi, held talks", "the two leaders, A and B,": two or more whole names joined by
        // commas and "and", the list closed by a comma.
        // "the heads of diplomacy of Poland, France and Germany - A, B and C - met": between dashes
        // after such a noun
        const auto is_dash = [&](std::size_t q) { return q < limit && is_spaced_dash(tok_[q]); };
        bool dash_list = false;
        if (is_dash(i + 1) && i + 2 < limit && name_word(i + 2))
            for (std::size_t q = i + 1; q > sentence_begin(i) && q + 10 > i + 1 && !dash_list; --q)
                dash_list = plural_office(fold_[q - 1]) || in(fold_[q - 1], {"leaders", "heads", "chiefs"});
        // "members of the Presidency of Bosnia and Herzegovina, A and B,": the body after a plural
        // noun of members and "of" (past inner "of"s), i at the comma (the body's name was passed over)
        bool members_of = false;
        if (tok_[i].is(",") && i + 1 < limit && name_word(i + 1))
            for (std::size_t q = i; q > sentence_begin(i) + 1 && q + 14 > i && !members_of; --q) {
                // (or a plural office: "foreign ministers of Malta and Libya, A and B, respectively")
                // ("his counterparts from Croatia and Japan, A and B")
                // ("the Directors General of Consular Affairs of Chile and Colombia, A and B": "General" after it)
                if ((fold_[q - 1] == "of" &&
                     (in(fold_[q - 2], {"members", "leaders", "heads", "representatives"}) || plural_office(fold_[q - 2]) ||
                      (fold_[q - 2] == "general" && q >= 3 && plural_office(fold_[q - 3])))) ||
                    (fold_[q - 1] == "from" && fold_[q - 2] == "counterparts")) {
                    members_of = true;
                    break;
                }
                // ("foreign ministers of Malaysia, Somalia and Tajikistan, A, B and C": commas between
                // the countries)
                if (!(tok_[q - 1].is_word() && (tok_[q - 1].cap || in(fold_[q - 1], {"of", "the", "and"}))) &&
                    !(tok_[q - 1].is(",") && q >= 2 && tok_[q - 2].cap))
                    break;
            }
        // (the comma first: the office test was a call at every token)
        if ((i + 2 < limit && tok_[i + 1].is(",") && (plural_office(fold_[i]) || fold_[i] == "leaders") &&
             name_word(i + 2)) ||
            dash_list || members_of) {
            std::vector<NameParts> names;
            std::size_t q = members_of ? i + 1 : i + 2;
            bool closed = false;
            while (q < limit && names.size() < 6) {
                auto name = read_name(q, limit, false);
                if (!name || name->parts.size() > 4 || language_word_in(name->first, name->last - 1) ||
                    phrase_match(q, limit).entry) {
                    // ("members of X, A and B, and President C": the list closed by its comma, the
                    // sentence's own list going on after it)
                    closed = names.size() >= 2 && q >= 2 && tok_[q - 1].is("and") && tok_[q - 2].is(",") &&
                             names.back().last == q - 2 && !dash_list;
                    break;
                }
                if (!all_free(*name)) break;
                names.push_back(*name);
                q = name->last;
                if (q < limit && tok_[q].is(",") && q + 1 < limit && tok_[q + 1].is("and")) q += 2;
                else if (q < limit && tok_[q].is("and")) ++q;
                else if (q < limit && tok_[q].is(",") && q + 1 < limit && name_word(q + 1) && names.size() == 1) ++q;
                else {
                    // (after "ministers of X and Y," the sentence may end the list: "..., A and B.")
                    closed = (q < limit && (tok_[q].is(",") || (dash_list && is_dash(q)))) ||
                             (members_of && (q >= limit || (q + 1 == limit && tok_[q].is("."))));
                    break;
                }
            }
            if (closed && names.size() >= 2) {
                for (const NameParts& listed : names) add_person(kNone, kNone, listed, false, 0);
                i = names.back().last - 1;
                continue;
            }
        }
        // (6c) Names each after its country, after a plural office and "of": "the Foreign Ministers of
        // Ukraine, Pavlo Klimkin, and Slovakia, Miroslav Lajcak"
        if (i + 5 < limit && tok_[i + 1].is("of") && plural_office(fold_[i])) {
            std::vector<NameParts> names;
            std::size_t q = i + 2;
            while (q + 2 < limit && names.size() < 6) {
                if (fold_[q] == "the") ++q;
                const PhraseMatch c = phrase_match(q, limit);
                // (", " after the country, or a spaced dash, or the name right after it: "the Foreign
                // Ministers of the Republic of Belarus - A, the Islamic Republic of Iran B")
                if (!c.entry || c.entry->type != EntityType::Country || q + c.length + 1 >= limit) break;
                q += c.length;
                if (tok_[q].is(",") || is_spaced_dash(tok_[q])) ++q;
                else if (!(tok_[q].is_word() && tok_[q].cap && !phrase_match(q, limit).entry && !title_match(q, limit)))
                    break;
                auto name = read_name(q, limit, false);
                if (!name || name->parts.size() > 4 || language_word_in(name->first, name->last) || !all_free(*name) ||
                    phrase_match(q, limit).entry)
                    break;
                names.push_back(*name);
                q = name->last;
                // ("the Presidents of Peru, A; and Canada, B": a semicolon parts them too)
                if (q + 1 < limit && (tok_[q].is(",") || tok_[q].is(";")) && tok_[q + 1].is("and")) q += 2;
                else if (q < limit && tok_[q].is("and")) ++q;
                else if (q < limit && (tok_[q].is(",") || tok_[q].is(";"))) ++q;
                else break;
            }
            if (names.size() >= 2) {
                for (const NameParts& listed : names) add_person(kNone, kNone, listed, false, 0);
                i = names.back().last - 1;
                continue;
            }
        }
        // (7) Names read from their attendance, as Xinhua and others write it: "Cai Qi, Wang Yi and
        // Qin Gang attended the talks", "A and B were also present", "A and B were among the ministers
        // at the meeting": whole names of two to four parts opening a sentence, joined by commas and
        // "and", only a last part a word of the language (plain_name), the list followed by that verb
        if (i == sentence_begin(i) && name_word(i) && !tok_[i].allcaps) {
            std::vector<NameParts> names;
            std::size_t q = i, end = kNone;
            while (q < limit && names.size() < 8) {
                if (auto known = person_at(q); known && persons_[*known].name_first == q) {
                    q = end = persons_[*known].name_last;
                } else {
                    if (!name_word(q) || tok_[q].allcaps || phrase_match(q, limit).entry || title_match(q, limit)) break;
                    auto name = read_name(q, limit, false);
                    if (!name || name->parts.size() < 2 || name->parts.size() > 4 ||
                        !plain_name(name->first, name->last))
                        break;
                    if (!all_free(*name)) break;
                    names.push_back(*name);
                    q = end = name->last;
                }
                if (q + 1 < limit && tok_[q].is(",") && tok_[q + 1].is("and")) q += 2;
                else if (q < limit && (tok_[q].is("and") || tok_[q].is(","))) ++q;
                else break;
            }
            if (!names.empty() && end != kNone && attendance_verb(end, limit)) {
                for (const NameParts& listed : names) add_person(kNone, kNone, listed, false, 0);
                i = end - 1;
                continue;
            }
        }
        // (8) A name right after a meeting verb, as the news writes a second-named side: "was received
        // by Kim Jong Un", "met with Zhao Leji", "held talks with Cai Qi", "received Szymon Hołownia,
        // Marshal of the Sejm", and the name after "and" in "met with A and B": a whole name of two to
        // four parts, none of them a word of the language, a head noun or capitals
        const auto bare_name = [&](std::size_t at) -> std::optional<NameParts> {
            if (at >= limit || !name_word(at) || tok_[at].allcaps || phrase_match(at, limit).entry ||
                title_match(at, limit))
                return std::nullopt;
            auto name = read_name(at, limit, false);
            if (!name || name->parts.size() < 2 || name->parts.size() > 4 || language_word_in(name->first, name->last) ||
                !all_free(*name))
                return std::nullopt;
            for (std::size_t r = name->first; r < name->last; ++r)
                if (tok_[r].allcaps) return std::nullopt;
            return name;
        };
        if (i >= 2 && !tok_[i].newline_before &&
            ((fold_[i - 1] == "met" && !tok_[i - 1].cap) ||
             (fold_[i - 1] == "with" && in(fold_[i - 2], {"met", "talks", "meeting", "spoke", "call", "conversation"})) ||
             (fold_[i - 1] == "by" && in(fold_[i - 2], {"received", "hosted", "welcomed"})) ||
             (in(fold_[i - 1], {"received", "receives", "welcomed", "welcomes"}) && !tok_[i - 1].cap) ||
             // "called and congratulated Xiomara Castro": a call's counterpart after a verb of telling
             (i >= 3 && (flags_[i - 1] & kToldVerb) && !tok_[i - 1].cap && fold_[i - 2] == "and" &&
              in(fold_[i - 3], {"called", "telephoned", "phoned"})))) {
            // (no capitalised word goes on from it)
            if (auto name = bare_name(i);
                name && (name->last >= limit || (tok_[name->last].is_word()
                                                     ? !tok_[name->last].cap && !tok_[name->last].allcaps
                                                     : !is_possessive(tok_[name->last])))) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                if (name->last + 1 < limit && tok_[name->last].is("and"))
                    if (auto more = bare_name(name->last + 1)) {
                        add_person(kNone, kNone, *more, false, 0);
                        i = more->last - 1;
                    }
                continue;
            }
        }
        // (8b) A name with its Chinese characters in brackets after it, as Taipei's and Hong Kong's
        // papers write one: "to meet Tsai Ing-wen (蔡英文)", "Mayor Eric Chu (朱立倫)"; a place
        // glossed so is one word or holds a word of the language ("Tucheng (土城)", "New Taipei City")
        const auto gloss_ahead = [&] {  // (a cheap test first: a bracket and a byte of an ideograph soon after)
            if (!ideograph) return false;
            for (std::size_t q = i + 2; q + 1 < limit && q < i + 6; ++q)
                if (tok_[q].is("(")) return static_cast<unsigned char>(tok_[q + 1].text[0]) >= 0xE3;
            return false;
        };
        if (auto name = gloss_ahead() ? bare_name(i) : std::nullopt;
            name && name->parts.size() <= 3 && name->last + 2 < limit && tok_[name->last].is("(") &&
            !phrase_match(i, limit).entry) {
            // (two to four ideographs, then the closing bracket)
            std::size_t glyphs = 0, q = name->last + 1;
            bool ideographs = true;
            for (; q < limit && !tok_[q].is(")") && ideographs && q < name->last + 6; ++q) {
                const std::string_view w = tok_[q].text;
                for (std::size_t c = 0; c < w.size() && ideographs; c += 3) {
                    const auto b0 = static_cast<unsigned char>(w[c]);
                    // (U+3400 to U+9FFF: three bytes, the first E3 to E9)
                    ideographs = c + 2 < w.size() && b0 >= 0xE3 && b0 <= 0xE9 && !(b0 == 0xE3 && static_cast<unsigned char>(w[c + 1]) < 0x90);
                    ++glyphs;
                }
            }
            if (ideographs && q < limit && tok_[q].is(")") && glyphs >= 2 && glyphs <= 4) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                continue;
            }
        }
        // (5) A name after a noun for a person in lower case, as the news writes one: "Democratic
        // candidate Kamala Harris", "opposition leader Peter Dutton", "special envoy Steve Witkoff";
        // a whole name of two to four parts that no capitalised word goes on from.
        // ("China's top diplomat, Wang Yi": a comma between)
        std::size_t n1 = i + 2 < limit && tok_[i + 1].is(",") ? i + 2 : i + 1;
        // ("his counterpart from Peru, Ana Silva", "her counterpart of the Philippines, X": a country between)
        bool counterpart_of = false;
        if (fold_[i].size() >= 11 && fold_[i][0] == 'c' && in(fold_[i], {"counterpart", "counterparts"}) && !tok_[i].cap && i > 0 &&
            in(fold_[i - 1 - (i >= 2 && tok_[i - 1].cap ? 1 : 0)], {"his", "her", "their"}) && i + 3 < limit &&
            in(fold_[i + 1], {"from", "of"})) {
            std::size_t c = tok_[i + 2].is("the") ? i + 3 : i + 2;
            if (const PhraseMatch pm = phrase_match(c, limit); pm.entry && pm.entry->type == EntityType::Country) {
                c += pm.length;
                if (c + 1 < limit && tok_[c].is(",")) {
                    n1 = c + 1;
                    counterpart_of = true;
                }
            }
        }
        if (((flags_[i] & kPersonNoun) || counterpart_of) && tok_[i].is_word() && !tok_[i].cap && !tok_[i].allcaps && n1 < limit &&
            name_word(n1) && free(n1) && !tok_[n1].allcaps && !phrase_match(n1, limit).entry &&
            !title_match(n1, limit)) {
            if (auto name = read_name(n1, limit, false);
                name && name->parts.size() <= 4 && !language_word_in(name->first, name->last - 1) &&
                !(name->last < limit && tok_[name->last].is_word() && (tok_[name->last].cap || tok_[name->last].allcaps))) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                continue;
            }
        }
        // (5d) A name after an office of a named body in lower case, as the news writes one: "head
        // of National Security Council Tzachi Hanegbi", "member of the War Cabinet Benny Gantz": the
        // body's capitalised words end with its head noun (data/word_classes.tsv body-head; not
        // "Fund"), then a whole name of two to four parts.
        // ("members of the Committee Maimu Berg and Imre Sooaar": the plural names a list)
        const bool members = fold_[i] == "members";
        if (i + 4 < limit && tok_[i].is_word() && !tok_[i].cap && !tok_[i].allcaps && tok_[i + 1].is("of") &&
            ((flags_[i] & kPersonNoun) || members || in(fold_[i], {"head", "director", "president", "secretary", "governor"}))) {
            std::size_t c = tok_[i + 2].is("the") ? i + 3 : i + 2;
            std::size_t head = kNone;
            for (std::size_t r = c; r < limit && r < c + 8 && tok_[r].is_word() && tok_[r].cap && !person_at(r); ++r)
                if (flags_[r] & kBodyHead) head = r;
            const std::size_t at = head + 1;
            if (head != kNone && at < limit && name_word(at) && free(at) && !tok_[at].allcaps && !phrase_match(at, limit).entry &&
                !title_match(at, limit))
                if (auto name = read_name(at, limit, false);
                    name && name->parts.size() >= 2 && name->parts.size() <= 4 && !language_word_in(name->first, name->last - 1) &&
                    !(name->last < limit && tok_[name->last].is_word() &&
                      (tok_[name->last].cap || tok_[name->last].allcaps || fold_[name->last] == "of"))) {
                    add_person(kNone, kNone, *name, false, 0);
                    i = name->last - 1;
                    // (the list's other names, each whole, after commas and "and")
                    for (std::size_t r = name->last; members && r + 2 < limit && (tok_[r].is(",") || tok_[r].is("and"));) {
                        const std::size_t n0 = r + 1 + (tok_[r].is(",") && tok_[r + 1].is("and") ? 1 : 0);
                        if (!(n0 < limit && name_word(n0) && free(n0) && !tok_[n0].allcaps && !phrase_match(n0, limit).entry &&
                              !title_match(n0, limit)))
                            break;
                        const auto more = read_name(n0, limit, false);
                        if (!more || more->parts.size() < 2 || more->parts.size() > 4 || language_word_in(more->first, more->last - 1))
                            break;
                        add_person(kNone, kNone, *more, false, 0);
                        i = more->last - 1;
                        r = more->last;
                    }
                    continue;
                }
        }
        // (5c) Names listed after a plural noun for people in lower case: "met the Venezuelan
        // parliamentarians Luis Florido and Sergio Vergara", "met his peers from Argentina and Brazil,
        // A and B", "his peers A of Argentina and B of Brazil": two whole names or more, the last after
        // "and", each of two to four parts with no word of the language but its last
        // (rule plural-noun-names)
        if ((flags_[i] & kPairNoun) && tok_[i].is_word() && !tok_[i].cap && !tok_[i].allcaps && i + 4 < limit) {
            // the countries they come from, then a comma: "from Argentina and Brazil,"
            const auto country_at = [&](std::size_t c) -> std::size_t {
                if (c < limit && tok_[c].is("the")) ++c;
                const PhraseMatch pm = phrase_match(c, limit);
                return pm.entry && pm.entry->type == EntityType::Country && !pm.entry->demonym ? c + pm.length : kNone;
            };
            std::size_t q = i + 1;
            if (in(fold_[q], {"from", "of"})) {
                std::size_t c = country_at(q + 1);
                while (c != kNone && c + 1 < limit && (tok_[c].is("and") || tok_[c].is(",")) && country_at(c + 1) != kNone)
                    c = country_at(c + 1);
                q = c != kNone && c < limit && tok_[c].is(",") ? c + 1 : kNone;
            }
            std::vector<NameParts> names;
            bool closed = false;
            while (q != kNone && q < limit && names.size() < 8) {
                if (!(name_word(q) && free(q) && !tok_[q].allcaps && !phrase_match(q, limit).entry && !title_match(q, limit)))
                    break;
                auto name = read_name(q, limit, false);
                if (!name || name->parts.size() < 2 || name->parts.size() > 4 || !all_free(*name) ||
                    language_word_in(name->first, name->last - 1))
                    break;
                std::size_t r = name->last;
                // ("A of Argentina": the country each comes from)
                if (r + 1 < limit && tok_[r].is("of")) {
                    if (const std::size_t c = country_at(r + 1); c != kNone) r = c;
                }
                names.push_back(*name);
                const bool last = names.size() >= 2 && (r >= limit || !tok_[r].is_word() || !tok_[r].cap);
                const bool more = r + 1 < limit && (tok_[r].is(",") || tok_[r].is("and"));
                const bool after_and = names.size() >= 2 && tok_[names[names.size() - 1].first - 1].is("and");
                if (after_and) {
                    closed = last && !(r < limit && tok_[r].is("and"));
                    break;
                }
                if (!more) break;
                q = r + 1;
                if (tok_[r].is(",") && q < limit && tok_[q].is("and")) ++q;
            }
            if (closed) {
                for (const NameParts& listed : names) add_person(kNone, kNone, listed, false, 0);
                i = names.back().last - 1;
                continue;
            }
        }
        // (5b) "the daughter of John F. Kennedy": a name after a kinship noun and "of"; "in Rishi
        // Sunak's government": a whole name before a possessive and what a person leads or makes
        if (i + 2 < limit && tok_[i].is_word() && !tok_[i].cap &&
            (flags_[i] & kKinNoun) &&
            fold_[i + 1] == "of" && free(i + 2) && name_word(i + 2) && !tok_[i + 2].allcaps &&
            !phrase_match(i + 2, limit).entry && !title_match(i + 2, limit))
            if (auto name = read_name(i + 2, limit, false);
                name && name->parts.size() >= 2 && name->parts.size() <= 4 && !language_word_in(name->first, name->last - 1) &&
                !(name->last < limit && tok_[name->last].is_word() && (tok_[name->last].cap || tok_[name->last].allcaps))) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                continue;
            }
        if (free(i) && name_word(i) && !tok_[i].allcaps && (i == 0 || !tok_[i - 1].is_word() || !tok_[i - 1].cap) &&
            !phrase_match(i, limit).entry && !title_match(i, limit) && !(flags_[i] & kNonName) &&
            possession_after(i, limit))
            if (auto name = read_name(i, limit, false);
                name && name->parts.size() >= 2 && name->parts.size() <= 3 && name->last + 1 < limit &&
                is_possessive(tok_[name->last]) &&
                (flags_[name->last + 1] & kPersonPossession) &&
                !language_word_in(name->first, name->last) && all_free(*name) &&
                std::none_of(tok_.begin() + static_cast<std::ptrdiff_t>(name->first),
                             tok_.begin() + static_cast<std::ptrdiff_t>(name->last), [](const Token& t) { return t.allcaps; })) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                continue;
            }
        // (6) A name after a country's possessive, as the news writes one: "Japan's Takeshi Iwaya and
        // Australia's Penny Wong met", "China's Wang Yi said": a whole name of two to four parts with no
        // word of the language ("Iraq's Kurdistan Region" is none), closed by a lower-case word or
        // punctuation.
        if (is_possessive(tok_[i]) && i > 0 && i + 2 < limit && name_word(i + 1) && free(i + 1) &&
            !tok_[i + 1].allcaps && !phrase_match(i + 1, limit).entry && !title_match(i + 1, limit)) {
            bool country = false;
            for (std::size_t c0 = i; c0-- > 0 && c0 + 4 >= i && !country;) {
                const PhraseMatch c = phrase_match(c0, i);
                country = c.entry && c.entry->type == EntityType::Country && c0 + c.length == i;
            }
            // (a family name that is a word after a given name with a known short or long form:
            // "Britain's Liz Truss")
            if (auto name = read_name(i + 1, limit, false);
                country && name && name->parts.size() >= 2 && name->parts.size() <= 4 &&
                (!language_word_in(name->first, name->last) ||
                 (gaz_.given_name_key.count(std::string(fold_[name->first])) && plain_name(name->first, name->last))) &&
                (name->last >= limit || (tok_[name->last].is_word() ? !tok_[name->last].cap && !tok_[name->last].allcaps
                                                                     : !is_possessive(tok_[name->last])))) {
                if (all_free(*name)) {
                    add_person(kNone, kNone, *name, false, 0);
                    i = name->last - 1;
                    continue;
                }
            }
        }
        // (4) Apposition: "Antony Blinken, Secretary of State"
        if (name_word(i) && !tok_[i].allcaps &&
            (i == 0 || !tok_[i - 1].is_word() || !tok_[i - 1].cap || tok_[i].newline_before)) {
            // cheap test first: a run of capitalised words (and hyphens, particles) ending in a comma
            std::size_t e = i;
            while (e < limit && e < i + 12 &&
                   (tok_[e].cap || tok_[e].allcaps || tok_[e].is("-") || tok_[e].is(".") || is_particle(tok_[e].text) ||
                    (e > i && tok_[e - 1].is("-") && !tok_[e].space_before && tok_[e].is_word())))
                ++e;
            if (e >= limit || !tok_[e].is(",")) continue;
            // (four parts besides particles and a family name's article: "Turki bin Abdullah Al Dakheel")
            const auto name_parts = [](const NameParts& np) {
                return static_cast<std::size_t>(std::count_if(np.parts.begin(), np.parts.end(), [](std::string_view part) {
                    return !is_particle(part) && part != "Al" && part != "El";
                }));
            };
            if (auto name = read_name(i, limit, false); name && name_parts(*name) <= 4 && name->parts.size() <= 6 &&
                                                         !(flags_[name->last - 1] & (kOfficePortfolio | kBodyHead | kProgrammeHead))) {
                std::size_t k = name->last;
                // ("Ferdinand Romualdez Marcos Jr., the President of the Philippines": past its suffix)
                if (k + 1 < limit && (flags_[k] & kPostNominal) && tok_[k].cap) {
                    ++k;
                    if (k < limit && tok_[k].is(".")) ++k;
                }
                std::size_t t0 = k + 1;
                // The news writes the office in lower case after a determiner or a country:
                // "Li Qiang, China's premier,", "Cho Tae-yul, the South Korean foreign minister".
                bool determined = false;
                auto office = [&](std::size_t at) {
                    if (const std::size_t tl = title_match(at, limit); tl) return !plural_office(fold_[at + tl - 1]);
                    if (at >= limit || tok_[at].cap) return false;
                    // "Zhao Leji, chairman of the National People's Congress Standing Committee,", "Ali
                    // Shamkhani, then secretary of the Council": an office of a named body needs no
                    // determiner; "Yang Jiechi, China's top diplomat,": nor words of rank before it
                    while (at + 1 < limit &&
                           ((flags_[at] & kTenureModifier) || in(fold_[at], {"top", "chief", "senior", "official"})))
                        ++at;
                    const std::size_t office_words = gaz_.match_title(tok_, fold_, at, limit, false, true);
                    const std::size_t tl = std::max(office_words,
                                                    (flags_[at] & kPersonNoun) && tok_[at].is_word() ? std::size_t{1}
                                                                                                     : std::size_t{0});
                    if (!tl) return false;
                    const std::size_t end = at + tl;
                    std::size_t body = end + 1 < limit && tok_[end].is("of") ? end + 1 : kNone;
                    if (body != kNone && tok_[body].is("the") && body + 1 < limit) ++body;
                    // (and the name is none of the words of the language: "a member of the Racial
                    // Justice Task Force, chair of the Committee")
                    // ("Nguyen Tan Dung, prime minister of Vietnam,": an office of a known country needs
                    // no determiner, whatever words the name shares with the language)
                    if (body != kNone && (tok_[body].cap || tok_[body].allcaps))
                        return determined || !language_word_in(name->first, name->last - 1) ||
                               (office_words == tl && [&] {
                                   const PhraseMatch c = phrase_match(body, limit);
                                   return c.entry && c.entry->type == EntityType::Country && !c.entry->demonym;
                               }());
                    // "Tapas Adhikari, joint secretary, South East Asia Division", "X, under secretary
                    // Ministry of Industry": an office of the titles list in lower case, closed by
                    // punctuation, "of" or the capitalised body, after a name of no word of the
                    // language (rule apposition-lower-office)
                    // ("Josefina Vidal, director general for the United States at the Ministry": the
                    // office's field after "for")
                    const auto field_after = [&](std::size_t f) {
                        if (f + 1 >= limit || !tok_[f].is("for")) return false;
                        const std::size_t g = f + 1 + (tok_[f + 1].is("the") ? 1 : 0);
                        return g < limit && (tok_[g].cap || tok_[g].allcaps);
                    };
                    if (!determined && office_words == tl && !language_word_in(name->first, name->last - 1) &&
                        (end >= limit || !tok_[end].is_word() || tok_[end].is("of") || tok_[end].cap || field_after(end)))
                        return true;
                    // ("Gamal Roshdy, the official spokesperson for the Secretary-General,")
                    return determined && (end >= limit || !tok_[end].is_word() || tok_[end].is("of") ||
                                          (tok_[end].is("for") && end + 2 < limit && tok_[end + 1].is("the") &&
                                           (tok_[end + 2].cap || tok_[end + 2].allcaps)) ||
                                          // ("X, Brazil's current ambassador to Buenos Aires": an envoy's post)
                                          (tok_[end].is("to") && end + 2 < limit &&
                                           (tok_[end + 1].cap || (tok_[end + 1].is("the") && tok_[end + 2].cap)) &&
                                           envoy_word(fold_[end - 1])));
                };
                // ("William Daley, The White House Chief of Staff;": capitalised after the comma too)
                if (t0 < limit && (tok_[t0].is("the") || tok_[t0].is("The"))) {
                    ++t0;
                    determined = true;
                }
                // "Ban Ki-moon, Former Secretary-General"
                if (t0 + 1 < limit && (tok_[t0].is("Former") || tok_[t0].is("former")) && office(t0 + 1)) ++t0;
                if (PhraseMatch c = phrase_match(t0, limit);
                    c.entry && office_holder(*c.entry)) {
                    std::size_t after = t0 + c.length;
                    if (after < limit && is_possessive(tok_[after])) ++after;
                    determined = true;
                    if (office(after)) {
                        t0 = after;
                    } else if (const PhraseMatch body = phrase_match(after, limit);
                               body.entry && office_holder(*body.entry) && !body.entry->demonym && office(after + body.length)) {
                        // ("X, the Australian Ministry of Foreign Affairs senior advisor for the Pacific":
                        // the country's body, then the office in it)
                        t0 = after + body.length;
                    }
                }
                if (k + 1 < limit && tok_[k].is(",") && office(t0) && !phrase_match(i, limit).entry) {
                    add_person(kNone, kNone, *name, false, 0);
                    i = name->last - 1;
                    continue;
                }
            }
        }
    }
}

// A name of two to max_parts capitalised words at i that nothing else has read, with no office,
// honorific, known name, word of the language or head of a body in it: a person's name only by
// where it stands (list-tail-name, name-of-country-list).
std::optional<NameParts> DocumentReader::bare_name_at(std::size_t i, std::size_t b, std::size_t max_parts) const {
    if (!free(i) || !tok_[i].cap || tok_[i].allcaps || phrase_match(i, b).entry || title_match(i, b) ||
        match_honorific(tok_, i, b) || (flags_[i] & (kNonName | kHeadNoun)))
        return std::nullopt;
    auto name = read_name(i, b, false);
    if (!name || name->parts.size() < 2 || name->parts.size() > max_parts || language_word_in(name->first, name->last))
        return std::nullopt;
    for (std::size_t r = name->first; r < name->last; ++r)
        if ((flags_[r] & kHeadNoun) || !free(r)) return std::nullopt;
    return name;
}

// "Also in attendance were the Secretary for Strategic Affairs, A, and Jorge Argüello": a name of
// two or three capitalised words closing a list whose item before it is a person with an office
// is a person too (list-tail-name); no known name, no word of the language, no name of a body.
// Also the name before such a person when the two are a pair's subjects (list-head-name).
void DocumentReader::find_list_tail_names() {
    const std::size_t n = persons_.size();
    for (std::size_t i = 0; i < n; ++i) {
        const PersonMention& pm = persons_[i];
        // (a whole name with an office before: "at General Electric and Lockheed Martin" lists no one)
        if ((pm.title.empty() && !pm.honorific) || pm.parts.size() < 2) continue;
        std::size_t q = pm.name_last;
        const std::size_t s = sent_of_[pm.name_first];
        const std::size_t b = sent_[s].last;
        if (q < b && tok_[q].is(",")) ++q;
        if (!(q + 2 < b && tok_[q].is("and"))) continue;
        const auto name = bare_name_at(q + 1, b, 3);
        if (!name) continue;
        // (the list ends there: "and Jorge Argüello." or "and B met", "who"; not "and Goldman Sachs
        // executives")
        const std::size_t e = name->last;
        if (e < b && !(tok_[e].is(".") || tok_[e].is(",") || tok_[e].is(";") || tok_[e].is(")") ||
                       (tok_[e].is_word() && !tok_[e].cap &&
                        ((flags_[e] & (kMeetingVerb | kAttendVerb | kPairCue)) || in(fold_[e], {"who", "were", "was", "also"})))))
            continue;
        add_person(kNone, kNone, *name, false, 0);
    }
    // "Donald Trump and Japanese Prime Minister Sanae Takaichi addressed bilateral ties": a name of
    // two or three capitalised words that opens its clause, joined by "and" to a person with an
    // office, the two then the subjects of a pair's verb (list-head-name)
    for (std::size_t i = 0; i < n; ++i) {
        const PersonMention& pm = persons_[i];
        if ((pm.title.empty() && !pm.honorific) || pm.parts.size() < 2) continue;
        std::size_t start = pm.title_first != kNone ? pm.title_first : pm.name_first;
        if (pm.modifier_first != kNone && pm.modifier_first < start) start = pm.modifier_first;
        const std::size_t s = sent_of_[pm.name_first];
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        if (start < a + 3 || !tok_[start - 1].is("and")) continue;
        std::size_t v = pm.name_last;
        while (v < b && (flags_[v] & kPairAdverb) && !tok_[v].cap) ++v;
        if (!(v < b && (flags_[v] & kPairCue) && tok_[v].is_word() && !tok_[v].cap)) continue;
        for (std::size_t c = start >= a + 4 ? start - 4 : a; c + 2 < start; ++c) {
            if (!(c == a || tok_[c - 1].is(",") || tok_[c - 1].is(")"))) continue;
            if (const auto name = bare_name_at(c, b, 3); name && name->last == start - 1) {
                add_person(kNone, kNone, *name, false, 0);
                break;
            }
        }
    }
}

// "the talks between Murray McCully and Ratu Inoke Kubuabola", "the meeting between Foreign Minister
// A and B": the two sides of a meeting noun's "between", each a person or a whole name of two to
// four capitalised words that no other rule read, name people (between-names). Both sides must be
// read so: "talks between Hamas and Israel" names none.
void DocumentReader::find_between_names() {
    for (std::size_t k = next_with(kMeetingNoun, 0, tok_.size()); k < tok_.size(); k = next_with(kMeetingNoun, k + 1, tok_.size())) {
        const std::size_t b = sentence_end(k);
        if (k + 4 >= b || fold_[k + 1] != "between" || tok_[k].cap) continue;
        // one side from q: the end of a person or of a bare name (kNone when neither); the name, if bare
        const auto side = [&](std::size_t q, std::optional<NameParts>& bare) -> std::size_t {
            q += match_honorific(tok_, q, b);
            q += title_match(q, b);
            if (q >= b) return kNone;
            if (const auto p = person_at(q); p && persons_[*p].name_first == q) return persons_[*p].name_last;
            bare = bare_name_at(q, b, 4);
            return bare ? bare->last : kNone;
        };
        std::optional<NameParts> first, second;
        const std::size_t e1 = side(k + 2, first);
        if (e1 == kNone || e1 + 2 >= b || fold_[e1] != "and") continue;
        const std::size_t e2 = side(e1 + 1, second);
        // (the second side ends its clause: "and B focused on", "and B.", not "and B Motors")
        if (e2 == kNone || (e2 < b && tok_[e2].cap)) continue;
        if (first) add_person(kNone, kNone, *first, false, 0);
        if (second) add_person(kNone, kNone, *second, false, 0);
    }
}

// "The new envoys who presented their letters of credence included Julia Pataraki of Romania,
// Konstantinos Moatsos, of Greece, Rakiatou Mayaki of Niger ...": a list of two or more names of
// two to four capitalised words, each followed by "of" and a country, names people
// (name-of-country-list; "from" too: "A from Bangladesh, B from Bhutan"); one such name alone
// ("University of X") is too little to go on.
void DocumentReader::find_name_of_country_lists() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // (first the cheap test: two "of" before a country, after a capitalised word or its comma)
        std::size_t countries = 0;
        // ("These included A from Bangladesh, B from Bhutan and C from the Maldives": "from" too)
        for (std::size_t q = a + 1; q + 1 < b && countries < 2; ++q) {
            if (!in(fold_[q], {"of", "from"}) || !(tok_[q - 1].cap || tok_[q - 1].is(","))) continue;
            const std::size_t c = tok_[q + 1].is("the") ? q + 2 : q + 1;
            const PhraseMatch pm = phrase_match(c, b);
            if (pm.entry && pm.entry->type == EntityType::Country) ++countries;
        }
        if (countries < 2) continue;
        std::vector<NameParts> found;
        std::size_t known = 0;  // items that are people read already ("A of Canada and B of Colombia")
        for (std::size_t i = a + 1; i + 3 < b; ++i) {
            // (or a plural office before the first: "ambassadors A of Brunei, B of Cambodia")
            // ("met with her counterparts A of Canada and B of Colombia")
            if (!(tok_[i - 1].is(",") || in(fold_[i - 1], {"and", "included", "include", "includes", "are", "were", "counterparts"}) ||
                  (plural_office(fold_[i - 1]) && !tok_[i - 1].cap)))
                continue;
            if (const auto p = person_at(i); p && persons_[*p].name_first == i) {
                std::size_t e = persons_[*p].name_last;
                if (e < b && tok_[e].is(",")) ++e;
                if (e + 1 < b && in(fold_[e], {"of", "from"})) {
                    const std::size_t c = tok_[e + 1].is("the") ? e + 2 : e + 1;
                    if (const PhraseMatch pm = phrase_match(c, b); pm.entry && pm.entry->type == EntityType::Country) ++known;
                }
                continue;
            }
            auto name = bare_name_at(i, b, 4);
            if (!name) continue;
            std::size_t e = name->last;
            if (e < b && tok_[e].is(",")) ++e;
            if (!(e + 1 < b && in(fold_[e], {"of", "from"}))) continue;
            const std::size_t c = tok_[e + 1].is("the") ? e + 2 : e + 1;
            const PhraseMatch pm = phrase_match(c, b);
            if (!pm.entry || pm.entry->type != EntityType::Country) continue;
            i = name->last - 1;
            found.push_back(std::move(*name));
        }
        if (found.empty() || found.size() + known < 2) continue;
        for (const NameParts& n : found) add_person(kNone, kNone, n, false, 0);
    }
}

// "oil minister Azhari Abdalla", "health minister A B": the news writes a minister's portfolio
// and office in lower case before the name; a portfolio word of data/word_classes.tsv
// (office-portfolio), "minister", then a name of two to four capitalised words, no word of the
// language among them (lower-case-minister).
void DocumentReader::find_lower_case_ministers() {
    const std::size_t n = tok_.size();
    for (std::size_t k = next_with(kOfficePortfolio, 0, n); k + 3 < n; k = next_with(kOfficePortfolio, k + 1, n)) {
        if (tok_[k].cap || tok_[k].allcaps || !tok_[k].is_word() || fold_[k + 1] != "minister" || tok_[k + 1].cap) continue;
        const std::size_t limit = sentence_end(k);
        if (k + 3 >= limit) continue;
        const auto name = bare_name_at(k + 2, limit, 4);
        if (!name) continue;
        // (closed by punctuation or a word in lower case: not "health minister Mark Hale Foundation")
        const std::size_t e = name->last;
        if (e < limit && tok_[e].is_word() && (tok_[e].cap || tok_[e].allcaps)) continue;
        add_person(k, kNone, *name, false, 2);
    }
}

// "President X was joined by Prime Minister, Brigadier (Ret'd), A; Minister of Parliamentary
// Affairs and Governance, B; ... and Minister of Tourism, Industry and Commerce, C.": a list of
// items separated by semicolons, each an office (with commas of its own) and, after the item's
// last comma, a name that closes the item (rule semicolon-office-list). Caribbean, Pacific and
// Commonwealth readouts list delegations so.
void DocumentReader::find_semicolon_office_lists() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // (the sentence's bytes searched first: most hold no semicolon, and memchr passes them faster
        // than a test of every token)
        if (text_.substr(sent_[s].span.begin, sent_[s].span.end - sent_[s].span.begin).find(';') == std::string_view::npos)
            continue;
        bool semicolon = false;
        for (std::size_t k = a; k < b && !semicolon; ++k) semicolon = tok_[k].is(";");
        if (!semicolon) continue;
        const std::size_t stop = b > a && tok_[b - 1].is(".") ? b - 1 : b;
        std::size_t item = a;
        for (std::size_t k = a; k <= stop; ++k) {
            if (k < stop && !tok_[k].is(";")) continue;
            bool titled = false;
            for (std::size_t c = item; c < k; ++c) {
                // "Dr. X, President, Y Pharmacies": the item's name came first, then its office
                if (const auto p = person_at(c); p && c <= item + 4 && persons_[*p].name_last < k &&
                                                 tok_[persons_[*p].name_last].is(","))
                    break;
                if (!tok_[c].is(",")) {
                    // (an office, or a capitalised body it is held in: "Research Officer of the SG's Office")
                    titled = titled || title_match(c, b) > 0 || (tok_[c].cap && (flags_[c] & kBodyHead));
                    continue;
                }
                std::size_t n0 = c + 1;
                if (!titled || n0 >= k || !free(n0)) continue;
                bool honorific = false;
                if (const std::size_t h = match_honorific(tok_, n0, k); h) {
                    n0 += h;
                    honorific = true;
                } else if (title_match(n0, k) == 1 && n0 + 2 < k && name_word(n0 + 1) && !title_match(n0 + 1, k)) {
                    ++n0;  // a title of one word before the name: "Professor X"
                }
                if (n0 >= k || !free(n0) || phrase_match(n0, b).entry) continue;
                auto name = read_name(n0, k, false);
                if (!name || name->parts.size() < 2 || name->parts.size() > 4 || !all_free(*name)) continue;
                // the name closes the item, or "and" and the next office follow it ("..., X and
                // Minister of Y, Z")
                const std::size_t e = name->last;
                bool next_office = false;  // "and", then an office and its comma
                if (e + 1 < k && tok_[e].is("and") && tok_[e + 1].cap)
                    for (std::size_t q = e + 1; q < k && !tok_[q].is(","); ++q)
                        next_office = next_office || title_match(q, b) > 0 || (tok_[q].cap && (flags_[q] & kBodyHead));
                const bool closes = e == k || (flags_[e] & kPostNominal) || next_office;
                if (closes && (honorific || (!tok_[n0].allcaps && !language_word_in(name->first, name->last)))) {
                    add_person(kNone, kNone, *name, honorific, 0);
                    titled = false;  // the next name needs an office of its own
                }
            }
            item = k + 1;
        }
    }
}

// Later short mentions: a bare family name ("Hayashi", "KAMIKAWA") of a person
// already found in the document.
void DocumentReader::find_surname_mentions() {
    FlatStringMap<std::size_t>& surnames = buffers_.surnames;  // folded part -> person mention
    surnames.reset();
    // A bit for each key of the two maps, by its first byte and length: most capitalised words of
    // a text are in neither, and the bit tells them without a hash and two lookups.
    std::uint64_t key_bits = 0;
    const auto key_bit = [](std::string_view k) {
        return std::uint64_t{1} << ((k.empty() ? 0u : static_cast<unsigned char>(k[0]) * 31u + k.size()) & 63u);
    };
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        const PersonMention& m = persons_[p];
        const bool suffix = m.parts.size() >= 2 && generational_suffix(m.parts.back());
        const std::string key = fold_key(m.parts.size() >= 2 && !m.family_first && !family_name_first(m)
                                             ? m.parts[m.parts.size() - (suffix ? 2 : 1)]
                                             : m.parts.front());
        if (!surnames.contains(key)) surnames[key] = p;
        key_bits |= key_bit(key);
        // Korean names write the family name first with a hyphenated given name: "Yun Byung-se" is "Yun".
        if (m.parts.size() == 2 && !m.family_first && m.parts.back().find('-') != std::string::npos) {
            const std::string family = fold_key(m.parts.front());
            if (!surnames.contains(family)) surnames[family] = p;
            key_bits |= key_bit(family);
        }
    }
    if (surnames.size() == 0) return;
    // The news also calls people by another part of the name, Malay, Indonesian, Thai and
    // Brazilian ones above all ("Anwar" for Anwar Ibrahim, "Lula" for Luiz Inacio Lula da
    // Silva): a part no other person of the document has, not a word of the language nor a
    // particle, of a name written given name first.
    FlatStringMap<std::size_t>& other_parts = buffers_.other_parts;  // folded part -> person mention; kNone: several people
    other_parts.reset();
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        const PersonMention& m = persons_[p];
        if (m.parts.size() < 2 || m.family_first || family_name_first(m)) continue;
        // (a name with a word of the language in it may be none: "Latino Forward")
        bool plain = true;
        for (const std::string& part : m.parts) plain = plain && !gaz_.common_word(fold_key(part));
        for (std::size_t k = 0; plain && k + 1 < m.parts.size(); ++k) {
            const std::string key = fold_key(m.parts[k]);
            if (key.size() < 3 || is_initial(m.parts[k]) || gaz_.common_word(key) || is_particle(m.parts[k]) ||
                surnames.contains(key))
                continue;
            key_bits |= key_bit(key);
            if (!other_parts.contains(key)) other_parts[key] = p;
            else if (other_parts[key] != kNone && persons_[other_parts[key]].parts != m.parts) other_parts[key] = kNone;
        }
    }
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        // (the token's own fields first: most tokens are lower-case words or marks)
        if (!tok_[i].is_word() || !(tok_[i].cap || tok_[i].allcaps) || !free(i)) continue;
        if (!(key_bits & key_bit(fold_[i]))) continue;  // in neither map
        // the whole name again, without its office: "John Kerry and Jacob Lew came" after "Secretary
        // of State John Kerry" (one mention, not "John" and "Kerry")
        // (both maps hash alike: the word is hashed once for the two)
        const std::uint64_t h = FlatStringMap<std::size_t>::hash(fold_[i]);
        const std::size_t* other_part = other_parts.find(fold_[i], h);
        if (const std::size_t* other = other_part; other && *other != kNone) {
            const std::vector<std::string>& parts = persons_[*other].parts;
            bool same = i + parts.size() <= tok_.size();
            for (std::size_t x = 0; same && x < parts.size(); ++x)
                same = free(i + x) && tok_[i + x].is_word() && fold_[i + x] == fold_key(parts[x]);
            if (same) {
                NameParts whole;
                whole.first = i;
                whole.last = i + parts.size();
                for (const std::string& part : parts) whole.parts.push_back(part);  // (add_person copies them)
                whole.caps.assign(parts.size(), false);
                add_person(kNone, kNone, whole, false, 0);
                i = whole.last - 1;
                continue;
            }
        }
        if (!surnames.find(fold_[i], h)) {
            const std::size_t* other = other_part;
            if (!other || *other == kNone || !tok_[i].cap || tok_[i].allcaps || phrase_match(i, sentence_end(i)).entry)
                continue;
        }
        if (i + 1 < tok_.size() && tok_[i + 1].is("-") && !tok_[i + 1].space_before) continue;
        if (i > 0 && tok_[i - 1].is("-") && !tok_[i].space_before) continue;
        // the first word of a longer known name: "Viet Nam" after Mr. Do Hung Viet, "Lee County"
        if (const PhraseMatch pm = phrase_match(i, sentence_end(i)); pm.entry && pm.length > 1) continue;
        NameParts n;
        n.first = i;
        n.last = i + 1;
        n.parts = {tok_[i].text};
        n.caps = {tok_[i].allcaps};
        // A title directly before ("Minister Hayashi" where the title was not caught) is kept.
        std::size_t title_first = kNone, title_len = 0;
        for (std::size_t back = 1; back <= 4 && back <= n.first; ++back) {
            const std::size_t s = n.first - back;
            if (const std::size_t tl = title_match(s, n.first); tl == back) {
                title_first = s;
                title_len = tl;
            }
        }
        // ("Prime Minister Madhav Nepal ... Gilani has dropped in Nepal on the way": a family name
        // that is a country's name alone names the country, with no office before it)
        if (title_first == kNone)
            if (const PhraseMatch pm = phrase_match(i, sentence_end(i));
                pm.entry && pm.length == 1 && pm.entry->type == EntityType::Country && !pm.entry->demonym)
                continue;
        add_person(title_first, kNone, n, false, title_len);
    }
}

// The counterpart of a meeting verb is a person even without a title or honorific:
// "spoke with Leo Varadkar, the Irish Taoiseach", "met with Michelle Bachelet, United
// Nations High Commissioner ...; Roberto Azevedo, Director-General, ...; and Klaus
// Schwab, Founder ...". A name of two to four capitalised words directly after the verb,
// and after each ";" or "and" of the list that follows it, when the name is closed by
// punctuation, a lower-case word or the end of the sentence.
void DocumentReader::find_counterpart_names() {
    // ("will meet with Michel Aoun President of Lebanon": an office of a country right after the name)
    auto closed_at = [&](std::size_t e, std::size_t limit) {
        if (e < limit && title_match(e, limit)) {
            const std::size_t t = e + title_match(e, limit);
            if (t + 1 < limit && tok_[t].is("of") && phrase_match(t + 1, limit).entry) return true;
        }
        return e >= limit || tok_[e].is(",") || tok_[e].is(".") || tok_[e].is(";") || tok_[e].is(")") ||
               tok_[e].is("(") || (tok_[e].is_word() && !tok_[e].cap && !tok_[e].allcaps) || (flags_[e] & kPostNominal);
    };
    auto try_name = [&](std::size_t q, std::size_t limit) -> std::size_t {
        bool hon = false;
        if (const std::size_t h = match_honorific(tok_, q, limit); h) {
            q += h;
            hon = true;
        }
        if (q >= limit || !free(q) || title_match(q, limit)) return kNone;
        if (phrase_match(q, limit).entry) return kNone;
        auto name = read_name(q, limit, false);
        // "held talks with To Lam, general secretary of ...": a short word that never begins a name
        // elsewhere does, capitalised inside the sentence before a name word and its apposition
        const bool short_first = !hon && tok_[q].is_word() && tok_[q].cap && !tok_[q].allcaps && (flags_[q] & kNonName) &&
            tok_[q].text.size() <= 3 && q > sentence_begin(q) && q + 2 < limit && name_word(q + 1) && free(q + 1) &&
            tok_[q + 2].is(",");
        if (short_first && (!name || name->first != q)) {
            NameParts two;
            two.first = q;
            two.last = q + 2;
            two.parts = {tok_[q].text, tok_[q + 1].text};
            two.caps = {false, false};
            name = two;
        }
        if (!name || name->parts.size() > 4 || !closed_at(name->last, limit)) return kNone;
        for (std::size_t k = name->first; k < name->last; ++k)
            if (!free(k)) return kNone;
        // "Congressional Leadership", "National Security Advisors", "Baltic Allies": words of
        // the language, not a name. A family name may be a word ("Julie Bishop"); a plural may not.
        // (after "his Pakistani counterpart" the name is a name whatever its words: "Shah Mahmood Qureshi")
        const bool after_counterpart =
            q > 1 && (in(fold_[q - 1], {"counterpart", "counterparts"}) ||
                      (tok_[q - 1].is(",") && in(fold_[q - 2], {"counterpart", "counterparts"})));
        if (!hon && !after_counterpart) {
            for (std::size_t k = name->first; k + 1 < name->last; ++k)
                if (language_word(k) && !(k == q && short_first)) return kNone;
            const std::size_t last = name->last - 1;
            if (language_word(last) && fold_[last].size() > 3 && fold_[last].back() == 's') return kNone;
        }
        add_person(kNone, kNone, *name, hon, 0);
        return name->last;
    };
    // "when Shinzo Abe and Moon Jae-in met Chinese Premier Li Keqiang": two whole names joined
    // by "and" right before "met", with no capitalised word before the first (an office would
    // have named them already)
    const auto name_ending_at = [&](std::size_t end, std::size_t from) -> std::optional<NameParts> {
        // (two or three parts, besides particles and the article of a family name: "Tahnoon bin
        // Zayed Al Nahyan met")
        const auto parts = [](const NameParts& n) {
            return static_cast<std::size_t>(std::count_if(n.parts.begin(), n.parts.end(),
                                                          [](std::string_view p) {
                                                              return !is_particle(p) && p != "Al" && p != "El";
                                                          }));
        };
        for (std::size_t st = end > from + 7 ? end - 7 : from; st + 1 < end; ++st) {
            if (!name_word(st) || !free(st)) continue;
            if (auto name = read_name(st, end, false); name && name->last == end && parts(*name) >= 2 &&
                                                        parts(*name) <= 3 && name->parts.size() <= 3 + 2 &&
                                                        !language_word_in(name->first, name->last) &&
                                                        !phrase_match(st, end).entry)
                return name;
        }
        return std::nullopt;
    };
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // ("met" and "meets" are meeting verbs: the loop visits the words of that class alone)
        for (std::size_t k = next_with(kMeetingVerb, a + 4, b); k + 1 < b; k = next_with(kMeetingVerb, k + 1, b)) {
            if (!in(fold_[k], {"met", "meets"}) || tok_[k].cap) continue;
            const auto second = name_ending_at(k, a);
            if (!second || second->first < a + 2 || !tok_[second->first - 1].is("and")) continue;
            const auto first = name_ending_at(second->first - 1, a);
            if (!first || (first->first > a && (tok_[first->first - 1].cap || tok_[first->first - 1].allcaps))) continue;
            bool all_free = true;
            for (std::size_t r = first->first; r < k; ++r) all_free = all_free && (free(r) || tok_[r].is("and"));
            if (!all_free) continue;
            add_person(kNone, kNone, *first, false, 0);
            add_person(kNone, kNone, *second, false, 0);
        }
        // "Tahnoon bin Zayed Al Nahyan UAE National Security Advisor also attended": a whole name that
        // opens the sentence, its country and office right after it (rule name-country-office)
        if (b > a + 4 && free(a) && name_word(a) && !tok_[a].allcaps && !(flags_[a] & kNonName) && !title_match(a, b) &&
            !phrase_match(a, b).entry)
            if (auto name = read_name(a, b, false); name && name->parts.size() >= 2 && name->parts.size() <= 5 &&
                                                    all_free(*name) && name->last + 2 < b) {
                const PhraseMatch c = phrase_match(name->last, b);
                bool plain = true;  // no word of the language but the particles ("bin", "Al")
                for (std::size_t r = name->first; r < name->last; ++r)
                    plain = plain && !tok_[r].allcaps &&
                            (is_particle(tok_[r].text) || r + 1 == name->last || !language_word(r));
                if (plain && c.entry && c.entry->type == EntityType::Country && !c.entry->demonym &&
                    title_match(name->last + c.length, b) > 0)
                    add_person(kNone, kNone, *name, false, 0);
            }
        // "Jake Sullivan met with ...", "On Monday, Jake Sullivan also met ...": a whole name that
        // opens its clause and is the subject of a meeting verb (rule subject-name-meets)
        constexpr WordFlags kVerb = kPastMeetingVerb | kMeetingVerb;
        for (std::size_t k = next_with(kVerb, a + 2, b); k + 1 < b; k = next_with(kVerb, k + 1, b)) {
            // ("Vladimir Putin had a telephone conversation with", "X held talks with": a meeting noun
            // within four lower-case words of "had" or "held", then "with")
            bool noun_with = false;
            if (in(fold_[k], {"had", "has", "held", "holds"}))
                for (std::size_t r = k + 1; r + 1 < b && r <= k + 4 && !tok_[r].cap && tok_[r].is_word(); ++r)
                    if (flags_[r] & kMeetingNoun) {
                        noun_with = fold_[r + 1] == "with";
                        break;
                    }
            // ("PRESS RELEASE : Rishi Sunak meeting with Chancellor Scholz": a heading's "meeting with"
            // after a titled counterpart)
            const bool heading_meeting = fold_[k] == "meeting" && fold_[k + 1] == "with" && !tok_[b - 1].is(".") &&
                                         k + 2 < b && (title_match(k + 2, b) || match_honorific(tok_, k + 2, b));
            if (!noun_with && !heading_meeting &&
                !in(fold_[k], {"met", "meets", "spoke", "speaks", "talked", "conferred", "telephoned", "phoned", "received",
                               "receives", "hosted", "hosts", "welcomed", "welcomes", "dined", "lunched"}))
                continue;
            if (tok_[k].cap || tok_[k].allcaps || !free(k - 1)) continue;
            // (a host receives someone named: not "received a B.S.", "received his J.D.")
            if (in(fold_[k], {"received", "receives", "hosted", "hosts", "welcomed", "welcomes"}) &&
                !(k + 1 < b && (tok_[k + 1].cap || tok_[k + 1].allcaps)))
                continue;
            std::size_t end = k;
            if (in(fold_[end - 1], {"also", "today", "yesterday", "later", "then", "separately"}) && !tok_[end - 1].cap) --end;
            const auto name = name_ending_at(end, a);
            // ("On Friday Vladimir Putin had a telephone conversation with": after the sentence's
            // opening day, no comma between)
            const auto after_opening_day = [&](std::size_t f) {
                if (f < a + 2 || fold_[a] != "on") return false;
                if (f == a + 2 && weekday_number(fold_[a + 1]) >= 0) return true;
                for (const DateMention& d : dates_)
                    if (d.first == a + 1 && d.last == f) return true;
                return false;
            };
            if (!name || !(name->first == a || tok_[name->first - 1].is(",") ||
                           (heading_meeting && tok_[name->first - 1].is(":")) || after_opening_day(name->first)))
                continue;
            bool taken = (flags_[name->first] & kNonName) != 0;  // "So I've met"
            for (std::size_t r = name->first; r < name->last; ++r)
                taken = taken || !free(r) || tok_[r].allcaps || (tok_[r].is_word() && tok_[r].text.size() == 1) ||
                        is_apos(tok_[r]) || tok_[r].text.find("\u2019") != std::string_view::npos ||
                        tok_[r].text.find('\'') != std::string_view::npos;
            if (taken || match_honorific(tok_, name->first, end) || title_match(name->first, end)) continue;
            add_person(kNone, kNone, *name, false, 0);
        }
    }
    // every rule below opens on a counterpart cue or on one of kCounterpartClauseWords: the loop
    // visits those words alone
    constexpr WordFlags kOpens = kCounterpartCue | kCounterpartClauseWord;
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = next_with(kOpens, a, b - 1); k + 1 < b; k = next_with(kOpens, k + 1, b - 1)) {
            // ("The meeting was attended by A, Title; B, Title; and C, Title": the people who joined)
            // ("The high-level delegation led by A comprises ...": the head of a delegation)
            const bool joined_by = fold_[k + 1] == "by" &&
                                   (in(fold_[k], {"attended", "accompanied", "joined"}) ||
                                    (in(fold_[k], {"led", "headed"}) && k > a &&
                                     std::any_of(fold_.begin() + static_cast<std::ptrdiff_t>(k > a + 3 ? k - 3 : a),
                                                 fold_.begin() + static_cast<std::ptrdiff_t>(k),
                                                 [](std::string_view x) { return x == "delegation"; })));
            // "Zelenskyy and his French counterpart Emmanuel Macron met": the counterpart joined by "and"
            // to a person named before (and-counterpart)
            std::size_t and_counterpart = kNone;
            if (fold_[k] == "and" && k > a && in(fold_[k + 1], {"his", "her", "their"}) && person_at(k - 1))
                if (const std::size_t c = skip_counterpart_words(k + 1, b); c > k + 1) and_counterpart = c;
            if (!(flags_[k] & kCounterpartCue) && !joined_by && and_counterpart == kNone) continue;
            const std::string_view w = fold_[k];
            std::size_t q = joined_by ? k + 2 : and_counterpart;
            if (!joined_by && and_counterpart == kNone) {
                std::size_t r = k + 1;
                // ("a meeting on Sunday with X": a weekday too)
                while (r < b && r < k + 4 && (in(fold_[r], {"today", "yesterday", "separately", "also", "again",
                                                             "jointly", "virtually", "briefly", "by", "phone",
                                                             "telephone", "on", "the", "via", "video"}) ||
                                              (r > k + 1 && fold_[r - 1] == "on" && weekday_number(fold_[r]) >= 0)))
                    ++r;
                // ("a joint news conference with X", not "a conference on X")
                if (r < b && fold_[r] == "with" && (w != "conference" || (k >= a + 2 && fold_[k - 2] == "joint"))) q = r + 1;
                // "played host to his Tanzanian counterpart X"
                else if (r == k + 1 && r < b && w == "host" && fold_[r] == "to" && k > a && in(fold_[k - 1], {"played", "plays"}))
                    q = r + 1;
                // "received a phone call from Anthony Blinken": the caller
                else if (r < b && fold_[r] == "from" && in(w, {"call", "calls"})) q = r + 1;
                else if (r < b && (w == "met" || w == "meets") && r == k + 1) q = r;
                // "received Yair Lapid, Alternate Prime Minister and ...": a host's guest named with
                // the office after the name
                else if (r < b && r == k + 1 && in(w, {"received", "receives", "hosted", "welcomed"})) {
                    if (auto name = read_name(r, b, false); name && name->last + 2 < b && tok_[name->last].is(",")) {
                        const std::size_t t = name->last + 1 + (tok_[name->last + 1].is("the") ? 1 : 0);
                        if (t < b && title_match(t, b)) q = r;
                    }
                }
                // "said after meeting Takeshi Iwaya that ...": the gerund after "after" or "following"
                else if (r < b && w == "meeting" && r == k + 1 && k > a && in(fold_[k - 1], {"after", "following"}))
                    q = r;
                // "met his counterpart Yang Jiechi", "met with her Chinese counterpart, Wang Yi"
                if (q != kNone) q = skip_counterpart_words(q, b);
            }
            if (q == kNone || q >= b) continue;
            std::size_t end = try_name(q, b);
            // (after "attended by", a person read already, by an honorific or an office, opens the list too)
            for (std::size_t r = q; joined_by && end == kNone && r < b && r < q + 6; ++r)
                if (const auto p = person_at(r)) end = persons_[*p].name_last;
            if (end == kNone) continue;
            // the list that follows: "...; Name, ...; and Name, ..." / "..., and Name, ..."
            for (std::size_t r = end; r + 1 < b; ++r) {
                if (in(fold_[r], {"to", "on", "about", "regarding", "where", "who", "which", "during"}) ||
                    (tok_[r].is(".") && r + 1 < b && tok_[r + 1].space_before))
                    break;
                std::size_t next = kNone;
                if (tok_[r].is(";")) next = r + 1;
                if (next != kNone && next < b && tok_[next].is("and")) ++next;
                if (next == kNone && tok_[r].is("and") && r > end && tok_[r - 1].is(",")) next = r + 1;
                // "meets Matteo Renzi and François Hollande": a second name right after the first
                if (next == kNone && tok_[r].is("and") && r == end) next = r + 1;
                if (next == kNone || next >= b) continue;
                if (const std::size_t e2 = try_name(next, b); e2 != kNone) r = e2 - 1;
            }
            k = end - 1;
        }
    }
}

}  // namespace kg::extract::detail
