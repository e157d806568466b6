// Transcripts and bylines, and titles that stand for a person named elsewhere.
//
// Remarks, press availabilities and readouts name their principal in ways the prose
// rules do not see: a speaker label in capitals at the start of a line ("SECRETARY
// KERRY:", "ANTHONY ALBANESE, PRIME MINISTER:", "JULIE BISHOP:"), a byline of a name
// line over a title line ("John Kerry" / "Secretary of State"), and later a bare title
// ("The Secretary-General met today with ..."). Two officials who speak in one
// transcript appeared together: their remarks are the meeting's record.

#include "extract/detail/document_reader.h"

#include <algorithm>
#include <set>

namespace kg::extract::detail {

namespace {

// Words that make a capitalised label a role, not a person ("SENIOR ADMINISTRATION
// OFFICIAL:", "THE MODERATOR:"), beyond the grammar's non-name words.
bool generic_label_word(std::string_view folded) {
    return in(folded, {"question", "questions", "moderator", "journalist", "journalists", "reporter", "reporters",
                       "participant", "participants", "audience", "interpreter", "operator", "staff", "spokesperson",
                       "spokesman", "spokeswoman", "voice", "voices", "male", "female", "unidentified", "speaker",
                       "q", "a", "end", "note", "editor", "editors", "administration", "official", "officials",
                       "president", "minister", "secretary", "ambassador", "chairman", "chair"});
}

// Title words that make a different office of the same head ("Vice President" is not
// "the President", "Deputy Secretary-General" is not "the Secretary-General").
bool rank_modifier(std::string_view folded) {
    return in(folded, {"vice", "deputy", "former", "assistant", "under", "associate", "senior", "parliamentary",
                       "state", "junior", "acting", "special", "principal", "permanent", "first", "second",
                       "chief", "shadow", "co-chair", "lieutenant", "attorney", "surgeon", "press"});
}

std::vector<std::string> title_words(std::string_view title) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : title) {
        const bool sep = c == ' ' || c == '-' || c == '\n' || c == '\t';
        if (sep) {
            if (!cur.empty()) out.push_back(fold_key(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(fold_key(cur));
    // A rank word after "of", "for" or "to" names what the office is of, not its rank: "Secretary
    // of State" is the Secretary, "State Minister" is not the Minister.
    for (std::size_t i = 1; i < out.size(); ++i)
        if (in(out[i - 1], {"of", "for", "to"}) && rank_modifier(out[i])) out[i].insert(0, "of:");
    // "of", "for", "the", "and" do not distinguish offices here
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const std::string& w) { return in(w, {"of", "for", "the", "and", "to"}); }),
              out.end());
    return out;
}

// A bare title `ref` ("Prime Minister") stands for an office `full` ("Prime Minister of
// Japan", "Minister") when its words are among the office's and the office adds no rank.
bool title_refers_to(const std::vector<std::string>& ref, const std::vector<std::string>& full) {
    if (ref.empty() || full.empty()) return false;
    if (ref.back() != full.back() && std::find(full.begin(), full.end(), ref.back()) == full.end()) return false;
    for (const std::string& w : ref)
        if (std::find(full.begin(), full.end(), w) == full.end() && !rank_modifier(w)) {
            // "the Foreign Minister" for "Minister for Foreign Affairs"
            if (!(w == "foreign" && std::find(full.begin(), full.end(), "affairs") != full.end())) return false;
        }
    for (const std::string& w : full)
        if (rank_modifier(w) && std::find(ref.begin(), ref.end(), w) == ref.end()) return false;
    for (const std::string& w : ref)
        if (rank_modifier(w) && std::find(full.begin(), full.end(), w) == full.end()) return false;
    return true;
}

}  // namespace

