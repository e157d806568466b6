// Places read from context: names the gazetteer does not hold, recognised by how the genre
// writes a place. A stage of the extraction pipeline (see extract/detail/document_reader.h):
// it runs after the gazetteer and named phrases have claimed their tokens and adds
// LOCATION phrase mentions only over tokens nobody claimed.
//
//   place-direction  a compass word before a known region, sea or continent is part of its
//                    name: "North Africa", "the Eastern Mediterranean", "North Pacific".
//   place-noun-of    "the town of Evian", "the city of Maranello": the name after a
//                    place noun (data/word_classes.tsv, place-noun) and "of".
//   place-office-of  "Mayor of Gaziantep", "Governor of Hokkaido": the name after an office of
//                    a city or province (data/word_classes.tsv, place-office) and "of".
//   place-after-in   "took place in Nice yesterday", "met ... in Wilmington, Delaware": a
//                    capitalised name after "in" that is no common word, no month, day or
//                    other known kind, and that a comma, a full stop or a lower-case word
//                    ends, i.e. not the start of a longer name kg does not know.
//                    Abbreviations, a compass word or prefix alone, and a party to a
//                    court case ("in Dobbs v. Jackson") are not taken.

#include "extract/detail/document_reader.h"

namespace kg::extract::detail {

namespace {

bool has_digit(std::string_view w) {
    for (char c : w)
        if (c >= '0' && c <= '9') return true;
    return false;
}

}  // namespace

// The capitalised name starting at token i that may be a place: one to three words
// (hyphen-joined parts count as one, "Nagorno-Karabakh"), each free, capitalised, not in
// capitals (acronyms are bodies more often than places), without digits and of no word
// class that rules a place out. Returns the end token, or i when there is none.
std::size_t DocumentReader::place_name_end(std::size_t i, std::size_t limit) const {
    std::size_t j = i, words = 0;
    while (j < limit && words < 3) {
        const Token& t = tok_[j];
        if (!t.is_word() || !t.cap || t.allcaps || !free(j) || has_digit(t.text)) break;
        // one letter ("R&D", "D.C."), or two capitals first ("LMICs", "EVs"): abbreviations
        if (t.text.size() < 2 || (t.text[1] >= 'A' && t.text[1] <= 'Z')) return i;
        if (flags_[j] & (kMonth | kNonName | kNotPlace | kHeadNoun)) return i;
        // A word written in lower case in the dictionary is a common word capitalised
        // ("Parliament", "Government"), except a place's first word ("New", "San", "Port").
        if (gaz_.common_word(fold_[j]) && !(j == i && (flags_[j] & kPlacePrefix))) return i;
        ++words;
        ++j;
        if (j + 1 < limit && tok_[j].is("-") && !tok_[j].space_before && !tok_[j + 1].space_before &&
            tok_[j + 1].is_word() && tok_[j + 1].cap)
            ++j;  // a hyphen joining two parts of one name
    }
    // A prefix or a compass word alone ("in North and South America") or last ("East St.")
    // is no place; nor a given name and more ("in Joe Biden"), which is a person.
    if (words == 0 || (words == 1 && (flags_[i] & (kPlacePrefix | kPlaceDirection)))) return i;
    const std::size_t last_word = j - 1;
    if (flags_[last_word] & kPlacePrefix) return i;
    if (words > 1 && gaz_.given_name_key.count(std::string(fold_[i]))) return i;
    // Abstract nouns by their endings ("Cybersecurity", "Entrepreneurship", "Antisemitism").
    if (words == 1) {
        for (std::string_view suffix : {"ism", "ship", "ity", "ment", "ness", "tion", "sion", "ence", "ance"})
            if (fold_[i].size() > suffix.size() + 2 && fold_[i].ends_with(suffix)) return i;
    }
    // The name must end here: another capitalised word, a possessive or a bracket would
    // make it part of something longer or an owner, not a place.
    if (j < limit) {
        const Token& n = tok_[j];
        if ((n.is_word() && n.cap) || n.kind == Token::Kind::Number || is_possessive(n) || n.is("(") || is_apos(n) ||
            n.is("-"))
            return i;
        // a particle continues a name ("Dar es Salaam", "Cote d'Ivoire"); "v." follows a
        // party to a court case ("in Dobbs v. Jackson")
        if (n.is_word() && (is_particle(n.text) || n.text.starts_with("d'") || n.text.starts_with("d\u2019") ||
                            in(n.text, {"es", "v", "vs"})))
            return i;
    }
    return j;
}

void DocumentReader::add_context_place(std::size_t first, std::size_t last) {
    PhraseMention m;
    m.first = first;
    m.last = last;
    m.type = EntityType::Location;
    m.canonical = surface(first, last);
    phrases_.push_back(std::move(m));
    claim(first, last, phrases_.size() - 1);
}

void DocumentReader::find_context_places() {
    // place-direction: extend a known region to the compass word before it.
    for (PhraseMention& m : phrases_) {
        if (m.type != EntityType::Location || m.facility || m.inside || m.first == 0 || m.entity != kNone) continue;
        const std::size_t d = m.first - 1;
        if (!free(d) || !tok_[d].cap || !(flags_[d] & kPlaceDirection) || sent_of_[d] != sent_of_[m.first]) continue;
        const std::size_t self = static_cast<std::size_t>(&m - phrases_.data());
        m.first = d;
        m.canonical = surface(d, m.last);
        claim(d, d + 1, self);
    }
    // (every rule below opens on a place noun, a place's office or "in": the loop visits those alone)
    constexpr WordFlags kOpens = kPlaceNoun | kPlaceOffice | kPlaceClauseWord;
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = next_with(kOpens, a, b - 1); k + 1 < b; k = next_with(kOpens, k + 1, b - 1)) {
            std::size_t start = kNone;
            // place-noun-of: "the (French) town of X"
            if (flags_[k] & kPlaceNoun && !tok_[k].cap && tok_[k + 1].is("of") && k + 2 < b) start = k + 2;
            // place-office-of: "Mayor of Gaziantep", "Governor of Hokkaido": the place an office of a
            // city or province is held in (a body after "the" is no place: "Governor of the Bank of X")
            else if ((flags_[k] & kPlaceOffice) && tok_[k + 1].is("of") && k + 2 < b && !tok_[k + 2].is("the"))
                start = k + 2;
            // place-after-in: "in X", not where "in" opens the sentence's heading words
            else if (tok_[k].is("in") && k > a) start = k + 1;
            if (start == kNone) continue;
            const std::size_t end = place_name_end(start, b);
            if (end == start) continue;
            add_context_place(start, end);
            k = end - 1;
        }
    }
}

}  // namespace kg::extract::detail