void DocumentReader::find_speakers() {
    // A transcript has several label lines, and some name an office or a role
    // ("PRESIDENT BIDEN:", "QUESTION:"); a label of a name alone counts only there, not
    // in a list of headings ("FACT SHEET: ...", "PILLAR II:").
    auto label_end = [&](std::size_t s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = a; k < b && k < a + 10; ++k) {
            if (tok_[k].is(":")) return k > a ? k : kNone;
            const bool ok = (tok_[k].is_word() && tok_[k].allcaps) || tok_[k].is(",") || tok_[k].is("-") ||
                            tok_[k].is(".") || tok_[k].is("'") || tok_[k].is("\u2019");
            if (!ok) break;
        }
        // "Penny Wong, Foreign Minister:": a label in title case, a name of two to four words,
        // a comma and a title that ends at the colon
        std::size_t k = a;
        while (k < b && k < a + 4 && tok_[k].is_word() && tok_[k].cap) ++k;
        if (k < a + 2 || k >= b || !tok_[k].is(",")) return kNone;
        const std::size_t t = k + 1;
        for (std::size_t c = t + 1; c < b && c < t + 8; ++c)
            if (tok_[c].is(":")) return gaz_.match_title(tok_, fold_, t, c) == c - t ? c : kNone;
        return kNone;
    };
    std::size_t label_lines = 0;
    // ("Transcript, E&OE" above the remarks: Australia's ministers head their transcripts so)
    bool headed = false;
    for (std::size_t s = 0; s < sent_.size() && s < 4 && !headed; ++s)
        for (std::size_t k = sent_[s].first; k < sent_[s].last && k < sent_[s].first + 6; ++k)
            if (fold_[k] == "transcript" || (tok_[k].is("E") && k + 2 < sent_[s].last && tok_[k + 1].is("&") &&
                                             tok_[k + 2].is("OE")))
                headed = true;
    bool transcript_marker = false;
    for (std::size_t s = 1; s < sent_.size(); ++s) {
        if (!sent_[s].line_start) continue;
        const std::size_t c = label_end(s);
        if (c == kNone) continue;
        ++label_lines;
        for (std::size_t k = sent_[s].first; k < c; ++k)
            if ((tok_[k].is_word() && generic_label_word(fold_[k])) || gaz_.match_title(tok_, fold_, k, c, true))
                transcript_marker = true;
    }
    const bool transcript = (label_lines >= 1 && headed) || (label_lines >= 2 && transcript_marker);
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const Sentence& se = sent_[s];
        if (!se.line_start) continue;
        const std::size_t a = se.first, b = se.last;
        // speaker label: capitals up to a colon near the start of the line
        const std::size_t colon = label_end(s);
        if (colon != kNone) {
            // "ANTHONY ALBANESE, PRIME MINISTER:" / "SECRETARY KERRY:" / "JULIE BISHOP:"
            std::size_t name_a = a, name_b = colon, title_a = kNone, title_len = 0;
            for (std::size_t k = a; k < colon; ++k)
                if (tok_[k].is(",")) {
                    name_b = k;
                    if (gaz_.match_title(tok_, fold_, k + 1, colon, true)) {
                        title_a = k + 1;
                        title_len = colon - k - 1;
                    }
                    break;
                }
            // "Shri Vinay Kwatra, Foreign Secretary:": the honorific is no part of the name
            if (name_b != colon)
                if (const std::size_t h = match_honorific(tok_, a, name_b); h && a + h < name_b) name_a = a + h;
            if (name_b == colon) {
                if (const std::size_t tl = gaz_.match_title(tok_, fold_, a, colon, true); tl && a + tl < colon) {
                    title_a = a;
                    title_len = tl;
                    name_a = a + tl;
                }
                // "MR. PRICE:" / "MS. BISHOP:"
                if (title_a == kNone)
                    if (const std::size_t h = match_honorific(tok_, a, colon); h && a + h < colon) name_a = a + h;
            }
            NameParts n;
            n.first = name_a;
            n.last = name_b;
            bool good = name_b > name_a;
            std::size_t part_first = name_a;  // the first token of the last part
            for (std::size_t k = name_a; k < name_b && good; ++k) {
                if (tok_[k].is("-") && !n.parts.empty() && k + 1 < name_b && !tok_[k].space_before) {
                    n.parts.pop_back();
                    n.parts.push_back(joined(part_first, k + 2));
                    ++k;
                    continue;
                }
                if (tok_[k].is(".") && !n.parts.empty() && n.parts.back().size() == 1) {
                    n.parts.pop_back();
                    n.parts.push_back(joined(part_first, k + 1));  // initials: "JOHN F. KERRY"
                    continue;
                }
                if (!tok_[k].is_word() || generic_label_word(fold_[k]) ||
                    gaz_.non_name_words.count(to_title_word(tok_[k].text))) {
                    good = false;
                    break;
                }
                part_first = k;
                n.parts.push_back(tok_[k].text);
                n.caps.push_back(true);
            }
            // a label of one word needs a title ("SECRETARY KERRY:"); "QUESTION:" is not a person
            if (good && n.parts.size() == 1 && title_a == kNone) good = false;
            // (the first line is a label too when other lines are: a transcript with no heading; a
            // name there has a word the language does not have, not "FACT SHEET:")
            if (good && title_a == kNone && (!transcript || (s == 0 && label_lines < 2))) good = false;
            if (good && title_a == kNone && s == 0) {
                bool name = false;
                for (std::size_t k = name_a; k < name_b && !name; ++k)
                    name = tok_[k].is_word() && !gaz_.common_word(fold_[k]);
                good = name;
            }
            if (good && n.parts.size() > 4) good = false;
            if (good && phrase_match(name_a, name_b).entry) good = false;  // "UNITED STATES:"
            if (good) {
                n.caps.resize(n.parts.size(), true);
                const bool before = title_a != kNone && title_a < name_a;
                const std::size_t idx = add_person(before ? title_a : kNone, kNone, n, false, before ? title_len : 0);
                persons_[idx].speaker = true;
                persons_[idx].label = true;
                if (title_a != kNone && !before) persons_[idx].title = surface(title_a, title_a + title_len);
                if (before) claim(title_a, name_a, kPersonTag + idx);
                continue;
            }
        }
        // byline: a line that is a name alone, over a line that is a title alone
        if (s + 1 >= sent_.size() || !sent_[s + 1].line_start) continue;
        if (b - a < 2 || b - a > 5) continue;
        if (!tok_[a].cap || tok_[a].allcaps || (flags_[a] & kNonName)) continue;
        const std::size_t na = sent_[s + 1].first, nb = sent_[s + 1].last;
        const std::size_t tl = title_match(na, nb);
        if (!tl) continue;
        // the title line ends with the title or "Title of <Body>"
        std::size_t te = na + tl;
        if (te < nb && tok_[te].is("of")) {
            std::size_t r = te + 1;
            if (r < nb && tok_[r].is("the")) ++r;
            if (PhraseMatch pm = phrase_match(r, nb); pm.entry) te = r + pm.length;
        }
        if (te != nb) continue;
        if (phrase_match(a, b).entry) continue;
        if (auto name = read_name(a, b, false); name && name->last == b && name->parts.size() <= 4) {
            const std::size_t idx = add_person(kNone, kNone, *name, false, 0);
            persons_[idx].speaker = true;
            persons_[idx].title = surface(na, na + tl);
        }
    }
}

// The office a mention states: its title before the name, or an apposition after it
// ("Antony Blinken, Secretary of State", "John Key, the Prime Minister of New Zealand").
// "the Deputy Prime Minister and Minister of Foreign Affairs of New Zealand, the Rt Hon Winston
// Peters": an office (and its country) set before the name by a comma.
DocumentReader::OfficeBefore DocumentReader::office_before_comma(std::size_t p) const {
    const PersonMention& m = persons_[p];
    OfficeBefore out;
    // (a full name: "The President, Kate, has called" speaks to someone)
    if (m.title_first != kNone || m.name_first < 3 || m.parts.size() < 2) return out;
    std::size_t k = m.name_first;
    const std::size_t floor = sent_[sent_of_[k]].first;
    // back over the honorifics after the comma ("the Rt Hon", "H.E. Mr."), as match_honorific reads them
    // ("..., H.E. Dr. X": two of them; "..., Her Excellency, Ms X": a comma between)
    const auto honorifics_to = [&](std::size_t h) {
        while (h < k) {
            if (const std::size_t n = match_honorific(tok_, h, k)) {
                h += n;
                continue;
            }
            if (!(tok_[h].is(",") && h > 0 && tok_[h - 1].is("Excellency"))) return false;
            ++h;
        }
        return true;
    };
    if (!tok_[k - 1].is(","))
        for (std::size_t h = k > floor + 7 ? k - 7 : floor + 1; h < k; ++h)
            if (tok_[h - 1].is(",") && honorifics_to(h)) {
                k = h;
                break;
            }
    if (k <= floor + 1 || !tok_[k - 1].is(",")) return out;
    const std::size_t comma = k - 1;
    std::size_t end = comma;  // the office ends here, or before "of [the] Country"
    for (std::size_t q = comma; q > floor + 1 && q + 6 > comma; --q)
        if (const auto c = phrase_at(q - 1); c && phrases_[*c].last == comma &&
                                             phrases_[*c].type == EntityType::Country && !phrases_[*c].demonym) {
            std::size_t of = phrases_[*c].first;
            if (of > floor && tok_[of - 1].is("the")) --of;
            if (of > floor && tok_[of - 1].is("of")) {
                end = of - 1;
                out.country = *c;
            }
            break;
        }
    for (std::size_t t0 = end > floor + 12 ? end - 12 : floor; t0 < end; ++t0)
        if (title_match(t0, end) == end - t0) {
            out.first = t0;
            out.last = end;
            for (std::size_t t1 = t0 > floor + 6 ? t0 - 6 : floor; t0 > floor + 1 && t1 + 1 < t0; ++t1)
                if (fold_[t0 - 1] == "and" && title_match(t1, t0 - 1) == t0 - 1 - t1) {
                    out.joined_first = t1;
                    break;
                }
            return out;
        }
    out.country = kNone;
    return out;
}

std::vector<std::string> DocumentReader::mention_titles(std::size_t p) const {
    const PersonMention& m = persons_[p];
    std::vector<std::string> out;
    if (!m.title.empty()) out.push_back(m.title);
    if (const OfficeBefore ob = office_before_comma(p); ob.first != kNone) {
        out.push_back(surface(ob.first, ob.last));
        if (ob.joined_first != kNone) out.push_back(surface(ob.joined_first, ob.first - 1));
    }
    std::size_t k = m.name_last;
    if (k < tok_.size() && tok_[k].is(",")) {
        const std::size_t limit = sentence_end(std::min(k, tok_.size() - 1));
        ++k;
        if (k < limit && (tok_[k].is("the") || tok_[k].is("The"))) ++k;
        if (k + 1 < limit && (tok_[k].is("Former") || tok_[k].is("former"))) ++k;
        if (PhraseMatch c = phrase_match(k, limit); c.entry) {
            std::size_t after = k + c.length;
            if (after < limit && is_possessive(tok_[after])) ++after;
            if (title_match(after, limit)) k = after;
        }
        if (const std::size_t tl = title_match(k, limit); tl && !title_opens_clause(k + tl, limit))
            out.push_back(surface(k, k + tl));
    }
    return out;
}

// After "Name, the Title": a verb ("Meeting Olaf Scholz, the Secretary General outlined ...")
// makes the title the subject of the next clause, not an apposition to the name.
bool DocumentReader::title_opens_clause(std::size_t after, std::size_t limit) const {
    if (after >= limit) return false;
    const Token& t = tok_[after];
    return t.is_word() && !t.cap && !t.allcaps &&
           !in(t.text, {"of", "for", "to", "and", "or", "in", "at", "on", "with", "who", "whose", "from", "since",
                        "until", "between", "responsible", "designate", "nominee", "emeritus"});
}

// The words of an office, an abbreviation spelled out first ("EAM": External Affairs Minister).
std::vector<std::string> DocumentReader::office_words(std::string_view title) const {
    if (auto it = gaz_.title_abbreviations.find(fold_key(title)); it != gaz_.title_abbreviations.end())
        return title_words(it->second);
    return title_words(title);
}

// Tokens [first, last) name an office without a name (`ref`, its words): a mention of the one
// person of the document said to hold it. Returns whether one was added.
bool DocumentReader::add_title_reference(std::size_t first, std::size_t last, const std::vector<std::string>& ref,
                                         const TitleHolders& offices, const std::vector<std::size_t>& fullest,
                                         std::size_t principal, bool principal_titled, std::size_t principal_sentence) {
    std::set<std::size_t> candidates;
    for (const auto& [entity, words] : offices)
        if (title_refers_to(ref, words)) candidates.insert(entity);
    // Several holders: the release's principal, the first person it names, when they are one
    // ("Minister Champagne ... met Di Maio, Minister of Foreign Affairs ... the Minister also held";
    // "Secretary Blinken met Foreign Secretary Manalo ... Later, the Secretary met"): a readout
    // calls its own principal by the bare office, even when the counterpart holds one like it.
    // Not when another holder of the very same office shares the sentence that first names the
    // principal ("President A and President B spoke. The President met C": either).
    if (candidates.size() > 1 && principal != kNone && candidates.count(principal) && principal_titled) {
        bool alike = false;
        for (std::size_t p = 0; p < persons_.size() && !alike; ++p) {
            const std::size_t other = person_entity_[p];
            if (other == kNone || other == principal || !candidates.count(other) ||
                sent_of_[persons_[p].name_first] != principal_sentence)
                continue;
            for (const auto& [holder, words] : offices)
                if (holder == other)
                    alike = alike || std::find(offices.begin(), offices.end(), std::make_pair(principal, words)) !=
                                         offices.end();
        }
        if (!alike) candidates = {principal};
    }
    if (candidates.size() != 1) return false;
    const std::size_t entity = *candidates.begin();
    const std::size_t src = fullest[entity];
    if (src == kNone) return false;
    PersonMention m;
    m.name_first = first;
    m.name_last = last;
    m.parts = persons_[src].parts;
    m.caps = persons_[src].caps;
    m.family_first = persons_[src].family_first;
    m.entity = entity;
    m.reference = true;
    persons_.push_back(std::move(m));
    person_entity_.push_back(entity);
    claim(first, last, kPersonTag + persons_.size() - 1);
    return true;
}

void DocumentReader::resolve_title_references() {
    // The offices each person entity is said to hold in this document.
    TitleHolders offices;  // entity, title words
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        if (person_entity_[p] == kNone) continue;
        for (const std::string& t : mention_titles(p)) offices.emplace_back(person_entity_[p], office_words(t));
    }
    if (offices.empty()) return;
    // The holders of offices whose country is `country` (of_country), and those of no country the
    // document says (no_country); with `ref` given, no prime minister for a reference without "prime"
    // ("the Hungarian minister").
    const auto holders_of = [&](std::string_view country, const std::vector<std::string>* ref) {
        std::pair<TitleHolders, TitleHolders> out;  // of_country, no_country
        for (const auto& [entity, words] : offices) {
            if (ref && std::find(words.begin(), words.end(), "prime") != words.end() &&
                std::find(ref->begin(), ref->end(), "prime") == ref->end())
                continue;
            bool known = false;
            for (std::size_t p = 0; p < persons_.size(); ++p)
                if (person_entity_[p] == entity && !person_country(p).empty()) {
                    known = true;
                    if (person_country(p) == country) {
                        out.first.emplace_back(entity, words);
                        break;
                    }
                }
            if (!known) out.second.emplace_back(entity, words);
        }
        return out;
    };
    // the person mention that names each entity most fully, for the reference's parts
    std::vector<std::size_t> fullest(out_.entities.size(), kNone);
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        const std::size_t e = person_entity_[p];
        if (e == kNone) continue;
        if (fullest[e] == kNone || persons_[p].parts.size() > persons_[fullest[e]].parts.size()) fullest[e] = p;
    }
    // the principal: the person the release names first, with an office of theirs before the name
    std::size_t principal = kNone;
    bool principal_titled = false;
    std::size_t principal_sentence = kNone;
    for (std::size_t p = 0; p < persons_.size(); ++p)
        if (person_entity_[p] != kNone &&
            (principal == kNone || persons_[p].name_first < persons_[principal].name_first))
            principal = p;
    if (principal != kNone) {
        principal_sentence = sent_of_[persons_[principal].name_first];
        principal = person_entity_[principal];
        // (named first in a headline without an office, "Andrii Sybiha holds series of meetings",
        // and with one in the lead: "Minister of Foreign Affairs of Ukraine Andrii Sybiha took part")
        for (std::size_t p = 0; p < persons_.size() && !principal_titled; ++p)
            principal_titled = person_entity_[p] == principal &&
                               (persons_[p].title_first != kNone || !persons_[p].title.empty());
    }
    const std::size_t n = tok_.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        // "EAM met Deputy Prime Minister X", "On 27 December, EAM held talks": an office's
        // abbreviation standing alone names its holder (data/titles.tsv's second column)
        // (not a gloss in brackets: "National Security Advisor (NSA) X")
        if (tok_[k].allcaps && free(k) && (k == 0 || !(tok_[k - 1].is_word() ? tok_[k - 1].cap : tok_[k - 1].is("(")))) {
            const std::size_t limit = sentence_end(k);
            const std::size_t tl = title_match(k, limit);
            const std::size_t e = k + tl;
            if (tl && gaz_.title_abbreviations.count(fold_key(surface(k, e))) &&
                (e >= limit || (!person_at(e) && !match_honorific(tok_, e, limit) &&
                                !(tok_[e].is_word() && (tok_[e].cap || tok_[e].allcaps)) && !is_possessive(tok_[e]))) &&
                add_title_reference(k, e, office_words(surface(k, e)), offices, fullest, principal, principal_titled,
                                    principal_sentence)) {
                k = e - 1;
                continue;
            }
        }
        if (!(tok_[k].is("the") || tok_[k].is("The"))) continue;
        // "the Hungarian minister was received by X", "The Polish minister recalled": a country's
        // word and an office in lower case, the one person of that country said to hold it
        // ("the visiting Japanese Foreign Minister": the guest named before)
        const std::size_t c1 = k + 2 < tok_.size() && fold_[k + 1] == "visiting" ? k + 2 : k + 1;
        if (const auto c = phrase_at(c1);
            c && phrases_[*c].first == c1 && phrases_[*c].type == EntityType::Country) {
            const std::size_t t0 = phrases_[*c].last;
            const std::size_t limit = sentence_end(k);
            // (or in capitals: "The Ghanaian Foreign Minister later met ...")
            const std::size_t tl = t0 < limit && tok_[t0].is_word() && !tok_[t0].cap && (flags_[t0] & kTitleStartFlag)
                                       ? gaz_.match_title(tok_, fold_, t0, limit, false, true)
                                   : t0 < limit && tok_[t0].is_word() && tok_[t0].cap && !person_at(t0) ? title_match(t0, limit)
                                                                                                       : 0;
            // "a meeting between the Saudi official and X": a description noun that is no office
            // (data/word_classes.tsv description-noun) after the country's word is the one person
            // of that country the document names
            if (!tl && t0 + 1 < limit && tok_[t0].is_word() && !tok_[t0].cap && (flags_[t0] & kDescriptionNoun) &&
                !(tok_[t0 + 1].is_word() && tok_[t0 + 1].cap) && !person_at(t0 + 1)) {
                std::set<std::size_t> of;
                for (std::size_t p = 0; p < persons_.size(); ++p)
                    if (person_entity_[p] != kNone && !persons_[p].reference &&
                        person_country(p) == phrases_[*c].canonical)
                        of.insert(person_entity_[p]);
                const std::vector<std::string> ref{std::string(fold_[t0])};
                if (of.size() == 1 && add_title_reference(t0, t0 + 1, ref, TitleHolders{{*of.begin(), ref}}, fullest,
                                                          kNone, false, kNone)) {
                    k = t0;
                    continue;
                }
            }
            const std::size_t e = t0 + tl;
            if (tl && !(e < limit && (person_at(e) || (tok_[e].is_word() && tok_[e].cap) || tok_[e].is(",")))) {
                const std::vector<std::string> ref = title_words(surface(t0, e));
                auto [of_country, no_country] = holders_of(phrases_[*c].canonical, &ref);
                // "X received his Brazilian counterpart, Mauro Vieira ... The Brazilian minister":
                // a counterpart holds the office of the one whose counterpart they are
                for (std::size_t p = 0; p < persons_.size(); ++p) {
                    const std::size_t name = persons_[p].name_first;
                    if (person_entity_[p] == kNone || persons_[p].reference) continue;
                    const std::size_t sa = sent_[sent_of_[name]].first;
                    const std::size_t q = back_over_counterpart(name, sa);
                    if (q == name) continue;
                    bool of_c = false;
                    for (std::size_t r = q; r < name && !of_c; ++r)
                        if (const auto cp = phrase_at(r); cp && phrases_[*cp].type == EntityType::Country)
                            of_c = phrases_[*cp].canonical == phrases_[*c].canonical;
                    if (!of_c) continue;
                    for (std::size_t o = 0; o < persons_.size(); ++o)
                        if (person_entity_[o] != kNone && person_entity_[o] != person_entity_[p] &&
                            persons_[o].name_first >= sa && persons_[o].name_first < q)
                            for (const std::string& t : mention_titles(o))
                                of_country.emplace_back(person_entity_[p], office_words(t));
                }
                // ("Foreign Minister X met the External Affairs Minister of India Y ... The Sri Lankan
                // Foreign Minister also held meetings": no holder said to be of Sri Lanka, the holder
                // of no country said, as for "the President of Latvia" below; an office in capitals)
                if (of_country.empty() && tok_[t0].cap) of_country = std::move(no_country);
                // (the mention is the office's words: the country's word stays the country's mention)
                if (add_title_reference(t0, e, ref, of_country, fullest, kNone, false, kNone)) {
                    k = e - 1;
                    continue;
                }
            }
        }
        // (every rule below reads an office at k + 1, which a title's first word opens: the other
        // tokens, most, are passed by here)
        if (!(flags_[k + 1] & kTitleStartFlag) || !free(k + 1)) continue;
        // "Head of the Office of the President X", "Advisor to the President": an office's
        // owner inside another office, not the President taking part
        // (not a participle opening the sentence: "Referring to the Foreign Minister's meeting with X",
        // "According to the President")
        if (k >= 2 && in(fold_[k - 1], {"of", "to"}) && tok_[k - 2].is_word() && tok_[k - 2].cap &&
            !(sent_[sent_of_[k - 2]].first == k - 2 && fold_[k - 2].size() > 5 && fold_[k - 2].ends_with("ing"))) {
            // ("Deputy Assistant to the President": any capitalised word before "to the")
            bool office = (flags_[k - 2] & kHeadNoun) != 0 || fold_[k - 1] == "to";  // "Office of the President"
            for (std::size_t q = k >= 5 ? k - 5 : 0; q < k - 1 && !office; ++q)
                office = title_match(q, k - 1) == k - 1 - q;  // "Advisor to the Vice President"
            if (office) continue;
        }
        const std::size_t limit = sentence_end(k);
        std::size_t tl = title_match(k + 1, limit);
        // The news writes an office without a name in lower case: "the prime minister also
        // had dinner with ..." (title-reference-lower).
        if (!tl && (flags_[k + 1] & kTitleStartFlag) && tok_[k + 1].is_word() && !tok_[k + 1].cap &&
            !tok_[k + 1].allcaps) {
            tl = gaz_.match_title(tok_, fold_, k + 1, limit, false, true);
            // its head: the word before "of"/"for"/"to", else the last; a plural ("the senators",
            // "the foreign ministers") is a group, not one person
            std::size_t head = k + tl;
            for (std::size_t q = k + 2; q < k + 1 + tl; ++q)
                if (in(fold_[q], {"of", "for", "to"})) {
                    head = q - 1;
                    break;
                }
            if (tl && fold_[head].size() > 3 && fold_[head].back() == 's' && fold_[head][fold_[head].size() - 2] != 's')
                tl = 0;
            for (std::size_t q = k + 1; q < k + 1 + tl && tl; ++q)
                if (tok_[q].cap || tok_[q].allcaps) tl = 0;
        }
        if (!tl) continue;
        const std::size_t e = k + 1 + tl;
        // "The Deputy Prime Minister of New Zealand last visited Malaysia in 2018": the office's one
        // holder of that country, when no name follows
        if (e + 1 < limit && tok_[e].is("of")) {
            const std::size_t c0 = e + 1 < limit && tok_[e + 1].is("the") ? e + 2 : e + 1;
            const auto c = c0 < limit ? phrase_at(c0) : std::nullopt;
            if (c && phrases_[*c].first == c0 && phrases_[*c].type == EntityType::Country && !phrases_[*c].demonym) {
                const std::size_t ce = phrases_[*c].last;
                if (ce < limit && !tok_[ce].is_word() && !tok_[ce].is(".") && !tok_[ce].is(")")) continue;
                if (ce < limit && tok_[ce].is_word() && (tok_[ce].cap || person_at(ce))) continue;
                const std::vector<std::string> ref = title_words(surface(k + 1, e));
                auto [of_country, no_country] = holders_of(phrases_[*c].canonical, nullptr);
                // ("President A visited Lithuania. ... the President of Latvia met with President B of
                // Lithuania": no holder said to be of Latvia, the one holder of no country said)
                if (of_country.empty()) of_country = std::move(no_country);
                if (add_title_reference(k + 1, e, ref, of_country, fullest, kNone, false, kNone)) k = ce - 1;
                continue;
            }
        }
        // "the Prime Minister of New Zealand", "the Foreign Minister, Mr. X", "the President Biden"
        if (e < limit && (tok_[e].is("of") || tok_[e].is("to") || tok_[e].is("for") || person_at(e) ||
                          match_honorific(tok_, e, limit) || (tok_[e].is_word() && tok_[e].cap)))
            continue;
        if (e + 1 < limit && tok_[e].is(",") && (person_at(e + 1) || match_honorific(tok_, e + 1, limit))) continue;
        // "John Key, the Prime Minister": an apposition, not a reference
        if (k >= 2 && tok_[k - 1].is(",") && person_at(k - 2) && !title_opens_clause(e, limit)) continue;
        if (add_title_reference(k + 1, e, title_words(surface(k + 1, e)), offices, fullest, principal,
                                principal_titled, principal_sentence))
            k = e - 1;
    }
}

void DocumentReader::find_transcript_meetings() {
    // The principal: the first speaker or byline.
    std::size_t principal = kNone;
    for (std::size_t p = 0; p < persons_.size() && principal == kNone; ++p)
        if (persons_[p].speaker && person_entity_[p] != kNone) principal = p;
    if (principal == kNone) return;
    bool have_happened = false;
    for (const MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened && m.persons.size() >= 2) have_happened = true;
    // A heading that states a meeting with someone, for the principal: "Remarks With
    // Foreign Minister X Before Their Meeting", "Bilateral meeting with President Biden".
    for (std::size_t s = 0; s < sent_.size() && s < 4 && !have_happened; ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        if (!sent_[s].line_start) continue;
        // a heading: no label, no closing period, before the first speaker speaks
        if (persons_[principal].label && persons_[principal].name_first < b) break;
        bool heading = b > a && !tok_[b - 1].is(".");
        for (std::size_t k = a; k < b && heading; ++k)
            if (tok_[k].is(":")) heading = false;
        if (!heading) continue;
        bool noun = false;
        std::size_t with = kNone;
        for (std::size_t k = a; k < b; ++k) {
            if (fold_[k] == "meeting" || fold_[k] == "talks" || fold_[k] == "bilateral" || fold_[k] == "call")
                noun = true;
            if (fold_[k] == "with" && with == kNone) with = k;
        }
        if (!noun || with == kNone) continue;
        MeetingDraft md;
        md.sentence = s;
        md.rule = "heading-meeting-with";
        md.confidence = 0.75;
        md.header = true;
        md.mode = MeetingMode::InPerson;
        for (std::size_t k = a; k < b; ++k)
            if (fold_[k] == "call" || fold_[k] == "telephone" || fold_[k] == "phone") md.mode = MeetingMode::Telephone;
        md.persons.push_back(principal);
        md.subjects = 1;
        for (std::size_t k = with + 1; k < b; ++k)
            if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone &&
                                       person_entity_[*p] != person_entity_[principal])
                md.persons.push_back(*p);
        if (md.persons.size() < 2) continue;
        meetings_.push_back(md);
        have_happened = true;
    }
    // Two officials who speak in one transcript appeared together.
    std::vector<std::size_t> labelled;  // distinct entities with a speaker label
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        if (!persons_[p].label || person_entity_[p] == kNone) continue;
        bool seen = false;
        for (std::size_t q : labelled)
            if (person_entity_[q] == person_entity_[p]) seen = true;
        if (!seen) labelled.push_back(p);
    }
    if (labelled.size() >= 2 && !have_happened) {
        MeetingDraft md;
        md.sentence = sent_of_[persons_[labelled[1]].name_first];
        md.rule = "joint-remarks";
        md.confidence = 0.7;
        md.header = true;
        md.persons = labelled;
        md.subjects = 1;
        meetings_.push_back(md);
    }
}

}  // namespace kg::extract::detail
