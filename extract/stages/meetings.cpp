// Meetings: triggers, counterparts, delegations; MET.
// A stage of the extraction pipeline (see extract/detail/document_reader.h): it reads and
// writes the shared state of one document.

#include "extract/detail/document_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <cctype>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::detail {

namespace {

// Meetings of more people than this are lists (attendance, delegations, signatories):
// MET links their subject with each of them, not every pair (README, "Limits").
constexpr std::size_t kMaxPairwiseParticipants = 24;

// An ordinal before a possessive's meeting: "His first meeting Thursday was with X".
bool meeting_ordinal(std::string_view folded) {
    return in(folded, {"first", "last", "next", "final", "second", "only"});
}
// What one side of a talk tells the other (told-counterpart, told-at-meeting).
bool telling_verb(std::string_view folded) { return in(folded, {"told", "assured", "urged", "warned", "pressed"}); }
// A kind of meeting between its ordinal and the noun: "his first bilateral meeting".
bool meeting_kind(std::string_view folded) { return in(folded, {"bilateral", "official", "formal", "private"}); }

}  // namespace

// A phrase that makes people of a sentence meet (find_sentence_triggers, find_line_triggers).
struct MeetingTrigger {
    std::size_t first = 0, last = 0;  // tokens of the trigger
    MeetingMode mode = MeetingMode::InPerson;
    std::string rule;
    int role = 0;  // 0 symmetric, 1 subject hosts (received), 2 subject visits (paid a call)
    bool planned = false;
    bool attend_list = false;  // "attended X ... with A, B and C"
    double confidence = 0.9;
    std::size_t partner = kNone;  // told-during-talks: the person who told, before the other
    bool own = false;  // "briefed X on his call with Y": the call is the sentence subject's
    std::size_t event = kNone;  // the named event the trigger's subject is ("The Dialogue was co-chaired by")
    bool each = false;  // "met with officials, including A, B and C": one meeting with each of them
};

namespace {

using Trigger = MeetingTrigger;

MeetingMode mode_from_words(const std::vector<Token>& t, std::size_t a, std::size_t b, MeetingMode fallback) {
    // A call or a video link says how they met, whatever else the phrase is ("summit telephone
    // talk", "virtual summit"); then a courtesy call, a summit, a meal.
    bool phone = false, video = false, courtesy = false, summit = false, meal = false;
    for (std::size_t k = a; k < b; ++k) {
        const std::string w = to_lower(t[k].text);
        if (w == "telephone" || w == "phone") phone = true;
        // ("a farewell call", "an introductory call on" the Minister: a visit)
        if ((w == "call" || w == "calls") &&
            !(k > a && in(to_lower(t[k - 1].text), {"courtesy", "farewell", "introductory", "protocol"})))
            phone = true;
        if (w == "farewell" || w == "introductory") courtesy = true;
        if (w == "video" || w == "teleconference" || w == "videoconference" || w == "online" || w == "virtual")
            video = true;
        if (w == "dinner" || w == "lunch" || w == "luncheon" || w == "breakfast" || w == "banquet") meal = true;
        if (w == "summit") summit = true;
        if (w == "courtesy") courtesy = true;
    }
    if (video) return MeetingMode::Video;
    if (phone) return MeetingMode::Telephone;
    if (courtesy) return MeetingMode::CourtesyCall;
    if (summit) return MeetingMode::Summit;
    if (meal && fallback == MeetingMode::InPerson) return MeetingMode::Meal;
    return fallback;
}

// "by telephone", "over the phone", "in a phone call", "during a video conference" at token r:
// the medium of the meeting a sentence reports after its verb; empty when r names none.
std::optional<MeetingMode> own_medium_at(const std::vector<std::string_view>& f, std::size_t r, std::size_t b) {
    if (r < 2 || r + 1 >= b || !in(f[r], {"phone", "telephone", "video"})) return std::nullopt;
    const bool by = in(f[r - 1], {"by", "via"}) || (f[r - 1] == "the" && in(f[r - 2], {"over", "on"}));
    const bool in_a = in(f[r - 1], {"a", "an"}) && in(f[r - 2], {"in", "during", "over", "via"});
    if (!by && !(in_a && in(f[r + 1], {"call", "conversation", "talk", "talks", "conference"}))) return std::nullopt;
    return f[r] == "video" ? MeetingMode::Video : MeetingMode::Telephone;
}


}  // namespace

// "his counterpart", "her Japanese counterpart,": the words before a counterpart's name.
std::size_t DocumentReader::skip_counterpart_words(std::size_t q, std::size_t b) const {
    // "met with visiting Iranian Vice President X", "hosted visiting Prime Minister X"
    if (q + 1 < b && fold_[q] == "visiting" && tok_[q + 1].cap) return q + 1;
    // "met Vietnamese counterpart Le Hoai Trung": a counterpart named without "his" or "her"
    if (q + 2 < b && tok_[q].cap && !person_at(q)) {
        std::size_t c = q;
        while (c < b && c < q + 3 && tok_[c].cap && !person_at(c)) ++c;
        if (c + 1 < b && c > q && fold_[c] == "counterpart" && person_at(c + 1)) return c + 1;
    }
    // "met with Polish, Gabonese and Cameroonian foreign ministers, A, B and C", "met with former
    // foreign ministers of Germany and Austria, A and B": a plural office, then the list of names
    // after its comma (counterpart-plural-office)
    if (q < b && !person_at(q)) {
        // ("a trilateral meeting with the participation of foreign ministers of Malta and Libya, A and B")
        if (q + 3 < b && fold_[q] == "the" && fold_[q + 1] == "participation" && fold_[q + 2] == "of") q += 3;
        std::size_t c = q;
        while (c < b && c < q + 10 && !plural_office(fold_[c]) && (tok_[c].is_word() || tok_[c].is(",")) && !person_at(c))
            ++c;
        if (c < b && plural_office(fold_[c])) {
            // ("separate meetings with foreign ministers A of Lesotho, B of Suriname": the names
            // right after the office, each with its country)
            // (not "German counterparts A, Chief Economic Advisor of Chancellor B, and C": the
            // counterparts' appositions name others)
            if (c + 1 < b && !tok_[c].cap && fold_[c] != "counterparts" && person_at(c + 1) &&
                persons_[*person_at(c + 1)].name_first == c + 1)
                return c + 1;
            std::size_t e = c + 1;
            // ("met his counterparts from Croatia and Japan, A and B")
            if (e < b && (fold_[e] == "of" || (fold_[e] == "from" && fold_[c] == "counterparts")))
                for (++e; e < b && e < c + 10 && (tok_[e].cap || in(fold_[e], {"and", "the"})); ++e) {
                }
            if (e + 1 < b && tok_[e].is(",") && person_at(e + 1)) return e + 1;
            // ("met with her counterparts from other nations such as Mr A of Sierra Leone; Mr B of
            // Seychelles", "her counterparts, namely Dr A of Bangladesh": the list after its cue)
            if (fold_[c] == "counterparts") {
                std::size_t r = c + 1;
                while (r < b && r < c + 6 && (tok_[r].cap || in(fold_[r], {"from", "of", "other", "nations", "countries",
                                                                          "states", "various", "several", "and", "the"})) &&
                       !person_at(r))
                    ++r;
                if (r < b && tok_[r].is(",")) ++r;
                if (r + 1 < b && fold_[r] == "such" && fold_[r + 1] == "as") r += 2;
                else if (r < b && in(fold_[r], {"namely", "including"})) ++r;
                if (r > c + 1 && r < b && in(fold_[r - 1], {"as", "namely", "including"})) {
                    const std::size_t h = match_honorific(tok_, r, b);
                    if (r + h < b && person_at(r + h)) return r + h;
                }
            }
        }
    }
    // "met with a team from the Commonwealth Secretariat led by its Secretary-General, X", "received
    // a delegation of senior officials headed by Secretary X": who leads what was met
    // (counterpart-led-by)
    if (q + 3 < b && in(fold_[q], {"a", "an", "the"}) && !person_at(q)) {
        std::size_t c = q + 1;
        // (words that say what the group is: "a high-level US delegation", not "a courtesy call from a
        // delegation", the call's own counterpart)
        while (c < b && c < q + 5 && !in(fold_[c], {"delegation", "team", "mission"}) && tok_[c].is_word() && !person_at(c) &&
               !meeting_noun_at(c) && !in(fold_[c], {"from", "of", "to", "by", "on", "with", "for"}))
            ++c;
        if (c < b && in(fold_[c], {"delegation", "team", "mission"}))
            for (std::size_t r = c + 1; r + 2 < b && r <= c + 10; ++r) {
                // "met with a delegation of the GUAM foreign ministers, which included A, B and C"
                if (tok_[r].is(",") && r + 3 < b && fold_[r + 1] == "which" && in(fold_[r + 2], {"included", "includes"})) {
                    // (person_at only: the people stage calls this before entities exist)
                    for (std::size_t t = r + 3; t < b && t <= r + 9; ++t) {
                        if (person_at(t)) return r + 3;
                        if (!(tok_[t].is_word() && (tok_[t].cap || in(fold_[t], {"of", "the", "for"})))) break;
                    }
                    break;
                }
                // ("received a parliamentary delegation from Russia, and led by deputy chairman X":
                // the comma and "and" before "led by" part no group from its leader)
                if (in(fold_[r], {",", "and"}) && r + 3 < b) {
                    const std::size_t v = fold_[r] == "," && fold_[r + 1] == "and" ? r + 2 : r + 1;
                    if (v + 1 < b && in(fold_[v], {"led", "headed", "chaired"}) && fold_[v + 1] == "by") continue;
                }
                // ("a delegation from the French Foreign Affairs and Defense Committee, chaired by A":
                // an "and" inside a body's capitalised name goes on)
                const bool inside_name = fold_[r] == "and" && r > c && tok_[r - 1].cap && tok_[r + 1].cap;
                if ((in(fold_[r], {",", ";", "and", "who", "which", "that"}) && !inside_name) || person_at(r)) break;
                if (in(fold_[r], {"led", "headed", "chaired"}) && fold_[r + 1] == "by") {
                    for (std::size_t t = r + 2; t < b && t <= r + 12; ++t) {
                        if (person_at(t)) return t;
                        if (in(fold_[t], {";", "who", "which", "that"}) || (flags_[t] & kMeetingVerb)) break;
                    }
                    break;
                }
            }
    }
    // "met with the 5th president of Ukraine, Petro Poroshenko": an office in lower case after "the",
    // of a known country or body, a comma, then the person (counterpart-lower-office-of)
    if (q + 5 < b && fold_[q] == "the" && !person_at(q)) {
        std::size_t c = q + 1;
        while (c < q + 3 && c < b && ((flags_[c] & kTenureModifier) || is_digit_ordinal(tok_[c].text)) && !tok_[c].cap) ++c;
        if (const std::size_t tl = c < b && tok_[c].is_word() && !tok_[c].cap ? gaz_.match_title(tok_, fold_, c, b, false, true) : 0;
            tl && c + tl + 2 < b && fold_[c + tl] == "of") {
            std::size_t r = c + tl + 1;
            if (tok_[r].is("the")) ++r;
            if (const auto ph = phrase_at(r); ph && phrases_[*ph].first == r) {
                r = phrases_[*ph].last;
                if (r + 1 < b && tok_[r].is(",") && person_at(r + 1) && persons_[*person_at(r + 1)].name_first == r + 1)
                    return r + 1;
            }
        }
    }
    if (q >= b || !in(fold_[q], {"his", "her", "their"})) return q;
    std::size_t c = q + 1;
    // ("his new Swedish counterpart", "her newly appointed counterpart")
    while (c < b && c < q + 3 && (flags_[c] & kTenureModifier) && !tok_[c].cap) ++c;
    while (c < b && c < q + 5 && tok_[c].cap) ++c;
    if (c >= b || !in(fold_[c], {"counterpart", "counterparts", "colleague", "colleagues", "peer", "peers"})) return q;
    ++c;
    // "her counterpart from Mexico, Alicia Barcena", "his counterpart of the Philippines,", "his
    // peers from Argentina and Brazil, A and B"
    for (bool from = true; c + 1 < b && (from ? in(fold_[c], {"from", "of"}) : in(fold_[c], {"and", ","})); from = false) {
        const std::size_t r = tok_[c + 1].is("the") ? c + 2 : c + 1;
        const PhraseMatch pm = phrase_match(r, b);
        // ("his counterpart from the Indian MEA, Secretary X", "from the Ministry of Foreign Affairs, Y": a
        // body, or a country's word and a body's abbreviation)
        if (!pm.entry || !(pm.entry->type == EntityType::Country || pm.entry->type == EntityType::Location ||
                           (from && pm.entry->type == EntityType::Organization)))
            break;
        std::size_t e = r + pm.length;
        if (from && pm.entry->type == EntityType::Country && e + 1 < b && tok_[e].allcaps && tok_[e + 1].is(",")) ++e;
        // (", Milan Rocen": a place that opens the name after the comma is no more of the list)
        if (!from && e < b && tok_[e].is_word() && tok_[e].cap) break;
        c = e;
    }
    if (c < b && tok_[c].is(",")) ++c;
    return c;
}

// "A and Minister of External Affairs of India, His Excellency Dr. B held": from the first token of
// B's honorific (or name), back over the office and its country before the comma that parts them,
// when "and" stands before the office; else `from`.
std::size_t DocumentReader::back_over_office_comma(std::size_t from, std::size_t a) const {
    if (!(from > a + 3 && tok_[from - 1].is(",") && !person_at(from - 2))) return from;
    // (p from a + 1 at least: the loop reads the token before p)
    for (std::size_t p = from >= a + 13 ? from - 12 : a + 1; p + 1 < from; ++p) {
        // ("and visiting Minister for Foreign Affairs of Japan, B": a modifier before the office)
        // ("and the Ambassador of Norway to ASEAN, B": or the article)
        const bool modified = p >= a + 2 && ((!tok_[p - 1].cap && (flags_[p - 1] & kTenureModifier)) || tok_[p - 1].is("the")) &&
                              tok_[p - 2].is("and");
        // (the office may be read as a reference to the person after it: "the Ambassador of Norway to
        // ASEAN, B")
        if (!(tok_[p - 1].is("and") || modified)) continue;
        if (const auto at = person_at(p);
            at && !(person_at(from) && person_entity_[*at] == person_entity_[*person_at(from)])) {
            continue;
        }
        const std::size_t t = title_match(p, from - 1);
        if (!t) continue;
        std::size_t r = p + t;
        // (the body or country of the office, then where an envoy is sent: "of the Kingdom of Norway to ASEAN")
        for (const std::string_view link : {"of", "to"})
            if (r + 1 < from && fold_[r] == link) {
                std::size_t c = r + 1;
                if (fold_[c] == "the") ++c;
                if (const PhraseMatch pm = phrase_match(c, from - 1); pm.entry) r = c + pm.length;
            }
        if (r == from - 1) return modified ? p - 1 : p;
    }
    return from;
}

// Two people joined by "and" end right before token k (auxiliaries and adverbs between):
// "Chancellor Angela Merkel and French President François Hollande have".
bool DocumentReader::pair_before(std::size_t k, std::size_t a) const { return pair_ending_at(k, a).has_value(); }

// "Economy Minister X": a capitalised word the gazetteer has in no office, then the office the
// person's own mention begins with, then the name (at r).
bool DocumentReader::portfolio_office_at(std::size_t r, std::size_t b) const {
    if (r + 2 >= b || !tok_[r].is_word() || !tok_[r].cap || person_at(r)) return false;
    for (std::size_t n = r + 2; n < b && n < r + 8; ++n)
        if (const auto p = person_at(n)) {
            const PersonMention& pm = persons_[*p];
            return pm.name_first == n && pm.title_first == r + 1;
        }
    return false;
}

// "officials, including A and B", "leaders of its member states, including X": a group in lower
// case that opens at q, a noun of people among its words, then ", including" and a person within a
// few words: the token after "including", else kNone.
std::size_t DocumentReader::group_including(std::size_t q, std::size_t b) const {
    // ("Burmese government representatives, including ...": past a country's word)
    if (q < b)
        if (const PhraseMatch c = phrase_match(q, b); c.entry && c.entry->type == EntityType::Country) q += c.length;
    if (q >= b || person_at(q) || !tok_[q].is_word() || tok_[q].cap) return kNone;
    std::size_t r = q;
    // ("his counterparts from several other countries, including X": the plural read before q)
    bool people = q > 0 && fold_[q - 1] == "counterparts";
    // ("members of the new Trump Administration, including X": capitalised words after the noun's "of")
    bool of = false;
    while (r < b && r < q + 8 &&
           ((tok_[r].is_word() && (!tok_[r].cap || (of && !person_at(r)))) || tok_[r].is("-"))) {
        people = people || (flags_[r] & kPairNoun) || in(fold_[r], {"officials", "representatives", "members"});
        of = of || (people && fold_[r] == "of");
        ++r;
    }
    if (!(people && r + 2 < b && r > q && tok_[r].is(",") && fold_[r + 1] == "including")) return kNone;
    for (std::size_t p = r + 2; p < b && p < r + 16; ++p)
        if (person_at(p)) return r + 2;
    return kNone;
}

// "her Chinese counterpart Wang Yi": the first token of "(his|her|their) [Demonym]
// counterpart" before a name starting at `from`, else `from`.
std::size_t DocumentReader::back_over_counterpart(std::size_t from, std::size_t a) const {
    std::size_t q = from;
    if (q > a && tok_[q - 1].is(",")) --q;  // "her counterpart, Wang Yi"
    // "his counterpart from Peru, Ana Silva", "her counterpart of the Philippines, X"
    if (q > a + 2 && phrase_at(q - 1) && phrases_[*phrase_at(q - 1)].type == EntityType::Country) {
        std::size_t c = phrases_[*phrase_at(q - 1)].first;
        if (c > a + 1 && fold_[c - 1] == "the") --c;
        if (c > a + 1 && in(fold_[c - 1], {"from", "of"}) && in(fold_[c - 2], {"counterpart", "counterparts"})) q = c - 1;
    }
    // ("between A and his Brazilian colleague B": a colleague after a possessive is a counterpart)
    if (!(q > a && (in(fold_[q - 1], {"counterpart", "counterparts"}) ||
                    (in(fold_[q - 1], {"colleague", "colleagues"}) && q > a + 2 &&
                     (in(fold_[q - 2], {"his", "her", "their"}) || in(fold_[q - 3], {"his", "her", "their"}))))))
        return from;
    --q;
    while (q > a && tok_[q - 1].is_word() && tok_[q - 1].cap && !person_at(q - 1)) --q;  // "Chinese"
    // ("his new South Korean counterpart": a word of tenure before)
    while (q > a + 1 && (flags_[q - 1] & kTenureModifier) && !tok_[q - 1].cap) --q;
    if (q > a && in(fold_[q - 1], {"his", "her", "their", "its"})) --q;
    return q;
}

// The "(" of a photo caption's position marker ending right before k ("A (left) and B (right)
// sign", "(3rd L)", "(centre)"), else k.
// Also the "(" of a name in its own script after a name ("John Deng (鄧振中) and Katherine Tai
// (戴琪) discussed", "Cho Tae-yul (조태열)").
std::size_t DocumentReader::before_position_marker(std::size_t k, std::size_t a) const {
    if (k < a + 3 || !tok_[k - 1].is(")")) return k;
    {
        // (Cyrillic, Greek's neighbours, Arabic, the scripts of Asia: a lead byte from 0xD0)
        const auto native = [&](const Token& t) {
            return !t.text.empty() && static_cast<unsigned char>(t.text[0]) >= 0xD0;
        };
        std::size_t q = k - 1;
        while (q > a && q + 8 > k && native(tok_[q - 1])) --q;
        if (q < k - 1 && q > a && tok_[q - 1].is("(")) return q - 1;
    }
    for (std::size_t q = k - 1; q > a && q + 6 > k; --q) {
        if (tok_[q - 1].is("(")) return q - 1 < k - 2 ? q - 1 : k;
        const std::string_view w = fold_[q - 1];
        if (!(in(w, {"left", "right", "center", "centre", "l", "r", "c", "front", "back", "second", "third", "from",
                     "middle", "top", "bottom", "row"}) ||
              (tok_[q - 1].kind == Token::Kind::Word && w.size() <= 4 && !w.empty() && w[0] >= '1' && w[0] <= '9')))
            return k;
    }
    return k;
}

std::size_t DocumentReader::before_honorific(std::size_t k, std::size_t a) const {
    for (std::size_t len = 4; len >= 1; --len)
        if (k >= a + len && match_honorific(tok_, k - len, k) == len) return k - len;
    return k;
}

std::optional<std::pair<std::size_t, std::size_t>> DocumentReader::pair_ending_at(std::size_t k, std::size_t a) const {
    std::size_t e = before_position_marker(k, a);
    // ("A and B are holding the first round of their talks", "A and B have been discussing": the news's
    // present, before a verb in -ing; not a passive, "A and B were received by C")
    const bool progressive = k < tok_.size() && fold_[k].size() > 4 && fold_[k].ends_with("ing");
    // ("A and B on Tuesday discussed over the phone ...": past the day, as the news writes it)
    while (e > a && ((flags_[e - 1] & kPairAdverb) || (progressive && in(fold_[e - 1], {"are", "were", "been"})) ||
                     (e > a + 1 && weekday_number(fold_[e - 1]) >= 0 && fold_[e - 2] == "on")))
        e -= e > a + 1 && weekday_number(fold_[e - 1]) >= 0 && fold_[e - 2] == "on" ? 2 : 1;
    // "- A, B and C - met": the dash that closes a list set off by dashes
    if (e > a + 1 && is_spaced_dash(tok_[e - 1])) --e;
    if (e <= a) return std::nullopt;
    // "President Emmanuel Macron of France spoke": the body after the name
    for (std::size_t q = e; q > a + 1 && q + 4 > e; --q)
        if (tok_[q - 1].is("of") && q < e) {
            const std::size_t r = tok_[q].is("the") && q + 1 < e ? q + 1 : q;  // "of the United Kingdom"
            const PhraseMatch pm = phrase_match(r, e);
            if (pm.entry && r + pm.length == e) e = q - 1;
            break;
        }
    if (e <= a) return std::nullopt;
    // "and President Ferdinand Marcos Jr. discussed": a suffix after the second name
    {
        std::size_t s = e;
        if (s > a + 1 && tok_[s - 1].is(".")) --s;
        if (s > a + 1 && tok_[s - 1].is_word() && (flags_[s - 1] & kPostNominal)) {
            --s;
            if (s > a + 1 && tok_[s - 1].is(",")) --s;
            if (auto p = person_at(s - 1); p && persons_[*p].name_last == s) e = s;
        }
    }
    // "A, title, and the Honorable B, Secretary of State of the United States, exchanged views":
    // back over the second person's apposition
    if (tok_[e - 1].is(",")) {
        for (std::size_t q = e - 1; q > a && q + 25 > e; --q) {
            if (person_at(q - 1)) {
                if (persons_[*person_at(q - 1)].name_last == q && tok_[q].is(",")) e = q;
                break;
            }
            if (q + 1 < e && (tok_[q - 1].is(";") || in(fold_[q - 1], {"and", "who", "which", "that"}))) break;
        }
    }
    // "A and B, who are attending the General Assembly, met": back over a relative clause closed by
    // a comma
    if (e > a + 4 && tok_[e - 1].is(",") && !person_at(e - 2))
        for (std::size_t q = e - 2; q > a + 2 && q + 20 > e; --q) {
            if (tok_[q].is(",") || tok_[q].is(";") || tok_[q].is(".") || person_at(q)) break;
            if (!in(fold_[q], {"who", "both", "each"})) continue;
            if (tok_[q - 1].is(",") && person_at(q - 2) && persons_[*person_at(q - 2)].name_last == q - 1) e = q - 1;
            break;
        }
    // "and B, U.S. Assistant Secretary for African Affairs held": an apposition with no comma after it
    const auto apposition_before = [&](std::size_t end) -> std::size_t {
        for (std::size_t q = end; q > a + 2 && q + 14 > end; --q) {
            const Token& t = tok_[q - 1];
            if (t.is(",")) {
                std::size_t o = q;
                if (o < end && fold_[o] == "the") ++o;
                // ("U.S. Assistant Secretary": past the office's country)
                if (const auto ph = o < end ? phrase_at(o) : std::nullopt; ph && phrases_[*ph].first == o && phrases_[*ph].last < end)
                    o = phrases_[*ph].last;
                if (o < end && is_possessive(tok_[o])) ++o;
                if (o < end && title_match(o, end + 1) && person_at(q - 2) && persons_[*person_at(q - 2)].name_last == q - 1)
                    return q - 1;  // the comma after the name
                return kNone;
            }
            if (person_at(q - 1) || !((t.is_word() && (t.cap || t.allcaps || in(fold_[q - 1], {"of", "for", "the", "and"}))) ||
                                      t.is(".") || t.is("-") || is_possessive(t)))
                return kNone;
        }
        return kNone;
    };
    if (!person_at(e - 1) && e > a + 3 && tok_[e - 1].is_word() && tok_[e - 1].cap)
        if (const std::size_t c = apposition_before(e); c != kNone) e = c;
    const auto second = person_at(e - 1);
    if (!second || persons_[*second].name_last != e) return std::nullopt;
    const PersonMention& p2 = persons_[*second];
    std::size_t from = p2.title_first != kNone ? p2.title_first : p2.name_first;
    if (p2.modifier_first != kNone && p2.modifier_first < from) from = p2.modifier_first;
    while (from > a && !tok_[from - 1].is("and") &&
           ((tok_[from - 1].is_word() && tok_[from - 1].cap) || tok_[from - 1].is(".") || tok_[from - 1].is("the") ||
            is_possessive(tok_[from - 1]) || (flags_[from - 1] & kTenureModifier) ||
            // ("and the Democratic Republic of Congo's B": an "of" inside a country's name)
            (tok_[from - 1].is("of") && from - 1 > a && tok_[from - 2].cap && tok_[from].cap) ||
            // ("and Radio Free Europe/Radio Liberty President B discussed": a slash inside the body's name)
            (tok_[from - 1].is("/") && from - 1 > a && !tok_[from - 1].space_before && tok_[from - 2].is_word() &&
             tok_[from - 2].cap)) &&
           !person_at(from - 1))
        --from;  // "French President", "the Honorable", "H.E. Mr.", "Australia's", "Australia's new"
    from = back_over_office_comma(from, a);
    from = back_over_counterpart(from, a);
    // "A and Cambodian Deputy Prime Minister and Foreign Minister B": a title joined to the
    // second's by "and", and the words before it
    if (from > a + 2 && tok_[from - 1].is("and"))
        for (std::size_t p = from >= a + 8 ? from - 8 : a; p + 1 < from; ++p)
            if (!person_at(p) && title_match(p, from - 1) == from - 1 - p) {
                from = p;
                while (from > a && !tok_[from - 1].is("and") && tok_[from - 1].is_word() && tok_[from - 1].cap &&
                       !person_at(from - 1))
                    --from;
                break;
            }
    if (from <= a + 1 || !tok_[from - 1].is("and")) return std::nullopt;
    // "A, the Cabinet Secretary for Foreign Affairs and B": the first person's apposition, no comma before "and"
    if (from >= a + 4 && tok_[from - 2].is_word() && tok_[from - 2].cap && !person_at(from - 2))
        if (const std::size_t c = apposition_before(from - 1); c != kNone) from = c + 1;
    // "Mr. X, Minister for Foreign Affairs, and ...": back over the first person's apposition
    // (an "and" inside the office, before a capitalised word, is part of it: "Minister of Foreign
    // Affairs and International Cooperation")
    if (from >= 3 && tok_[from - 2].is(",")) {
        for (std::size_t q = from - 2; q > a && q + 20 > from; --q) {
            if (auto p = person_at(q - 1)) {
                if (persons_[*p].name_last == q && tok_[q].is(",")) from = q + 1;  // as if "X and"
                break;
            }
            if (tok_[q - 1].is(";") || in(fold_[q - 1], {"who", "which", "that"}) ||
                (fold_[q - 1] == "and" && !(tok_[q].is_word() && tok_[q].cap)))
                break;
        }
    }
    // "President Joseph R. Biden, Jr. and President X": a suffix after the first name
    std::size_t end1 = before_position_marker(from - 1, a);
    for (int n = 0; n < 4 && end1 > a + 1 &&
                    (tok_[end1 - 1].is(".") || tok_[end1 - 1].is(",") ||
                     (tok_[end1 - 1].is_word() && (flags_[end1 - 1] & kPostNominal)));
         ++n)
        --end1;
    if (end1 != from - 1 && !(flags_[end1] & kPostNominal) && !(end1 + 1 < from && (flags_[end1 + 1] & kPostNominal)) &&
        !tok_[end1].is("("))
        end1 = from - 1;  // only punctuation: not a suffix
    const auto first = person_at(end1 - 1);
    if (first && persons_[*first].name_last == end1 && person_entity_[*first] != person_entity_[*second])
        return std::make_pair(*first, *second);
    return std::nullopt;
}

// News style: "A and B pledged Wednesday to deepen ties, as the leaders met at the White
// House"; "The two ministers held talks": the pair named last, in this sentence or the one
// before, met.
// The named event a meeting told in [from, stop) was held at: "on the margins / sidelines /
// fringes of (the) <Event>", "at / during the <Event>", "on the occasion of the <Event>"; kNone
// for none.
std::size_t DocumentReader::event_held_at(std::size_t from, std::size_t stop) const {
    for (std::size_t q = from; q + 1 < stop; ++q) {
        std::size_t r = kNone;
        if (in(fold_[q], {"margins", "margin", "sidelines", "sideline", "fringes", "fringe"}) && tok_[q + 1].is("of"))
            r = q + 2;
        if (tok_[q].is("at") || fold_[q] == "during") r = q + 1;
        // "on the occasion of", "on the second day of"
        if (in(fold_[q], {"occasion", "day"}) && tok_[q + 1].is("of")) r = q + 2;
        if (r == kNone) continue;
        r = past_event_article(r, stop);
        if (const auto p = phrase_at(r); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone)
            return *p;
        // "On the sidelines of the Meeting": its head word alone stands for the one named before
        if (r < stop && tok_[r].cap && (flags_[r] & kEventHead) && !phrase_at(r) && tok_[r - 1].is("the") &&
            (r + 1 >= stop || !tok_[r + 1].is_word() || !tok_[r + 1].cap)) {
            std::size_t found = kNone;
            for (std::size_t e = 0; e < phrases_.size(); ++e)
                if (phrases_[e].type == EntityType::Event && phrases_[e].entity != kNone && phrases_[e].last <= r &&
                    fold_[phrases_[e].last - 1] == fold_[r])
                    found = e;  // the last one named before
            if (found != kNone) return found;
        }
    }
    return kNone;
}

// "Minister A and Foreign Minister B of Hungary, Foreign Minister C of Greece, and Foreign Minister D
// of Norway exchanged views ... and discussed our bilateral relations": the first named and each of
// the list after its "and", one meeting each (hub-list)
void DocumentReader::find_hub_list_meetings() {
    // the first token of person mention p's name with its office and country before it
    const auto start_of = [&](std::size_t p) {
        const PersonMention& pm = persons_[p];
        std::size_t st = pm.name_first;
        if (pm.title_first != kNone) st = std::min(st, pm.title_first);
        if (pm.modifier_first != kNone) st = std::min(st, pm.modifier_first);
        return st;
    };
    // past "of <Country>" after the name
    const auto end_of = [&](std::size_t p, std::size_t b) {
        std::size_t e = persons_[p].name_last;
        if (e + 1 < b && fold_[e] == "of")
            if (const auto c = phrase_at(e + 1); c && phrases_[*c].first == e + 1 && phrases_[*c].type == EntityType::Country)
                e = phrases_[*c].last;
        return e;
    };
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        constexpr WordFlags kVerb = kPairCue | kPastMeetingVerb;
        for (std::size_t k = next_with(kVerb, a + 6, b); k < b; k = next_with(kVerb, k + 1, b)) {
            if (tok_[k].cap ||
                !in(fold_[k], {"exchanged", "discussed", "met", "held", "talked", "conferred"}))
                continue;
            // the people right before the verb, back to the clause's start
            std::vector<std::size_t> list;
            std::vector<int> links;  // 0 "and", 1 ",", 2 ", and"
            std::size_t at = k;
            while (at > a) {
                const auto p = person_at(at - 1);
                std::size_t q = at;
                if (!p) {  // "... of Norway exchanged": the country after the last name
                    bool found = false;
                    for (std::size_t r = at; r > a && r + 4 > at && !found; --r)
                        if (const auto pp = person_at(r - 1); pp && end_of(*pp, b) == at) {
                            list.push_back(*pp);
                            q = start_of(*pp);
                            found = true;
                        }
                    if (!found) break;
                } else {
                    if (persons_[*p].name_last != at) break;
                    list.push_back(*p);
                    q = start_of(*p);
                }
                if (q >= a + 2 && fold_[q - 1] == "and" && tok_[q - 2].is(",")) {
                    links.push_back(2);
                    at = q - 2;
                } else if (q > a && fold_[q - 1] == "and") {
                    links.push_back(0);
                    at = q - 1;
                } else if (q > a && tok_[q - 1].is(",")) {
                    links.push_back(1);
                    at = q - 1;
                } else {
                    break;
                }
                if (at > a && !person_at(at - 1)) {
                    bool ends = false;  // the mention before the link must end there
                    for (std::size_t r = at; r > a && r + 4 > at && !ends; --r)
                        if (const auto pp = person_at(r - 1); pp && end_of(*pp, b) == at) ends = true;
                    if (!ends) break;
                }
            }
            // read back to front: list[0] is the last named; the hub is the first named, joined by
            // "and" to the second; then commas and a final ", and"
            if (list.size() < 3 || links.size() < list.size() - 1) continue;
            std::reverse(list.begin(), list.end());
            std::vector<int> order(links.begin(), links.begin() + static_cast<std::ptrdiff_t>(list.size() - 1));
            std::reverse(order.begin(), order.end());
            if (order.front() != 0 || order.back() != 2) continue;
            bool commas = true;
            for (std::size_t i = 1; i + 1 < order.size(); ++i) commas = commas && order[i] == 1;
            if (!commas) continue;
            const std::size_t hub = list.front();
            for (std::size_t i = 1; i < list.size(); ++i) {
                if (person_entity_[list[i]] == person_entity_[hub]) continue;
                MeetingDraft md;
                md.sentence = s;
                md.rule = "hub-list";
                md.confidence = 0.75;
                md.persons = {hub, list[i]};
                md.subjects = 1;
                md.date = own_date(a, b);
                md.place = place_in_sentence(s);
                md.event = event_held_at(a, k);
                meetings_.push_back(md);
            }
            break;
        }
    }
}

// "Here are the foreign officials Clinton met with this week:" and, on the next line, "Prime Minister
// A of Singapore, Foreign Minister B of Algeria, ...": a sentence that names who met and ends on a
// colon, and the list after it; one meeting with each (colon-list)
void DocumentReader::find_colon_list_meetings() {
    for (std::size_t s = 0; s + 1 < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        if (b <= a + 3 || !tok_[b - 1].is(":") || !sent_[s + 1].line_start) continue;
        // the verb, lower case, with no one named after it; the one who met named right before it
        std::size_t verb = kNone, who = kNone;
        for (std::size_t k = a + 1; k + 1 < b && verb == kNone; ++k) {
            if (tok_[k].cap || !in(fold_[k], {"met", "meets"})) continue;
            const auto p = person_at(k - 1);
            if (!p || persons_[*p].name_last != k || person_entity_[*p] == kNone) continue;
            verb = k;
            who = *p;
        }
        // "X, who visited Washington, met with officials of the Government of the United States.
        // His schedule was as follows:" and one item a line, "(1) Ambassador A, Deputy Secretary of
        // State: ... on April 9": the sentence before the colon's names who met (schedule-list)
        bool schedule = false;
        if (verb == kNone && s > 0 &&
            std::any_of(fold_.begin() + static_cast<std::ptrdiff_t>(a), fold_.begin() + static_cast<std::ptrdiff_t>(b),
                        [](std::string_view w) { return w == "follows" || w == "schedule"; })) {
            const std::size_t pa = sent_[s - 1].first, pb = sent_[s - 1].last;
            for (std::size_t k = pa + 1; k + 2 < pb && verb == kNone; ++k) {
                if (tok_[k].cap || !in(fold_[k], {"met", "meets"}) || fold_[k + 1] != "with" || tok_[k + 2].cap) continue;
                bool named_after = false;
                for (std::size_t q = k + 1; q < pb; ++q) named_after = named_after || person_at(q).has_value();
                if (named_after) break;
                for (std::size_t q = pa; q < k && who == kNone; ++q)
                    if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone)
                        who = *p;
                if (who != kNone) verb = b - 1;
            }
            schedule = verb != kNone;
        }
        // "The following non-resident Ambassadors attended the dinner:" and one item a line: those
        // listed were at the meeting told before, or met one another (attended-colon-list)
        if (verb == kNone) {
            // (a verb of attendance, then a meeting's noun within five words)
            bool attended = false;
            for (std::size_t k = a + 1; k + 2 < b && !attended; ++k) {
                if (tok_[k].cap || !(in(fold_[k], {"attended", "joined"}) ||
                                     (in(fold_[k], {"participated", "took"}) && in(fold_[k + 1], {"in", "part"}))))
                    continue;
                for (std::size_t q = k + 1; q < b && q < k + 6 && !attended; ++q)
                    attended = tok_[q].is_word() && !tok_[q].cap && meeting_noun_at(q);
            }
            if (!attended) continue;
            std::vector<std::size_t> listed;
            for (std::size_t j = s + 1; j < sent_.size() && sent_[j].line_start; ++j) {
                const std::size_t la = sent_[j].first, lb = sent_[j].last;
                std::size_t first = la;
                while (first < lb && (tok_[first].is("-") || tok_[first].is("*") || tok_[first].is("\u2022"))) ++first;
                if (first == la || first >= lb) break;  // (items have bullets)
                std::size_t q = first + match_honorific(tok_, first, lb);
                if (q < lb && !person_at(q)) q += title_match(q, lb);
                if (q < lb) q += match_honorific(tok_, q, lb);
                const auto p = q < lb ? person_at(q) : std::nullopt;
                if (!p || persons_[*p].name_first != q || person_entity_[*p] == kNone) break;
                listed.push_back(*p);
            }
            if (listed.size() < 2) continue;
            MeetingDraft* last = nullptr;
            for (MeetingDraft& m : meetings_)
                if (m.sentence < s && m.status == MeetingStatus::Happened && !m.persons.empty()) last = &m;
            if (last) {
                for (std::size_t p : listed)
                    if (std::none_of(last->persons.begin(), last->persons.end(),
                                     [&](std::size_t q) { return person_entity_[q] == person_entity_[p]; }))
                        last->persons.push_back(p);
                last->joined = true;
            } else {
                // ("X hosted a diplomatic dinner for the new ambassadors. The following Ambassadors
                // attended the dinner:": its host, named in the two sentences before)
                for (std::size_t back = 1; back <= 2 && back <= s; ++back) {
                    const std::size_t pa = sent_[s - back].first, pb = sent_[s - back].last;
                    bool hosted = false, noun = false;
                    for (std::size_t q = pa; q < pb; ++q) {
                        hosted = hosted || (!tok_[q].cap && in(fold_[q], {"hosted", "led", "chaired", "convened", "gave", "held"}));
                        noun = noun || (tok_[q].is_word() && !tok_[q].cap && meeting_noun_at(q));
                    }
                    if (!hosted || !noun) continue;
                    for (std::size_t q = pa; q < pb; ++q)
                        if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone) {
                            if (std::none_of(listed.begin(), listed.end(),
                                             [&](std::size_t o) { return person_entity_[o] == person_entity_[*p]; }))
                                listed.insert(listed.begin(), *p);
                            break;
                        }
                    break;
                }
                MeetingDraft md;
                md.sentence = s;
                md.rule = "attended-colon-list";
                md.confidence = 0.7;
                md.persons = listed;
                md.subjects = listed.size();
                md.date = own_date(a, b);
                meetings_.push_back(md);
            }
            continue;
        }
        bool after = false, plans = false;
        for (std::size_t q = verb + 1; q < b; ++q) after = after || person_at(q).has_value();
        for (std::size_t q = a; q < verb; ++q) plans = plans || in(fold_[q], {"will", "shall", "expected", "plans"});
        if (after || plans) continue;
        // the list: two people or more, each opening an item after a comma, a bullet or the line's
        // start, on the line after the colon or on the lines of items that follow it
        std::vector<std::pair<std::size_t, std::size_t>> listed;  // (person mention, its line)
        for (std::size_t j = s + 1; j < sent_.size() && (sent_[j].line_start || schedule); ++j) {
            // (an item's sentence that goes on within its line: "from 2:15 p.m. April 10")
            if (!sent_[j].line_start) continue;
            const std::size_t la = sent_[j].first, lb = sent_[j].last;
            std::size_t first = la;  // past a bullet: "- ", "* ", "•"
            while (first < lb && (tok_[first].is("-") || tok_[first].is("*") || tok_[first].is("\u2022"))) ++first;
            // (past a number of the schedule's item: "(1)")
            if (schedule && first + 3 < lb && tok_[first].is("(") && tok_[first + 1].kind == Token::Kind::Number && tok_[first + 2].is(")"))
                first += 3;
            std::size_t found = 0;
            const std::size_t named = first + match_honorific(tok_, first, lb);  // ("Mr. A" opens it too)
            for (std::size_t q = first; q < lb; ++q) {
                const auto p = person_at(q);
                if (!p || persons_[*p].name_first != q || person_entity_[*p] == kNone ||
                    person_entity_[*p] == person_entity_[who])
                    continue;
                std::size_t st = persons_[*p].title_first != kNone ? std::min(q, persons_[*p].title_first) : q;
                if (persons_[*p].modifier_first != kNone) st = std::min(st, persons_[*p].modifier_first);
                if (st == first || (schedule && st == named) || tok_[st - 1].is(",") || tok_[st - 1].is(";") || fold_[st - 1] == "and") {
                    listed.emplace_back(*p, j);
                    ++found;
                }
            }
            // (a line of one item goes on to the next; a line of prose ends the list)
            if (found == 0 || (j > s + 1 && lb - la > 30 && !schedule)) break;
            if (found >= 2 && j == s + 1) break;
            if (schedule && found > 1) break;
        }
        if (listed.size() < 2) continue;
        for (const auto& [p, line] : listed) {
            MeetingDraft md;
            md.sentence = line;
            md.rule = schedule ? "schedule-list" : "colon-list";
            md.confidence = 0.75;
            md.persons = {who, p};
            md.subjects = 1;
            md.date = own_date(a, b);
            // (each item of a schedule its own day)
            if (schedule)
                if (const std::string d = own_date(sent_[line].first, sent_[line].last); !d.empty()) md.date = d;
            meetings_.push_back(md);
        }
    }
}

void DocumentReader::find_pair_reference_meetings() {
    // the pair is a clause's subject ("-- A and B pledged", not "agreed with A and B")
    const auto subject_pair = [&](const std::pair<std::size_t, std::size_t>& pair) {
        const PersonMention& p1 = persons_[pair.first];
        std::size_t start = p1.title_first != kNone ? std::min(p1.title_first, p1.name_first) : p1.name_first;
        if (p1.modifier_first != kNone) start = std::min(start, p1.modifier_first);
        while (start > 0 && tok_[start - 1].is_word() && tok_[start - 1].cap && !person_at(start - 1) &&
               sent_of_[start - 1] == sent_of_[start])
            --start;  // "U.S. President", "Chinese Foreign Minister"
        const std::size_t own = sent_[sent_of_[start]].first;
        return start == own || tok_[start - 1].is(",") || tok_[start - 1].is("--") || tok_[start - 1].is("-") ||
               tok_[start - 1].is("\u2014") || tok_[start - 1].is(")") || tok_[start - 1].is(":");
    };
    // a meeting reported in sentence s (or, with `before`, the one before it) already
    const auto reported = [&](std::size_t s, bool before) {
        for (const MeetingDraft& m : meetings_)
            if ((m.sentence == s || (before && m.sentence + 1 == s)) && m.persons.size() >= 2) return true;
        return false;
    };
    // a meeting of the two people of `pair` that sentence s reports, of the sentence's own date and
    // place (the rules below set what else they know)
    const auto pair_draft = [&](std::size_t s, const char* rule, MeetingMode mode,
                                const std::pair<std::size_t, std::size_t>& pair) {
        MeetingDraft md;
        md.sentence = s;
        md.mode = mode;
        md.rule = rule;
        md.confidence = 0.7;
        md.persons = {pair.first, pair.second};
        md.subjects = 2;
        md.date = own_date(sent_[s].first, sent_[s].last);
        md.place = place_in_sentence(s);
        return md;
    };
    // (the people whose name a possessive follows, for rule pair-possessive-meeting: found once, not
    // at every sentence)
    std::vector<std::size_t> possessive_persons;
    for (std::size_t pi = 0; pi < persons_.size(); ++pi)
        if (persons_[pi].name_last < tok_.size() && is_possessive(tok_[persons_[pi].name_last])) possessive_persons.push_back(pi);
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // "Kishida and Marcos announced the talks after their meeting at the palace", "A and B
        // shook hands before their talks": the pair that opens the sentence held the meeting
        // "their" names (rule their-meeting)
        // "A and B wrapped up their first virtual summit", "A and B concluded their talks": a verb
        // that opens or closes the meeting; "In their first face-to-face talks in a year, held on
        // ..., A called for": the pair the sentence before opened with
        // (the loop visits the words "their" alone)
        // "the discussion built on President A and President B's conversation in Rome last month", "A
        // and B's meeting": a pair's possessive before the meeting noun (rule pair-possessive-meeting)
        for (const std::size_t pi : possessive_persons) {
            const std::size_t k = persons_[pi].name_last;  // the possessive
            if (k >= b || persons_[pi].name_first < a || person_entity_[pi] == kNone) continue;
            std::size_t r = k + 1;
            // (words that qualify the meeting only: "A and B's first face-to-face meeting", not "A and
            // B's commitments in their meeting")
            while (r < b && r < k + 4 && tok_[r].is_word() && !tok_[r].cap && !meeting_noun_at(r) &&
                   !in(fold_[r], {"in", "at", "of", "on", "their", "his", "her", "its", "and", "to", "for", "with"}))
                ++r;
            if (r >= b || !in(fold_[r], {"meeting", "talks", "call", "summit", "conversation"})) continue;
            const auto pair = pair_ending_at(k, a);
            if (!pair || pair->second != pi || reported(s, false)) continue;
            MeetingDraft md =
                pair_draft(s, "pair-possessive-meeting", mode_from_words(tok_, k, r + 1, MeetingMode::InPerson), *pair);
            md.event = event_held_at(k, b);
            // ("ahead of A and B's meeting", "the upcoming ...", "A and B's planned talks": to come)
            const std::size_t from = persons_[pair->first].name_first;
            for (std::size_t q = from >= a + 3 ? from - 3 : a; q < r; ++q)
                if (in(fold_[q], {"will", "ahead", "before", "upcoming", "planned", "expected", "scheduled", "next",
                                  "forthcoming", "possible", "potential", "proposed"}))
                    md.status = MeetingStatus::Planned;
            meetings_.push_back(md);
            break;
        }
        for (std::size_t k = next_with(kTheirWord, a, b - 1); k + 1 < b;
             k = next_with(kTheirWord, k + 1, b - 1)) {
            if (fold_[k] != "their") continue;
            const bool closing = k >= a + 1 && (in(fold_[k - 1], {"concluded", "began", "opened", "ended", "held",
                                                                  "resumed", "started", "finished"}) ||
                                                (fold_[k - 1] == "up" && k >= a + 2 && fold_[k - 2] == "wrapped"));
            const bool opening = k == a + 1 && in(fold_[a], {"in", "during", "at"});
            if (!closing && !opening &&
                !(k > a && in(fold_[k - 1], {"after", "during", "before", "at", "following", "in", "of"})))
                continue;
            if (k > a && fold_[k - 1] == "of" && !(k >= a + 2 && in(fold_[k - 2], {"ahead", "end", "start", "sidelines"})))
                continue;
            std::size_t r = k + 1;
            // ("first face-to-face talks": lower-case words and the hyphens inside them)
            while (r < b && r < k + 7 &&
                   ((tok_[r].is_word() && !tok_[r].cap && !meeting_noun_at(r)) ||
                    (tok_[r].is("-") && !tok_[r].space_before)))
                ++r;
            if (r >= b || !in(fold_[r], {"meeting", "talks", "call", "summit", "conversation", "phone", "telephone"}))
                continue;
            std::optional<std::pair<std::size_t, std::size_t>> pair;
            for (std::size_t e = k; e > a && !pair; --e) pair = pair_ending_at(e, a);
            if (!pair && opening && s > 0 && !reported(s - 1, false))
                for (std::size_t e = sent_[s - 1].last; e > sent_[s - 1].first && !pair; --e)
                    if (auto p = pair_ending_at(e, sent_[s - 1].first); p && subject_pair(*p)) pair = p;
            if (!pair || !subject_pair(*pair) || reported(s, false)) break;
            MeetingDraft md =
                pair_draft(s, "their-meeting", mode_from_words(tok_, k, r + 2 < b ? r + 2 : b, MeetingMode::InPerson), *pair);
            if (const std::size_t ps = sent_of_[persons_[pair->first].name_first]; ps < s && md.date.empty()) {
                md.date = own_date(sent_[ps].first, sent_[ps].last);  // the day the sentence before gives
                if (md.date.empty()) md.date = relative_date(ps);
            }
            md.event = event_held_at(k, b);
            for (std::size_t q = persons_[pair->second].name_last; q < k; ++q)
                if (in(fold_[q], {"will", "would", "shall", "expected", "plan", "plans"})) md.status = MeetingStatus::Planned;
            meetings_.push_back(md);
            break;
        }
        // (the loop visits the articles alone: k + 2 < b)
        const std::size_t stop = b > a + 2 ? b - 2 : a;
        for (std::size_t k = next_with(kArticleWord, a, stop); k < stop; k = next_with(kArticleWord, k + 1, stop)) {
            if (!(tok_[k].is("the") || tok_[k].is("The"))) continue;
            std::size_t q = k + 1;
            // ("The two last met in March": "two" alone stands for the pair, before an adverb of when)
            const bool two_alone = fold_[q] == "two" && q + 2 < b && in(fold_[q + 1], {"last", "previously", "first"}) &&
                                   (flags_[q + 2] & kPastMeetingVerb);
            if (fold_[q] == "two" && !two_alone) ++q;
            // "The Syrian and Russian officials held a bilateral meeting": two countries' words, the one
            // person of each country the release names (demonym-pair-reference)
            std::string_view side_a, side_b;
            if (q == k + 1)
                if (const auto c1 = phrase_at(q); c1 && phrases_[*c1].first == q && phrases_[*c1].type == EntityType::Country &&
                                                  phrases_[*c1].demonym && phrases_[*c1].last + 2 < b &&
                                                  fold_[phrases_[*c1].last] == "and")
                    if (const auto c2 = phrase_at(phrases_[*c1].last + 1);
                        c2 && phrases_[*c2].first == phrases_[*c1].last + 1 && phrases_[*c2].type == EntityType::Country &&
                        phrases_[*c2].demonym && phrases_[*c2].canonical != phrases_[*c1].canonical &&
                        phrases_[*c2].last < b &&
                        ((flags_[phrases_[*c2].last] & kPairNoun) || fold_[phrases_[*c2].last] == "officials")) {
                        side_a = phrases_[*c1].canonical;
                        side_b = phrases_[*c2].canonical;
                        q = phrases_[*c2].last;
                    }
            // "The two defence ministers discussed ...": the two people whose office names that portfolio
            std::size_t portfolio = kNone;
            if (q == k + 2 && q + 1 < b && tok_[q].is_word() && !(flags_[q] & kPairNoun) && (flags_[q + 1] & kPairNoun) &&
                fold_[q + 1] == "ministers") {
                portfolio = q;
                ++q;
            }
            if (q >= b || !((flags_[q] & kPairNoun) || in(fold_[q], {"men", "women", "officials"}) || two_alone))
                continue;
            if ((fold_[q] == "officials" || fold_[q] == "men" || fold_[q] == "women") && side_a.empty()) {
                if (fold_[k + 1] != "two") continue;  // "the officials" may be anyone
            }
            std::size_t v = q + 1;
            // "The two leaders last met in Guangzhou in April": an earlier meeting than any the
            // sentence before reports
            bool before_then = false;
            while (v < b && v < q + 4 &&
                   in(fold_[v], {"also", "then", "later", "have", "had", "first", "briefly", "last", "previously"})) {
                before_then = before_then || in(fold_[v], {"last", "previously", "first"});
                ++v;
            }
            // ("The two defence ministers on Friday discussed ...")
            if (v + 2 < b && fold_[v] == "on" && tok_[v + 1].cap && fold_[v + 1].ends_with("day")) v += 2;
            if (v >= b) continue;
            MeetingMode mode = MeetingMode::InPerson;
            // ("The two ministers co-chaired the 12th Joint Commission": what two co-chair, they meet
            // at; the tokens are "co", "-", "chaired")
            const bool co = fold_[v] == "co" && v + 2 < b && tok_[v + 1].is("-") && !tok_[v + 1].space_before &&
                            in(fold_[v + 2], {"chaired", "hosted"});
            if (co) v += 2;
            bool verb = co || in(fold_[v], {"met", "discussed", "talked", "conferred", "exchanged"});
            if (in(fold_[v], {"held", "had"}) && v + 1 < b) {
                std::size_t r = v + 1;
                if (in(fold_[r], {"a", "their", "bilateral"})) ++r;
                if (r + 1 < b && fold_[r - 1] != "bilateral" && fold_[r] == "bilateral") ++r;  // "a bilateral meeting"
                if (r < b && in(fold_[r], {"talks", "meeting", "call", "conversation", "phone", "telephone"})) {
                    verb = true;
                    mode = mode_from_words(tok_, v, r + 1, MeetingMode::InPerson);
                }
            }
            if (in(fold_[v], {"spoke"}) && v + 1 < b && in(fold_[v + 1], {"by", "on", "over", "via"})) {
                verb = true;
                mode = MeetingMode::Telephone;
            }
            if (!verb) continue;
            // the pair: two people joined by "and", the last such pair before, from the sentence before on
            const std::size_t from = s > 0 ? sent_[s - 1].first : a;
            std::optional<std::pair<std::size_t, std::size_t>> pair;
            if (portfolio != kNone) {
                // (two people exactly, each with an office before the name that holds the word, told before)
                std::vector<std::size_t> holders;
                for (std::size_t p = 0; p < persons_.size(); ++p) {
                    const PersonMention& pm = persons_[p];
                    if (person_entity_[p] == kNone || pm.title_first == kNone || pm.name_first >= k) continue;
                    bool holds_it = false;
                    for (std::size_t t = pm.title_first; t < pm.name_first && !holds_it; ++t)
                        holds_it = fold_[t] == fold_[portfolio];
                    bool seen = false;
                    for (std::size_t h : holders) seen = seen || person_entity_[h] == person_entity_[p];
                    if (holds_it && !seen) holders.push_back(p);
                }
                if (holders.size() != 2) continue;
                pair = std::make_pair(holders[0], holders[1]);
            }
            if (!side_a.empty()) {
                // (one person of each country, named before; none else of either)
                std::size_t of_a = kNone, of_b = kNone;
                bool many = false;
                for (std::size_t p = 0; p < persons_.size() && persons_[p].name_first < k; ++p) {
                    if (person_entity_[p] == kNone || persons_[p].reference) continue;
                    const std::string_view c = person_country(p);
                    if (c != side_a && c != side_b) continue;
                    std::size_t& slot = c == side_a ? of_a : of_b;
                    if (slot != kNone && person_entity_[slot] != person_entity_[p]) many = true;
                    slot = p;
                }
                if (many || of_a == kNone || of_b == kNone) continue;
                pair = std::make_pair(of_a, of_b);
            }
            for (std::size_t e = k; e > from && !pair; --e) pair = pair_ending_at(e, e > a ? a : sent_[s - 1].first);
            if (pair && portfolio == kNone && side_a.empty() && !subject_pair(*pair)) continue;
            // ("X will meet Y next week. The two last met in March": an earlier meeting of the two
            // people of the meeting the sentence before tells, to come or not)
            if (!pair && before_then && s > 0)
                for (auto it = meetings_.rbegin(); it != meetings_.rend() && !pair; ++it)
                    if (it->sentence + 1 == s && it->persons.size() == 2) pair = std::make_pair(it->persons[0], it->persons[1]);
            // no pair joined by "and": the two people, and only they, whom the sentence before names
            // ("Modi told Putin on Tuesday that ... The two leaders met in the Kremlin"), when no meeting
            // was reported before, which "the two leaders" would be the sides of
            bool earlier = false;
            for (const MeetingDraft& m : meetings_) earlier = earlier || (m.sentence < s && !title_line(m.sentence));
            if (!pair && !earlier && s > 0 && fold_[k + 1] == "two") {
                std::vector<std::size_t> named;  // first mention of each person
                bool others = false;
                for (std::size_t p = 0; p < persons_.size(); ++p) {
                    if (person_entity_[p] == kNone) continue;
                    const std::size_t ps = sent_of_[persons_[p].name_first];
                    if (ps == s && persons_[p].name_first < k) others = true;
                    if (ps != s - 1) continue;
                    bool seen = false;
                    for (std::size_t n : named) seen = seen || person_entity_[n] == person_entity_[p];
                    if (!seen) named.push_back(p);
                }
                if (!others && named.size() == 2) pair = std::make_pair(named[0], named[1]);
            }
            // "Macron urged Chinese leader Xi Jinping on Thursday to ..., as the two men met in
            // Beijing": the two people, and only they, whom this sentence names before
            if (!pair && !earlier && fold_[k + 1] == "two" && k > a) {
                std::vector<std::size_t> named;
                for (std::size_t p = 0; p < persons_.size(); ++p) {
                    if (person_entity_[p] == kNone || sent_of_[persons_[p].name_first] != s ||
                        persons_[p].name_first >= k)
                        continue;
                    bool seen = false;
                    for (std::size_t n : named) seen = seen || person_entity_[n] == person_entity_[p];
                    if (!seen) named.push_back(p);
                }
                if (named.size() == 2 && in(fold_[k - 1], {"as", "when", "after", "while"}))
                    pair = std::make_pair(named[0], named[1]);
            }
            // the named event the two were at, or that they co-chaired or held ("The two ministers
            // co-chaired the 12th Joint Commission on Bilateral Cooperation")
            std::size_t event = event_held_at(k, b);
            if (event == kNone && (co || fold_[v] == "held")) {
                std::size_t r = v + 1;
                if (r < b && in(fold_[r], {"the", "a"})) ++r;
                if (const auto p = phrase_at(r); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone)
                    event = *p;
            }
            // a meeting reported in this sentence or the one before is the one the pair refers to:
            // it was held at that event (the last such meeting, of the pair when it is named)
            if (reported(s, !before_then)) {
                if (event == kNone) continue;
                for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it) {
                    if (!(it->sentence == s || (!before_then && it->sentence + 1 == s)) || it->persons.size() < 2)
                        continue;
                    bool first = !pair, second = !pair;
                    for (std::size_t p : it->persons) {
                        first = first || person_entity_[p] == person_entity_[pair->first];
                        second = second || person_entity_[p] == person_entity_[pair->second];
                    }
                    if (!first || !second) continue;
                    if (it->event == kNone) it->event = event;
                    break;
                }
                continue;
            }
            if (!pair) continue;
            MeetingDraft md = pair_draft(s, "pair-reference-met", mode, *pair);
            md.event = event;
            // "will meet", "are expected to hold talks": still to come
            for (std::size_t r = (k >= a + 3 ? k - 3 : a); r < v; ++r)
                if (in(fold_[r], {"will", "would", "shall", "expected"})) md.status = MeetingStatus::Planned;
            if (v > 0 && in(fold_[v - 1], {"will", "to"})) md.status = MeetingStatus::Planned;
            meetings_.push_back(md);
            break;
        }
    }
}

void DocumentReader::find_meeting_events_told_after() {
    for (std::size_t s = 1; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // the sentence opens on the meeting ("The meeting, held on ...", "The talks took place at ...")
        std::size_t q = a;
        if (q < b && in(fold_[q], {"the", "their", "this"})) ++q;
        if (q < b && in(fold_[q], {"bilateral", "two", "hour-long", "brief"})) ++q;
        if (!(q < b && (flags_[q] & kMeetingNoun))) continue;
        bool own = false;
        for (const MeetingDraft& m : meetings_) own = own || m.sentence == s;
        if (own) continue;
        // (where the meeting itself was: the place follows the noun, "The meeting, held on the fringes
        // of", "The talks took place at"; not "The meeting follows on what A and B agreed during the X")
        std::size_t cue_end = q + 1;
        // ("The meetings were held respectively on the sidelines of the on-going 73rd UNGA")
        while (cue_end < b && cue_end < q + 5 &&
               (tok_[cue_end].is(",") || in(fold_[cue_end], {"held", "took", "place", "was", "were", "respectively", "all"})))
            ++cue_end;
        const std::size_t event = event_held_at(q + 1, std::min(b, cue_end + 10));
        if (event == kNone) continue;
        // the meeting the sentence before told, when it names no event of its own ("The meetings
        // were held ...": every one of them)
        const bool plural = fold_[q] == "meetings";
        for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it) {
            if (it->sentence + 1 != s) {
                if (it->sentence + 1 < s) break;
                continue;
            }
            if (it->event == kNone && it->status == MeetingStatus::Happened) it->event = event;
            if (!plural) break;
        }
    }
}

// News style: "After Tuesday's talks with Chinese Foreign Minister Wang Yi, Australian Foreign
// Minister Penny Wong said ...": the meeting named in an opening clause, with its counterpart
// there and its subject the first person of the main clause (rule after-talks).
void DocumentReader::find_after_talks_meetings() {
    // The one in most of the meetings told before sentence s, `other` aside: whose meetings the
    // release tells ("the two sides concurred" after "X paid a courtesy call on Y following a
    // meeting with Z" is X's). kNone when none.
    const auto principal_before = [&](std::size_t s, std::size_t other) {
        std::map<std::size_t, std::pair<int, std::size_t>> times;  // entity -> (meetings, a mention)
        for (const MeetingDraft& m : meetings_) {
            if (m.sentence >= s || m.status != MeetingStatus::Happened) continue;
            // (the meetings' subjects: not a counterpart whose host the text names by an office alone)
            const std::size_t n = std::min(m.subjects, m.persons.size());
            for (std::size_t x = 0; x < n; ++x) {
                const std::size_t p = m.persons[x];
                if (person_entity_[p] != kNone && person_entity_[p] != person_entity_[other])
                    ++times.try_emplace(person_entity_[p], 0, p).first->second.first;
            }
        }
        int best = 0;
        std::size_t who = kNone;
        for (const auto& [entity, cm] : times)
            if (cm.first > best) {
                best = cm.first;
                who = cm.second;
            }
        // (no meeting told before: the first person named as the subject of a verb of meeting,
        // "X met with various other Foreign Ministers", "X, Minister of ..., held talks")
        for (std::size_t p = 0; who == kNone && times.empty() && p < persons_.size(); ++p) {
            if (persons_[p].name_first >= sent_[s].first || person_entity_[p] == kNone || persons_[p].reference ||
                person_entity_[p] == person_entity_[other])
                continue;
            std::size_t q = persons_[p].name_last;
            const std::size_t e = sent_[sent_of_[persons_[p].name_first]].last;
            // (a verb of meeting, or of a gathering: "X took part in the annual Baltic Council", "X attended")
            // (or of a visit: "X concluded a significant visit to New Zealand", "X visited")
            const auto meeting_verb = [&](std::size_t v) {
                if (v >= e || tok_[v].cap) return false;
                if ((flags_[v] & (kPastMeetingVerb | kTravelVerb)) || in(fold_[v], {"attended", "participated"}) ||
                    (fold_[v] == "took" && v + 1 < e && fold_[v + 1] == "part"))
                    return true;
                if (!in(fold_[v], {"concluded", "completed", "began", "started", "wrapped"})) return false;
                for (std::size_t r = v + 1; r < e && r < v + 5; ++r)
                    if (in(fold_[r], {"visit", "trip", "tour"})) return true;
                return false;
            };
            if (q + 1 < e && tok_[q].is(",") && meeting_verb(q + 1)) ++q;
            if (q < e && tok_[q].is(","))
                for (std::size_t r = q + 1; r < e && r < q + 14; ++r)
                    if (tok_[r].is(",")) {
                        q = r + 1;
                        break;
                    }
            while (q < e && (flags_[q] & kCoordinatedVerbAdverb) && !tok_[q].cap) ++q;
            if (meeting_verb(q)) who = p;
        }
        return who;
    };
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = clause_start(s), b = sent_[s].last;
        if (b <= a + 4) continue;
        // the meeting noun within a few words of the opening: "After talks", "After Tuesday's
        // talks", "Following a call", "During Friday's call" ("Following President Biden's
        // conversation with X": someone else's call, no noun)
        const auto opening_noun = [&](std::size_t limit) {
            for (std::size_t q = a + 1; q < b && q < a + limit; ++q) {
                if (in(fold_[q], {"talks", "meeting", "meetings", "call", "conversation", "consultations", "discussions"})) return q;
                if (!(tok_[q].is_word() || is_possessive(tok_[q])) || person_at(q)) break;
            }
            return kNone;
        };
        const auto add = [&](std::size_t subject, std::size_t other, std::size_t noun, const char* rule, bool dated) {
            MeetingDraft md;
            md.sentence = s;
            md.mode = mode_from_words(tok_, a, noun + 1, MeetingMode::InPerson);
            md.rule = rule;
            md.confidence = 0.75;
            md.persons = {subject, other};
            md.subjects = 1;
            if (dated) md.date = own_date(a, b);
            md.place = place_in_sentence(s);
            meetings_.push_back(md);
        };
        // "Ruto said the discussions with President X centred on ...": one who tells of their own
        // talks with someone (said-talks-with)
        for (std::size_t k = a + 1; k + 4 < b; ++k) {
            if (tok_[k].cap || !in(fold_[k], {"said", "says", "noted", "stated", "added"})) continue;
            const auto teller = person_at(k - 1);
            if (!teller || persons_[*teller].name_last != k || person_entity_[*teller] == kNone) continue;
            std::size_t q = k + 1;
            if (fold_[q] == "that") ++q;
            if (q + 2 >= b || !in(fold_[q], {"the", "his", "her", "their"})) continue;
            ++q;
            if (!in(fold_[q], {"discussions", "talks", "meeting", "conversation", "call"}) || fold_[q + 1] != "with") continue;
            const std::size_t other = counterpart_person(skip_counterpart_words(q + 2, b), b);
            if (other == kNone || persons_[other].name_first > q + 8 || person_entity_[other] == person_entity_[*teller])
                continue;
            add(*teller, other, q, "said-talks-with", true);
            break;
        }
        // "One of the most important meetings was with the Foreign Minister of Paraguay, X": the
        // release's principal met X (one-of-meetings-with)
        if (fold_[a] == "one" && tok_[a].cap && a + 6 < b && fold_[a + 1] == "of" && fold_[a + 2] == "the") {
            std::size_t q = a + 3;
            while (q < b && q < a + 7 && tok_[q].is_word() && !tok_[q].cap && !in(fold_[q], {"meetings", "talks"})) ++q;
            if (q + 3 < b && in(fold_[q], {"meetings", "talks"}) && fold_[q + 1] == "was" && fold_[q + 2] == "with") {
                const std::size_t from = fold_[q + 3] == "the" ? q + 4 : q + 3;
                const std::size_t other = from < b ? counterpart_person(skip_counterpart_words(from, b), b) : kNone;
                const std::size_t subject = other != kNone ? principal_before(s, other) : kNone;
                if (subject != kNone && person_entity_[subject] != kNone && person_entity_[subject] != person_entity_[other])
                    add(subject, other, q, "one-of-meetings-with", true);
                continue;
            }
        }
        // "Meetings also took place with Tatiana Moskalkova, High Commissioner for Human Rights", "A
        // meeting was also held with X": the release's principal met X (meeting-took-place-with)
        {
            std::size_t q = a;
            if (in(fold_[q], {"a", "the"}) && q + 1 < b) ++q;
            if (q + 4 < b && in(fold_[q], {"meetings", "meeting", "talks"}) && tok_[a].cap) {
                std::size_t r = q + 1;
                if (in(fold_[r], {"also", "then", "later"})) ++r;
                std::size_t with = kNone;
                if (r + 2 < b && fold_[r] == "took" && fold_[r + 1] == "place" && fold_[r + 2] == "with") with = r + 2;
                else if (r + 2 < b && in(fold_[r], {"was", "were"}) && fold_[r + 1] == "held" && fold_[r + 2] == "with")
                    with = r + 2;
                else if (r + 3 < b && in(fold_[r], {"was", "were"}) && fold_[r + 1] == "also" && fold_[r + 2] == "held" &&
                         fold_[r + 3] == "with")
                    with = r + 3;
                if (with != kNone && with + 1 < b) {
                    const std::size_t from = fold_[with + 1] == "the" ? with + 2 : with + 1;
                    const std::size_t other = from < b ? counterpart_person(skip_counterpart_words(from, b), b) : kNone;
                    const std::size_t subject = other != kNone ? principal_before(s, other) : kNone;
                    if (subject != kNone && person_entity_[subject] != kNone) add(subject, other, q, "meeting-took-place-with", true);
                    continue;
                }
            }
        }
        // "During Friday's call, Modi told Putin that ...", "In their meeting, A assured B": the
        // opening clause names the meeting, the main clause's pair held it (during-talks-told)
        if (in(fold_[a], {"during", "in", "at"})) {
            const std::size_t noun = opening_noun(5);
            // "In a conversation with the High Representative X, Minister Y assessed ...", "At the
            // meeting with Minister Z, the Head of Serbian diplomacy expressed ...", "At the meeting
            // with W, cooperation was discussed": the opening names the meeting and its counterpart;
            // the main clause's subject, or with none the one whose meetings the release tells, held
            // it (opening-meeting-with)
            // ("During discussions with A, and B, both parties reinforced ...": a plural noun right
            // after the opening word)
            if (noun != kNone && noun + 2 < b && fold_[noun + 1] == "with" && fold_[noun] != "meetings" &&
                (in(fold_[noun - 1], {"a", "the", "his", "her"}) || (noun == a + 1 && fold_[noun] == "discussions"))) {
                const std::size_t from = fold_[noun + 2] == "the" ? noun + 3 : noun + 2;
                const std::size_t other = counterpart_person(skip_counterpart_words(from, b), b);
                if (other == kNone) continue;
                // ("In a meeting with the Foreign Minister of Estonia, A, and the Foreign Minister of
                // Lithuania, B, cooperation was discussed": the list of those met, to its last)
                std::vector<std::size_t> others{other};
                std::size_t comma = kNone;
                for (std::size_t q = persons_[other].name_last; q < b && q < persons_[others.back()].name_last + 15; ++q)
                    // (not an apposition's: ", Minister of Foreign Affairs of X,"; but ", Minister Y")
                    if (tok_[q].is(",") && q + 1 < b && !in(fold_[q + 1], {"which", "who", "where"}) &&
                        (!title_match(q + 1, b) || counterpart_person(q + 1, b) != kNone)) {
                        if (fold_[q + 1] == "and" && q + 2 < b) {
                            const std::size_t at = fold_[q + 2] == "the" ? q + 3 : q + 2;
                            const std::size_t next = at < b ? counterpart_person(skip_counterpart_words(at, b), b) : kNone;
                            if (next != kNone && persons_[next].name_first < q + 12 && persons_[next].name_first > q) {
                                others.push_back(next);
                                q = persons_[next].name_last - 1;
                                continue;
                            }
                        }
                        comma = q;
                        break;
                    }
                if (comma == kNone || comma + 1 >= b) continue;
                std::size_t subject = kNone;
                std::size_t at = comma + 1;
                if (fold_[at] == "the" && at + 1 < b) ++at;
                if (const auto ref = person_at(at); ref && persons_[*ref].name_first <= at + 1) subject = *ref;
                else if (const std::size_t c = counterpart_person(comma + 1, b); c != kNone) subject = c;
                bool person_in_clause = subject != kNone;
                for (std::size_t q = comma + 1; q < b && !person_in_clause; ++q)
                    person_in_clause = person_at(q).has_value() || in(fold_[q], {"they", "we", "i"});
                // (else the release's principal: "the two sides concurred", "cooperation was discussed": no one else's subject; not
                // "the delegation reiterated", a group of its own)
                bool sides = false, passive = false;
                for (std::size_t q = comma + 1; q + 1 < b && q < comma + 4; ++q)
                    sides = sides || (in(fold_[q], {"two", "both"}) && in(fold_[q + 1], {"sides", "ministers", "leaders", "parties"}));
                for (std::size_t q = comma + 1; q + 1 < b && !passive; ++q)
                    passive = in(fold_[q], {"was", "were"}) && fold_[q + 1].size() > 3 && fold_[q + 1].ends_with("ed");
                // ("the Head of Serbian diplomacy expressed": an office that names the release's own)
                const bool office = comma + 2 < b && fold_[comma + 1] == "the" && title_match(comma + 2, b) > 0;
                if (subject == kNone &&
                    (in(fold_[comma + 1], {"he", "she"}) || (!person_in_clause && (sides || passive || office)))) {
                    subject = principal_before(s, other);
                }
                if (subject == kNone || person_entity_[subject] == kNone) continue;
                for (std::size_t o : others)
                    if (person_entity_[subject] != person_entity_[o]) add(subject, o, noun, "opening-meeting-with", true);
                continue;
            }
            if (noun == kNone || noun + 2 >= b || !tok_[noun + 1].is(",") || fold_[noun] == "meetings") continue;
            const std::size_t teller = counterpart_person(noun + 2, b);
            if (teller == kNone) continue;
            const std::size_t verb = persons_[teller].name_last;
            if (verb + 1 >= b || !(flags_[verb] & kToldVerb) || tok_[verb].cap) continue;
            const std::size_t told = counterpart_person(verb + 1, b);
            if (told == kNone || person_entity_[told] == person_entity_[teller]) continue;
            add(teller, told, noun, "during-talks-told", false);
            continue;
        }
        // "Meeting Vice Chancellor X, the Secretary General outlined ...", "Speaking with X by
        // phone, Y said ...": a participle opening the sentence meets its main clause's subject
        // (opening-participle-meeting)
        // "With Sri Lankan Foreign Minister X, Jaishankar reviewed the progress of ...": the one the
        // sentence opens with, then a comma and the person who met them (opening-with)
        // ("2. With H.E. Mrs. X, Minister of State of India, Foreign Minister Y expressed": the
        // counterpart's office after a comma, the subject's office before the name (the item's number
        // is a sentence of its own); "With the French Foreign Minister, X, talks focused on ...": no
        // subject, the release's)
        if (fold_[a] == "with" && tok_[a].cap && a + 4 < b) {
            const std::size_t other = counterpart_person(skip_counterpart_words(a + 1, b), b);
            if (other == kNone || persons_[other].name_first > a + 8) continue;
            std::size_t comma = persons_[other].name_last;
            if (comma + 2 >= b || !tok_[comma].is(",")) continue;
            // (past the counterpart's office in apposition, to its closing comma)
            if (title_match(comma + 1, b) && !person_at(comma + 1))
                for (std::size_t q = comma + 2; q + 2 < b && q < comma + 16; ++q) {
                    if (person_at(q) || tok_[q].is(";")) break;
                    if (tok_[q].is(",")) {
                        comma = q;
                        break;
                    }
                }
            std::size_t at = comma + 1;
            if (fold_[at] == "the" && at + 1 < b) ++at;
            std::optional<std::size_t> who = person_at(at);
            for (std::size_t q = at + 1; !who && q < b && q < at + 5; ++q)
                if (const auto p = person_at(q); p && persons_[*p].title_first == at) who = p;
            // ("..., talks focused on": the meeting's noun opens the clause, no one its subject)
            if (!who && tok_[at].is_word() && !tok_[at].cap && meeting_noun_at(at)) {
                const std::size_t pr = principal_before(s, other);
                if (pr != kNone && person_entity_[pr] != kNone && person_entity_[pr] != person_entity_[other])
                    add(pr, other, a, "opening-with", true);
                continue;
            }
            if (!who || persons_[*who].name_first > at + 4 || person_entity_[*who] == kNone ||
                person_entity_[*who] == person_entity_[other])
                continue;
            // (a verb after the subject: "X reviewed", "X also discussed"; not "X's visit")
            std::size_t v = persons_[*who].name_last;
            while (v < b && (flags_[v] & kCoordinatedVerbAdverb) && !tok_[v].cap) ++v;
            if (v >= b || !tok_[v].is_word() || tok_[v].cap || !fold_[v].ends_with("ed")) continue;
            add(*who, other, a, "opening-with", true);
            continue;
        }
        if (in(fold_[a], {"meeting", "speaking"}) && tok_[a].cap) {
            std::size_t q = a + 1;
            if (q < b && fold_[q] == "with") ++q;
            else if (fold_[a] == "speaking") continue;  // "Speaking to reporters"
            // ("Meeting the Foreign Minister of Poland X in Tallinn today, Y noted")
            if (q + 1 < b && fold_[q] == "the" && tok_[q + 1].cap) ++q;
            const std::size_t other = counterpart_person(q, b);
            if (other == kNone || persons_[other].name_first > q + 8) continue;
            // the main clause's subject: the first person named right after a comma past the
            // counterpart (an apposition's comma is followed by an office, not by a person), or "he"
            std::size_t subject = kNone;
            for (std::size_t r = persons_[other].name_last; r + 1 < b && r < persons_[other].name_last + 16; ++r) {
                if (!tok_[r].is(",")) continue;
                if (in(fold_[r + 1], {"he", "she"})) {
                    for (auto it = meetings_.rbegin(); it != meetings_.rend() && subject == kNone; ++it)
                        if (it->sentence < s && it->subjects > 0 && !it->persons.empty()) subject = it->persons.front();
                    for (std::size_t p = 0; p < persons_.size() && subject == kNone; ++p)
                        if (persons_[p].name_first < a && person_entity_[p] != kNone && !persons_[p].reference) subject = p;
                    break;
                }
                std::size_t at = r + 1;
                if (fold_[at] == "the" && at + 1 < b) ++at;
                if (const auto ref = person_at(at); ref && persons_[*ref].reference) {  // "the Secretary General"
                    subject = *ref;
                    break;
                }
                if (const std::size_t c = counterpart_person(r + 1, b); c != kNone && c != other && persons_[c].name_first <= r + 7) {
                    subject = c;
                    break;
                }
            }
            if (subject == kNone || person_entity_[subject] == kNone || person_entity_[subject] == person_entity_[other])
                continue;
            add(subject, other, a, "opening-participle-meeting", true);
            continue;
        }
        if (!in(fold_[a], {"after", "following"})) continue;
        const std::size_t noun = opening_noun(6);
        // "Following their meeting, President A and Chancellor B issued a joint statement": the
        // pair that opens the main clause held it (after-their-talks)
        if (noun != kNone && noun + 3 < b && tok_[noun + 1].is(",") && noun > a + 1 && fold_[noun] != "meetings" &&
            (fold_[noun - 1] == "their" || (fold_[noun - 1] == "bilateral" && fold_[noun - 2] == "their"))) {
            const std::size_t first = counterpart_person(noun + 2, b);
            if (first == kNone) continue;
            const std::size_t join = persons_[first].name_last;
            const std::size_t second = join + 1 < b && tok_[join].is("and") ? counterpart_person(join + 1, b) : kNone;
            if (second == kNone || person_entity_[first] == person_entity_[second]) continue;
            add(first, second, noun, "after-their-talks", true);
            meetings_.back().subjects = 2;
            continue;
        }
        if (noun == kNone || noun + 2 >= b || fold_[noun + 1] != "with") continue;
        const std::size_t other = counterpart_person(skip_counterpart_words(noun + 2, b), b);
        if (other == kNone) continue;
        // the main clause after the comma that closes the opening one
        std::size_t comma = kNone;
        for (std::size_t q = persons_[other].name_last; q < b && q < persons_[other].name_last + 15; ++q)
            if (tok_[q].is(",")) {
                comma = q;
                if (q + 1 < b && (tok_[q + 1].cap || match_honorific(tok_, q + 1, b))) break;
            }
        if (comma == kNone || comma + 1 >= b) continue;
        const std::size_t subject = counterpart_person(comma + 1, b);
        if (subject == kNone || person_entity_[subject] == person_entity_[other]) continue;
        // the main clause reports a meeting of its own: the opening one is background
        bool own_meeting = false;
        for (std::size_t q = persons_[subject].name_last; q < b && q < persons_[subject].name_last + 4; ++q)
            own_meeting = own_meeting || in(fold_[q], {"met", "meets", "hosted", "received", "welcomed", "spoke", "talked"});
        if (own_meeting) continue;
        add(subject, other, noun, "after-talks", true);
    }
}

// The person a counterpart phrase starting at q names, reached through what the genre writes
// before a name: "incoming Israeli National Security Advisor Dr. X", "New Mexico Governor X",
// "Saudi Arabian Defense Minister Prince X", "2022 ASEAN Chair Prime Minister X". Every token
// before the name is a capitalised word, a year, a modifier of tenure, a connector inside an
// office ("Secretary of State for Defence") or an honorific's dot; kNone when none is reached.
std::size_t DocumentReader::counterpart_person(std::size_t q, std::size_t b) const {
    // (an office may run long: "Deputy Prime Minister and Minister of Foreign Affairs of the Islamic
    // Republic of Pakistan X")
    // ("received the Suzanne Doe Mobility Award": after "the", an office or honorific must say "person")
    bool said = q < b && fold_[q] != "the";
    bool titled = false;  // an office read
    for (std::size_t r = q; r < b && r < q + 20; ++r) {
        if (auto p = person_at(r)) {
            const PersonMention& pm = persons_[*p];
            // (a reference is an office: "called on the Director General of WHO, Dr X")
            if (pm.name_first != r || person_entity_[*p] == kNone ||
                !(said || pm.title_first != kNone || pm.honorific || pm.reference))
                return kNone;
            // something must have said "person": an office, an honorific, or a name known as one
            return *p;
        }
        const Token& t = tok_[r];
        // a short name in brackets after a country's or body's: "People's Republic of China (PRC) State
        // Councilor X"
        if (t.is("(") && r > q && tok_[r - 1].cap && r + 2 < b && tok_[r + 1].allcaps && tok_[r + 2].is(")")) {
            r += 2;
            continue;
        }
        const bool ok = (t.is_word() && (t.cap || t.allcaps)) ||
                        (t.kind == Token::Kind::Number && t.text.size() == 4 && r == q) || t.is(".") ||
                        t.is("-") || is_possessive(t) || (is_apos(t) && r > q && !t.space_before) ||  // "Dato' Seri"
                        (r > q && in(fold_[r], {"of", "for", "the", "and", "to"})) ||
                        // ("called on the Prime Minister X": a determiner before the office)
                        // ("received the visiting Saudi State Minister X": a tenure word after it)
                        (r == q && fold_[r] == "the" && r + 1 < b &&
                         (tok_[r + 1].cap || (flags_[r + 1] & kTenureModifier))) ||
                        // ("interim President X", "Syria's interim President X", "Chairman and former Prime
                        // Minister X")
                        ((r < q + 2 || is_possessive(tok_[r - 1]) || fold_[r - 1] == "and") && (flags_[r] & kTenureModifier)) ||
                        // ("the visiting Saudi State Minister and member of the Cabinet Prince X": a
                        // lower-case office of a body joined to a title by "and")
                        (titled && r > q + 1 && fold_[r - 1] == "and" && t.is_word() && r + 2 < b &&
                         fold_[r + 1] == "of" && tok_[r + 2].is("the")) ||
                        // ("CPN (UML) Chairman and former Prime Minister, X": a comma between the offices
                        // and the name)
                        (t.is(",") && titled && r + 1 < b && (tok_[r - 1].cap || tok_[r - 1].is(")")) &&
                         ((person_at(r + 1) && persons_[*person_at(r + 1)].name_first == r + 1) ||
                          match_honorific(tok_, r + 1, b) > 0));
        if (!ok) {
            // a noun for a person in lower case right before the name: "called on Bangladesh
            // Nationalist Party chairperson X" (person-noun)
            if ((flags_[r] & kPersonNoun) && t.is_word() && r + 1 < b)
                if (auto p = person_at(r + 1); p && persons_[*p].name_first == r + 1 && person_entity_[*p] != kNone)
                    return *p;
            // a lower-case office that the name's own mention takes as its title: "received Turkish
            // defence minister X"
            if (t.is_word() && r > q)
                for (std::size_t n = r + 1; n < b && n < r + 5; ++n)
                    if (auto p = person_at(n)) {
                        const PersonMention& pm = persons_[*p];
                        if (pm.name_first == n && person_entity_[*p] != kNone && pm.title_first != kNone &&
                            pm.title_first <= r && pm.title_first >= q)
                            return *p;
                        break;
                    }
            return kNone;
        }
        titled = titled || title_match(r, b) > 0;
        said = said || titled || match_honorific(tok_, r, b) > 0;
    }
    return kNone;
}

// The document's title names a call and no meeting: "Readout of President Biden's Call with
// Prime Minister Kishida", "Foreign Ministers' Telephone Talk".
bool DocumentReader::title_states_call() const {
    bool call = false, meeting = false;
    std::size_t i = 0;
    const std::string& t = doc_.title;
    while (i < t.size()) {
        while (i < t.size() && !std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
        std::size_t j = i;
        while (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]))) ++j;
        const std::string word = to_lower(t.substr(i, j - i));
        if (in(word, {"call", "calls", "telephone", "phone"})) call = true;
        if (in(word, {"meeting", "meetings", "meets", "met", "visit", "visits", "talks", "summit"})) meeting = true;
        i = j;
    }
    return call && !meeting;
}

// The last word of a capitalised name that runs from `first` to `with_at` (a "with"), with
// an optional bracketed short form before the "with": "Japan-U.S. Security Consultative
// Committee ("2+2")". kNone when a word of the span is not part of such a name.
std::size_t DocumentReader::held_name_end(std::size_t first, std::size_t with_at) const {
    std::size_t end = with_at;
    if (end > first && tok_[end - 1].is(")")) {
        std::size_t open = end - 1;
        while (open > first && !tok_[open].is("(") && open + 10 > end) --open;
        if (!tok_[open].is("(")) return kNone;
        end = open;
    }
    if (end < first + 2 || end > first + 10 || !tok_[end - 1].is_word() || !tok_[end - 1].cap ||
        !tok_[first].cap)
        return kNone;
    for (std::size_t r = first; r < end; ++r) {
        const bool word = tok_[r].is_word() && (tok_[r].cap || tok_[r].allcaps || in(fold_[r], {"and", "of", "on", "for"}));
        if (!word && !tok_[r].is("-") && !tok_[r].is(".")) return kNone;
        if (person_at(r)) return kNone;
    }
    return end - 1;
}

void DocumentReader::find_meetings() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        std::vector<Trigger> triggers;
        find_sentence_triggers(s, triggers);
        find_line_triggers(s, triggers);
        if (!triggers.empty()) meetings_of_triggers(s, triggers);
    }
}

// The triggers of sentence s that its words begin (a verb, a noun, a cue): "met with", "held talks
// with", "called on", "attended".
void DocumentReader::find_sentence_triggers(std::size_t s, std::vector<Trigger>& triggers) {
    // Every rule of the trigger loop below begins at a word of one of these classes ("briefed" is a
    // told-verb, "exchanged" a pair-cue), so the loop visits those words alone
    constexpr WordFlags kTriggerStart = kPairCue | kToldVerb | kAttendVerb | kStanceWord | kMeetingVerb | kTravelVerb;
    const std::size_t a = sent_[s].first, b = sent_[s].last;
    bool told_by_phone = false;  // a trigger ahead of the loop's word was pushed (sorted at the end)
    for (std::size_t k = next_with(kTriggerStart, a, b); k < b; k = next_with(kTriggerStart, k + 1, b)) {
        const Token& t = tok_[k];
        // "Abe explained the outcome of his talks with X to U.S. President Donald Trump by phone":
        // a verb of telling, the one told after "to", then "by phone"; the teller opens the clause
        // (told-by-phone)
        if ((flags_[k] & kToldVerb) && !tok_[k].cap && k >= a + 2) {
            std::size_t by = kNone;
            for (std::size_t q = k + 2; q + 1 < b && q < k + 30 && by == kNone; ++q) {
                if (tok_[q].is(";") || in(fold_[q], {"that", "which", "who"})) break;
                if (fold_[q] == "by" && in(fold_[q + 1], {"phone", "telephone"})) by = q;
            }
            const auto p = by != kNone ? person_at(by - 1) : std::nullopt;
            if (p && persons_[*p].name_last == by) {
                const PersonMention& p2 = persons_[*p];
                std::size_t start = p2.title_first != kNone ? p2.title_first : p2.name_first;
                if (p2.modifier_first != kNone && p2.modifier_first < start) start = p2.modifier_first;
                start = before_honorific(start, a);
                // ("to U.S. President X": a country's word before the office)
                while (start > k + 1 && tok_[start - 1].cap && !person_at(start - 1)) --start;
                std::size_t first = kNone;
                for (std::size_t q = a; q < k && first == kNone; ++q)
                    if (const auto f = person_at(q); f && person_entity_[*f] != kNone) first = *f;
                if (start > k + 1 && fold_[start - 1] == "to" && first != kNone && person_entity_[first] != person_entity_[*p] &&
                    // (the teller opens its clause: "Prime Minister X on late Saturday explained")
                    (persons_[first].title_first == a || persons_[first].name_first == a ||
                     persons_[first].modifier_first == a)) {
                    Trigger tr{by, by + 2, MeetingMode::Telephone, "told-by-phone"};
                    tr.confidence = 0.8;
                    tr.partner = first;
                    // (ahead of the triggers of the words between, read next: put in the sentence's
                    // order when the loop ends)
                    triggers.push_back(tr);
                    told_by_phone = true;
                }
            }
        }
        // "A and B met", "A and B have met once again", "A and B discussed ...", "A and B
        // during talks in Evian": two people joined by "and" before the verb or the noun.
        if (flags_[k] & kPairCue) {
            std::size_t v = kNone;
            if ((flags_[k] & kPairVerb) &&
                // ("A and B are meeting in Nairobi": the news's present only)
                !(fold_[k] == "meeting" && !(k > a && in(fold_[k - 1], {"are", "were"}))) &&
                // (signing something named: "A and B signed the agreement", not a line that ends "... signed")
                !(in(fold_[k], {"signed", "sign"}) &&
                  !(k + 1 < b && (in(fold_[k + 1], {"the", "a", "an"}) || tok_[k + 1].cap))) &&
                // ("A and B committed to ...", at their meeting; not "A and B have committed to never
                // raising taxes", a pledge of one government)
                !(fold_[k] == "committed" && k > a && in(fold_[k - 1], {"have", "has"}))) {
                v = k;
                for (std::size_t r = k + 1; r < b && r < k + 4; ++r)
                    if (fold_[r] == "with" || person_at(r) || match_honorific(tok_, r, b) || title_match(r, b))
                        v = kNone;
                // "A and B met today at Parliament House with X": past the when and where, a
                // counterpart; the met-with trigger reads it
                for (std::size_t r = k + 1; v != kNone && r + 1 < b && r < k + 12; ++r) {
                    if (fold_[r] == "with") {
                        // (a person after the capitalised words that describe them: "with
                        // Guatemalan President-elect X")
                        for (std::size_t q = r + 1; q < b && q < r + 7; ++q) {
                            if (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) ||
                                counterpart_person(q, b) != kNone) {
                                v = kNone;
                                break;
                            }
                            if (!(tok_[q].cap || tok_[q].is("-"))) break;
                        }
                        break;
                    }
                    if (!(tok_[r].cap || tok_[r].kind == Token::Kind::Number ||
                          in(fold_[r], {"today", "yesterday", "in", "at", "on", "the", "this", "last", "earlier",
                                        "morning", "afternoon", "evening", "of", "and"})))
                        break;
                }
                // "A and B spoke today about ..." is a call between them; "A and B spoke at the
                // rally" is two speeches
                // "A and B spoke to reaffirm ...": a call with its purpose
                const bool purpose = k + 2 < b && fold_[k + 1] == "to" &&
                                     in(fold_[k + 2], {"reaffirm", "discuss", "congratulate", "express", "review",
                                                       "coordinate", "thank", "underscore", "offer", "convey",
                                                       "follow", "exchange", "welcome", "consult", "mark"});
                // "A and B spoke for more than five hours": a length of time
                const bool length = k + 2 < b && fold_[k + 1] == "for" &&
                                    (tok_[k + 2].kind == Token::Kind::Number ||
                                     in(fold_[k + 2], {"more", "about", "nearly", "over", "almost", "an", "around",
                                                       "roughly", "some", "two", "three", "several", "hours"}));
                if (in(fold_[k], {"spoke", "speak"}) && !purpose && !length &&
                    !(k + 1 >= b || in(fold_[k + 1], {"today", "yesterday", "by", "on", "about", "regarding",
                                                      "this", "earlier", "again", "."})))
                    v = kNone;
            } else if (in(fold_[k], {"during", "before", "after", "in", "at"})) {
                std::size_t r = k + 1;
                if (r < b && in(fold_[r], {"their", "the", "a", "bilateral"})) ++r;
                // ("during a bilateral meeting", "at their brief talks")
                if (r > k + 1 && r < b && in(fold_[r], {"bilateral", "brief", "private", "trilateral"})) ++r;
                // ("met with A and B in a joint meeting", "A and B at a closed-door summit": up to two
                // more words in lower case that qualify the meeting)
                for (std::size_t q = 0; q < 2 && r > k + 1 && r + 1 < b && tok_[r].is_word() && !tok_[r].cap &&
                                        !tok_[r].allcaps && !meeting_noun_at(r) &&
                                        !in(fold_[r], {"of", "with", "and", "for", "to", "on", "in", "at", "phone",
                                                       "telephone", "video"});
                     ++q)
                    ++r;
                // ("after a successful lunch meeting": a meeting named by a meal before it)
                if (r + 1 < b && r > k + 1 && meeting_noun_at(r) && in(fold_[r + 1], {"meeting", "talks"})) ++r;
                // ("A and B pledged a partnership at a summit in Beijing": their summit)
                if (r < b && in(fold_[r], {"talks", "meeting", "meetings", "summit"})) v = r;
                // "Modi told Putin in a phone call", "A and B during a video call"
                else if (r + 1 < b && in(fold_[r], {"phone", "telephone", "video"}) &&
                         in(fold_[r + 1], {"call", "conversation"}) && r > k + 1)
                    v = r + 1;
                // ("A and B in phone talks on Saturday reaffirmed ...": talks by their medium, no article)
                else if (r + 1 < b && r == k + 1 && fold_[k] == "in" && in(fold_[r], {"phone", "telephone", "video"}) &&
                         fold_[r + 1] == "talks")
                    v = r + 1;
            }
            // "two days of high-level meetings in Washington with Vice President Mike Pence"
            // ("for the 12th EU-China Strategic Dialogue with X": a named event of talks)
            const auto named_talks = [&] {
                const auto p = phrase_at(k);
                return tok_[k].cap && in(fold_[k], {"dialogue", "talks", "consultations"}) && p &&
                       phrases_[*p].type == EntityType::Event && phrases_[*p].last == k + 1;
            };
            // ("take part in annual bilateral Foreign Office Consultations (FOC) with his counterpart":
            // a named series of talks, its abbreviation in brackets)
            const bool abbreviated = k + 4 < b && tok_[k].cap && tok_[k + 1].is("(") && tok_[k + 2].allcaps &&
                                     tok_[k + 3].is(")") && fold_[k + 4] == "with";
            if (v == kNone && in(fold_[k], {"meetings", "talks", "consultations", "dialogue"}) && k > a &&
                ((fold_[k] != "dialogue" && !(tok_[k].cap && !sent_[s].line_start)) || named_talks() || abbreviated)) {
                std::size_t r = abbreviated ? k + 4 : k + 1;
                while (r < b && r < k + 6 && fold_[r] != "with" &&
                       (in(fold_[r], {"in", "at", "held", "today", "yesterday", "this", "week"}) || tok_[r].cap ||
                        tok_[r].is(",")))
                    ++r;
                if (r + 1 < b && fold_[r] == "with") {
                    const std::size_t c = skip_counterpart_words(r + 1, b);  // "talks with his counterpart X"
                    if (c > r + 1) r = c - 1;
                }
                // "talks with Chinese President Xi Jinping": also through a demonym or country
                if (r + 1 < b && (fold_[r] == "with" || in(fold_[r], {"counterpart", "counterparts", ","}) || plural_office(fold_[r])) &&
                    (person_at(r + 1) || match_honorific(tok_, r + 1, b) || title_match(r + 1, b) ||
                     counterpart_person(r + 1, b) != kNone)) {
                    Trigger tr{k, r + 1, mode_from_words(tok_, k, r, MeetingMode::InPerson), "meetings-with"};
                    tr.confidence = 0.8;
                    // ("The meetings with A, B and C took place ...": one meeting with each)
                    tr.each = k == a + 1 && fold_[a] == "the" && fold_[k] == "meetings";
                    // ("during the meetings with A and B", "in separate meetings with A, B and C")
                    for (std::size_t q = k > a + 3 ? k - 3 : a; q < k && fold_[k] == "meetings"; ++q)
                        tr.each = tr.each || (in(fold_[q], {"in", "during", "at"}) && !tok_[q].cap);
                    // "will travel to Colombia July 21-22 for official meetings with X": to come
                    for (std::size_t q = k > a + 10 ? k - 10 : a; q < k; ++q)
                        // ("expects talks with X when ...", "looks forward to talks with X")
                        if (in(fold_[q], {"will", "shall", "expects", "expect", "anticipates", "forward"}) ||
                            (fold_[q] == "to" && q > a && in(fold_[q - 1], {"scheduled", "expected", "plans", "due"})))
                            tr.planned = true;
                    triggers.push_back(tr);
                    k = r;
                    continue;
                }
            }
            // "Rasmussen discussed Afghanistan ... with President Barack Obama", "Stoltenberg also
            // addressed NATO missions with minister X": a subject, the verb, its topic, "with" a person.
            if (!(v != kNone && pair_before(k, a)) && in(fold_[k], {"discussed", "addressed", "reviewed", "exchanged"}) &&
                k > a) {
                std::size_t subj = kNone;
                // ("The Foreign Minister of Armenia discussed ... with X": an office told again, past its country)
                std::size_t v0 = k;
                if (const auto c = k > a + 2 ? phrase_at(k - 1) : std::nullopt;
                    c && phrases_[*c].last == k && phrases_[*c].type == EntityType::Country) {
                    std::size_t q = phrases_[*c].first;
                    if (q > a + 1 && fold_[q - 1] == "the") --q;
                    if (q > a + 1 && fold_[q - 1] == "of" && person_at(q - 2) && persons_[*person_at(q - 2)].reference)
                        v0 = q - 1;
                }
                for (std::size_t q = v0; q > a && q + 3 > v0; --q)
                    if (auto p = person_at(q - 1); p && persons_[*p].name_last == q) {
                        subj = *p;
                        break;
                    } else if (!in(fold_[q - 1], {"also", "today", "yesterday", "further", "then", "had", "has",
                                                  "have"})) {
                        break;
                    }
                // "Ms. X, Minister for Foreign Affairs, exchanged views with ...": back over the
                // subject's apposition
                // ("H.E. Mr. X, Vice Minister for Foreign Affairs discussed with": the apposition's
                // closing comma left out, its words an office's)
                const bool office_before = k >= a + 3 && tok_[k - 1].cap && tok_[k - 1].is_word() && !person_at(k - 1);
                if (subj == kNone && (tok_[k - 1].is(",") || office_before) && k >= a + 2)
                    for (std::size_t q = k - 2; q > a && q + 30 > k; --q) {
                        if (tok_[q].is(";") || tok_[q].is(".")) break;
                        if (office_before && !tok_[q].is(",") && !person_at(q) && !tok_[q].cap &&
                            !in(fold_[q], {"of", "for", "and", "the", "to"}))
                            break;
                        if (auto p = person_at(q)) {
                            if (persons_[*p].name_last < k - 1 && tok_[persons_[*p].name_last].is(",")) subj = *p;
                            break;
                        }
                    }
                std::size_t with = kNone;
                for (std::size_t r = k + 1; subj != kNone && r + 1 < b && r < k + 30; ++r) {
                    if (person_at(r) || tok_[r].is(";") || tok_[r].is(".") ||
                        in(fold_[r], {"that", "which", "who", "while", "whom"}))
                        break;
                    if (fold_[r] == "with") {
                        std::size_t q = r + 1;  // "with United States President X": past the country
                        if (auto ph = phrase_at(q); ph && phrases_[*ph].first == q) q = phrases_[*ph].last;
                        else if (tok_[q].cap && !person_at(q) && !title_match(q, b) && !match_honorific(tok_, q, b))
                            ++q;
                        const std::size_t lower = q < b ? gaz_.match_title(tok_, fold_, q, b, false, true) : 0;
                        if (q < b && (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) ||
                                      (lower && person_at(q + lower))))
                            with = r;
                        // ("also discussed with his Egyptian counterpart, X, ways of ...")
                        else if (const std::size_t c = skip_counterpart_words(r + 1, b);
                                 c != r + 1 && counterpart_person(c, b) != kNone)
                            with = r;
                        break;
                    }
                }
                if (with != kNone) {
                    Trigger tr{k, with + 1, mode_from_words(tok_, a, with, MeetingMode::InPerson), "discussed-with"};
                    tr.confidence = 0.8;
                    triggers.push_back(tr);
                    k = with;
                    continue;
                }
            }
            // "Kamikawa told Wang during their talks": one person, a verb, the other, then the
            // talks they held (news style); a trigger whose subject is the pair
            if (v != kNone && in(fold_[k], {"during", "at", "in"}) && !pair_before(k, a) && k >= a + 3) {
                std::size_t second = kNone;  // the person mention told
                if (const auto p = person_at(k - 1); p && persons_[*p].name_last == k) second = *p;
                // "... conveyed to Mr. X, President of the Republic of Türkiye at the summit telephone
                // meeting": the other's office between the name and the meeting
                if (second == kNone)
                    for (std::size_t q = k - 1; q > a + 1 && q + 16 > k; --q) {
                        if (tok_[q].is(";") || tok_[q].is(".") || in(fold_[q], {"that", "which", "who"})) break;
                        const auto p = person_at(q - 1);
                        if (!p) continue;
                        if (persons_[*p].name_last == q && tok_[q].is(",") && title_match(q + 1, k) > 0) second = *p;
                        break;
                    }
                if (second != kNone) {
                    const PersonMention& p2 = persons_[second];
                    std::size_t start = p2.title_first != kNone ? p2.title_first : p2.name_first;
                    if (p2.modifier_first != kNone && p2.modifier_first < start) start = p2.modifier_first;
                    start = before_honorific(start, a);  // ("conveyed to Mr. X": past the honorific)
                    std::size_t verb = start - 1;
                    // "A conveyed to B", "A explained to B" (told-to-during-talks: a verb of telling and "to")
                    const bool to = verb > a + 1 && fold_[verb] == "to" &&
                                    in(fold_[verb - 1], {"conveyed", "explained", "expressed", "stated", "said",
                                                         "mentioned", "proposed", "reiterated", "emphasized",
                                                         "emphasised", "stressed", "noted"});
                    if (to) --verb;
                    const auto first = verb > a ? person_at(verb - 1) : std::nullopt;
                    if (first && persons_[*first].name_last == verb && tok_[verb].is_word() && !tok_[verb].cap &&
                        ((flags_[verb] & kToldVerb) || to) &&
                        person_entity_[*first] != person_entity_[second]) {
                        Trigger tr{k, v + 1, mode_from_words(tok_, a, std::min(b, v + 4), MeetingMode::InPerson),
                                   "told-during-talks"};
                        tr.confidence = 0.8;
                        tr.partner = *first;
                        triggers.push_back(tr);
                        k = v;
                        continue;
                    }
                }
            }
            // "A and B pledged a partnership at a summit in Beijing": the pair's verb, what they
            // did, then the meeting they did it at (pair-verb-at-meeting) ("A and B have emphasised
            // the strength of relations ... after talks in Paris": or after)
            if (v != kNone && in(fold_[k], {"during", "at", "in", "after"}) && !pair_before(k, a)) {
                std::size_t verb = kNone;
                for (std::size_t p = k; p-- > a + 2 && p + 14 > k;) {
                    if (tok_[p].is(",") || tok_[p].is(";") || person_at(p) ||
                        in(fold_[p], {"that", "which", "who", "when", "while", "where"}))
                        break;
                    if (tok_[p].is_word() && !tok_[p].cap && !tok_[p].allcaps && pair_before(p, a)) {
                        verb = p;
                        break;
                    }
                }
                if (verb != kNone) {
                    Trigger tr{verb, v + 1, mode_from_words(tok_, k, std::min(b, v + 4), MeetingMode::InPerson),
                               "pair-met"};
                    tr.confidence = 0.75;
                    tr.planned = in(fold_[verb], {"will", "would", "to", "shall"});
                    triggers.push_back(tr);
                    k = v;
                    continue;
                }
            }
            // ("X met his Brazilian counterpart A and Federal Deputy B during the meeting": a pair
            // that is the object of a verb of meeting before it is no meeting of its own)
            const auto object_pair = [&] {
                if (!in(fold_[k], {"during", "at", "in", "after"})) return false;
                const auto pr = pair_ending_at(k, a);
                if (!pr) return false;
                const PersonMention& p1 = persons_[pr->first];
                std::size_t from = p1.title_first != kNone ? p1.title_first : p1.name_first;
                if (p1.modifier_first != kNone && p1.modifier_first < from) from = p1.modifier_first;
                from = back_over_counterpart(before_honorific(from, a), a);
                if (from > a && fold_[from - 1] == "with") --from;
                return from > a && (flags_[from - 1] & kMeetingVerb) && !tok_[from - 1].cap;
            };
            if (v != kNone && pair_before(k, a) && !object_pair()) {
                // "In a phone call on Tuesday, A and B discussed ...": the mode anywhere before;
                // "A and B spoke by telephone": or just after the verb; "A and B spoke" in a
                // readout titled as a call: a call
                const bool spoke = in(fold_[v], {"spoke", "speak", "talked"});
                const MeetingMode fallback =
                    spoke && title_states_call() ? MeetingMode::Telephone : MeetingMode::InPerson;
                Trigger tr{k, v + 1, mode_from_words(tok_, a, std::min(b, v + 4), fallback), "pair-met"};
                // "A and B discussed the war in a phone call on Monday": their call named later in
                // the sentence ("in a phone call", "during a video conference", "by telephone"),
                // not another one ("following the recent phone call between C and D")
                if (tr.mode == MeetingMode::InPerson)
                    for (std::size_t r = v + 4; r + 1 < b; ++r)
                        if (const auto medium = own_medium_at(fold_, r, b)) {
                            tr.mode = *medium;
                            break;
                        }
                tr.confidence = 0.8;
                triggers.push_back(tr);
                k = v;
                continue;
            }
        }
        // "President Akufo-Addo was briefed by H.E. X, President of the ECOWAS Commission": one who
        // briefs a person in person meets them (briefed-by; "by phone" says a call)
        if ((flags_[k] & kToldVerb) && fold_[k] == "briefed" && k > a + 1 && k + 2 < b && in(fold_[k - 1], {"was", "were", "been"}) &&
            fold_[k + 1] == "by" &&
            (person_at(k + 2) || match_honorific(tok_, k + 2, b) || title_match(k + 2, b) ||
             counterpart_person(k + 2, b) != kNone)) {
            Trigger tr{k, k + 2, mode_from_words(tok_, k, std::min(b, k + 16), MeetingMode::InPerson), "briefed-by"};
            tr.confidence = 0.75;
            tr.planned = k > a + 2 && in(fold_[k - 2], {"will", "to"});
            triggers.push_back(tr);
            k += 1;
            continue;
        }
        // "Kishida was received by President Biden", "Blinken was greeted by Prime Minister X": the
        // subject is the guest, the one after "by" the host (received-by)
        std::size_t by_at = kNone;
        if ((flags_[k] & (kAttendVerb | kStanceWord | kMeetingVerb)) &&
            in(fold_[k], {"received", "welcomed", "hosted", "greeted"}) && k > a + 1 && k + 2 < b &&
            // ("President X is welcomed by President Y prior to a meeting": a caption's present)
            (in(fold_[k - 1], {"was", "were", "been", "being", "is", "are"}) ||
             // "was subsequently received by", "was also warmly welcomed by"
             ((flags_[k - 1] & kCoordinatedVerbAdverb || in(fold_[k - 1], {"warmly", "cordially"})) &&
              k > a + 2 && (in(fold_[k - 2], {"was", "were", "been"}) ||
                            ((flags_[k - 2] & kCoordinatedVerbAdverb) && k > a + 3 &&
                             in(fold_[k - 3], {"was", "were", "been"}))))) &&
            [&] {
                // ("was welcomed upon arrival at the Kenneth Kaunda International airport by X": where,
                // between the verb and "by")
                // ("was welcomed with military honours by X": the manner, lower-case words after "with")
                std::size_t r = k + 1;
                bool manner = false;
                while (r < b && r < k + 12 && fold_[r] != "by" &&
                       (in(fold_[r], {"at", "upon", "on", "in", "arrival", "the", "airport", "his", "her", "their"}) ||
                        (tok_[r].cap && !person_at(r)) || (r == k + 1 && fold_[r] == "with") ||
                        (manner && tok_[r].is_word() && !tok_[r].cap))) {
                    manner = manner || (fold_[r] == "with" && r == k + 1);
                    ++r;
                }
                if (r >= b || fold_[r] != "by") return false;
                by_at = r;
                // ("was hosted by his counterpart X")
                const std::size_t g = skip_counterpart_words(r + 1, b);
                return g < b && (person_at(g) || match_honorific(tok_, g, b) || title_match(g, b) ||
                                 counterpart_person(g, b) != kNone);
            }()) {
            Trigger tr{k, skip_counterpart_words(by_at + 1, b), MeetingMode::InPerson, "received-by"};
            tr.role = 2;
            tr.confidence = 0.8;
            tr.planned = k > a + 2 && in(fold_[k - 2], {"will", "to"});
            triggers.push_back(tr);
            k += 1;
            continue;
        }
        // "Erdogan hosted Putin in Sochi", "Modi received Albanese", "Scholz welcomed Macron to
        // Berlin": a host and a guest, the guest named right after the verb.
        if ((flags_[k] & (kAttendVerb | kStanceWord | kMeetingVerb)) &&
            in(fold_[k], {"hosted", "hosts", "received", "receives", "welcomed", "welcomes", "host", "receive", "welcome",
                          "greeted", "greets", "greeting", "welcoming"}) &&
            // (a participle right after a name: a photo caption, "Minister X greeting his Chinese
            // counterpart Y yesterday"; not "a greeting", "the welcoming remarks")
            // (in lower case: "Statement from President X Welcoming Y" is a statement's title)
            (!in(fold_[k], {"greeting", "welcoming"}) || (k > a && person_at(k - 1) && !tok_[k].cap)) &&
            k + 1 < b) {
            // "will host X", "is to receive X", "will on Monday host X": a visit to come
            bool to_come = false;
            if (in(fold_[k], {"host", "receive", "welcome"})) {
                std::size_t v = k;
                while (v > a && (in(fold_[v - 1], {"also", "then", "on", "later", "today", "tomorrow"}) ||
                                 (tok_[v - 1].cap && v - 1 > a && fold_[v - 2] == "on")))
                    --v;
                // "is to receive", "is scheduled to host"; not "delighted to welcome X" (now)
                to_come = v > a && (in(fold_[v - 1], {"will", "shall"}) ||
                                    (fold_[v - 1] == "to" && v > a + 1 &&
                                     in(fold_[v - 2], {"is", "are", "was", "were", "scheduled", "expected", "set",
                                                       "due", "plans", "planned", "going"})));
                // "I'm very pleased to welcome Secretary X in person here in Brussels": the speaker's
                // guest, now (pleased-to-welcome)
                const bool now = !to_come && v > a + 2 && fold_[v - 1] == "to" &&
                                 in(fold_[v - 2], {"pleased", "delighted", "happy", "glad", "honoured", "honored"}) &&
                                 in(fold_[k], {"welcome", "host", "receive"});
                if (!to_come && !now) continue;
                // ("The President is pleased to welcome King X to the White House on May 13": a day after
                // the release's is a visit to come)
                if (now && !doc_date_.empty())
                    for (const DateMention& d : dates_)
                        if (d.first > k && d.first < b && d.day > 0 && d.iso(doc_year_) > doc_date_) to_come = true;
            }
            std::size_t g = k + 1;
            // "received here today X", "received yesterday X" (the Gulf agencies' style)
            // "received at Al-Salam Palace in Jeddah today the Secretary of State ...", "received
            // today, at Itamaraty Palace in Brasília, the Minister ...": past the where and when
            while (g < b) {
                if (in(fold_[g], {"here", "today", "yesterday", "tonight"}) || (tok_[g].is(",") && g > k + 1)) {
                    ++g;
                    continue;
                }
                // "received on Thursday, December 22, 2016, the Chairman of ...": past the day
                if (fold_[g] == "on" && g + 2 < b) {
                    std::size_t r = g + 1;
                    if (tok_[r].cap && weekday_number(fold_[r]) >= 0) ++r;
                    if (r < b && tok_[r].is(",")) ++r;
                    std::size_t past = kNone;
                    for (const DateMention& d : dates_)
                        if (d.first == r) {
                            past = d.last;
                            break;
                        }
                    if (past != kNone && past < b) {
                        g = past;
                        continue;
                    }
                }
                // "received on Monday X", "received on Monday evening X"
                if (fold_[g] == "on" && g + 2 < b && weekday_number(fold_[g + 1]) >= 0 && tok_[g + 1].cap) {
                    g += 2;
                    if (in(fold_[g], {"morning", "afternoon", "evening", "night"}) && g + 1 < b) ++g;
                    continue;
                }
                // "received, in presence of His Highness the Crown Prince, the visiting Minister X":
                // past who was present, up to the comma that closes it (received-in-presence)
                if (const std::size_t i = tok_[g].is(",") ? g + 1 : g;
                    fold_[i] == "in" && i + 3 < b && tok_[i - 1].is(",") &&
                    (fold_[i + 1] == "presence" || (fold_[i + 1] == "the" && fold_[i + 2] == "presence"))) {
                    std::size_t r = i + 2;
                    while (r < b && r < g + 24 && !tok_[r].is(",") && !tok_[r].is(";")) ++r;
                    if (r + 1 < b && tok_[r].is(",")) {
                        g = r + 1;
                        continue;
                    }
                }
                // "received in his office yesterday Dr X"
                if (in(fold_[g], {"at", "in"}) && g + 3 < b && in(fold_[g + 1], {"his", "her", "their"}) &&
                    in(fold_[g + 2], {"office", "residence"})) {
                    g += 3;
                    continue;
                }
                if (in(fold_[g], {"at", "in"}) && g + 2 < b) {
                    std::size_t r = g + 1;
                    if (fold_[r] == "the" && tok_[r + 1].cap) ++r;
                    const std::size_t start = r;
                    while (r < b && r < start + 6 && !person_at(r) && !title_match(r, b) &&
                           ((tok_[r].is_word() && tok_[r].cap) || (tok_[r].is("-") && r > start)))
                        ++r;
                    if (r > start && r < b && (in(fold_[r], {"today", "yesterday", "in", ",", "the", "his", "her"}) ||
                                               person_at(r) || title_match(r, b) || match_honorific(tok_, r, b))) {
                        g = r;
                        continue;
                    }
                }
                break;
            }
            // "hosted a working dinner for X", "hosted a luncheon in honor of X"
            if (in(fold_[g], {"a", "an"})) {
                for (std::size_t r = g + 1; r < b && r < g + 5; ++r) {
                    // ("hosted a welcome ceremony for X")
                    if (!in(fold_[r], {"dinner", "lunch", "luncheon", "breakfast", "reception", "banquet", "ceremony"}))
                        continue;
                    if (r + 1 < b && in(fold_[r + 1], {"for", "with"})) g = r + 2;
                    else if (r + 3 < b && fold_[r + 1] == "in" && in(fold_[r + 2], {"honor", "honour"}) &&
                             fold_[r + 3] == "of")
                        g = r + 4;
                    break;
                }
            }
            if (g >= b) continue;
            // "received in audience the Chinese Ambassador X"
            if (g + 2 < b && fold_[g] == "in" && fold_[g + 1] == "audience") g += 2;
            g = skip_counterpart_words(g, b);  // "hosted his North Korean counterpart X"
            if (g >= b) continue;
            if (tok_[g].cap && !person_at(g) && !title_match(g, b) && g + 1 < b &&
                (person_at(g + 1) || title_match(g + 1, b)))
                ++g;  // "Australian Prime Minister X"
            if (const PhraseMatch c = phrase_match(g, b);
                c.entry && c.entry->type == EntityType::Country && g + c.length < b &&
                (title_match(g + c.length, b) || person_at(g + c.length)))
                g += c.length;
            // "received the Prime Minister of Poland, Donald Tusk": the office, its country, the
            // name; "received in audience the newly appointed Ambassador of Japan, Mr. X"
            if (tok_[g].is("the") && g + 1 < b) {
                std::size_t o = g + 1;
                while (o + 1 < b && in(fold_[o], {"newly", "appointed", "new", "outgoing", "incoming", "visiting"})) ++o;
                // ("had welcomed the visiting Japanese Foreign Minister at the airport": an office
                // that stands for the person named before it)
                for (std::size_t r = o; r < b && r < o + 3; ++r)
                    if (const auto rp = person_at(r); rp && persons_[*rp].reference && persons_[*rp].name_first == r) {
                        g = r;
                        break;
                    }
                // "the Chinese Ambassador X": a country's adjective before the office
                if (const PhraseMatch c = phrase_match(o, b);
                    c.entry && c.entry->type == EntityType::Country && o + c.length < b && title_match(o + c.length, b))
                    o += c.length;
                if (const std::size_t tl = title_match(o, b); tl) {
                    std::size_t r = o + tl;
                    // "the State Councillor and Foreign Minister of China, H.E. X": two offices
                    if (r + 2 < b && tok_[r].is("and"))
                        if (const std::size_t tl2 = title_match(r + 1, b); tl2) r += 1 + tl2;
                    if (r + 1 < b && tok_[r].is("of")) {
                        ++r;
                        if (r < b && tok_[r].is("the")) ++r;
                        if (const PhraseMatch c = phrase_match(r, b); c.entry) {
                            r += c.length;
                        } else {
                            // ("the Chairman of the Foreign Affairs Committee of the House of Representatives,
                            // Dr. X": a body kg does not know, up to the comma before the name)
                            std::size_t e = r;
                            while (e < b && e < r + 14 && !person_at(e) &&
                                   ((tok_[e].is_word() && tok_[e].cap) || in(fold_[e], {"of", "the", "and", "for", "on"})))
                                ++e;
                            if (e > r && e + 1 < b && tok_[e].is(",") && tok_[e - 1].cap) {
                                std::size_t n = e + 1;
                                if (const std::size_t h = match_honorific(tok_, n, b); h) n += h;
                                if (n < b && person_at(n)) r = e;
                            }
                        }
                        // "the Secretary-General of the Organization of American States (OAS), X": the
                        // body's abbreviation in brackets
                        if (r + 3 < b && tok_[r].is("(") && tok_[r + 1].allcaps && tok_[r + 2].is(")")) r += 3;
                    }
                    // "the Ambassador of China to Nigeria, Ambassador X": where the envoy serves
                    if (r + 1 < b && tok_[r].is("to"))
                        if (const PhraseMatch c = phrase_match(r + 1, b); c.entry) r += 1 + c.length;
                    if (r < b && tok_[r].is(",")) ++r;
                    if (const std::size_t h = r < b ? match_honorific(tok_, r, b) : 0; h && person_at(r + h)) r += h;
                    // (the office again before the name: ", Ambassador X")
                    if (const std::size_t t2 = r < b && !person_at(r) ? title_match(r, b) : 0; t2 && person_at(r + t2)) r += t2;
                    if (r < b && person_at(r)) g = r;
                }
            }
            std::size_t guest = g;
            if (const std::size_t h = match_honorific(tok_, guest, b); h) guest += h;
            if (const std::size_t tl = title_match(guest, b); tl) guest += tl;
            if (const std::size_t h = match_honorific(tok_, guest, b); h) guest += h;
            // "welcomed Saudi Arabian Defense Minister Prince X"
            if (!person_at(guest))
                if (const std::size_t p = counterpart_person(g, b); p != kNone) guest = persons_[p].name_first;
            if (auto p = person_at(guest); p && persons_[*p].name_first == guest &&
                                           !(persons_[*p].name_last < b && is_possessive(tok_[persons_[*p].name_last]))) {
                Trigger tr{k, k + 1, MeetingMode::InPerson, "hosted"};
                tr.role = 1;
                tr.confidence = 0.8;
                tr.planned = to_come;
                triggers.push_back(tr);
                continue;
            }
        }
        // "Premier X told visiting Foreign Minister Y that ...": said to a guest, in person (told-visiting)
        if (in(fold_[k], {"told", "tells"}) && !tok_[k].cap && k + 2 < b && fold_[k + 1] == "visiting") {
            const std::size_t q = skip_counterpart_words(k + 1, b);
            if (q < b && (person_at(q) || title_match(q, b) || counterpart_person(q, b) != kNone)) {
                Trigger tr{k, q, MeetingMode::InPerson, "told-visiting"};
                tr.role = 1;
                triggers.push_back(tr);
                k = q - 1;
                continue;
            }
        }
        // "Wang Yi told his U.S. counterpart Antony Blinken on Friday that ...": news tells a talk
        // by what one side told the other, named as the subject's counterpart (told-counterpart)
        if ((flags_[k] & kToldVerb) && telling_verb(fold_[k]) && !tok_[k].cap && k + 3 < b &&
            in(fold_[k + 1], {"his", "her"})) {
            const std::size_t c = skip_counterpart_words(k + 1, b);
            if (c > k + 1 && c < b && person_at(c) && persons_[*person_at(c)].name_first == c) {
                Trigger tr{k, c, MeetingMode::InPerson, "told-counterpart"};
                tr.confidence = 0.75;
                tr.planned = k > a && in(fold_[k - 1], {"will", "would"});
                triggers.push_back(tr);
                k = c - 1;
                continue;
            }
        }
        // "Medvedev told Cameron at the start of the Kremlin meeting", "X assured Y during the
        // talks": what one side told the other at a meeting the clause names right after them
        // (told-at-meeting)
        if ((flags_[k] & kToldVerb) && telling_verb(fold_[k]) && !tok_[k].cap &&
            k + 5 < b && k > a) {
            if (const std::size_t p = counterpart_person(k + 1, b); p != kNone) {
                std::size_t q = persons_[p].name_last;
                bool at_meeting = false;
                if (q + 1 < b && in(fold_[q], {"at", "during"})) {
                    std::size_t r = q + 1;
                    if (r + 3 < b && fold_[r] == "the" && in(fold_[r + 1], {"start", "end", "opening", "close"}) &&
                        fold_[r + 2] == "of")
                        r += 3;
                    for (std::size_t e = r; e < b && e < r + 5 && tok_[e].is_word() && !at_meeting; ++e)
                        at_meeting = meeting_noun_at(e) && !in(fold_[e], {"conference", "summit", "session"});
                }
                if (at_meeting) {
                    Trigger tr{k, persons_[p].name_first, MeetingMode::InPerson, "told-at-meeting"};
                    tr.confidence = 0.75;
                    tr.planned = in(fold_[k - 1], {"will", "would"});
                    triggers.push_back(tr);
                    k = q - 1;
                    continue;
                }
            }
        }
        // "Demeke exchanged views with Foreign Minister X", "held an exchange of views with" is read
        // by the held rules: the counterpart after "with" (exchanged-views-with)
        if ((flags_[k] & kPairCue) && fold_[k] == "exchanged" && !tok_[k].cap && k + 3 < b &&
            in(fold_[k + 1], {"views", "ideas", "opinions"}) &&
            fold_[k + 2] == "with") {
            std::size_t q = k + 3;
            if (fold_[q] == "the" && q + 1 < b) ++q;
            q = skip_counterpart_words(q, b);
            if (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) || counterpart_person(q, b) != kNone ||
                (q + 1 < b && tok_[q].cap && (person_at(q + 1) || title_match(q + 1, b)))) {
                Trigger tr{k, k + 3, MeetingMode::InPerson, "exchanged-views-with"};
                tr.planned = k > a && in(fold_[k - 1], {"will", "to"});
                triggers.push_back(tr);
                k += 2;
                continue;
            }
        }
        // "X visited his new Swedish counterpart Y here in Stockholm Monday", "Minister visits
        // President Y": a person visited is a person met, the visitor calling on a host
        // (visited-person; "visited Japan" names no one)
        if ((flags_[k] & kTravelVerb) && in(fold_[k], {"visited", "visits"}) && k + 1 < b) {
            const std::size_t q = skip_counterpart_words(k + 1, b);
            if (const std::size_t p = counterpart_person(q, b);
                p != kNone && !(persons_[p].name_last < b && is_possessive(tok_[persons_[p].name_last]))) {
                Trigger tr{k, q, MeetingMode::InPerson, "visited-person"};
                tr.role = 2;  // the one who visits is the visitor
                triggers.push_back(tr);
                continue;
            }
        }
        if (!(flags_[k] & kMeetingVerb)) continue;
        const std::string_view w = fold_[k];
        // "King X granted an audience to Y" (the king hosts), "Y was granted an audience by King X"
        // (granted-audience)
        if (in(w, {"granted", "grants"}) && k + 4 < b && in(fold_[k + 1], {"an", "a"}) && fold_[k + 2] == "audience" &&
            in(fold_[k + 3], {"to", "by"}) && counterpart_person(k + 4, b) != kNone) {
            Trigger tr{k, k + 4, MeetingMode::InPerson, "granted-audience"};
            tr.role = fold_[k + 3] == "to" ? 1 : 2;
            tr.planned = k > a && in(fold_[k - 1], {"will", "to"});
            triggers.push_back(tr);
            k += 3;
            continue;
        }
        // "X attended a working lunch hosted by President Y", "attended the dinner given by Y in
        // his honour": the guest meets the host (attended-hosted-by)
        if (in(w, {"attended", "attends", "joined"}) && k + 4 < b) {
            std::size_t by = kNone;
            bool noun = false;
            // ("attended a meeting of ambassadors of European Union (EU) Member States in Tokyo hosted
            // by Mr. X": the meeting's description may run long, no comma in it)
            for (std::size_t q = k + 1; q + 1 < b && q < k + 18; ++q) {
                if (tok_[q].is_word() && meeting_noun_at(q)) noun = true;
                if (!noun && q >= k + 8) break;
                if (noun && in(fold_[q], {"hosted", "given", "organized", "organised", "offered", "held", "chaired"}) &&
                    fold_[q + 1] == "by") {
                    by = q + 1;
                    break;
                }
                if (tok_[q].is(",") || person_at(q)) break;
            }
            if (by != kNone && counterpart_person(by + 1, b) != kNone) {
                Trigger tr{k, by + 1, mode_from_words(tok_, k, by, MeetingMode::InPerson), "attended-hosted-by"};
                tr.role = 2;
                tr.confidence = 0.8;
                triggers.push_back(tr);
                k = by;
                continue;
            }
        }
        // "External Affairs Minister X interacted with Y" (interacted-with)
        if (in(w, {"interacted", "interacts"}) && k + 2 < b && fold_[k + 1] == "with" &&
            counterpart_person(skip_counterpart_words(k + 2, b), b) != kNone) {
            triggers.push_back({k, k + 2, MeetingMode::InPerson, "interacted-with"});
            k += 1;
            continue;
        }
        // "EAM Dr. S. Jaishankar called on President Ilham Aliyev": a courtesy call, the one
        // called on its host; "called on President X to withdraw" urges, and meets no one
        if (in(w, {"called", "calls"}) && k + 2 < b && fold_[k + 1] == "on") {
            // ("called on his Singapore counterpart X": past the counterpart's words)
            if (const std::size_t p = counterpart_person(skip_counterpart_words(k + 2, b), b); p != kNone) {
                std::size_t after = persons_[p].name_last;
                // past an apposition: "called on Mr. X, President of Y, to ..."
                if (after < b && tok_[after].is(","))
                    for (std::size_t r = after + 1; r < b && r < after + 15; ++r)
                        if (tok_[r].is(",")) {
                            after = r + 1;
                            break;
                        }
                if (!(after < b && in(fold_[after], {"to", "for"}))) {
                    Trigger tr{k, k + 2, MeetingMode::CourtesyCall, "called-on"};
                    tr.role = 2;  // the caller visits
                    triggers.push_back(tr);
                    k = k + 1;
                    continue;
                }
            }
        }
        auto next_is = [&](std::size_t off, std::string_view v) {
            return k + off < b && eq_ci(tok_[k + off].text, v);
        };
        // "The Dialogue was co-chaired by A and B", "the meeting was co-hosted by A and B": the
        // co-chairs held it together (co-chaired-by, read as a meeting between them)
        if (in(w, {"chaired", "hosted"}) && k >= a + 3 && tok_[k - 1].is("-") && fold_[k - 2] == "co" &&
            in(fold_[k - 3], {"was", "were"}) && k + 2 < b && fold_[k + 1] == "by") {
            Trigger tr{k, k + 2, mode_from_words(tok_, a, k, MeetingMode::InPerson), "meeting-between"};
            // the event the subject names: a named one, or its head word standing for the one
            // named before ("The 5th X-Y Policy Dialogue was held ... The Dialogue was co-chaired by")
            if (k >= a + 4) {
                const std::size_t head = k - 4;
                if (const auto ph = phrase_at(head); ph && phrases_[*ph].type == EntityType::Event && phrases_[*ph].entity != kNone)
                    tr.event = *ph;
                else if (tok_[head].cap && (flags_[head] & kEventHead))
                    for (std::size_t e = 0; e < phrases_.size(); ++e)
                        if (phrases_[e].type == EntityType::Event && phrases_[e].entity != kNone && phrases_[e].last <= head &&
                            fold_[phrases_[e].last - 1] == fold_[head])
                            tr.event = e;  // the last one named before
            }
            triggers.push_back(tr);
            k += 1;
            continue;
        }
        // held/had/hold [a|an|the] ... <meeting noun> with
        // "a Japan-Philippines Summit Meeting was held between A and B"
        // ("At the meeting held between A and B, topics ... were discussed")
        // ("Talks were also held among A, B and C": a group's meeting)
        if (w == "held" && k + 1 < b && in(fold_[k + 1], {"between", "among", "amongst"}) && k > a &&
            (in(fold_[k - 1], {"was", "were", "been"}) || meeting_noun_at(k - 1) ||
             (k > a + 1 && fold_[k - 1] == "also" && in(fold_[k - 2], {"was", "were", "been"})))) {
            triggers.push_back({k, k + 2, mode_from_words(tok_, a, k, MeetingMode::InPerson), "meeting-between"});
            k += 1;
            continue;
        }
        // "Today a working meeting took place between A and B", "talks took place among A, B and C"
        // ("took" is a meeting verb of data/word_classes.tsv: the loop visits it)
        if (w == "took" && k > a && k + 2 < b && fold_[k + 1] == "place" &&
            in(fold_[k + 2], {"between", "among", "amongst"}) && !tok_[k].cap) {
            bool noun = false;
            for (std::size_t q = k; q > a && q + 5 > k && !noun; --q)
                noun = (!tok_[q - 1].cap || q - 1 == a) && meeting_noun_at(q - 1);
            if (noun) {
                triggers.push_back({k, k + 3, mode_from_words(tok_, a, k, MeetingMode::InPerson), "meeting-between"});
                k += 2;
                continue;
            }
        }
        // "Meetings were held with the Minister of Foreign Affairs, X, with ..., Y", "Talks were also
        // held with Z": a passive whose meeting the sentence names no one for, the release's
        // principal's (passive-held-with; subject: as "he" would stand for)
        if (w == "held" && k + 2 < b && fold_[k + 1] == "with" && k > a + 1 && !tok_[k].cap) {
            std::size_t v = k - 1;
            if (fold_[v] == "also" && v > a + 1) --v;
            if (in(fold_[v], {"was", "were"}) && v > a && meeting_noun_at(v - 1) && v - 1 <= a + 3) {
                bool named = false;
                for (std::size_t r = a; r + 1 < v && !named; ++r)
                    named = person_at(r).has_value() || in(fold_[r], {"he", "she", "they", "i", "we"});
                // (someone named after it: "with the Presidency of the Council of Ministers, X, with ...")
                bool met = false;
                for (std::size_t r = k + 2; r < b && !met; ++r)
                    met = person_at(r) && person_entity_[*person_at(r)] != kNone;
                if (!named && met) {
                    Trigger tr{k, k + 2, MeetingMode::InPerson, "passive-held-with"};
                    tr.each = fold_[v - 1] == "meetings";  // one meeting each
                    triggers.push_back(tr);
                    k += 1;
                    continue;
                }
            }
        }
        // ("joined" active only: "A and B have joined a bilateral meeting", not "X was joined in his
        // meetings by Y", a joiner of data/joiners.tsv)
        if (in(w, {"held", "had", "hold", "holds", "holding", "have", "has", "conducted", "chaired",
                   "hosted", "convened"}) ||
            (w == "joined" && !(k > a && in(fold_[k - 1], {"was", "were", "been", "be", "being", "also"}))) ||
            // "engaged in a private meeting with", a caption's "engages in bilateral discussions with"
            (in(w, {"engaged", "engages"}) && k + 1 < b && fold_[k + 1] == "in") ||
            // ("A and B have begun talks in the Kremlin": talks begun are talks held)
            (in(w, {"begun", "began", "started"}) && k + 1 < b && in(fold_[k + 1], {"talks", "negotiations", "consultations"})) ||
            // ("A and B have begun their six-monthly bilateral meeting": their own meeting, begun)
            (in(w, {"begun", "began", "started"}) && k + 2 < b && fold_[k + 1] == "their")) {

            // a release's title writes what happened in the present: "Wang Yi Holds Talks with X"
            // ("after holding talks with X": the talks are over)
            // ("A and B are holding the first round of their talks": a pair in the news's present, now;
            // not "are holding talks next week", nor one person's "is holding talks with X", an
            // announcement)
            bool now = w == "holding" && k > a && in(fold_[k - 1], {"are", "were", "was"});
            for (std::size_t r = a; r < b && now; ++r)
                now = !(flags_[r] & kFutureWord);
            // ("I have just concluded a meeting with X", "we have held talks": a perfect, done)
            bool perfect = false;
            if (w == "have") {
                std::size_t v = k + 1;
                while (v < b && v < k + 3 && in(fold_[v], {"just", "also", "already", "recently", "now", "today"})) ++v;
                perfect = v < b && in(fold_[v], {"had", "held", "met", "concluded", "completed", "finished",
                                                 "conducted", "hosted", "convened", "wrapped"});
            }
            // ("X holds a bilateral meeting with Y in New York City on September 22, 2022.": a photo
            // caption's present with its full date, on or before the release's, is what happened)
            // ("On 28 and 29 April Foreign Minister X holds talks with Y in Oslo": a release's
            // present of days that have come, as German releases write; the year the release's)
            bool caption = false;
            if (w == "holds" && !doc_date_.empty())
                for (const DateMention& d : dates_)
                    if (((d.first > k && d.year > 0) || (d.first >= a && d.first < k && doc_year_ > 0)) && d.last <= b &&
                        d.day > 0) {
                        caption = d.iso(doc_year_) <= doc_date_;
                        break;
                    }
            const bool to_come = (w == "hold") || (w == "have" && !perfect) || (w == "holds" && !title_line(s) && !caption) ||
                                 (w == "holding" && !now && !(k > a && in(fold_[k - 1], {"after", "following", "before"})));
            std::size_t q = k + 1;
            std::size_t noun = kNone, first_noun = kNone;
            // "co-chaired the Joint Commission with X": what two co-chair is a meeting of theirs
            // (the tokens are "co", "-", "chaired")
            const bool co = in(w, {"chaired", "hosted"}) && k >= a + 2 && tok_[k - 1].is("-") && fold_[k - 2] == "co";
            // "co-chaired with Minister X the Joint Commission": the co-chair named first
            if (co && k + 2 < b && fold_[k + 1] == "with" && counterpart_person(k + 2, b) != kNone) {
                triggers.push_back({k, k + 2, MeetingMode::InPerson, "co-chaired-with"});
                k += 1;
                continue;
            }
            for (; q < b && q <= k + 25; ++q) {
                // ("held a pull-aside with X": a short meeting on the margins)
                if (fold_[q] == "aside" && q >= k + 3 && tok_[q - 1].is("-") && fold_[q - 2] == "pull") noun = q;
                // ("held a one-on-one with X", "A and B held a bilateral on the sidelines": the
                // news's nouns for a meeting of two)
                if (fold_[q] == "one" && q >= k + 5 && tok_[q - 1].is("-") && fold_[q - 2] == "on" &&
                    tok_[q - 3].is("-") && fold_[q - 4] == "one" && in(fold_[q - 5], {"a", "their"}))
                    noun = q;
                if (fold_[q] == "bilateral" && q == k + 2 && fold_[q - 1] == "a" &&
                    (q + 1 >= b || in(fold_[q + 1], {"with", "on", "at", "in", ".", ","}))) {
                    noun = q;
                    // (the first noun of the meeting, before "... on the sidelines of the summit")
                    if (first_noun == kNone) first_noun = q;
                }
                if (tok_[q].is_word() && meeting_noun_at(q)) {
                    noun = q;
                    if (first_noun == kNone) first_noun = q;
                }
                if (fold_[q] == "with" && noun == kNone && co && q > k + 2 && tok_[q - 1].is_word() &&
                    (tok_[q - 1].cap || tok_[q - 1].allcaps))
                    noun = q - 1;
                // "held the Japan-U.S. Security Consultative Committee ("2+2") with X": a body
                // that meets, held with someone, is their meeting (held-named-body-with)
                if (fold_[q] == "with" && noun == kNone && w == "held" && fold_[k + 1] == "the")
                    if (const std::size_t end = held_name_end(k + 2, q); end != kNone) noun = end;
                if (fold_[q] == "with" && noun != kNone) break;
                // a quotation that closes ends it: '"We had a good meeting," X said after talks with Y'
                // (the speaker's talks are another trigger's)
                if ((tok_[q].is("\u201d") || tok_[q].is("\"")) && (tok_[q - 1].is(",") || tok_[q - 1].is(".")))
                    break;
                // a sentence the splitter missed ends the search; "Japan-U.S. Summit Meeting" does not
                if (tok_[q].is(".") && !tok_[q].space_before && q + 1 < b && tok_[q + 1].space_before &&
                    !(tok_[q - 1].is_word() && tok_[q - 1].text.size() == 1 && tok_[q - 1].cap))
                    break;
                // ("face-to-face talks": a "to" inside a hyphenated word begins nothing)
                if (tok_[q].is_word() && in(tok_[q].text, {"that", "which", "who", "to", "where"}) &&
                    !(tok_[q - 1].is("-") && q + 1 < b && tok_[q + 1].is("-"))) {
                    // a clause begins: the counterpart's "with" is not beyond it; a meeting noun
                    // before it still makes "X and Y held their first meeting, where ..." a meeting
                    // ("held a brief conversation on the sidelines of the BRICS summit ..., when they
                    // agreed to": the first noun, close to the verb, is the meeting)
                    // ("held the 11th Korea-Japan-China Foreign Ministers' Meeting, where they": a
                    // named meeting right after the verb, however long its name)
                    const auto ph = noun != kNone ? phrase_at(noun) : std::nullopt;
                    const bool named = ph && phrases_[*ph].type == EntityType::Event && phrases_[*ph].first <= k + 3;
                    if (noun != kNone && noun > k + 6 && !named)
                        noun = first_noun != kNone && first_noun <= k + 6 ? first_noun : kNone;
                    break;
                }
            }
            if (noun != kNone && q < b && fold_[q] == "with") {
                Trigger tr{k, q + 1, mode_from_words(tok_, k, q, MeetingMode::InPerson), "held-meeting-with"};
                // "held talks in Sochi with leaders of its member states, including Prime Minister X"
                if (const std::size_t r = group_including(q + 1, b); r != kNone) {
                    tr.last = r;
                    tr.each = true;
                }
                // "Foreign Minister X joined President Y in his meeting with Z": Y held the meeting X
                // joined; all three met (joined-in-meeting)
                if (in(w, {"joined", "joins"}) && noun >= k + 4 && in(fold_[noun - 1], {"his", "her", "their", "the"}) &&
                    fold_[noun - 2] == "in")
                    if (const auto host = person_at(noun - 3); host && persons_[*host].name_last == noun - 2)
                        tr.partner = *host;
                tr.planned = (k > a && in(to_lower(tok_[k - 1].text), {"will", "to", "would", "shall"})) || to_come;
                triggers.push_back(tr);
                k = q;
                continue;
            }
            // "X and Y held a meeting" / "held talks" without "with": a main verb (not the
            // auxiliary "has been ...") with its noun close by
            const auto named_event = [&](std::size_t at) {
                const auto p = phrase_at(at);
                return p && phrases_[*p].type == EntityType::Event && phrases_[*p].first <= k + 3;
            };
            // (words counted, not the hyphens of "their first face-to-face talks"; the first
            // meeting noun, not "... talks on the sidelines of the Shangri-La Dialogue")
            const auto words_to = [&](std::size_t n) {
                std::size_t words = 0;
                for (std::size_t r = k + 1; r <= n; ++r) words += tok_[r].is("-") ? 0 : 1;
                return words;
            };
            if (noun != kNone && first_noun != kNone && first_noun != noun && words_to(noun) > 6 &&
                words_to(first_noun) <= 6)
                noun = first_noun;
            // "A and B co-chaired the 11th Philippines-Viet Nam Joint Commission": a named
            // meeting right after the verb, with no meeting noun of its own, is the pair's meeting
            if (co && (noun == kNone || noun > k + 8)) {
                const std::size_t at = k + 1 < b && fold_[k + 1] == "the" ? k + 2 : k + 1;
                if (const auto p = phrase_at(at); p && phrases_[*p].type == EntityType::Event && phrases_[*p].first == at &&
                                                  phrases_[*p].last <= b && (phrases_[*p].last >= b || !tok_[phrases_[*p].last].is("with")))
                    noun = phrases_[*p].last - 1;
            }
            const std::size_t words = noun == kNone ? 0 : words_to(noun);
            // ("A and B co-chaired the consultations": a pair's meeting; one chair alone meets no one)
            // ("he met A, attended separate meetings with B, C, and D, joined a discussion between ...":
            // a verb after a comma, in a series whose first verb made a trigger, is that subject's)
            const bool series = k > a && tok_[k - 1].is(",") && !triggers.empty() && triggers.back().first < k;
            if (noun != kNone && (words <= 6 || named_event(noun)) && !series &&
                // ("A and B have joined a bilateral meeting": the pair's own)
                in(w, {"held", "had", "hold", "holds", "holding", "conducted", "chaired", "joined", "begun", "began", "started"})) {
                Trigger tr{k, noun + 1, mode_from_words(tok_, k, noun + 1, MeetingMode::InPerson), "held-meeting"};
                tr.planned = (k > a && in(to_lower(tok_[k - 1].text), {"will", "to", "would", "shall"})) || to_come;
                tr.confidence = 0.8;
                triggers.push_back(tr);
                k = noun;
                continue;
            }
        }
        // News style: "said after meeting Chinese Foreign Minister Wang Yi", "In a phone call with
        // X on Monday, Y discussed", "Y sat down with X" (after-meeting, call-with, sat-down-with)
        auto names_person = [&](std::size_t q) {  // a person, an honorific, a title, "Turkish" + title
            if (q >= b) return false;
            if (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) ||
                (q + 1 < b && tok_[q].cap && (person_at(q + 1) || title_match(q + 1, b))))
                return true;
            // ("South Korean President X": a country's word of two words before the office;
            // "Argentina's Economy Minister X": its possessive)
            const PhraseMatch c = phrase_match(q, b);
            if (!c.entry || c.entry->type != EntityType::Country) return false;
            std::size_t r = q + c.length;
            if (r + 1 < b && is_possessive(tok_[r])) ++r;
            return r < b && (title_match(r, b) || person_at(r) || portfolio_office_at(r, b));
        };
        // (prose only: a headline without its full stop is read by the title rules)
        const bool prose = b > a && (tok_[b - 1].is(".") || tok_[b - 1].is("\u201d") || tok_[b - 1].is("\""));
        // ("Press remarks by High Representative X after meeting with Foreign Minister Y": a headline
        // that names the one who met before it, too)
        const auto person_before = [&] {
            for (std::size_t q = a; q + 1 < k; ++q)
                if (const auto p = person_at(q); p && !persons_[*p].reference) return true;  // (named: not "the Foreign Secretary")
            return false;
        };
        if ((prose || person_before()) && w == "meeting" && k > a && in(fold_[k - 1], {"after", "following"}) &&
            k + 1 < b) {
            // ("after meeting with X": the same)
            const std::size_t q = skip_counterpart_words(fold_[k + 1] == "with" ? k + 2 : k + 1, b);
            if (names_person(q)) {
                Trigger tr{k, q, MeetingMode::InPerson, "after-meeting"};
                // ("X will return home after meeting with Y": what follows the meeting is to come, so is it)
                for (std::size_t r = k > a + 6 ? k - 6 : a; r + 1 < k; ++r)
                    if (in(fold_[r], {"will", "shall"}) && !tok_[r].cap) tr.planned = true;
                triggers.push_back(tr);
                k = q - 1;
                continue;
            }
        }
        // ("in a phone call on Saturday with X": past the day told between)
        std::size_t call_with = k + 1;
        if (call_with + 2 < b && fold_[call_with] == "on" && weekday_number(fold_[call_with + 1]) >= 0) call_with += 2;
        else if (call_with + 1 < b && in(fold_[call_with], {"today", "yesterday", "tonight"})) call_with += 1;
        if (in(w, {"call", "conversation"}) && k > a && call_with + 1 < b && fold_[call_with] == "with") {
            std::size_t d = k - 1;
            if (in(fold_[d], {"phone", "telephone", "video"}) && d > a) --d;
            const std::size_t q = skip_counterpart_words(call_with + 1, b);
            // "Readout of President Biden's Call with X", in a title as in prose: a person's call
            const auto owner = d > a && is_possessive(tok_[d]) ? person_at(d - 1) : std::nullopt;
            const bool owned = owner && persons_[*owner].name_last == d;
            if (((prose && in(fold_[d], {"a", "the", "his", "her", "their"})) || owned) &&
                (names_person(q) || counterpart_person(q, b) != kNone)) {
                Trigger tr{k, q, mode_from_words(tok_, d, k + 1, MeetingMode::Telephone), "call-with"};
                tr.own = d > a && in(fold_[d], {"his", "her", "their"}) && in(fold_[d - 1], {"on", "about"});
                triggers.push_back(tr);
                k = q - 1;
                continue;
            }
        }
        // "President X played host to his Tanzanian counterpart Y" (played-host-to)
        if (prose && in(w, {"played", "plays"}) && k + 3 < b && fold_[k + 1] == "host" && fold_[k + 2] == "to") {
            const std::size_t q = skip_counterpart_words(k + 3, b);
            if (names_person(q)) {
                Trigger tr{k, q, MeetingMode::InPerson, "played-host-to"};
                tr.role = 1;
                triggers.push_back(tr);
                k = q - 1;
                continue;
            }
        }
        // "X, speaking at a joint news conference with Y, said": who face the press together met
        // (joint-conference-with)
        if (prose && w == "joint" && k + 3 < b && in(fold_[k + 1], {"news", "press"}) &&
            in(fold_[k + 2], {"conference", "briefing"}) && fold_[k + 3] == "with") {
            const std::size_t q = skip_counterpart_words(k + 4, b);
            if (names_person(q)) {
                triggers.push_back({k, q, MeetingMode::InPerson, "joint-conference-with"});
                k = q - 1;
                continue;
            }
        }
        // ("Oman's Minister X sat between Qatar's Foreign Minister Y and his Saudi counterpart Z": the
        // three at one table) (sat-between)
        if (prose && in(w, {"sat", "sits"}) && k + 2 < b && fold_[k + 1] == "between") {
            const std::size_t q = skip_counterpart_words(k + 2, b);
            if (names_person(q)) {
                triggers.push_back({k, q, MeetingMode::InPerson, "sat-between"});
                k = q - 1;
                continue;
            }
        }
        if (prose && in(w, {"sat", "sits", "sit"}) && k + 2 < b && fold_[k + 1] == "down" && fold_[k + 2] == "with") {
            const std::size_t q = skip_counterpart_words(k + 3, b);
            if (names_person(q)) {
                Trigger tr{k, q, MeetingMode::InPerson, "sat-down-with"};
                tr.planned = w == "sit";
                triggers.push_back(tr);
                k = q - 1;
                continue;
            }
        }
        // "Event: Meeting of the Minister of Foreign Affairs X with the Minister of Foreign Affairs of
        // the Republic of Lithuania, Y", "Meeting of Prime Minister X with President Y": a heading's
        // noun with both sides; the one after "of" is the subject (meeting-of-with)
        if (w == "meeting" && t.cap && k + 4 < b && fold_[k + 1] == "of" && (k == a || tok_[k - 1].is(":"))) {
            const std::size_t p = counterpart_person(k + 2, b);
            if (const std::size_t r = p != kNone ? persons_[p].name_last : b; r + 1 < b && fold_[r] == "with") {
                const std::size_t q = skip_counterpart_words(r + 1, b);
                if (names_person(q) || counterpart_person(q, b) != kNone) {
                    triggers.push_back({r, q, MeetingMode::InPerson, "meeting-of-with"});
                    k = q - 1;
                    continue;
                }
            }
        }
        if (in(w, {"met", "meets", "meet", "meeting"}) && k + 1 < b) {
            std::size_t q = k + 1;
            // "during a meeting on Sunday with his counterpart X", "a meeting today with X"
            std::size_t meeting_with = k + 1;
            // ("X's first bilateral meeting was with Y": the ordinal before a kind of meeting)
            const std::size_t ord = k > a + 1 && meeting_kind(fold_[k - 1]) ? k - 1 : k;
            if (w == "meeting") {
                if (k + 3 < b && fold_[k + 1] == "on" && weekday_number(fold_[k + 2]) >= 0) meeting_with = k + 3;
                else if (k + 2 < b && in(fold_[k + 1], {"today", "yesterday", "here"})) meeting_with = k + 2;
                // "His first meeting Thursday was with X" (the possessive's, read below)
                else if (k + 2 < b && weekday_number(fold_[k + 1]) >= 0 && tok_[k + 1].cap) meeting_with = k + 2;
                if (meeting_with + 1 < b && ord > a && meeting_ordinal(fold_[ord - 1]) &&
                    fold_[meeting_with] == "was" && fold_[meeting_with + 1] == "with")
                    ++meeting_with;
                if (meeting_with < b && fold_[meeting_with] == "with") q = meeting_with;
                else meeting_with = k + 1;
            }
            if (w != "meeting") {
                // "met, on the sidelines of the meeting, with X": a phrase between commas, no one
                // named in it, before "with"
                if (tok_[k + 1].is(","))
                    for (std::size_t c = k + 2; c + 1 < b && c < k + 16; ++c) {
                        if (person_at(c) || tok_[c].is(";") || tok_[c].is(".")) break;
                        if (tok_[c].is(",")) {
                            if (fold_[c + 1] == "with" && c > k + 2) q = c + 1;
                            break;
                        }
                    }
                // "met today with", "met virtually with", "met today in Brussels with"
                // ("met today on the sidelines of the NATO Informal Foreign Ministers Meeting in
                // Antalya, Türkiye, with X": the named meeting and its place on the way)
                for (std::size_t r = k + 1; q == k + 1 && r < b && r < k + 20; ++r) {
                    if (r >= k + 9 && !(tok_[r].cap || tok_[r].is(",") || in(fold_[r], {"with", "in", "of"}))) break;
                    if (const auto ev = phrase_at(r); ev && phrases_[*ev].type == EntityType::Event && phrases_[*ev].first == r &&
                                                      r > k + 2 && fold_[r - 1] == "the" && fold_[r - 2] == "of") {
                        r = phrases_[*ev].last - 1;
                        continue;
                    }
                    if (fold_[r] == "with") {
                        q = r;
                        break;
                    }
                    if (person_at(r) || match_honorific(tok_, r, b) || title_match(r, b)) break;
                    // ("met afterwards with X", "had met separately the day before with Y", "met last
                    // Tuesday with Z", "met as well with W": an adverb of sequence or of time on the way)
                    if (!(in(fold_[r], {"today", "yesterday", "virtually", "separately", "also", "again",
                                        "briefly", "jointly", "bilaterally", "in", "on", "at", "the", "this",
                                        "morning", "afternoon", "evening", "earlier", "privately", "behind",
                                        "closed", "doors", "here", "there", "last", "day", "before", "as", "well",
                                        "sidelines", "margins", "fringes", "of"}) ||
                          (flags_[r] & (kCoordinatedVerbAdverb | kTimeUnit)) ||
                          tok_[r].cap || tok_[r].is(",") || tok_[r].kind == Token::Kind::Number ||
                          // ("met on January 26-27 with X": a span of days)
                          ((tok_[r].is("-") || tok_[r].is("\u2013")) && tok_[r - 1].kind == Token::Kind::Number)))
                        break;
                }
                // ("today met Tuesday HE Head of the Office ... X": a weekday before the one met)
                if (q == k + 1)
                    while (q < b && (in(fold_[q], {"today", "yesterday", "virtually", "separately", "also", "again"}) ||
                                     (tok_[q].cap && weekday_number(fold_[q]) >= 0)))
                        ++q;
                // ("X met on Wednesday 28/7/2021 the Ambassador of ..., Mr. Y", "met on 5 May the
                // Minister ...": the day between the verb and its object, met-dated-object)
                if (q == k + 1 && w == "met" && q + 2 < b && fold_[q] == "on") {
                    std::size_t r = q + 1;
                    if (tok_[r].cap && weekday_number(fold_[r]) >= 0) ++r;
                    if (r < b && tok_[r].is(",")) ++r;
                    for (const DateMention& d : dates_)
                        if (d.first == r) {
                            r = d.last;
                            if (r + 1 < b && tok_[r].is(",")) ++r;
                            break;
                        }
                    if (r > q + 1 && r < b && (fold_[r] == "the" || match_honorific(tok_, r, b) || title_match(r, b)))
                        q = r;
                }
            }
            if (fold_[q] == "with") ++q;
            // "met (with) his counterpart Yang Jiechi", "met with her Japanese counterpart, Wang Yi"
            q = skip_counterpart_words(q, b);
            // "met today with 2022 ASEAN Chair Prime Minister Hun Sen": a year before the office
            if (q + 1 < b && tok_[q].kind == Token::Kind::Number && tok_[q].text.size() == 4 && tok_[q + 1].cap)
                ++q;
            // "met former Prime Minister X", "met the then Prime Minister, X": past the tenure
            {
                std::size_t r = q < b && fold_[q] == "the" ? q + 1 : q;
                const std::size_t from = r;
                while (r + 1 < b && (flags_[r] & kTenureModifier) && !tok_[r].cap) ++r;
                if (r > from && (title_match(r, b) || person_at(r))) q = r;
            }
            // "President X is currently meeting with Y", "He is currently meeting the Emir of
            // Kuwait Sheikh Y": a meeting under way as the release is written (is-meeting)
            bool under_way = false;
            if (w == "meeting" && k > a + 1 && !t.cap) {
                std::size_t v = k - 1;
                if (in(fold_[v], {"currently", "now"}) && v > a + 1) --v;
                under_way = in(fold_[v], {"is", "are"});
            }
            // "... got underway here today with Foreign Secretary X meeting his Pakistani counterpart
            // Y": a participle after the name, the counterpart right after it
            const bool participle = w == "meeting" && !t.cap && k > a && person_at(k - 1) && k + 2 < b &&
                                    in(fold_[k + 1], {"his", "her"}) && [&] {
                                        const std::size_t c = skip_counterpart_words(k + 1, b);
                                        return c > k + 2 && c < b && person_at(c).has_value();
                                    }();
            const bool planned_word =
                w == "meet" || (w == "meeting" && !under_way && fold_[meeting_with] != "with" && !participle);
            if (w == "meeting" && !under_way && fold_[meeting_with] != "with" && !participle) continue;
            // "Meeting with X" as a heading, "a/the/his meeting with X", "President X's Meeting
            // with Y" in a title line; not the head of a named event ("the ASEM Summit Meeting with").
            if (w == "meeting" && !under_way &&
                // ("His meeting with X was productive": a possessive opening the sentence too)
                !(k == a || (k > a && in(fold_[k - 1], {"a", "an", "the", "his", "her", "their", "this"}) && !t.cap) ||
                  // ("In a trilateral meeting with X, the diplomats agreed": a kind of meeting between)
                  (k > a + 1 && in(fold_[k - 1], {"trilateral", "bilateral", "separate", "brief", "private", "joint"}) &&
                   in(fold_[k - 2], {"a", "the", "their"}) && !t.cap) ||
                  // ("X's working visit concluded with a lunch-meeting with Y": a compound's head)
                  (k > a + 2 && tok_[k - 1].is("-") && tok_[k - 2].is_word() && !tok_[k - 2].cap &&
                   in(fold_[k - 3], {"a", "the", "their", "his", "her"}) && !t.cap) ||
                  // ("urged Tokyo ... during the first meeting with his Japanese counterpart X")
                  (k > a + 2 && in(fold_[k - 1], {"first", "second", "last", "final"}) && fold_[k - 2] == "the" &&
                   in(fold_[k - 3], {"during", "at", "after", "following"}) && !t.cap) ||
                  // ("Opening remarks by Foreign Minister X in meeting with Foreign Minister Y": no
                  // article, as a title's phrase, after the one who spoke)
                  (k > a + 1 && in(fold_[k - 1], {"in", "during"}) && !t.cap && fold_[meeting_with] == "with" &&
                   meeting_with == k + 1 && person_at(k - 2)) ||
                  // a caption's participle after a name: "Prime Minister Khan meeting with X."
                  (k > a && person_at(k - 1) && !t.cap && (fold_[meeting_with] == "with" || participle)) ||
                  // ("X began the day meeting with Y", "started her morning by meeting with Y": a
                  // participle after a span of time begun)
                  (k > a + 3 && !t.cap && fold_[meeting_with] == "with" && meeting_with == k + 1 &&
                   in(fold_[k - (fold_[k - 1] == "by" ? 2 : 1)], {"day", "morning", "afternoon", "evening", "visit", "trip"}) &&
                   in(fold_[k - (fold_[k - 1] == "by" ? 3 : 2)], {"the", "his", "her", "their"}) &&
                   in(fold_[k - (fold_[k - 1] == "by" ? 4 : 3)], {"began", "begins", "started", "starts", "opened", "ended",
                                                                  "concluded", "closed", "spent"})) ||
                  // ("His first meeting Thursday was with X")
                  // (told as done: "looks forward to his first meeting with X" is to come)
                  // ("X's first bilateral meeting was with Y", "X MP's first meeting": a person's possessive)
                  (ord > a + 1 && meeting_ordinal(fold_[ord - 1]) &&
                   (in(fold_[ord - 2], {"his", "her"}) ||
                    (is_possessive(tok_[ord - 2]) && ord >= a + 3 &&
                     (person_at(ord - 3) || (ord >= a + 4 && (flags_[ord - 3] & kPostNominal) && person_at(ord - 4))))) &&
                   !t.cap && meeting_with > k + 1 && fold_[meeting_with - 1] == "was") ||
                  (k > a && is_possessive(tok_[k - 1]) && sent_[s].line_start) ||
                  // ("Referring to the Foreign Minister's meeting with Secretary of State X on 4
                  // August", "Sabry's meeting with X"): a named person's possessive in the sentence
                  // (possessive-meeting-with)
                  (k > a + 1 && is_possessive(tok_[k - 1]) && !t.cap && meeting_with == k + 1 &&
                   fold_[meeting_with] == "with" && person_at(k - 2) &&
                   person_entity_[*person_at(k - 2)] != kNone)))
                continue;
            // The counterpart: a person, an honorific, a title, or a country before a title
            // ("Japanese Foreign Minister", "Japan's Foreign Minister").
            auto country_title = [&](std::size_t r) {
                // a body found by its head noun: "Palestinian Authority President X"
                if (auto ph = phrase_at(r); ph && phrases_[*ph].first == r &&
                                            (phrases_[*ph].type == EntityType::Organization ||
                                             phrases_[*ph].type == EntityType::Country)) {
                    std::size_t after = phrases_[*ph].last;
                    if (after < b && is_possessive(tok_[after])) ++after;
                    if (title_match(after, b) > 0 || match_honorific(tok_, after, b) > 0) return true;
                }
                const PhraseMatch c = phrase_match(r, b);
                // an adjective the gazetteer does not know: "Angolan President X", "Incoming ... Advisor X"
                if (!c.entry && r + 1 < b && tok_[r].cap && !tok_[r].allcaps && (person_at(r + 1) || title_match(r + 1, b)))
                    return true;
                // a capital standing for its government: "met Seoul's First Vice Foreign Minister X"
                if (c.entry && c.entry->type == EntityType::Location && r + c.length + 1 < b &&
                    is_possessive(tok_[r + c.length]) &&
                    (title_match(r + c.length + 1, b) > 0 ||
                     (in(fold_[r + c.length + 1], {"first", "second"}) && title_match(r + c.length + 2, b) > 0)))
                    return true;
                if (!c.entry || (c.entry->type != EntityType::Country && c.entry->type != EntityType::Organization))
                    return false;
                std::size_t after = r + c.length;
                if (after < b && is_possessive(tok_[after])) {
                    ++after;
                    if (auto p = person_at(after); p && persons_[*p].name_first == after) return true;  // "Russia's Sergei Lavrov"
                    // "Syria's interim President X"
                    while (after + 1 < b && (flags_[after] & kTenureModifier) && !tok_[after].cap) ++after;
                }
                // ("US president Joe Biden": the news writes the office in lower case)
                return title_match(after, b) > 0 || match_honorific(tok_, after, b) > 0 || portfolio_office_at(after, b) ||
                       (after < b && person_at(after + gaz_.match_title(tok_, fold_, after, b, false, true)) &&
                        gaz_.match_title(tok_, fold_, after, b, false, true) > 0);
            };
            // "met Democratic candidate X", "met opposition leader X": a noun for a person (person-noun)
            // after at most two words, then the person
            auto noun_then_person = [&](std::size_t r) {
                // "met China's top diplomat Wang Yi": past a country's possessive
                if (const PhraseMatch c = phrase_match(r, b);
                    c.entry && c.entry->type == EntityType::Country && r + c.length < b &&
                    is_possessive(tok_[r + c.length]))
                    r += c.length + 1;
                for (std::size_t d = r; d < b && d < r + 3 && tok_[d].is_word(); ++d)
                    if ((flags_[d] & kPersonNoun) && !tok_[d].cap && d + 1 < b && person_at(d + 1)) return true;
                return false;
            };
            // "met with high-level officials, including members of the Presidency of X, A and B, and
            // President C": the people the group is told by, each met on their own (met-including)
            // ("his meeting with government representatives, including A, B and C": one meeting, all
            // of them at it)
            bool each = false;
            if (const std::size_t r = group_including(q, b); r != kNone) {
                q = r;
                each = w != "meeting";
            }
            // ("met with defence minister X": an office in lower case, as the news writes it, then the person)
            const auto lower_office_person = [&](std::size_t r) {
                if (r >= b || !tok_[r].is_word() || tok_[r].cap) return false;
                const std::size_t tl = gaz_.match_title(tok_, fold_, r, b, false, true);
                const auto p = tl && r + tl < b ? person_at(r + tl) : std::nullopt;
                return p && persons_[*p].name_first == r + tl;
            };
            // ("met with foreign ministers of Serbia A, Turkey B, and Greece C": a plural office, "of",
            // then each name after its country; one meeting with each, plural-office-of-countries)
            const auto plural_office_of_country = [&](std::size_t r) {
                std::size_t o = r;
                while (o < b && o < r + 4 && tok_[o].is_word() && !person_at(o) && fold_[o] != "of") ++o;
                if (o == r || o + 2 >= b || fold_[o] != "of" || fold_[o - 1].size() < 4 || fold_[o - 1].back() != 's' ||
                    !(flags_[o - 1] & kPairNoun))
                    return false;
                std::size_t c = o + 1;
                if (fold_[c] == "the") ++c;
                const PhraseMatch pm = phrase_match(c, b);
                if (!pm.entry || pm.entry->type != EntityType::Country || c + pm.length >= b) return false;
                const auto p = person_at(c + pm.length);
                return p && persons_[*p].name_first == c + pm.length;
            };
            if (!each && q < b && !person_at(q) && plural_office_of_country(q)) each = w != "meeting";
            // ("met with the Transatlantic Quint Foreign Ministers: French Foreign Minister A, ...": a
            // group named in the plural, then a colon and the people of it, met together (group-colon))
            if (!each && q + 2 < b && !person_at(q)) {
                std::size_t r = q;
                // ("the foreign ambassadors recently accredited to Latvia: the Ambassador of Estonia, A; ...":
                // the plural noun of the group anywhere in it)
                bool plural = false;
                while (r < b && r < q + 12 && tok_[r].is_word() && !person_at(r)) {
                    plural = plural || (fold_[r].size() > 3 && fold_[r].back() == 's' &&
                                        ((flags_[r] & kPairNoun) || plural_office(fold_[r]) || (r + 1 < b && tok_[r + 1].is(":"))));
                    ++r;
                }
                const std::size_t item = r + 2 < b && tok_[r + 1].is("the") ? r + 2 : r + 1;
                if (r > q + 1 && r + 1 < b && tok_[r].is(":") && plural &&
                    (person_at(item) || title_match(item, b) || country_title(item) || match_honorific(tok_, item, b)))
                    q = r + 1;
            }
            if (q < b && (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) || country_title(q) ||
                          noun_then_person(q) || each || lower_office_person(q) ||
                          (q > k + 1 && fold_[q - 1] == "with" && counterpart_person(q, b) != kNone) ||
                          // ("met with the Acting Assistant Secretary ..., X": a tenure word before the office)
                          (tok_[q].is("the") && q + 1 < b &&
                           (phrase_match(q + 1, b).entry || title_match(q + 1, b) ||
                            ((flags_[q + 1] & kTenureModifier) && title_match(q + 2, b)))))) {
                Trigger tr{k, q, MeetingMode::InPerson, under_way ? "is-meeting" : w == "meeting" ? "meeting-with" : "met-with"};
                bool planned_possessive = false;
                tr.each = each;
                tr.planned = planned_word && k > a && in(to_lower(tok_[k - 1].text), {"will", "to", "would", "shall"});
                // "a visit which will see him visit several counties and meet with X": the base form
                // after "and" shares the first verb's time to come
                if (w == "meet" && !tr.planned && k > a + 2 && fold_[k - 1] == "and")
                    for (std::size_t r = k - 2; r > a && r + 12 > k; --r) {
                        if (tok_[r].is(";") || tok_[r].is(".") || person_at(r)) break;
                        if (in(fold_[r], {"will", "would", "shall", "to"}) && !tok_[r].cap) {
                            tr.planned = true;
                            break;
                        }
                    }
                // "who went on to meet with X", "then proceeded to meet Y": a meeting that followed
                // (went-on-to-meet)
                if (tr.planned && fold_[k - 1] == "to" && k > a + 2 &&
                    ((fold_[k - 2] == "on" && in(fold_[k - 3], {"went", "moved", "carried"})) ||
                     in(fold_[k - 2], {"proceeded", "continued"})))
                    tr.planned = false;
                // "I have taken this opportunity to meet with X", "I had the opportunity to meet X": a
                // chance taken is a meeting held
                if (tr.planned && fold_[k - 1] == "to" && k > a + 4 && fold_[k - 2] == "opportunity" &&
                    in(fold_[k - 3], {"this", "the", "an"}) && in(fold_[k - 4], {"taken", "took", "had", "used", "seized"}))
                    tr.planned = false;
                // "X visited Moscow to meet his colleague Y", "travelled to Delhi to meet Z": a trip
                // taken to meet someone, told in the past, was that meeting (travelled-to-meet)
                if (tr.planned && w == "meet" && fold_[k - 1] == "to" && k > a + 2) {
                    bool travelled = false, future = false;
                    for (std::size_t r = k > a + 8 ? k - 8 : a; r + 1 < k; ++r) {
                        travelled = travelled || (in(fold_[r], {"visited", "travelled", "traveled", "flew", "came", "went",
                                                                "arrived", "journeyed"}) && !tok_[r].cap);
                        future = future || in(fold_[r], {"will", "would", "shall", "plans", "planned", "expected", "hopes"});
                    }
                    if (travelled && !future) tr.planned = false;
                }
                // ("ahead of the President's meeting with X", "before Sabry's upcoming meeting
                // with Y": a possessive's meeting still to come)
                if (w == "meeting" && k > a + 1 && is_possessive(tok_[k - 1]))
                    for (std::size_t r = k > a + 10 ? k - 10 : a; r < k; ++r)
                        if (in(fold_[r], {"ahead", "before", "upcoming", "forthcoming", "planned", "next", "proposed",
                                          "possible", "prepare", "prepares", "preparing", "preparation", "preparations"}) &&
                            !tok_[r].cap)
                            planned_possessive = true;
                // ("The Vice President's meeting with President X will strengthen ...": its verb to come)
                if (w == "meeting" && k > a + 1 && is_possessive(tok_[k - 1]))
                    for (std::size_t r = q; r < b && r < q + 16; ++r)
                        if (in(fold_[r], {"will", "shall"}) && !tok_[r].cap) {
                            planned_possessive = true;
                            break;
                        }
                if (w == "meeting") {
                    // ("He will also debrief his meeting with X": the sentence is of time to come)
                    // ("the minister plans to visit Washington early this month for a bilateral meeting
                    // with X": a trip still to come)
                    tr.planned = false;
                    for (std::size_t r = k > a + 6 ? k - 6 : a; r < k; ++r)
                        if (in(fold_[r], {"will", "shall"}) && !tok_[r].cap) tr.planned = true;
                    for (std::size_t r = k > a + 12 ? k - 12 : a; r + 2 < k && !tr.planned; ++r)
                        if (in(fold_[r], {"plans", "planned", "expected", "scheduled"}) && fold_[r + 1] == "to" &&
                            !tok_[r].cap)
                            tr.planned = true;
                    tr.planned = tr.planned || planned_possessive;
                    // ("is meeting with X tomorrow", "... next week": not under way)
                    if (under_way)
                        for (std::size_t r = q; r < b; ++r)
                            if (in(fold_[r], {"tomorrow", "next", "later"})) tr.planned = true;
                }
                triggers.push_back(tr);
                k = q - 1;
                continue;
            }
        }
        // "Scholz later lunched with Premier Li Qiang", "dined with X": a working meal
        if (in(w, {"lunched", "dined", "breakfasted"}) && k + 2 < b && fold_[k + 1] == "with") {
            const std::size_t q = skip_counterpart_words(k + 2, b);
            if (q < b && (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) ||
                          counterpart_person(q, b) != kNone)) {
                triggers.push_back({k, k + 2, MeetingMode::Meal, "dined-with"});
                k = k + 1;
                continue;
            }
        }
        // spoke by telephone with / spoke on the phone with / talked with
        // ("Rubio convened with German Foreign Minister X in Washington": the news's "met with")
        if (in(w, {"spoke", "talked", "speaks", "conferred", "telephoned", "called", "phoned", "rang", "dialled",
                   "dialed"}) ||
            (w == "convened" && k + 1 < b && fold_[k + 1] == "with")) {
            std::size_t q = k + 1;
            while (q < b && q <= k + 5 && fold_[q] != "with") ++q;
            // "spoke today on the margins of the NATO Summit with President X": a longer way to
            // "with" when nothing on it is a person, an office or the end of a clause
            if (!(q < b && fold_[q] == "with")) {
                std::size_t r = k + 1;
                while (r < b && r <= k + 14 && fold_[r] != "with" && !person_at(r) && !title_match(r, b) &&
                       !tok_[r].is(".") && !tok_[r].is(";") && !tok_[r].is(",") &&
                       !in(fold_[r], {"to", "that", "which", "who", "and", "about", "regarding"}))
                    ++r;
                if (r + 1 < b && fold_[r] == "with" && counterpart_person(r + 1, b) != kNone) q = r;
            }
            // "spoke today to President Zelenskyy", "spoke by phone to X": "to" and a person
            if (!(q < b && fold_[q] == "with") && w != "called") {
                std::size_t r = k + 1;
                while (r < b && r <= k + 5 && !tok_[r].is("to")) ++r;
                // ("talked to his Hungarian colleague, Minister X": past the counterpart's words)
                const std::size_t c = r + 1 < b && tok_[r].is("to") ? skip_counterpart_words(r + 1, b) : b;
                if (c > r + 1 && c < b && (person_at(c) || match_honorific(tok_, c, b) || title_match(c, b)))
                    q = r;
                else if (r + 1 < b && tok_[r].is("to") &&
                    (person_at(r + 1) || match_honorific(tok_, r + 1, b) || title_match(r + 1, b) ||
                     (r + 2 < b && tok_[r + 1].cap && (person_at(r + 2) || title_match(r + 2, b))) ||
                     // ("spoke to the President of the United States, X")
                     (fold_[r + 1] == "the" && counterpart_person(r + 1, b) != kNone)))
                    q = r;
            }
            // "President Biden called Prime Minister Kishida of Japan today", "Scholz phoned
            // President Zelensky": a call
            // ("rang", "dialled": the British papers' words for a call)
            if (in(w, {"called", "telephoned", "phoned", "rang", "dialled", "dialed"}) && k + 1 < b &&
                (person_at(k + 1) || match_honorific(tok_, k + 1, b) || title_match(k + 1, b) ||
                 counterpart_person(k + 1, b) != kNone)) {
                triggers.push_back({k, k + 1, MeetingMode::Telephone, "spoke-with"});
                continue;
            }
            // "Vice President X called and congratulated Y": the call's counterpart after a second
            // verb of telling
            if (in(w, {"called", "telephoned", "phoned"}) && k + 3 < b && fold_[k + 1] == "and" &&
                (flags_[k + 2] & kToldVerb) && !tok_[k + 2].cap &&
                (person_at(k + 3) || match_honorific(tok_, k + 3, b) || title_match(k + 3, b) ||
                 counterpart_person(k + 3, b) != kNone)) {
                triggers.push_back({k, k + 3, MeetingMode::Telephone, "spoke-with"});
                k += 2;
                continue;
            }
            if (q < b && (fold_[q] == "with" || tok_[q].is("to"))) {
                // "spoke with" says no mode; a readout titled as a call ("... Call with X") does
                const bool call = in(w, {"telephoned", "called", "phoned"}) || title_states_call();
                // ("spoke to X by phone": the medium after the counterpart is read where the
                // meeting is drafted, for every trigger)
                const MeetingMode mode =
                    mode_from_words(tok_, k, q, call ? MeetingMode::Telephone : MeetingMode::InPerson);
                triggers.push_back({k, q + 1, mode, "spoke-with"});
                k = q;
                continue;
            }
        }
        // "received a copy of the credentials from H.E. Mr. X", "received the letters of credence
        // of X": an envoy presenting credentials meets the one who receives them
        if (in(w, {"received", "receives", "receiving", "accepted", "accepts"}) && k + 3 < b) {
            std::size_t q = k + 1;
            bool credentials = false;
            // ("received the credentials of H.E. Mr. X": whose credentials they are)
            while (q < b && q <= k + 7 && !in(fold_[q], {"from", "by"}) && !(credentials && fold_[q] == "of") &&
                   !person_at(q)) {
                credentials = credentials || in(fold_[q], {"credentials", "credence"});
                ++q;
            }
            if (credentials && q + 1 < b && in(fold_[q], {"from", "by", "of"}) &&
                (person_at(q + 1) || match_honorific(tok_, q + 1, b) || title_match(q + 1, b) ||
                 counterpart_person(q + 1, b) != kNone)) {
                Trigger tr{k, q + 1, MeetingMode::InPerson, "received-credentials"};
                tr.role = 1;
                triggers.push_back(tr);
                k = q;
                continue;
            }
        }
        // received a courtesy call from / paid a courtesy call to|on / made a courtesy call on
        // ("received this evening a phone call from X": past the time told before the call)
        std::size_t art = k + 1;
        if (in(w, {"received", "receives", "receiving"})) {
            if (art < b && in(fold_[art], {"today", "yesterday", "tonight"})) ++art;
            else if (art + 1 < b && in(fold_[art], {"this", "last"}) &&
                     in(fold_[art + 1], {"morning", "afternoon", "evening", "week"}))
                art += 2;
            else if (art + 1 < b && fold_[art] == "on" && weekday_number(fold_[art + 1]) >= 0)
                art += 2;
        }
        if (in(w, {"received", "receives", "paid", "pays", "made", "makes", "paying", "receiving", "took", "takes",
                   "taking", "gave", "gives", "giving"}) &&
            (next_is(art - k, "a") || next_is(art - k, "an") || next_is(art - k, "the") ||
             // ("received telephone calls from his British counterpart A and German Chancellor B": no
             // article before plural calls, one call with each caller; "A and B paid introductory
             // calls on X")
             (art + 2 < b && in(fold_[art], {"telephone", "phone", "video", "courtesy", "farewell", "introductory"}) &&
              fold_[art + 1] == "calls")) &&
            art + 2 < b) {
            std::size_t q = art + 1;
            std::size_t reach = art + 4;
            while (q < b && q <= reach && !in(tok_[q].text, {"from", "to", "on", "by", "of"})) {
                ++q;
                // "received a phone call on Thursday from X": past the day
                if (q + 2 < b && tok_[q].is("on") && weekday_number(fold_[q + 1]) >= 0) {
                    q += 2;
                    reach += 2;
                }
            }
            // "received the courtesy call of Ambassador X" (a courtesy call only: "a call of support")
            const bool of_caller = q < b && tok_[q].is("of") && in(w, {"received", "receives", "receiving"}) &&
                                   k + 2 < q && fold_[q - 1] == "call" && fold_[q - 2] == "courtesy";
            if (q < b && q <= reach && (!tok_[q].is("of") || of_caller)) {
                bool call = false, courtesy = false, video = false;
                for (std::size_t r = k + 1; r < q; ++r) {
                    const std::string word = to_lower(tok_[r].text);
                    if (in(word, {"call", "calls", "visit"})) call = true;
                    if (in(word, {"courtesy", "visit", "farewell", "introductory"})) courtesy = true;
                    if (word == "video") video = true;
                }
                // "received a call from X", "made a phone call to X": a telephone call, not a
                // courtesy call (which is named so)
                // ("took a phone call from X": one the caller rang, as received; a visit taken
                // is no call, "took a call for action" no meeting, and "took" gives calls only)
                const bool took = in(w, {"took", "takes", "taking"});
                if (took && (courtesy || !call || !tok_[q].is("from"))) continue;
                // ("gave a courtesy call to X": a courtesy call only, to the one called on)
                if (in(w, {"gave", "gives", "giving"}) && !(courtesy && call && in(fold_[q], {"to", "on"}))) continue;
                if (call && !courtesy) {
                    const bool receive = took || in(w, {"received", "receives", "receiving"});
                    Trigger tr{k, q + 1, video ? MeetingMode::Video : MeetingMode::Telephone,
                               receive ? "received-call" : "made-call"};
                    tr.each = fold_[q - 1] == "calls";
                    triggers.push_back(tr);
                    k = q;
                    continue;
                }
                if (call) {
                    const bool receive = in(w, {"received", "receives", "receiving"});
                    Trigger tr{k, q + 1, MeetingMode::CourtesyCall, receive ? "received-courtesy-call" : "paid-courtesy-call"};
                    tr.role = receive ? 1 : 2;
                    triggers.push_back(tr);
                    k = q;
                    continue;
                }
            }
        }
        // "at a courtesy call received by Prime Minister X from Tongan Prime Minister Y": the host
        // after "by", the caller after "from" (courtesy-call-received-by)
        if (w == "received" && k >= a + 2 && k + 3 < b && fold_[k - 1] == "call" && fold_[k - 2] == "courtesy" &&
            fold_[k + 1] == "by") {
            std::size_t from = k + 2;
            while (from + 1 < b && from < k + 20 && fold_[from] != "from") ++from;
            if (from + 1 < b && fold_[from] == "from") {
                Trigger tr{k, k + 2, MeetingMode::CourtesyCall, "courtesy-call-received-by"};
                tr.role = 1;
                triggers.push_back(tr);
                continue;
            }
        }
        // shakes/shaking/shook hands with (photo captions)
        if (in(w, {"shakes", "shaking", "shook", "shake"}) && k + 2 < b &&
            (next_is(1, "hands") || next_is(1, "hand")) && next_is(2, "with")) {
            Trigger tr{k, k + 3, MeetingMode::InPerson, "shook-hands-with"};
            tr.confidence = 0.7;
            triggers.push_back(tr);
            k += 2;
            continue;
        }
        // "attended the <Event> ... with A, B and C"
        if (in(w, {"attended", "participated", "joined"})) {
            std::size_t q = k + 1;
            while (q < b && q <= k + 30 && fold_[q] != "with") {
                if (tok_[q].is(".") && tok_[q].space_before == false && q + 1 < b && tok_[q + 1].space_before &&
                    tok_[q + 1].cap)
                    break;
                ++q;
            }
            // ("attended separate meetings with A, B and C": one meeting with each, not one of all)
            bool separate = false;
            for (std::size_t r = k + 1; r < q && !separate; ++r) separate = in(fold_[r], {"separate", "separately"});
            if (q < b && fold_[q] == "with" && q + 1 < b && !separate &&
                (match_honorific(tok_, q + 1, b) || person_at(q + 1) || title_match(q + 1, b))) {
                Trigger tr{k, q + 1, MeetingMode::Multilateral, "attended-with"};
                tr.attend_list = true;
                triggers.push_back(tr);
                k = q;
                continue;
            }
        }
    }
    // (told-by-phone's trigger stands after the words read since: back in the sentence's order)
    if (told_by_phone)
        std::stable_sort(triggers.begin(), triggers.end(), [](const Trigger& x, const Trigger& y) { return x.first < y.first; });
}

// The triggers of sentence s as a line: a title ("Meeting between X and Y"), a caption of two
// people or of a group, the people before "their meeting".
void DocumentReader::find_line_triggers(std::size_t s, std::vector<Trigger>& triggers) {
    const std::size_t a = sent_[s].first, b = sent_[s].last;
    // Title lines: "Meeting between X and Y", "Telephone Talk Between X and Y",
    // "Courtesy Call on X by Y", "Japan-China Summit Meeting with ...".
    // ("Following the meeting between A and B on June 14, C and D discussed": both meetings)
    {
        const bool none = triggers.empty();
        for (std::size_t k = a; k + 1 < b; ++k) {
            // past the opening words, only a meeting noun right before "between" and a person right
            // after it: "The talks between Secretary X and Minister Y lasted five hours", "the
            // call between A and B"; "the upcoming meeting between A and B" is to come
            const bool opening = k < a + 6;
            // (the noun may carry its day first: "a video call on 24 February between A and B")
            std::size_t noun_end = k;
            if (fold_[k] == "between" && k > a && !meeting_noun_at(k - 1))
                for (const DateMention& d : dates_)
                    if (d.last == k && d.first >= a + 2 && in(fold_[d.first - 1], {"on", "in"}) &&
                        meeting_noun_at(d.first - 2))
                        noun_end = d.first - 1;
            const bool between = fold_[k] == "between" && k > a && meeting_noun_at(noun_end - 1);
            // ("a bilateral meeting between the Minister of Foreign Affairs of Latvia, A, and the
            // Minister of Foreign Affairs of Lithuania, B": an office, a comma, then the person)
            const auto office_then_person = [&](std::size_t q) {
                const std::size_t t = q < b && fold_[q] == "the" ? q + 1 : q;
                for (std::size_t r = t + 1; r < b && r < t + 14 && !tok_[r].is("and"); ++r)
                    if (tok_[r].is(",")) {
                        const auto p = r + 1 < b ? person_at(r + 1) : std::nullopt;
                        return p && office_before_comma(*p).first == t;
                    }
                return false;
            };
            if (!opening && !(between && k + 1 < b &&
                              (person_at(k + 1) || counterpart_person(k + 1, b) != kNone || office_then_person(k + 1))))
                continue;
            if (between) {
                bool taken = false;
                for (const Trigger& t : triggers)
                    if (t.first <= k && k < t.last) taken = true;
                if (!taken) {
                    Trigger tr{k, k + 1,
                               mode_from_words(tok_, opening ? a : noun_end - 3, k, MeetingMode::InPerson),
                               "meeting-between"};
                    for (std::size_t q = k > a + 6 ? k - 6 : a; q < k && !opening; ++q)
                        tr.planned = tr.planned || in(fold_[q], {"will", "next", "upcoming", "planned", "expected",
                                                                  "proposed", "possible", "potential", "future",
                                                                  "scheduled", "would", "planning", "plan",
                                                                  "plans", "toward", "towards", "prepare",
                                                                  "preparing", "preparations"});
                    // ("the meeting between A and B could take place in April": a modal after the pair)
                    for (std::size_t q = k + 3; q + 1 < b && q < k + 16 && !tr.planned; ++q)
                        tr.planned = in(fold_[q], {"could", "would", "will", "may", "might", "should", "shall"}) &&
                                     in(fold_[q + 1], {"take", "be", "happen", "occur"});
                    triggers.push_back(tr);
                    std::stable_sort(triggers.begin(), triggers.end(),
                                     [](const Trigger& x, const Trigger& y) { return x.first < y.first; });
                }
                break;
            }
            if (!none || !opening) continue;
            if (tok_[k].is("Call") && k + 1 < b && tok_[k + 1].is("on") && k > a && tok_[k - 1].is("Courtesy")) {
                Trigger tr{k, k + 2, MeetingMode::CourtesyCall, "courtesy-call-on"};
                tr.role = 1;  // the one called on hosts
                triggers.push_back(tr);
                break;
            }
        }
    }
    // A caption of two people: "NATO Secretary General Jens Stoltenberg and Angela Merkel,
    // Chancellor of Germany" (a line of names, titles and bodies, no verb, no period).
    if (triggers.empty() && sent_[s].line_start && b > a && b - a <= 25 && !tok_[b - 1].is(".") &&
        (s + 1 >= sent_.size() || sent_[s + 1].line_start)) {
        bool names_only = true;
        for (std::size_t k = a; k < b && names_only; ++k)
            if (tok_[k].is_word() && !tok_[k].cap && !tok_[k].allcaps &&
                !in(fold_[k], {"and", "of", "the", "for", "de", "von", "van", "der", "al", "bin"}))
                names_only = false;
        std::size_t second_end = kNone;
        // the second name ends the line or opens its apposition; no word of either name
        // is a word of the language (a headline in title case: "Biden and Harris Are Delivering")
        auto plain_name = [&](std::size_t p) {
            for (std::size_t q = persons_[p].name_first; q < persons_[p].name_last; ++q)
                if (gaz_.common_word(fold_[q])) return false;
            return true;
        };
        for (std::size_t k = a + 1; k <= b && names_only && s > 0; ++k)
            if (auto p = person_at(k - 1); p && persons_[*p].name_last == k && (k == b || tok_[k].is(",")) &&
                                           pair_before(k, a)) {
                bool plain = plain_name(*p);
                for (std::size_t q = a; q < persons_[*p].name_first; ++q)
                    if (auto o = person_at(q); o && !plain_name(*o)) plain = false;
                if (plain) second_end = k;
                break;
            }
        if (names_only && second_end != kNone) {
            Trigger tr{second_end, second_end, MeetingMode::InPerson, "caption-pair"};
            tr.confidence = 0.7;
            triggers.push_back(tr);
        }
    }
    // A caption of a group: a line that is nothing but three or more people, each with
    // an office before the name, joined by commas and "and" ("Hungarian Prime Minister Viktor Orbán, Slovakian
    // Prime Minister Robert Fico, Chancellor Angela Merkel and Czech Prime Minister ...").
    if (triggers.empty() && sent_[s].line_start && b > a && b - a <= 90 && !tok_[b - 1].is(".") &&
        (s + 1 >= sent_.size() || sent_[s + 1].line_start) && s > 0) {
        std::size_t k = a, listed = 0;
        while (k < b) {
            std::optional<std::size_t> item;
            for (std::size_t q = k; q < b && q < k + 8 && !item; ++q)
                if (auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                                           persons_[*p].title_first != kNone) {
                    std::size_t from = persons_[*p].name_first;
                    if (persons_[*p].title_first != kNone) from = std::min(from, persons_[*p].title_first);
                    if (persons_[*p].modifier_first != kNone) from = std::min(from, persons_[*p].modifier_first);
                    // a demonym the gazetteer may not know ("Slovakian Prime Minister")
                    bool lead_in = from >= k && from <= k + 2;
                    for (std::size_t r = k; r < from && lead_in; ++r)
                        if (!tok_[r].is_word() || !tok_[r].cap) lead_in = false;
                    if (lead_in) item = p;
                    else break;
                }
            if (!item) break;
            ++listed;
            k = persons_[*item].name_last;
            if (k < b && tok_[k].is(",")) ++k;
            if (k < b && tok_[k].is("and")) ++k;
            if (k < b && k == persons_[*item].name_last) break;  // neither "," nor "and"
        }
        if (k == b && listed >= 3) {
            Trigger tr{b, b, MeetingMode::InPerson, "caption-group"};
            tr.confidence = 0.7;
            triggers.push_back(tr);
        }
    }
    // "A and B pose beside C and D before the start of their meeting in New Delhi": the people
    // named before "their meeting" are its people (a photo's caption, their-meeting-group)
    if (triggers.empty())
        // (the loop visits the words "their" alone)
        for (std::size_t k = next_with(kTheirWord, a + 4, b - 1); k + 1 < b; k = next_with(kTheirWord, k + 1, b - 1)) {
            if (fold_[k] != "their" || !meeting_noun_at(k + 1) ||
                !in(fold_[k - 1], {"before", "after", "of", "during"}))
                continue;
            if (fold_[k - 1] == "of" && !(k >= a + 3 && in(fold_[k - 2], {"start", "end", "opening", "beginning"})))
                continue;
            std::size_t named = 0;
            for (std::size_t q = a; q < k; ++q)
                if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                                                 !persons_[*p].reference)
                    ++named;
            if (named >= 2) {
                Trigger tr{b, b, MeetingMode::InPerson, "caption-group"};
                tr.confidence = 0.7;
                triggers.push_back(tr);
            }
            break;
        }
}

// The meetings the triggers of sentence s make of its people (meetings_).
void DocumentReader::meetings_of_triggers(std::size_t s, const std::vector<Trigger>& triggers) {
    const std::size_t a = sent_[s].first, b = sent_[s].last;
    // persons in this sentence, by position
    // (not a photographer the caption credits with the agency: "[Liu Weibing/Xinhua]", "(Xinhua/Li Xueren)")
    const auto credited = [&](const PersonMention& m) {
        return (m.name_last + 1 < b && tok_[m.name_last].is("/") && (flags_[m.name_last + 1] & kCreditWord)) ||
               (m.name_first >= a + 2 && tok_[m.name_first - 1].is("/") && (flags_[m.name_first - 2] & kCreditWord));
    };
    std::vector<std::size_t> people;
    for (std::size_t k = a; k < b; ++k)
        if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone && !credited(persons_[*p]))
            people.push_back(*p);
    for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
        const Trigger& tr = triggers[ti];
        const std::size_t stop = ti + 1 < triggers.size() ? triggers[ti + 1].first : b;
        MeetingDraft md;
        md.sentence = s;
        md.mode = tr.mode;
        // "held talks with X via video link", "spoke to X by phone", "talked with X over the
        // phone": the medium after the counterpart, before the clause ends or the next trigger
        for (std::size_t r = tr.last; md.mode == MeetingMode::InPerson && r + 1 < stop; ++r) {
            if (tok_[r].is(";") || in(fold_[r], {"who", "which", "that", "after", "before", "following", "and",
                                                 "while", "where", "when"}))
                break;
            if (const auto medium = own_medium_at(fold_, r, b)) md.mode = *medium;
        }
        md.rule = tr.rule;
        md.confidence = tr.confidence;
        md.status = tr.planned ? MeetingStatus::Planned : MeetingStatus::Happened;
        // subject: the last person before the trigger, and any joined to it by "and"
        std::vector<std::size_t> subject, object;
        if (tr.rule == "caption-group") {
            subject = people;
        } else if (tr.rule == "meeting-between") {
            // the people listed right after "between", joined by commas and "and"
            std::size_t expect = tr.last;
            for (std::size_t p : people) {
                const PersonMention& pm = persons_[p];
                if (pm.name_first < tr.last || pm.name_first >= stop) continue;
                std::size_t start = pm.name_first;
                if (pm.title_first != kNone) start = std::min(start, pm.title_first);
                if (pm.modifier_first != kNone) start = std::min(start, pm.modifier_first);
                start = back_over_counterpart(start, tr.last);  // "A and her Chinese counterpart B"
                bool joined = true;
                // (a word no one was read from, then a comma: the list ended there, "between President
                // Biden and PM Meloni, Sullivan and Talo reaffirmed")
                bool unread = false;
                // "between the South American directors of the Chilean and Colombian Foreign Ministries,
                // A and B, respectively": past the plural office the names follow
                if (object.empty() && expect < start && fold_[expect] == "the") {
                    std::size_t r = expect + 1;
                    bool plural = false;
                    while (r < start && r < expect + 16 && tok_[r].is_word()) {
                        plural = plural || plural_office(fold_[r]) || (flags_[r] & kPairNoun);
                        ++r;
                    }
                    if (plural && r + 1 == start && tok_[r].is(",")) expect = start;
                }
                // "between A, then secretary of the Council, and B": past the first one's apposition
                if (!object.empty() && expect < start && tok_[expect].is(",")) {
                    std::size_t r = expect + 1;
                    while (r < start && r < expect + 14 && !tok_[r].is(",") && !tok_[r].is(";")) ++r;
                    if (r < start && tok_[r].is(",") && r > expect + 1) expect = r;
                }
                for (std::size_t q = expect; q < start; ++q) {
                    // (", as well as B": one more of the list)
                    if (q + 2 < start && fold_[q] == "as" && fold_[q + 1] == "well" && fold_[q + 2] == "as") {
                        q += 2;
                        continue;
                    }
                    if (!(tok_[q].is(",") || tok_[q].is("and") || tok_[q].is(".") || tok_[q].is("the") ||
                          tok_[q].is("of") || tok_[q].is("for") ||
                          (tok_[q].is_word() && tok_[q].cap && !person_at(q))))
                        joined = false;
                    if (tok_[q].is_word() && tok_[q].cap && !person_at(q) && !phrase_at(q) && !title_match(q, stop))
                        unread = true;
                    if (tok_[q].is(",") && unread) joined = false;
                }
                // ("Following on the meeting between A and B, C and D reaffirmed ...": after a comma, the
                // subject of the sentence's own verb, not more of the list)
                if (joined && object.size() >= 2) {
                    bool comma = false;
                    for (std::size_t q = expect; q < start; ++q) comma = comma || tok_[q].is(",");
                    std::size_t r = pm.name_last;
                    // (to the sentence's end: the verb may open the next trigger)
                    while (r + 1 < b && tok_[r].is("and")) {  // (past "and Advisor D": an office too)
                        std::size_t n = r + 1;
                        while (n < b && n < r + 6 && !person_at(n) && tok_[n].is_word() && tok_[n].cap) ++n;
                        if (const auto m = n < b ? person_at(n) : std::nullopt) r = persons_[*m].name_last;
                        else break;
                    }
                    if (comma && r < b && !tok_[r].cap && (flags_[r] & (kPairVerb | kPastMeetingVerb)))
                        joined = false;
                }
                if (!joined && !object.empty()) break;
                object.push_back(p);
                expect = pm.name_last;
                // "A of Japan and B": a body after the name
                if (expect < stop && tok_[expect].is("of"))
                    if (const PhraseMatch c = phrase_match(expect + 1 < stop && tok_[expect + 1].is("the") ? expect + 2 : expect + 1, stop); c.entry)
                        expect = (tok_[expect + 1].is("the") ? expect + 2 : expect + 1) + c.length;
            }
            // "talks between A and B, hosted by China's top diplomat C": the host was at them too
            if (!object.empty()) {
                std::size_t r = persons_[object.back()].name_last;
                if (r < b && tok_[r].is(",")) ++r;
                if (r + 2 < b && in(fold_[r], {"hosted", "mediated", "brokered", "chaired", "facilitated"}) &&
                    fold_[r + 1] == "by") {
                    for (std::size_t q = r + 2; q < b && q < r + 9; ++q) {
                        if (auto h = person_at(q); h && persons_[*h].name_first == q) {
                            object.push_back(*h);
                            break;
                        }
                        if (tok_[q].is(",") || tok_[q].is(".")) break;
                    }
                }
            }
            // "meetings between Secretary A, Secretary B, and Envoy C and their counterparts": each had
            // their own; two people are the two sides of every one of them
            if (tr.first > a && fold_[tr.first - 1] == "meetings" && object.size() >= 2) {
                bool listed = object.size() > 2;  // "A, B" joined by a comma is a list too
                for (std::size_t q = persons_[object[0]].name_last; q < persons_[object[1]].name_first; ++q)
                    listed = listed || tok_[q].is(",");
                if (listed) object.clear();
            }
        } else if (tr.rule == "courtesy-call-received-by") {
            for (std::size_t p : people) {
                if (persons_[p].name_first < tr.last || persons_[p].name_first >= stop) continue;
                bool after_from = false;
                for (std::size_t q = tr.last; q < persons_[p].name_first; ++q) after_from = after_from || fold_[q] == "from";
                (after_from ? object : subject).push_back(p);
            }
        } else if (tr.rule == "courtesy-call-on") {
            for (std::size_t p : people) {
                if (persons_[p].name_first < tr.last) continue;
                bool after_by = false;
                for (std::size_t q = tr.last; q < persons_[p].name_first; ++q)
                    if (tok_[q].is("by")) after_by = true;
                (after_by ? object : subject).push_back(p);
            }
        } else {
            const std::size_t lo = ti > 0 ? triggers[ti - 1].last : a;
            bool listed = false;  // a subject joined by "and": commas before it join a list
            for (auto it = people.rbegin(); it != people.rend(); ++it) {
                const PersonMention& pm = persons_[*it];
                if (pm.name_last > tr.first || pm.name_first < lo) continue;
                // ("A, President B's special representative, met with C": B is whom A's office serves,
                // not one who met; a possessive, then a comma before the verb)
                // (the office's comma the only one, right before the verb)
                if (subject.empty() && pm.name_last + 2 < tr.first && is_possessive(tok_[pm.name_last]) &&
                    tok_[tr.first - 1].is(",") &&
                    std::count_if(tok_.begin() + static_cast<std::ptrdiff_t>(pm.name_last),
                                  tok_.begin() + static_cast<std::ptrdiff_t>(tr.first), [](const Token& t) { return t.is(","); }) == 1)
                    continue;
                // ("A, the Cabinet Secretary and B held": an office in A's apposition read as a
                // reference to someone is A's office, no one of the list)
                // ("A, the sister of B, and C, the wife of D, met": B and D are the kin named, not the subjects)
                if (pm.name_first >= a + 2 && fold_[pm.name_first - 1] == "of" &&
                    (flags_[pm.name_first - 2] & kKinNoun))
                    continue;
                // ("and the Ambassador of Norway to ASEAN, B, met": the office before B read as a reference
                // to B is B's)
                if (pm.reference && !subject.empty() && person_entity_[*it] == person_entity_[subject.back()]) continue;
                if (pm.reference) {
                    std::size_t q = pm.title_first != kNone ? std::min(pm.title_first, pm.name_first) : pm.name_first;
                    if (q > a && fold_[q - 1] == "the") --q;
                    if (q > a + 1 && tok_[q - 1].is(",") && person_at(q - 2) && !persons_[*person_at(q - 2)].reference)
                        continue;
                }
                if (subject.empty()) {
                    subject.push_back(*it);
                    continue;
                }
                // "X and Y held": the earlier person joined by "and"
                const PersonMention& later = persons_[subject.back()];
                std::size_t from = later.title_first != kNone ? later.title_first : later.name_first;
                if (later.modifier_first != kNone && later.modifier_first < from) from = later.modifier_first;
                from = back_over_counterpart(from, a);  // "X and her Chinese counterpart Y held"
                // ("..., and the Rt Hon Philip Hammond MP, ...": first the longest honorific of the table)
                from = before_honorific(from, a);
                // "..., and H.E. Mr. Bui Thanh Son, ...": back over the honorific
                while (from > a && (tok_[from - 1].is(".") ||
                                    in(tok_[from - 1].text, {"H", "E", "Mr", "Ms", "Mrs", "Dr", "Hon", "Honorable",
                                                             "Honourable", "Senator", "the", "His", "Her",
                                                             "Excellency", "Majesty", "Highness"})))
                    --from;
                from = back_over_office_comma(from, a);
                // "A and Australia's B held": back over the country's possessive
                // ("A and the Democratic Republic of Congo's B met": an "of" inside the country's name,
                // and its article)
                if (from > a + 1 && is_possessive(tok_[from - 1])) {
                    std::size_t q = from - 1;
                    while (q > a && q + 6 > from && tok_[q - 1].is_word() && !person_at(q - 1) &&
                           (tok_[q - 1].cap || (tok_[q - 1].is("of") && q - 1 > a && tok_[q - 2].cap && tok_[q].cap && q + 1 < from)))
                        --q;
                    if (q + 1 < from && q > a + 1 && tok_[q - 1].is("the") && fold_[q] != "the") --q;
                    if (q + 1 < from) from = q;
                }
                // "A and Deputy Prime Minister and Minister of Foreign Affairs B held": back over a
                // title joined to the person's by "and"
                // (not the office of an apposition: "A, the Cabinet Secretary and B held")
                if (from > a + 2 && tok_[from - 1].is("and"))
                    for (std::size_t p = from >= a + 7 ? from - 7 : a; p + 1 < from; ++p) {
                        if (person_at(p) || title_match(p, b) != from - 1 - p) continue;
                        std::size_t r = p;  // the office's first word
                        while (r > a && tok_[r - 1].is_word() && tok_[r - 1].cap && !person_at(r - 1)) --r;
                        if (r > a && (tok_[r - 1].is(",") || (fold_[r - 1] == "the" && r > a + 1 && tok_[r - 2].is(","))))
                            break;
                        from = p;
                        break;
                    }
                // "A and Senior Director B met": back over office words no title was read from
                {
                    std::size_t q = from;
                    while (q > a + 1 && q + 8 > from && !person_at(q - 1) &&
                           (is_possessive(tok_[q - 1]) ||
                            (tok_[q - 1].is_word() &&
                             (tok_[q - 1].cap || (flags_[q - 1] & kTenureModifier) ||
                              (q - 1 > a && in(fold_[q - 1], {"of", "for", "the", "to"}) &&
                               (tok_[q - 2].cap || in(fold_[q - 2], {"to", "for", "of"}))) ||
                              // ("Security and Civilian Protection Secretary B": an "and" inside the office)
                              (q - 1 > a && fold_[q - 1] == "and" && tok_[q - 2].cap && !person_at(q - 2) &&
                               q < from && tok_[q].cap))) ||
                            // ("and Radio Free Europe/Radio Liberty President B": a slash inside a body's name)
                            (tok_[q - 1].is("/") && !tok_[q - 1].space_before && q - 1 > a && tok_[q - 2].is_word() &&
                             tok_[q - 2].cap && q < from && tok_[q].cap) ||
                            // ("and U.S. Homeland Security Secretary B": the periods of an abbreviation)
                            (tok_[q - 1].is(".") && q - 1 > a && !tok_[q - 1].space_before && tok_[q - 2].is_word() &&
                             tok_[q - 2].cap && tok_[q - 2].text.size() == 1)))
                        --q;
                    if (q < from && (tok_[q - 1].is("and") || (listed && tok_[q - 1].is(",")) ||
                                     (q >= a + 2 && tok_[q - 1].is("by") &&
                                      in(fold_[q - 2], {"accompanied", "supported", "assisted"}))))
                        from = q;
                }
                // "X, accompanied by Y, held talks with Z": X led the side Y joined
                // ("Prime Minister X supported by Secretary Y, met with Z": no comma before the phrase)
                // ("X, who was accompanied by A and B, received Y")
                std::size_t who = from >= a + 3 ? from - 3 : a;
                if (who > a + 2 && in(fold_[who], {"was", "were"}) && fold_[who - 1] == "who") who -= 2;
                if (from >= a + 3 && tok_[from - 1].is("by") &&
                    in(fold_[from - 2], {"accompanied", "joined", "supported", "assisted", "flanked"}) &&
                    ((tok_[who].is(",") && pm.name_last == who) ||
                     (pm.name_last == from - 2 && !in(fold_[from - 2], {"joined"})))) {
                    subject.push_back(*it);
                    continue;
                }
                // ("A (left) and B (right) sign": past a caption's position marker)
                if (from >= 1 && tok_[from - 1].is("and") &&
                    (pm.name_last == from - 1 || before_position_marker(from - 1, a) == pm.name_last)) {
                    subject.push_back(*it);
                    listed = true;
                } else if (listed && from >= 1 && tok_[from - 1].is(",") && pm.name_last == from - 1) {
                    // "A, B, and C met": the list before its "and"
                    subject.push_back(*it);
                } else if (from >= 1 && tok_[from - 1].is("and") && pm.name_last < from - 1) {
                    bool apposition = true;
                    for (std::size_t q = pm.name_last; q + 1 < from; ++q)
                        if (const auto o = person_at(q); o && !persons_[*o].reference) apposition = false;
                    if (apposition && tok_[pm.name_last].is(",")) {
                        subject.push_back(*it);
                        listed = true;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "X paid a courtesy call on Y following a meeting with Z": the meeting is X's, the
            // subject of the clause, not the last person named before it ("X briefed Y on his
            // meeting with Z": the same)
            if (tr.rule == "meeting-with" && tr.first >= a + 2 &&
                in(fold_[tr.first - 1], {"a", "the", "his", "her", "their"}) &&
                (in(fold_[tr.first - 2], {"following", "after", "before"}) ||
                 (in(fold_[tr.first - 2], {"on", "about"}) && in(fold_[tr.first - 1], {"his", "her", "their"})) ||
                 // ("gave Y an explanation on the result of his meeting with Z")
                 (tr.first >= a + 3 && fold_[tr.first - 2] == "of" && in(fold_[tr.first - 1], {"his", "her", "their"}) &&
                  in(fold_[tr.first - 3], {"result", "results", "outcome", "outcomes", "details", "content", "contents"}))) &&
                !people.empty() &&
                persons_[people.front()].name_last <= tr.first) {
                subject.assign(1, people.front());
            }
            // "X travelled to Tunis together with A and B for a meeting with Y": X and the people
            // who came with X are the one side
            if (tr.first > a + 2 && !people.empty()) {
                std::size_t along = kNone;
                for (std::size_t q = a + 1; q < tr.first && along == kNone; ++q)
                    if (fold_[q] == "with" && in(fold_[q - 1], {"together", "along"})) along = q;
                if (along != kNone && persons_[people.front()].name_last < along) {
                    std::vector<std::size_t> side{people.front()};
                    for (std::size_t p : people)
                        if (persons_[p].name_first > along && persons_[p].name_last <= tr.first) side.push_back(p);
                    if (side.size() >= 2) subject = side;
                }
            }
            // "X met Y at the Vatican, after holding talks with Z": a gerund after "after" is the
            // clause subject's, like the noun above
            if (tr.first > a && in(fold_[tr.first - 1], {"following", "after", "before"}) &&
                fold_[tr.first].size() > 4 && fold_[tr.first].ends_with("ing") && !people.empty() &&
                persons_[people.front()].name_last <= tr.first && !tok_[tr.first - 1].cap) {
                subject.assign(1, people.front());
            }
            // "Ambassador X then presented her credentials to President Y and also met Minister Z":
            // the one before "and" is the object of a verb no trigger read (a preposition before
            // them), so the clause's first person, its subject, met Z (object-before-and)
            if (subject.size() == 1 && tr.first > a + 3) {
                const PersonMention& sp = persons_[subject.front()];
                std::size_t v = tr.first;
                while (v > sp.name_last && (flags_[v - 1] & kCoordinatedVerbAdverb) && !tok_[v - 1].cap) --v;
                std::size_t st = sp.title_first != kNone ? std::min(sp.title_first, sp.name_first) : sp.name_first;
                if (sp.modifier_first != kNone) st = std::min(st, sp.modifier_first);
                if (v == sp.name_last + 1 && fold_[sp.name_last] == "and" && st > a + 1 && in(fold_[st - 1], {"to", "on", "from"}))
                    for (std::size_t q = a; q + 1 < st; ++q)
                        if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                                                         person_entity_[*p] != person_entity_[subject.front()]) {
                            bool verb_between = false;
                            for (std::size_t r = persons_[*p].name_last; r < st && !verb_between; ++r)
                                verb_between = tok_[r].is_word() && !tok_[r].cap && fold_[r].size() > 3 && fold_[r].ends_with("ed");
                            if (verb_between) subject.assign(1, *p);
                            break;
                        }
            }
            // "X paid a courtesy call on Y, and held a meeting with Z": two verbs joined by "and"
            // share the clause's subject; Y, between them, is the first verb's counterpart.
            // "the Minister called on President X and met Foreign Secretary Y": a subject the
            // clause does not name leaves the second verb without one, never X.
            if (ti > 0 && !subject.empty() && persons_[subject.front()].name_first >= triggers[ti - 1].last) {
                std::size_t q = tr.first;
                while (q > lo && (flags_[q - 1] & kCoordinatedVerbAdverb)) --q;
                // ("X met with A, attended separate meetings with B and C": a comma before a verb in
                // the past, at most three words before the trigger, joins the clauses alike)
                std::size_t v = tr.first;
                while (v > lo && v + 3 > tr.first && tok_[v - 1].is_word() && !tok_[v - 1].cap) --v;
                const bool comma_verb = v > lo && tok_[v - 1].is(",") && !tok_[v].cap &&
                                        in(fold_[v], {"met", "held", "attended", "hosted", "received", "paid"});
                if (q > lo && (tok_[q - 1].is("and") || comma_verb) && !person_at(q - 1)) {
                    if (!meetings_.empty() && meetings_.back().sentence == s && meetings_.back().subjects > 0) {
                        const MeetingDraft& before = meetings_.back();
                        subject.assign(before.persons.begin(),
                                       before.persons.begin() + static_cast<std::ptrdiff_t>(before.subjects));
                    } else {
                        subject.clear();
                    }
                }
            }
            // objects: people after the trigger, up to a word that starts a new clause
            // (a pair's verb has none: "A and B discussed the proposal of C")
            // The first word after the trigger that ends its objects, found once per trigger
            // (not once per person: a list of hundreds of names stays linear).
            std::size_t purpose_at = kNone, clause_at = kNone;
            for (std::size_t q = tr.last; q < std::min(stop, b) && clause_at == kNone; ++q) {
                const std::string_view w = fold_[q];
                // "to express his condolences on the death of X": a purpose clause
                if (purpose_at == kNone && w == "to" && q + 1 < b && tok_[q + 1].is_word() && !tok_[q + 1].cap &&
                    !in(fold_[q + 1], {"the", "his", "her", "their"}))
                    purpose_at = q;
                if (in(w, {"stated", "said", "expressed", "discussed", "exchanged", "agreed", "confirmed",
                           "welcomed", "regarding", "concerning", "about", "where", "which", "during",
                           "following", "followed", "after", "before", "hosted", "invitation", "including",
                           "conveyed", "told", "thanked", "mentioned", "explained", "that", "while", "from",
                           "says", "say", "agree", "agrees", "warns", "vows", "sidelines", "margins",
                           "occasion"}) &&
                    !(w == "from" && in(fold_[q - 1], {"counterpart", "counterparts"})) &&  // "her counterpart from Mexico, X"
                    // ("a call from the newly confirmed Secretary of State X": a tenure word, no verb)
                    !(w == "confirmed" && q > tr.last && fold_[q - 1] == "newly") &&
                    // ("received a parliamentary delegation from Russia, and led by X": who leads it)
                    !(w == "from" && in(fold_[q - 1], {"delegation", "team", "mission"}) &&
                      skip_counterpart_words(tr.last, b) > q) &&
                    // "a call with G7 Leaders, including Prime Minister X": the group's members
                    !(w == "including" && q >= tr.last + 2 && tok_[q - 1].is(",") &&
                      in(fold_[q - 2], {"leaders", "counterparts", "ministers", "officials", "members",
                                        "representatives", "heads"})))
                    clause_at = q;
                // "met with X in Munich, as the two countries prepare for a visit by Y": a clause
                // of its own (not "..., as well as Y")
                if (w == "as" && q > tr.last && tok_[q - 1].is(",") && !(q + 1 < b && fold_[q + 1] == "well"))
                    clause_at = q;
            }
            for (std::size_t p : people) {
                const PersonMention& pm = persons_[p];
                if (pm.name_first < tr.last || pm.name_first >= stop || tr.rule == "pair-met" ||
                    tr.rule == "told-during-talks" || tr.rule == "told-by-phone" ||
                    tr.rule == "caption-pair")
                    continue;
                bool cut = (purpose_at != kNone && purpose_at + 1 < pm.name_first) ||
                           (clause_at != kNone && clause_at < pm.name_first);
                // "met with X, Chief of Cabinet for European Commission President Y", "Advisor to
                // President Y": the one an office serves is not a counterpart
                {
                    std::size_t start = pm.name_first;
                    if (pm.title_first != kNone) start = std::min(start, pm.title_first);
                    if (pm.modifier_first != kNone) start = std::min(start, pm.modifier_first);
                    while (start > tr.last && tok_[start - 1].is_word() && tok_[start - 1].cap &&
                           !person_at(start - 1))
                        --start;  // "European Commission"
                    // ("Secretary for Strategic Affairs X", "Council for ... Chairman X" keep theirs)
                    // (but an envoy's office names where it is sent: "Ambassador of Peru to Russia X")
                    bool envoy = false;
                    if (start > tr.last && fold_[start - 1] == "to")
                        for (std::size_t r = start - 1; r > tr.last && r + 8 > start && !envoy; --r) {
                            const std::string_view w = fold_[r - 1];
                            if (in(w, {"ambassador", "ambassadors", "envoy", "representative", "consul", "emissary"}))
                                envoy = true;
                            else if (!(tok_[r - 1].cap || in(w, {"of", "the", "and"})) || person_at(r - 1))
                                break;
                        }
                    if (start > tr.last && ((fold_[start - 1] == "to" && !envoy) ||
                                            (fold_[start - 1] == "for" && start >= 2 && fold_[start - 2] == "cabinet")))
                        cut = true;
                    // ("C, ... and special representative of Chinese President D": whom C represents)
                    if (start > tr.last + 1 && fold_[start - 1] == "of" && !tok_[start - 2].cap &&
                        in(fold_[start - 2], {"representative", "envoy", "emissary", "adviser", "advisor", "aide",
                                              "spokesman", "spokesperson", "spokeswoman"}))
                        cut = true;
                }
                // "..., Foreign Ministry Spokesman X said.": the one who tells of the meeting
                // (at the sentence's end: "In the meeting with X, Kang said she hoped" is the subject's clause)
                // ("..., Deputy Head of the Office of the President X has said.")
                std::size_t said = pm.name_last;
                if (said + 1 < b && in(fold_[said], {"has", "had"}) && !tok_[said].cap) ++said;
                if (said < b && in(fold_[said], {"said", "says", "told", "added", "noted", "stated"}) &&
                    !tok_[said].cap && (said + 1 >= b || tok_[said + 1].is("."))) {
                    std::size_t start = pm.title_first != kNone ? std::min(pm.title_first, pm.name_first) : pm.name_first;
                    if (pm.modifier_first != kNone) start = std::min(start, pm.modifier_first);
                    // (past an office's "of" and "the": "Deputy Head of the Office of the President X")
                    while (start > tr.last && tok_[start - 1].is_word() &&
                           (tok_[start - 1].cap || (in(fold_[start - 1], {"of", "the"}) && (tok_[start].cap || fold_[start] == "the"))) &&
                           !person_at(start - 1))
                        --start;
                    if (start > tr.last && tok_[start - 1].is(",")) cut = true;
                }
                // "spoke with X, the wife of Y": the one a kin's apposition names is no counterpart
                if (pm.name_first >= 2 && fold_[pm.name_first - 1] == "of" &&
                    (flags_[pm.name_first - 2] & kKinNoun))
                    cut = true;
                // "spoke with A and B, Mr. Nichols' mother and stepfather": a possessive names
                // someone else's relation, not a counterpart
                if (pm.name_last < b && is_possessive(tok_[pm.name_last])) cut = true;  // "President Biden's order"
                if (pm.name_last + 1 < b && (tok_[pm.name_last].is("\u2019") || tok_[pm.name_last].is("'")) &&
                    (tok_[pm.name_last + 1].is("s") ||
                     (fold_[pm.name_last - 1].back() == 's' && tok_[pm.name_last + 1].is_word() &&
                      !tok_[pm.name_last + 1].cap && !is_particle(tok_[pm.name_last + 1].text))))
                    cut = true;
                if (!cut) object.push_back(p);
            }
        }
        // "Today I met with ...": a first-person release speaks for its byline, the
        // first person named before this sentence.
        if (subject.empty() && tr.rule != "meeting-between" && tr.rule != "courtesy-call-on") {
            bool first_person = false;
            // ("Our talks in Papeete today with A, B and C reinforced ...", Mr X says: the possessive too)
            for (std::size_t q = (tr.first >= a + 3 ? tr.first - 3 : a); q < tr.first; ++q)
                if (in(fold_[q], {"i", "we", "i've", "we've", "i\u2019ve", "we\u2019ve"}) ||
                    (in(fold_[q], {"our", "my"}) && q + 1 < b && meeting_noun_at(q + 1)))
                    first_person = true;
            // ("I have taken this opportunity to meet with X": further back, no one named between)
            if (!first_person && tr.first >= a + 6 && fold_[tr.first - 1] == "to" && fold_[tr.first - 2] == "opportunity") {
                bool named = false;
                for (std::size_t q = tr.first - 6; q < tr.first; ++q) {
                    named = named || person_at(q).has_value();
                    if (!named && in(fold_[q], {"i", "we"})) first_person = true;
                }
                first_person = first_person && !named;
            }
            // In a transcript "I" is the speaker of the label this passage follows.
            std::size_t speaker = kNone;
            for (std::size_t p = 0; p < persons_.size(); ++p)
                if (persons_[p].label && persons_[p].name_first < a && person_entity_[p] != kNone &&
                    (speaker == kNone || persons_[p].name_first > persons_[speaker].name_first))
                    speaker = p;
            // "'I had a meeting with the President in Bali yesterday,' Marty said.": the one the quotation's
            // closing names as its speaker (quote-speaker)
            std::size_t quoted_by = kNone;
            if (first_person)
                for (std::size_t q = tr.last; q + 2 < b && quoted_by == kNone; ++q) {
                    if (!(tok_[q].is("'") || tok_[q].is("\u2019") || tok_[q].is("\u201d") || tok_[q].is("\"")) ||
                        !(tok_[q - 1].is(",") || tok_[q - 1].is(".")))
                        continue;
                    const auto said = [&](std::size_t r) {
                        return r < b && in(fold_[r], {"said", "says", "told", "added", "stated", "recalled"});
                    };
                    if (const auto p = person_at(q + 1); p && persons_[*p].name_first == q + 1 &&
                                                         person_entity_[*p] != kNone && said(persons_[*p].name_last))
                        quoted_by = *p;
                    else if (said(q + 1))
                        if (const auto p2 = person_at(q + 2); p2 && persons_[*p2].name_first == q + 2 && person_entity_[*p2] != kNone)
                            quoted_by = *p2;
                    break;
                }
            if (quoted_by != kNone) {
                subject.push_back(quoted_by);
            } else if (first_person && speaker != kNone) {
                subject.push_back(speaker);
            } else if (first_person) {
                // (not one the sentence meets: "Meeting with Prime Minister Kishida" above "I met
                // with Prime Minister Kishida" names the counterpart, not the writer)
                auto met_here = [&](std::size_t p) {
                    for (std::size_t o : object)
                        if (person_entity_[o] == person_entity_[p]) return true;
                    return false;
                };
                // a byline: a short line of its own naming the writer in title case ("The Hon Anthony
                // Albanese MP", "Senator the Hon Penny Wong, Minister for Foreign Affairs")
                auto byline = [&](std::size_t p) {
                    const std::size_t ps = sent_of_[persons_[p].name_first];
                    if (!sent_[ps].line_start || sent_[ps].last - sent_[ps].first > 12) return false;
                    for (std::size_t r = sent_[ps].first; r < sent_[ps].last; ++r)
                        if (tok_[r].is_word() && !tok_[r].cap && !tok_[r].allcaps &&
                            !in(fold_[r], {"of", "for", "and", "the", "on", "to"}))
                            return false;
                    return true;
                };
                std::size_t best = kNone;
                for (std::size_t p = 0; p < persons_.size(); ++p)
                    if (persons_[p].name_first < a && person_entity_[p] != kNone &&
                        (best == kNone || persons_[p].name_first < persons_[best].name_first))
                        best = p;
                // the first one named is the one met: a byline above, else none
                if (best != kNone && met_here(best)) {
                    best = kNone;
                    for (std::size_t p = 0; p < persons_.size() && best == kNone; ++p)
                        if (persons_[p].name_first < a && person_entity_[p] != kNone && !met_here(p) && byline(p))
                            best = p;
                }
                // nobody named above: a byline below the text ("Today I met with ... / The Hon
                // Anthony Albanese MP"), on a line without a full stop
                if (best == kNone)
                    for (std::size_t p = 0; p < persons_.size() && best == kNone; ++p) {
                        const std::size_t ps = sent_of_[persons_[p].name_first];
                        if (persons_[p].name_first >= b && person_entity_[p] != kNone && !met_here(p) && byline(p) &&
                            !tok_[sent_[ps].last - 1].is("."))
                            best = p;
                    }
                if (best != kNone) subject.push_back(best);
            }
            // "The leaders of France, Germany and Italy met X": the document's one person of each
            // country named, as its offices say ("French President A", "Prime Minister B of Italy")
            if (subject.empty()) subject = leaders_of_countries(a, tr.first);
            // "The high-level delegation led by A comprises B and C. ... The delegation held a
            // closed-door meeting with X": the delegation the text named, its head and members
            // (delegation-reference; someone named met, not "the Prime Ministers of A, B and C")
            if (subject.empty() && !object.empty() && tr.first > a + 1) {
                bool delegation = false;
                for (std::size_t q = a; q < tr.first && q < a + 6 && !delegation; ++q) {
                    if (person_at(q)) break;
                    delegation = fold_[q] == "delegation" && !tok_[q].cap;
                }
                for (std::size_t s2 = s; delegation && s2-- > 0 && s2 + 4 > s;) {
                    bool listed = false;
                    for (std::size_t q = sent_[s2].first; q + 1 < sent_[s2].last && !listed; ++q)
                        listed = fold_[q] == "delegation" &&
                                 std::any_of(fold_.begin() + static_cast<std::ptrdiff_t>(q + 1),
                                             fold_.begin() + static_cast<std::ptrdiff_t>(std::min(q + 4, sent_[s2].last)),
                                             [](std::string_view w) {
                                                 return w == "led" || w == "headed" || w == "comprises" || w == "comprised" ||
                                                        w == "includes" || w == "included" || w == "consisting";
                                             });
                    if (!listed) continue;
                    for (std::size_t q = sent_[s2].first; q < sent_[s2].last; ++q)
                        if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                                                         !persons_[*p].reference)
                            subject.push_back(*p);
                    break;
                }
            }
            // "He also met with ...": the subject of the last meeting reported before.
            bool pronoun = false;
            for (std::size_t q = (tr.first >= a + 3 ? tr.first - 3 : a); q < tr.first; ++q)
                // ("his visit to Damascus, during which he met President X")
                if (in(fold_[q], {"he", "she"}) &&
                    (q == a || !tok_[q - 1].is_word() || in(fold_[q - 1], {"which", "where", "when", "then"}) ||
                     // ("Later he spoke with X", "Subsequently, she met Y": an adverb of sequence opens it)
                     ((flags_[a] & kCoordinatedVerbAdverb) && (q == a + 1 || (q == a + 2 && tok_[a + 1].is(","))))))
                    pronoun = true;
            // "He also received a briefing on the Expo and met X": the verb after "and" shares the
            // subject of the sentence's pronoun, with no one named between (pronoun-coordinated)
            if (!pronoun && tr.first > a + 3 && fold_[tr.first - 1] == "and" && in(fold_[a], {"he", "she"})) {
                bool named = false;
                for (std::size_t q = a + 1; q + 1 < tr.first && !named; ++q)
                    named = person_at(q).has_value() || in(fold_[q], {"who", "which", "that", "they", "we"});
                pronoun = !named;
            }
            // "The Caribbean diplomat also met with X", "The Cuban minister then held talks with Y": a
            // definite description opening the sentence stands for the one the release is about, as
            // "he" does (described-subject; data/word_classes.tsv description-noun)
            {
                // ("On Thursday, the Russian leader met X": past an opening day and its comma)
                std::size_t d0 = a;
                if (fold_[a] == "on" && tok_[a].cap)
                    for (std::size_t r = a + 1; r < tr.first && r < a + 6; ++r) {
                        if (tok_[r].is(",")) {
                            if (r > a + 1) d0 = r + 1;
                            break;
                        }
                        if (!(tok_[r].kind == Token::Kind::Number || (tok_[r].is_word() && tok_[r].cap))) break;
                    }
                std::size_t q = tr.first;
                while (q > d0 && (flags_[q - 1] & kCoordinatedVerbAdverb) && !tok_[q - 1].cap) --q;
                // ("The top bureaucrat at the ministry met X": a short phrase of where after the noun)
                if (q > d0 + 4 && in(fold_[q - 3], {"at", "of", "in", "from"}) && fold_[q - 2] == "the" &&
                    tok_[q - 1].is_word() && !tok_[q - 1].cap && (flags_[q - 4] & kDescriptionNoun) && !tok_[q - 4].cap)
                    q -= 3;
                // (in lower case: "The President", "The Vice President" are titles standing for one
                // the release need not name)
                if (q > d0 + 1 && q <= d0 + 5 && (flags_[q - 1] & kDescriptionNoun) && !tok_[q - 1].cap &&
                    fold_[d0] == "the") {
                    // a capitalised adjective of a country or region between, no name: "The Cuban
                    // minister" (an office alone, "The prime minister later met", is a title reference,
                    // resolved to its one holder or to no one by resolve_title_references)
                    bool plain = true, adjective = false;
                    for (std::size_t r = d0 + 1; r + 1 < q && plain; ++r) {
                        plain = tok_[r].is_word() && !person_at(r) && !(flags_[r] & kDescriptionNoun);
                        adjective = adjective || tok_[r].cap;
                    }
                    // (a noun that is no office needs no capitalised word: "The top bureaucrat")
                    if (plain && (adjective || in(fold_[q - 1], {"diplomat", "bureaucrat", "envoy"}))) pronoun = true;
                }
            }
            // "His meeting with Finnish Foreign Minister X was described as productive": the sentence
            // opens with the possessive of its meeting
            if (tr.first == a + 1 && in(fold_[a], {"his", "her"}) && tr.rule == "meeting-with") pronoun = true;
            // "Bilateral ties were also on the agenda in separate meetings with A of X, B of Y", "The
            // issues discussed during the meetings with A and B included ...": meetings the sentence
            // names no one for, held by the subjects of the release's first meeting (subjectless-meetings)
            if (!pronoun && subject.empty() && tr.rule == "meetings-with" && fold_[tr.first] == "meetings" &&
                tr.first > a + 1) {
                bool opening = false, named = false;
                for (std::size_t q = tr.first > a + 3 ? tr.first - 3 : a; q < tr.first; ++q)
                    opening = opening || (in(fold_[q], {"in", "during", "at"}) && !tok_[q].cap);
                for (std::size_t q = a; q < tr.first && !named; ++q)
                    named = person_at(q).has_value() || in(fold_[q], {"he", "she", "they", "i", "we"});
                if (opening && !named)
                    for (const MeetingDraft& m : meetings_)
                        if (m.sentence < s && m.status == MeetingStatus::Happened && m.subjects > 0 &&
                            m.persons.size() > m.subjects) {
                            subject.assign(m.persons.begin(), m.persons.begin() + static_cast<std::ptrdiff_t>(m.subjects));
                            break;
                        }
                // (no meeting with a subject before: whom "he" would stand for, the person the release
                // opened with)
                if (opening && !named && subject.empty()) pronoun = true;
            }
            // "The meetings with A, B and C took place on the sidelines of ...": the meeting's own
            // verb of having happened, after the counterparts, and no one else named before it
            // ("The bilateral meeting with X was held ...": lower-case words between)
            bool plain_opening = tr.first <= a + 3 && fold_[a] == "the";
            for (std::size_t q = a + 1; q < tr.first && plain_opening; ++q)
                plain_opening = tok_[q].is_word() && !tok_[q].cap && !tok_[q].allcaps;
            if (plain_opening && (tr.rule == "meeting-with" || tr.rule == "meetings-with"))
                for (std::size_t q = tr.last; q + 1 < b && q < tr.last + 40; ++q)
                    if ((fold_[q] == "took" && fold_[q + 1] == "place") ||
                        (in(fold_[q], {"was", "were"}) && fold_[q + 1] == "held")) {
                        pronoun = true;
                        break;
                    }
            // ("His first meeting was with X", "His first bilateral meeting was with X")
            if ((tr.first == a + 2 || (tr.first == a + 3 && meeting_kind(fold_[a + 2]))) && in(fold_[a], {"his", "her"}) &&
                tr.rule == "meeting-with" && meeting_ordinal(fold_[a + 1]))
                pronoun = true;
            if (tr.rule == "passive-held-with") pronoun = true;
            // "The highlight of his visit was a bilateral meeting with X", "During her stay, a meeting
            // with Y was held": a possessive of the one the release is about, on their visit, no one
            // named before the meeting (possessive-visit-subject)
            if (!pronoun && tr.rule == "meeting-with" && tr.first < a + 14) {
                bool named = false, visit = false;
                for (std::size_t q = a; q < tr.first && !named; ++q) {
                    named = person_at(q).has_value() || in(fold_[q], {"he", "she", "they", "i", "we", "their"});
                    visit = visit || (in(fold_[q], {"his", "her"}) && q + 1 < tr.first &&
                                      in(fold_[q + 1], {"visit", "trip", "stay", "tour", "mission"}));
                }
                pronoun = visit && !named;
            }
            // "The meeting with X focused on trade", "In the meeting with X, the two discussed ...",
            // "During the talks with X, trade was discussed": the sentence opens with its meeting, and
            // names no one but the counterparts: the one the release is about, as "his meeting"
            // (opening-meeting-subject)
            if (!pronoun && (tr.rule == "meeting-with" || tr.rule == "meetings-with") && tr.first <= a + 5) {
                std::size_t q = a;
                if (in(fold_[q], {"in", "during", "at"}) && q + 1 < tr.first) ++q;
                bool plain = fold_[q] == "the" && q < tr.first;
                for (std::size_t r = q + 1; r < tr.first && plain; ++r)
                    plain = tok_[r].is_word() && !tok_[r].cap && !tok_[r].allcaps;
                for (std::size_t r = a; r < b && plain; ++r)
                    if (const auto p = person_at(r); p && persons_[*p].name_first == r && !persons_[*p].reference)
                        plain = std::find(object.begin(), object.end(), *p) != object.end();
                // ("... following a meeting with Minister Meng. During the meeting with Minister Meng,
                // the two sides concurred": the meeting told before with that counterpart, its other people)
                for (auto it = meetings_.rbegin(); plain && !object.empty() && it != meetings_.rend(); ++it) {
                    if (it->sentence >= s || it->status != MeetingStatus::Happened) continue;
                    const auto has = [&](std::size_t p) {
                        return std::any_of(it->persons.begin(), it->persons.end(),
                                           [&](std::size_t other) { return person_entity_[other] == person_entity_[p]; });
                    };
                    if (!std::any_of(object.begin(), object.end(), has)) continue;
                    for (std::size_t m : it->persons)
                        if (std::none_of(object.begin(), object.end(),
                                         [&](std::size_t o) { return person_entity_[o] == person_entity_[m]; }))
                            subject.push_back(m);
                    break;
                }
                // (else the subject of the last meeting told, with anyone or with people unnamed: "X met
                // with various other Foreign Ministers"; "the delegation met with Y" names none)
                for (auto it = meetings_.rbegin(); plain && !object.empty() && subject.empty() && it != meetings_.rend(); ++it)
                    if (it->sentence < s && it->status == MeetingStatus::Happened && it->subjects > 0) {
                        subject.push_back(it->persons.front());
                        break;
                    }
                // (no meeting told before at all: the one "he" would stand for, the person the release
                // opened with)
                pronoun = plain && !object.empty() && subject.empty() &&
                          std::none_of(meetings_.begin(), meetings_.end(), [&](const MeetingDraft& m) { return m.sentence < s; });
            }
            // "He made the remarks during a meeting with X": the sentence's pronoun subject, no one
            // named before the meeting
            if (!pronoun && tr.rule == "meeting-with" && in(fold_[a], {"he", "she"}) && tr.first < a + 12) {
                bool named = false;
                for (std::size_t q = a + 1; q < tr.first && !named; ++q) named = person_at(q).has_value() || tok_[q].is(",");
                pronoun = !named;
            }
            // "They also spoke by telephone with X": everyone at the meeting reported before
            // (a meeting that took place: "They welcome ...", "They plan to host ..." tell none)
            bool they = false;
            for (std::size_t q = (tr.first >= a + 3 ? tr.first - 3 : a); q < tr.first; ++q)
                if (fold_[q] == "they" && (q == a || in(fold_[q - 1], {"which", "where", "when", "then", ","})))
                    they = true;
            bool happened = false;
            for (std::size_t q = tr.first; q < tr.last; ++q) happened = happened || (flags_[q] & kPastMeetingVerb);
            they = they && happened;
            // "Likewise, the cabinet member and the diplomat met with X": two descriptions joined
            // by "and" as the sentence's subject stand for the two who were the subject of the
            // meeting reported before (described-pair; data/word_classes.tsv description-noun)
            if (subject.empty() && !they) {
                std::size_t q = tr.first;
                while (q > a && (flags_[q - 1] & kCoordinatedVerbAdverb) && !tok_[q - 1].cap) --q;
                const std::size_t from = a + 2 < q && tok_[a + 1].is(",") ? a + 2 : a;
                // one side: "the", lower-case words, a description noun last
                auto described = [&](std::size_t x, std::size_t y) {
                    if (y < x + 2 || fold_[x] != "the" || !(flags_[y - 1] & kDescriptionNoun)) return false;
                    for (std::size_t r = x; r < y; ++r)
                        if (!tok_[r].is_word() || tok_[r].cap || tok_[r].allcaps || person_at(r)) return false;
                    return true;
                };
                for (std::size_t m = from + 2; m + 2 < q && m < from + 8; ++m)
                    if (fold_[m] == "and" && described(from, m) && described(m + 1, q)) {
                        for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it)
                            if (it->sentence < s && it->status == MeetingStatus::Happened && it->subjects == 2) {
                                subject.assign(it->persons.begin(), it->persons.begin() + 2);
                                break;
                            }
                        break;
                    }
            }
            // "In a trilateral meeting with X, the diplomats / the two ministers / they agreed": the
            // clause after the meeting's counterpart has the pair of the meeting before for its
            // subject (meeting-with-pair)
            if (subject.empty() && !they && tr.rule == "meeting-with" && tr.first <= a + 4 &&
                in(fold_[a], {"in", "during", "at"}) && in(fold_[a + 1], {"a", "an", "the", "their"})) {
                for (std::size_t q = tr.last; q + 1 < b && q < tr.last + 16; ++q) {
                    if (in(fold_[q], {"he", "she", "we", "i"}) || meeting_noun_at(q)) break;
                    const bool pair = fold_[q] == "they" ||
                                      (fold_[q] == "the" && ((flags_[q + 1] & kPairNoun) ||
                                                             (fold_[q + 1] == "two" && q + 2 < b && (flags_[q + 2] & kPairNoun))));
                    if (pair && !tok_[q - 1].is("of")) {
                        they = true;
                        break;
                    }
                }
            }
            if (subject.empty() && they)
                for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it)
                    if (it->sentence < s && it->status == MeetingStatus::Happened && it->persons.size() >= 2) {
                        subject = it->persons;
                        break;
                    }
            // "Sullivan arrived here after visiting Bhutan. In Bhutan, he met King X": the person who
            // opens the sentence before, a sentence of no meeting, is who the pronoun stands for
            // (pronoun-previous-subject)
            // (the pronoun opens its sentence, or its clause after an opening phrase and a comma: "In
            // Bhutan, he met"; not "..., where he was welcomed by X", whose pronoun is of its sentence)
            bool opens = false;
            for (std::size_t q = (tr.first >= a + 3 ? tr.first - 3 : a); q < tr.first && !opens; ++q) {
                if (!in(fold_[q], {"he", "she"})) continue;
                opens = q == a || (q == a + 1 && (flags_[a] & kCoordinatedVerbAdverb));
                if (q > a + 1 && tok_[q - 1].is(",")) {
                    opens = true;
                    for (std::size_t r = a; r < q && opens; ++r)
                        opens = !person_at(r) && !in(fold_[r], {"where", "which", "when", "who", "after", "before"});
                }
            }
            if (subject.empty() && pronoun && opens && s > 0) {
                const std::size_t pa = sent_[s - 1].first, pb = sent_[s - 1].last;
                bool told = false;
                // (a meeting of two or more told there; "X said he had talks with his counterparts"
                // tells X's alone, and X is still whom the pronoun stands for)
                for (const MeetingDraft& m : meetings_) told = told || (m.sentence == s - 1 && m.persons.size() >= 2);
                std::size_t q = pa;
                // ("US President Joe Biden arrived in Hanoi ...": the office's country before it)
                if (const PhraseMatch c = phrase_match(q, pb);
                    c.entry && c.entry->type == EntityType::Country && title_match(q + c.length, pb))
                    q += c.length;
                q += title_match(q, pb);
                // ("Dr Balakrishnan said ...", "Mr. X said ...": an honorific before the name)
                if (q < pb && !person_at(q)) q += match_honorific(tok_, q, pb);
                if (const auto p = q < pb ? person_at(q) : std::nullopt;
                    !told && p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                    persons_[*p].name_last + 1 < pb && tok_[persons_[*p].name_last + 1].is_word() &&
                    !tok_[persons_[*p].name_last + 1].cap && !in(fold_[persons_[*p].name_last + 1], {"and", "or"}))
                    subject.push_back(*p);
            }
            if (subject.empty() && pronoun) {
                // (a meeting with someone; "X stated that the two ministers held talks" drafts none)
                for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it)
                    if (it->sentence < s && it->subjects > 0 && it->persons.size() >= 2) {
                        subject.push_back(it->persons.front());
                        break;
                    }
                // no meeting before: the person the release opened with
                if (subject.empty())
                    for (std::size_t p = 0; p < persons_.size(); ++p)
                        if (persons_[p].name_first < a && person_entity_[p] != kNone && !persons_[p].reference) {
                            subject.push_back(p);
                            break;
                        }
            }
        }
        // "X attended the Foreign Affairs Council. The ministers spoke with Y": the participants
        // of the meeting a person of the release attended, that person among them (group-attended-subject)
        std::size_t group_event = kNone;
        if (subject.empty() && tr.first >= a + 2 && fold_[tr.first - 2] == "the" &&
            in(fold_[tr.first - 1], {"ministers", "leaders", "participants", "delegates", "delegations"}))
            for (std::size_t ps = s; ps-- > 0 && subject.empty() && ps + 10 > s;)
                for (std::size_t k = sent_[ps].first + 1; k + 1 < sent_[ps].last && subject.empty(); ++k) {
                    if (!(fold_[k] == "attended" || (fold_[k] == "participated" && fold_[k + 1] == "in") ||
                          (fold_[k] == "took" && fold_[k + 1] == "part")))
                        continue;
                    std::size_t ev = kNone;
                    for (std::size_t q = k + 1; q < sent_[ps].last && q < k + 5 && ev == kNone; ++q)
                        if (const auto ph = phrase_at(q); ph && phrases_[*ph].type == EntityType::Event && phrases_[*ph].entity != kNone)
                            ev = *ph;
                    if (ev == kNone) continue;
                    for (std::size_t q = k; q > sent_[ps].first && q + 12 > k; --q)
                        if (const auto p = person_at(q - 1); p && person_entity_[*p] != kNone) {
                            subject.push_back(*p);
                            group_event = ev;
                            break;
                        }
                }
        if (tr.partner != kNone && subject.size() == 1) subject.push_back(tr.partner);
        // "Trump briefed Zelenskyy on his conversation with Putin": the sentence's first person
        if (tr.own)
            for (std::size_t p : people)
                if (persons_[p].name_last <= tr.first) {
                    subject.assign(1, p);
                    break;
                }
        // ("Following on the meeting between A and B, C and D reaffirmed": A and B are the earlier
        // trigger's, not more of the pair that reaffirmed)
        if (tr.rule == "pair-met" && ti > 0)
            subject.erase(std::remove_if(subject.begin(), subject.end(),
                                         [&](std::size_t p) {
                                             for (const MeetingDraft& m : meetings_)
                                                 if (m.sentence == s && m.rule == "meeting-between" &&
                                                     std::count(m.persons.begin(), m.persons.end(), p))
                                                     return true;
                                             return false;
                                         }),
                          subject.end());
        if ((tr.rule == "pair-met" || tr.rule == "caption-pair" || tr.rule == "caption-group" ||
             tr.rule == "told-during-talks" || tr.rule == "told-by-phone") &&
            subject.size() < 2)
            continue;
        // "A and B also spoke with their Canadian counterparts": each with their own, unnamed; A
        // and B did not meet each other
        if (object.empty() && subject.size() >= 2 && tr.last < b && in(fold_[tr.last], {"their", "respective"})) {
            bool own = false;
            for (std::size_t q = tr.last + 1; q < b && q < tr.last + 5; ++q)
                own = own || in(fold_[q], {"counterparts", "respective"});
            if (own) continue;
        }
        // Counterparts with no one who met them ("He also met with A; B; and C" where "he"
        // is unknown) did not meet each other.
        // (a line that opens with the trigger may be a schedule's or caption's: "Met with A and B";
        // one that names its subject in words is not: "On the same day, the head of state also met
        // with A and B")
        // ("They held talks with A, B and C", "the mayors and mayors-elect met with A and B": a
        // group meets them together; the subject is what stands between the last comma and the verb)
        bool named_subject = false;
        {
            std::size_t from = a;
            for (std::size_t q = a; q < tr.first; ++q)
                if (tok_[q].is(",")) from = q + 1;
            std::size_t last = tr.first;
            while (last > from && in(fold_[last - 1], {"also", "then", "later", "separately", "further", "today"}))
                --last;
            bool group = false;
            for (std::size_t q = from; q < last; ++q) group = group || in(fold_[q], {"and", "&"});
            named_subject = last > from && !group &&
                            (in(fold_[from], {"he", "she"}) ||
                             (fold_[from] == "the" && last > from + 1 && !fold_[last - 1].ends_with("s") &&
                              !tok_[last - 1].cap && !(flags_[last - 1] & kPairNoun)));
        }
        if (subject.empty() && object.size() >= 2 &&
            (tr.rule == "met-with" || tr.rule == "spoke-with" || tr.rule == "held-meeting-with") &&
            (!sent_[s].line_start || named_subject))
            continue;
        // Meetings still to come: "I'll be meeting with X tomorrow", "will meet", "is to hold talks"
        {
            const std::size_t from = tr.first >= a + 3 ? tr.first - 3 : a;
            for (std::size_t q = from; q < tr.first; ++q)
                if (in(fold_[q], {"will", "shall", "going", "plans", "planned", "expected", "i'll", "we'll", "he'll",
                                   "she'll", "i\u2019ll", "we\u2019ll", "he\u2019ll", "she\u2019ll"}))
                    md.status = MeetingStatus::Planned;
            // "meeting X later today" is to come; "met X later on Wednesday" took place
            bool past = false;
            for (std::size_t q = tr.first; q < tr.last; ++q) past = past || (flags_[q] & kPastMeetingVerb);
            for (std::size_t q = tr.last; q < stop && q < tr.last + 15 && !past; ++q)
                if (in(fold_[q], {"tomorrow", "later"}) && !(q + 1 < stop && fold_[q + 1] == "that"))
                    md.status = MeetingStatus::Planned;
        }
        if (tr.role == 1 && !subject.empty()) md.host = subject.front();
        if (tr.role == 1 && !object.empty()) md.visitor = object.front();
        if (tr.role == 2 && !subject.empty()) md.visitor = subject.front();
        if (tr.role == 2 && !object.empty()) md.host = object.front();
        for (std::size_t p : subject) md.persons.push_back(p);
        md.subjects = subject.size();
        for (std::size_t p : object) md.persons.push_back(p);
        // the event named inside the trigger ("held a Japan-ROK Foreign Ministers' Meeting with")
        md.event = first_phrase_after(tr.first, tr.last, {EntityType::Event});
        if (tr.attend_list) md.event = first_phrase_after(tr.first, tr.last, {EntityType::Event});
        if (md.event == kNone && group_event != kNone) md.event = group_event;
        if (md.event == kNone && tr.event != kNone) md.event = tr.event;
        md.date = own_date_at(a, b, tr.first);
        md.place = place_in_sentence(s);
        // ("A and B also committed to expand cooperation on the conditions in Gaza": a pledge's place
        // is what it is about, not where they met)
        if (tr.rule == "pair-met" && fold_[tr.first] == "committed") md.place = kNone;
        // "on the margins of / on the sidelines of / at the <Event>": every participant was there.
        // ("On the sidelines of the G20 Summit, X held talks with Y": before the sentence's first trigger)
        if (md.event == kNone) {
            for (std::size_t q = ti == 0 ? a : tr.last; q + 1 < stop; ++q) {
                if (q == tr.first) q = tr.last;
                if (q + 1 >= stop) break;  // (a trigger that ends the sentence)
                // ("met X to discuss the decisions taken at the NATO Summit in July": where something
                // else was decided, not where the meeting was held)
                if (q > tr.last && (flags_[q] & kDecidedAt) &&
                    in(fold_[q + 1], {"at", "during"}))
                    q += 2;
                if (q + 1 >= stop) break;
                std::size_t r = kNone;
                if (in(fold_[q], {"margins", "margin", "sidelines", "sideline", "fringes", "fringe"}) &&
                    tok_[q + 1].is("of"))
                    r = q + 2;
                if ((tok_[q].is("at") || fold_[q] == "during") && q >= tr.last) r = q + 1;
                // "on the occasion of", "On the second day of the 56th AMM, X held ..."
                if (in(fold_[q], {"occasion", "day"}) && tok_[q + 1].is("of")) r = q + 2;
                // "within the framework of participation in the Antalya Diplomacy Forum, a meeting was held"
                if (fold_[q] == "participation" && in(fold_[q + 1], {"in", "at"})) r = q + 2;
                if (fold_[q] == "during" && ti == 0 && q < tr.first) r = q + 1;  // "During the summit, A met B"
                // "X hosted / welcomed A and B for the Mexico-US High-Level Security Dialogue"
                // (not "prepared for the NATO Summit", "thanked him for the ...")
                // ("thanked her for the ...": past a pronoun too)
                const auto not_there = [&](std::size_t w) {
                    return in(fold_[w], {"prepared", "prepare", "prepares", "preparing", "preparation", "preparations",
                                         "ready", "plan", "plans", "planning", "call", "called", "calls", "thank",
                                         "thanked", "thanks", "hope", "hopes", "support", "supported",
                                         "congratulated", "congratulate", "praised", "commended", "credit",
                                         "credited", "appreciation", "gratitude"});
                };
                // (nor an office's field: "met X, German Minister for Economic Cooperation and Special
                // Envoy of the Secretary-General for the Conference on ...": after a capitalised word
                // that is no name)
                const bool office_field = q > a && tok_[q - 1].cap && !phrase_at(q - 1) && [&] {
                    if (const auto p = person_at(q - 1))
                        for (std::size_t m : md.persons)
                            if (person_entity_[m] == person_entity_[*p]) return false;  // "hosted A and B for the X"
                    // (an office's words back to its title; not "at the National Palace for the X")
                    for (std::size_t t = q - 1; t > a && t + 10 > q; --t) {
                        if (!(tok_[t].cap || in(fold_[t], {"of", "the", "-"}))) break;
                        if (title_match(t, q) > 0) return true;
                    }
                    return false;
                }();
                if (tok_[q].is("for") && q >= tr.last && !not_there(q - 1) && !office_field && !phrase_at(q) &&
                    !(q >= 2 && in(fold_[q - 1], {"her", "him", "them", "us", "it", "me"}) && not_there(q - 2)))
                    r = q + 1;
                if (r == kNone) continue;
                r = past_event_article(r, stop);
                if (auto p = phrase_at(r); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone) {
                    md.event = *p;
                    break;
                }
            }
        }
        // "held a meeting with A, and with B", "held separate meetings with A and B":
        // one meeting per counterpart group, not one where A and B met each other.
        std::vector<std::vector<std::size_t>> groups = counterpart_groups(object, tr.first, stop);
        if (tr.each && object.size() >= 2) {
            groups.clear();
            for (std::size_t o : object) groups.push_back({o});
        }
        // "A and B paid introductory calls on X on 27 and 28 October respectively": each subject
        // met the counterparts on a day of its own, not the other subject (respective-subjects)
        if (groups.size() < 2 && subject.size() >= 2 && !object.empty() &&
            std::any_of(fold_.begin() + static_cast<std::ptrdiff_t>(tr.last),
                        fold_.begin() + static_cast<std::ptrdiff_t>(stop),
                        [](std::string_view w) { return w == "respectively"; })) {
            for (std::size_t sj : subject) {
                MeetingDraft one = md;
                one.persons.assign(1, sj);
                one.persons.insert(one.persons.end(), object.begin(), object.end());
                one.subjects = 1;
                meetings_.push_back(std::move(one));
            }
            continue;
        }
        if (groups.size() < 2) {
            meetings_.push_back(md);
            continue;
        }
        for (const std::vector<std::size_t>& group : groups) {
            MeetingDraft one = md;
            one.persons.assign(subject.begin(), subject.end());
            one.persons.insert(one.persons.end(), group.begin(), group.end());
            if (tr.role == 1) one.visitor = group.front();
            if (tr.role == 2) one.host = group.front();
            meetings_.push_back(std::move(one));
        }
    }
}

std::vector<std::vector<std::size_t>> DocumentReader::counterpart_groups(const std::vector<std::size_t>& object,
                                                                         std::size_t from, std::size_t stop) const {
    std::vector<std::vector<std::size_t>> groups;
    bool separate = false;
    for (std::size_t q = from; q < stop; ++q)
        if (in(fold_[q], {"separate", "separately", "bilaterally"})) separate = true;
    // "two days of meetings with A, B and C": one meeting each ("held calls with A, B and C", "telephone
    // conversations with A and B": so are calls)
    const std::size_t first_object = object.empty() ? stop : persons_[object.front()].name_first;
    for (std::size_t q = from; q < first_object && q < stop; ++q)
        if (in(fold_[q], {"meetings", "calls", "conversations"})) separate = true;
    // "called A, B and C": a telephone call is one counterpart's ("spoke with German Chancellor A,
    // Italian Prime Minister B, Greek Prime Minister C and Czech Prime Minister D": calls, one each)
    if (from < tok_.size() && (fold_[from] == "called" || (in(fold_[from], {"spoke", "speaks", "talked", "telephoned", "phoned"}) &&
                                                            object.size() >= 3)))
        separate = true;
    // "X held a series of bilateral meetings with the foreign ministers of A, B and C. Accordingly,
    // he met D, E and F": the list the sentence before announces as meetings of their own
    // ("X had a number of phone conversations with his foreign counterparts. X discussed the
    // developments with A, B and C": so are calls)
    if (from < tok_.size() && sent_of_[from] > 0 && object.size() >= 2 &&
        in(fold_[from], {"discussed", "spoke", "talked"})) {
        const std::size_t ps = sent_of_[from] - 1;
        for (std::size_t q = sent_[ps].first + 1; q + 3 < sent_[ps].last && !separate; ++q)
            separate = in(fold_[q], {"conversations", "calls", "talks"}) && fold_[q + 1] == "with" &&
                       (in(fold_[q + 2], {"his", "her"}) && std::any_of(tok_.begin() + static_cast<std::ptrdiff_t>(q + 3),
                                                                        tok_.begin() + static_cast<std::ptrdiff_t>(std::min(q + 6, sent_[ps].last)),
                                                                        [](const Token& t) { return t.is("counterparts"); }));
    }
    if (from < tok_.size() && sent_of_[from] > 0 && object.size() >= 2 && in(fold_[from], {"met", "meets"})) {
        const std::size_t ps = sent_of_[from] - 1;
        for (std::size_t q = sent_[ps].first + 1; q < sent_[ps].last && !separate; ++q)
            separate = fold_[q] == "meetings" &&
                       (in(fold_[q - 1], {"bilateral", "separate"}) ||
                        (q >= sent_[ps].first + 3 && fold_[q - 2] == "of" && fold_[q - 3] == "series") ||
                        (q >= sent_[ps].first + 4 && fold_[q - 1] == "bilateral" && fold_[q - 3] == "of"));
    }
    // "X has conferred with Foreign Affairs Ministers of various countries. ... X exchanged views
    // with Minister A, B and C": the ministers of various countries, one by one (various-countries)
    if (from < tok_.size() && object.size() >= 2 && !separate)
        for (std::size_t ps = sent_of_[from]; ps-- > 0 && ps + 3 > sent_of_[from] && !separate;)
            for (std::size_t q = sent_[ps].first + 1; q + 1 < sent_[ps].last && !separate; ++q)
                separate = in(fold_[q], {"various", "several", "different"}) && fold_[q + 1] == "countries";
    for (std::size_t i = 0; i < object.size(); ++i) {
        bool new_group = groups.empty() || separate;
        if (!new_group) {
            // A "with" of its own between the previous counterpart and this one.
            const PersonMention& next = persons_[object[i]];
            const std::size_t begin = persons_[object[i - 1]].name_last;
            const std::size_t end = next.title_first != kNone ? next.title_first : next.name_first;
            for (std::size_t q = begin; q < end; ++q)
                if (fold_[q] == "with") new_group = true;
        }
        if (new_group) groups.emplace_back();
        groups.back().push_back(object[i]);
    }
    return groups;
}

// "Parliamentary Vice-Minister X also attended the meeting", "Y joined the call": people
// who attended "the" meeting join the last meeting reported before.
void DocumentReader::find_joiners() {
    // a meeting of sentence s whose subjects are `people`, of the sentence's own date and place
    const auto group_draft = [&](std::size_t s, const char* rule, const std::vector<std::size_t>& people) {
        MeetingDraft md;
        md.sentence = s;
        md.rule = rule;
        md.confidence = 0.7;
        md.persons = people;
        md.subjects = people.size();
        md.date = own_date(sent_[s].first, sent_[s].last);
        md.place = place_in_sentence(s);
        return md;
    };
    // the meeting has person mention p's entity among its people already
    const auto holds = [&](const MeetingDraft& m, std::size_t p) {
        return std::any_of(m.persons.begin(), m.persons.end(),
                           [&](std::size_t q) { return person_entity_[q] == person_entity_[p]; });
    };
    // The next token after k, before b, where a phrasing of data/joiners.tsv may begin (the first
    // of a sentence is visited first): pattern_candidates is 0 at the tokens passed by (they were
    // most of its calls: about ten instructions each)
    const PatternIndex& index = words_.joiner_index;
    const WordFlags starts = kPatternStart | index.any_class;
    const auto next_joiner_start = [&](std::size_t k, std::size_t b) {
        if (index.every_token) return k + 1;
        std::size_t next = next_with(starts, k + 1, b);
        // ("_ ~2 joined them": the tokens up to the skip's reach before one of near_flags)
        if (index.near_word)
            if (const std::size_t near = next_with(index.near_flags, k + 1, b); near < b)
                next = std::min(next, std::max(k + 1, near - std::min(near, index.near_reach)));
        // (the person of "@person was ...": the token before one of after_person)
        if (index.after_person)
            if (const std::size_t after = next_with(index.after_person, k + 2, std::min(next + 1, b));
                after < std::min(next + 1, b))
                next = after - 1;
        return next;
    };
    // "The bilateral meeting was followed by a trilateral session with X": the people of the
    // meeting told before met X too
    for (std::size_t s = 1; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // (the loop visits "was" and "were" alone: k + 4 < b)
        const std::size_t stop = b > a + 5 ? b - 4 : a + 1;
        for (std::size_t k = next_with(kFollowedClauseWord, a + 1, stop); k < stop;
             k = next_with(kFollowedClauseWord, k + 1, stop)) {
            if (!(meeting_noun_at(k - 1) && in(fold_[k], {"was", "were"}) && fold_[k + 1] == "followed" &&
                  fold_[k + 2] == "by"))
                continue;
            std::size_t with = kNone;
            for (std::size_t q = k + 3; q < b && q < k + 8 && with == kNone; ++q)
                if (fold_[q] == "with" && meeting_noun_at(q - 1)) with = q;
            if (with == kNone) break;
            const std::size_t other = counterpart_person(with + 1, b);
            const MeetingDraft* before = nullptr;
            for (const MeetingDraft& m : meetings_)
                if (m.sentence < s && m.status == MeetingStatus::Happened && m.persons.size() >= 2) before = &m;
            if (other == kNone || !before) break;
            MeetingDraft md;
            md.sentence = s;
            md.mode = mode_from_words(tok_, k + 3, with, MeetingMode::InPerson);
            md.rule = "followed-by-meeting-with";
            md.confidence = 0.7;
            md.persons = before->persons;
            md.persons.push_back(other);
            md.subjects = before->persons.size();
            md.joined = true;
            md.date = before->date;
            md.place = before->place;
            meetings_.push_back(std::move(md));
            break;
        }
    }
    // "X was received by President Y, with the participation of Minister A and of Ambassador B", "in
    // the presence of A": the meeting of that sentence had them all
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        std::size_t first = kNone;  // the sentence's first meeting
        for (std::size_t i = 0; i < meetings_.size() && first == kNone; ++i)
            if (meetings_[i].sentence == s && meetings_[i].status == MeetingStatus::Happened &&
                meetings_[i].persons.size() >= 2)
                first = i;
        if (first == kNone) continue;
        MeetingDraft* here = &meetings_[first];
        for (std::size_t k = a; k + 2 < b; ++k) {
            if (!(fold_[k + 1] == "of" && ((fold_[k] == "participation" && k > a && in(fold_[k - 1], {"the", "with"})) ||
                                           (fold_[k] == "presence" && k > a && fold_[k - 1] == "the"))))
                continue;
            bool added = false;
            for (std::size_t q = k + 2; q < b; ++q) {
                if (tok_[q].is(";") || (in(fold_[q], {"who", "which"}) && !tok_[q].cap) ||
                    (fold_[q] == "to" && q + 1 < b && tok_[q + 1].is_word() && !tok_[q + 1].cap && fold_[q + 1] != "the"))
                    break;
                if (auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone) {
                    if (!holds(*here, *p)) here->persons.push_back(*p);
                    added = true;
                }
            }
            if (added) {
                here->joined = true;
                // the same people read as another counterpart group of the sentence were these
                std::set<std::size_t> all;
                for (std::size_t m : here->persons) all.insert(person_entity_[m]);
                drop_meetings_within(s, first, all);
            }
            break;
        }
    }
    for (std::size_t s = 1; s < sent_.size(); ++s) {
        // ("(Also present at the meeting were A and B ...)": a sentence in brackets opens after its
        // bracket)
        const std::size_t b = sent_[s].last;
        const std::size_t a = sent_[s].first + (sent_[s].first + 1 < b && (tok_[sent_[s].first].is("(") ||
                                                                           tok_[sent_[s].first].is("[")));
        // the first phrasing of data/joiners.tsv the sentence holds
        const TokenPattern* rule = nullptr;
        PatternMatch at;
        for (std::size_t k = a; k < b && !rule; k = next_joiner_start(k, b))
            for (std::uint64_t maybe = pattern_candidates(words_.joiner_index, k, a); maybe && !rule; maybe &= maybe - 1) {
                const TokenPattern& p = words_.joiners[static_cast<std::size_t>(__builtin_ctzll(maybe))];
                if ((at = match_pattern(p, k, a, b)).found()) rule = &p;
            }
        if (!rule) continue;
        // people named after the phrasing ("The meeting was attended by A and B") or before it
        const bool passive = rule->people > 0;
        // the token before the people, or the phrasing's first when they stand before it
        const std::size_t verb = rule->people == 0 ? at.begin : at.people_begin - 1;
        // the sentence's own meeting ("..., with Fidan also in attendance"): its people end here
        const std::size_t in_attendance = rule->use != "sentence" ? kNone : at.people_end;
        // "A was accompanied by B", "A and B were joined by C", not "they were joined by C" nor
        // "X was joined at the talks by A"
        bool side_joined = rule->use == "side" && !(at.begin > a && in(fold_[at.begin - 1], {"they", "he", "she", "we"}));
        // ("was accompanied on the courtesy call by A": a word of the meeting's kind between)
        bool joined_at_meeting = false;
        for (std::size_t q = at.begin; q + 1 < verb && !joined_at_meeting; ++q)
            joined_at_meeting = in(fold_[q], {"the", "this"}) &&
                                (meeting_noun_at(q + 1) || (q + 2 < verb && tok_[q + 1].is_word() && meeting_noun_at(q + 2)));
        if (joined_at_meeting) side_joined = false;
        MeetingDraft* last = nullptr;
        for (MeetingDraft& m : meetings_)
            if (m.sentence < s && m.status == MeetingStatus::Happened && m.persons.size() >= 2) last = &m;
        // "The members of the Foreign Affairs Committee met with President X. ... The delegation of the
        // Committee includes A, B and C": a delegation's people join the meeting its group held with
        // one person named, when it is the latest (group-delegation)
        if (rule->id.starts_with("delegation"))
            for (MeetingDraft& m : meetings_) {
                if (!(m.sentence < s && m.status == MeetingStatus::Happened && m.persons.size() == 1 && m.subjects == 0 &&
                      (!last || m.sentence > last->sentence)))
                    continue;
                // (its subject a group: "the members of ...", "the delegation", "the committee")
                bool group = false;
                for (std::size_t q = sent_[m.sentence].first; q < persons_[m.persons.front()].name_first && !group; ++q)
                    group = !tok_[q].cap && in(fold_[q], {"members", "delegation", "delegates", "committee", "lawmakers",
                                                          "parliamentarians", "legislators", "participants"});
                if (group) last = &m;
            }
        // "X paid a courtesy call on Y. ... Z was hosted by W earlier today. ... X was accompanied on the
        // courtesy call by A and B": the meeting it names is the last one of the person before the phrasing
        if (rule->use == "side" && joined_at_meeting && last)
            for (std::size_t q = a; q < at.begin; ++q)
                if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone) {
                    if (!holds(*last, *p))
                        for (MeetingDraft& m : meetings_)
                            if (m.sentence < s && m.status == MeetingStatus::Happened && m.persons.size() >= 2 && holds(m, *p))
                                last = &m;
                    break;
                }
        // (no meeting read in the sentence: its host's, "hosted by A", "chaired by A", when it names a meeting)
        if (in_attendance != kNone) {
            bool own = false;
            for (const MeetingDraft& m : meetings_) own = own || (m.sentence == s && m.status == MeetingStatus::Happened);
            bool named = false;
            for (std::size_t q = a; q < verb && !named; ++q)
                named = (tok_[q].is_word() && meeting_noun_at(q)) || (tok_[q].cap && (flags_[q] & kEventHead));
            for (std::size_t q = a + 1; !own && named && q + 1 < verb; ++q)
                if (in(fold_[q], {"hosted", "chaired", "convened"}) && fold_[q + 1] == "by")
                    if (const std::size_t p = counterpart_person(q + 2, verb); p != kNone) {
                        MeetingDraft md;
                        md.sentence = s;
                        md.rule = "hosted-with-participation";
                        md.confidence = 0.75;
                        md.persons = {p};
                        md.subjects = 1;
                        md.date = own_date(a, b);
                        md.place = place_in_sentence(s);
                        // ("The 11th Trilateral Meeting of ... was held in Ankara, hosted by A, with the
                        // participation of B": the named event it was)
                        for (std::size_t e = a; e < q && md.event == kNone; ++e)
                            if (const auto ph = phrase_at(e);
                                ph && phrases_[*ph].type == EntityType::Event && phrases_[*ph].entity != kNone)
                                md.event = *ph;
                        meetings_.push_back(md);
                        break;
                    }
        }
        // (the sentence's own first meeting; "with Z" read as another meeting of the subject's goes)
        if (in_attendance != kNone)
            for (std::size_t i = 0; i < meetings_.size(); ++i) {
                if (meetings_[i].sentence != s || meetings_[i].status != MeetingStatus::Happened) continue;
                std::set<std::size_t> all;
                for (std::size_t m : meetings_[i].persons) all.insert(person_entity_[m]);
                for (std::size_t q = verb + 1; q < in_attendance; ++q)
                    if (const auto p = person_at(q)) all.insert(person_entity_[*p]);
                drop_meetings_within(s, i, all);
                last = &meetings_[i];
                break;
            }
        // "X hosted the Japan-Australia-India-U.S. Foreign Ministers' Meeting in Tokyo. The meeting was
        // attended by A, B and C": the host's meeting, which the sentence before named
        if (passive && !(last && last->sentence + 1 == s)) {
            const std::size_t pa = sent_[s - 1].first, pb = sent_[s - 1].last;
            for (std::size_t k = pa + 1; k + 1 < pb; ++k) {
                // ("X attended the Quad Leaders' Summit in Wilmington. The summit was also attended
                // by A and B": the meeting X attended, which they attended too: attended-attended-by)
                const bool attended = fold_[k] == "attended" ||
                                      (in(fold_[k], {"participated", "joined"}) && fold_[k + 1] == "in");
                if (!in(fold_[k], {"hosted", "chaired", "convened", "opened"}) && !attended) continue;
                std::size_t host = kNone;
                for (std::size_t q = pa; q < k; ++q)
                    if (auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone) {
                        host = *p;
                        break;
                    }
                std::size_t noun = kNone;
                // ("The summit was chaired by A. It was attended by B and C": the host after "by",
                // the meeting before the verb)
                if (host == kNone && !attended && k > pa + 1 && in(fold_[k - 1], {"was", "were"}) && fold_[k + 1] == "by") {
                    host = counterpart_person(k + 2, pb);
                    for (std::size_t q = k - 1; q > pa && q + 6 > k && noun == kNone; --q)
                        if (tok_[q - 1].is_word() && !tok_[q - 1].cap && meeting_noun_at(q - 1)) noun = q - 1;
                    if (host == kNone || noun == kNone) break;
                }
                for (std::size_t q = k + 1; q < pb && q < k + 16 && noun == kNone; ++q)
                    if (tok_[q].is_word() && meeting_noun_at(q)) noun = q;
                if (host == kNone || noun == kNone) break;
                MeetingDraft md;
                md.sentence = s - 1;
                md.mode = mode_from_words(tok_, k, noun + 1, MeetingMode::InPerson);
                md.rule = attended ? "attended-attended-by" : "hosted-attended-by";
                md.confidence = 0.8;
                md.persons = {host};
                md.subjects = 1;
                md.date = own_date(pa, pb);
                md.place = place_in_sentence(s - 1);
                if (const auto ph = phrase_at(noun); ph && phrases_[*ph].type == EntityType::Event && phrases_[*ph].entity != kNone)
                    md.event = *ph;
                // (", hosted by President X": the host was there too)
                for (std::size_t q = noun + 1; attended && q + 2 < pb; ++q)
                    if (tok_[q].is(",") && in(fold_[q + 1], {"hosted", "chaired", "convened"}) && fold_[q + 2] == "by") {
                        if (const std::size_t p = counterpart_person(q + 3, pb); p != kNone && person_entity_[p] != person_entity_[host])
                            md.persons.push_back(p);
                        break;
                    }
                meetings_.push_back(md);
                last = &meetings_.back();
                break;
            }
        }
        // "were also present at Monday's meeting between the two presidents", "X was present on the
        // Indian side": the meeting of the two the document reports first (whose sides these are),
        // not the last one told
        for (std::size_t k = verb; !passive && k + 2 < b; ++k)
            if ((fold_[k] == "between" && in(fold_[k + 1], {"the", "both"}) &&
                 (fold_[k + 2] == "two" || (flags_[k + 2] & kPairNoun) || fold_[k + 2] == "sides")) ||
                (fold_[k] == "on" && fold_[k + 1] == "the" && k + 3 < b && fold_[k + 3] == "side" &&
                 phrase_at(k + 2) && phrases_[*phrase_at(k + 2)].type == EntityType::Country)) {
                for (MeetingDraft& m : meetings_)
                    if (m.sentence < s && m.status == MeetingStatus::Happened && m.persons.size() >= 2) {
                        last = &m;
                        break;
                    }
                break;
            }
        // "U.S. Co-Chairs A, B and C were joined by EU Co-Chairs D and E": people who met, none of
        // them in the meeting reported before
        if (side_joined) {
            std::vector<std::size_t> side;
            bool known = false;
            for (std::size_t k = a; k < verb; ++k)
                if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone) {
                    side.push_back(*p);
                    known = known || (last && holds(*last, *p));
                }
            // (a meeting the sentence or the one before names: "joined at the Summit", "held its
            // inaugural meeting"; "Singh was joined by A and B" on a trip is a delegation)
            bool meeting = false;
            for (std::size_t k = sent_[s - 1].first; k < b && !meeting; ++k)
                meeting = (tok_[k].is_word() && meeting_noun_at(k)) || (tok_[k].cap && (flags_[k] & kEventHead));
            // ("A met B. ... B met C on Sunday. ... A and B were joined by D and E": the meeting of
            // all of the side, when the last one told holds only some of them)
            if (side.size() >= 2 && known) {
                bool all = true;
                for (std::size_t p : side) all = all && holds(*last, p);
                for (auto it = meetings_.rbegin(); !all && it != meetings_.rend(); ++it) {
                    if (it->sentence >= s || it->status != MeetingStatus::Happened) continue;
                    bool every = true;
                    for (std::size_t p : side) every = every && holds(*it, p);
                    if (every) {
                        last = &*it;
                        all = true;
                    }
                }
            }
            if (!side.empty() && !known && meeting) {
                MeetingDraft md = group_draft(s, "joined-by", side);
                md.joined = true;
                meetings_.push_back(md);
                last = &meetings_.back();
            }
        }
        // "Mr. A, Title (Chair); Mr. B, Title; ... and Mr. F, Title, attended the meeting": no meeting
        // told before, the people listed before a phrasing that names the meeting met there
        // (listed-attended-meeting)
        if (!last && !passive && rule->use == "last" && in_attendance == kNone) {
            bool names_meeting = false;
            for (std::size_t q = verb; q < b && q < verb + 6 && !names_meeting; ++q)
                names_meeting = tok_[q].is_word() && !tok_[q].cap && meeting_noun_at(q);
            std::vector<std::size_t> listed;
            std::set<std::size_t> entities;
            // ("X hosted a meeting with the Circle of Protection. A, B and C also joined the meeting":
            // the one who held the meeting told before was there too)
            for (auto it = meetings_.rbegin(); names_meeting && it != meetings_.rend(); ++it)
                if (it->sentence < s && it->status == MeetingStatus::Happened && it->persons.size() == 1 &&
                    person_entity_[it->persons[0]] != kNone) {
                    listed.push_back(it->persons[0]);
                    entities.insert(person_entity_[it->persons[0]]);
                    break;
                }
            for (std::size_t k = a; names_meeting && k < verb; ++k)
                if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone &&
                                           entities.insert(person_entity_[*p]).second)
                    listed.push_back(*p);
            if (listed.size() >= 2) {
                MeetingDraft md = group_draft(s, "listed-attended-meeting", listed);
                // (the named meeting the document told of before: "The Third Foreign Ministers' Meeting
                // ... was held in Tashkent")
                for (std::size_t e = 0; e < a; ++e)
                    if (const auto ph = phrase_at(e);
                        ph && phrases_[*ph].first == e && phrases_[*ph].type == EntityType::Event && phrases_[*ph].entity != kNone)
                        md.event = *ph;
                meetings_.push_back(md);
                continue;
            }
        }
        const std::size_t from = passive ? verb + 1 : a;
        std::size_t to = in_attendance != kNone ? in_attendance : passive ? b : verb;
        // the list after "by" ends with its clause: ", reflecting the Administration's effort", "to discuss"
        for (std::size_t k = from; passive && k + 1 < to; ++k)
            if ((tok_[k].is(",") && tok_[k + 1].is_word() && !tok_[k + 1].cap && !tok_[k + 1].allcaps &&
                 // (", along with D, Title, and E": the list goes on; so it does after an office
                 // written in lower case: "A, under-secretary general for ..., as well as B")
                 !in(fold_[k + 1], {"and", "the", "as", "former", "then", "while", "his", "her", "its", "their", "along",
                                    "together", "including"}) &&
                 !((flags_[k + 1] & kTitleStartFlag) && gaz_.match_title(tok_, fold_, k + 1, to, false, true))) ||
                (in(fold_[k], {"who", "which", "to"}) && !tok_[k].cap && k + 1 < to && tok_[k + 1].is_word() &&
                 !tok_[k + 1].cap && !in(fold_[k + 1], {"the"}))) {
                to = k;
                break;
            }
        // "The summit was chaired by A and attended by B, C and D", "The meeting was attended by A, B
        // and C": no meeting told before, the people after a phrasing that names the meeting were
        // all there (attended-by-group)
        // ("were discussed at the political consultations attended by A and B": the sentence's own
        // meeting, none read, no meeting before it either)
        bool own_meeting = false;
        for (const MeetingDraft& m : meetings_) own_meeting = own_meeting || m.sentence == s;
        if (!last && passive &&
            ((rule->use == "last" && in_attendance == kNone) || (rule->use == "sentence" && !own_meeting))) {
            bool names_meeting = false;
            for (std::size_t q = at.begin; q < verb && !names_meeting; ++q)
                names_meeting = tok_[q].is_word() && !tok_[q].cap && meeting_noun_at(q);
            std::vector<std::size_t> listed;
            std::set<std::size_t> entities;
            // ("X stated that the meeting, chaired by him, was attended by B": the chair, the one who
            // speaks of it before)
            for (std::size_t q = at.begin; names_meeting && q + 2 < verb; ++q)
                if (in(fold_[q], {"chaired", "hosted", "convened"}) && fold_[q + 1] == "by" && in(fold_[q + 2], {"him", "her"})) {
                    for (std::size_t r = a; r < at.begin; ++r)
                        if (auto p = person_at(r); p && persons_[*p].name_first == r && person_entity_[*p] != kNone) {
                            listed.push_back(*p);
                            entities.insert(person_entity_[*p]);
                            break;
                        }
                    break;
                }
            // (from the phrasing's first token: "The meeting, chaired by A, was attended by B and C")
            for (std::size_t k = at.begin; names_meeting && k < to; ++k)
                if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone &&
                                           entities.insert(person_entity_[*p]).second)
                    listed.push_back(*p);
            if (listed.size() >= 2) {
                meetings_.push_back(group_draft(s, "attended-by-group", listed));
            }
            // (a phrasing that names no meeting may join a group's, below)
            if (names_meeting) continue;
        }
        // "Cuban Foreign Minister X met with U.S. legislators on Friday. ... Also participating on the
        // Cuban side were A and B", "X received a delegation of columnists. The Ambassadors A and B
        // were also present": no meeting of two told before, but one person's with a group named by
        // no one; those who joined it met that person and one another (group-meeting-joined)
        if (!last && rule->use == "last" && in_attendance == kNone) {
            std::size_t host = kNone;
            for (std::size_t s2 = s; s2-- > 0 && s2 + 8 > s && host == kNone;) {
                const std::size_t a2 = sent_[s2].first, b2 = sent_[s2].last;
                for (std::size_t k = a2 + 1; k + 1 < b2 && host == kNone; ++k) {
                    if (!in(fold_[k], {"met", "received", "receives", "hosted", "welcomed"}) || tok_[k].cap) continue;
                    const auto p = person_at(k - 1);
                    std::size_t who = kNone;
                    if (p && persons_[*p].name_last == k) who = *p;
                    // ("The Minister of Foreign Affairs, X, received ...": past the apposition's comma)
                    else if (k >= a2 + 2 && tok_[k - 1].is(",") && person_at(k - 2) && persons_[*person_at(k - 2)].name_last == k - 1)
                        who = *person_at(k - 2);
                    if (who == kNone || person_entity_[who] == kNone) continue;
                    for (std::size_t q = k + 1; q < b2 && q < k + 8; ++q) {
                        if (person_at(q) || tok_[q].is(",")) break;
                        if (!tok_[q].cap && in(fold_[q], {"legislators", "lawmakers", "delegation", "senators", "congressmen",
                                                          "parliamentarians", "members"})) {
                            host = who;
                            break;
                        }
                    }
                }
            }
            if (host != kNone) {
                std::vector<std::size_t> listed{host};
                std::set<std::size_t> entities{person_entity_[host]};
                for (std::size_t k = from; k < to; ++k)
                    if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone &&
                                               entities.insert(person_entity_[*p]).second)
                        listed.push_back(*p);
                if (listed.size() >= 2) meetings_.push_back(group_draft(s, "group-meeting-joined", listed));
            }
            continue;
        }
        if (!last) continue;
        // ("Madam X held meetings with her counterparts, namely A of Bangladesh; B of Saint Lucia. The
        // rest are C of the Bahamas and D of Maldives": each met the subject of the meetings before
        // alone, as they did)
        if (rule->use == "each") {
            if (last->subjects == 0 || last->subjects >= last->persons.size()) continue;
            const MeetingDraft model = *last;
            for (std::size_t k = from; k < to; ++k)
                if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone && !holds(model, *p)) {
                    MeetingDraft md = model;
                    md.persons.assign(model.persons.begin(), model.persons.begin() + static_cast<std::ptrdiff_t>(model.subjects));
                    md.persons.push_back(*p);
                    md.sentence = s;
                    md.rule = rule->id;
                    md.joined = false;
                    if (const std::size_t pl = place_in_sentence(s); pl != kNone) md.place = pl;
                    meetings_.push_back(std::move(md));
                }
            continue;
        }
        // ("Accompanied by A and B, X arrived for the talks": those with one of the meeting's people,
        // named in a sentence that names a meeting; not "Accompanied by his wife A, Y toured the city")
        if (rule->use == "subject") {
            bool names_meeting = false;
            for (std::size_t k = from; k < b && !names_meeting; ++k)
                names_meeting = tok_[k].is_word() && !tok_[k].cap && meeting_noun_at(k);
            if (!names_meeting) continue;
            bool named = false;
            for (std::size_t k = from; k < b && !named; ++k)
                if (auto p = person_at(k); p && person_entity_[*p] != kNone)
                    for (std::size_t m : last->persons) named = named || person_entity_[m] == person_entity_[*p];
            if (!named) continue;
        }
        // ("A and B attended the meetings": every meeting told before that one of the last meeting's
        // people held, "X met Y and Z in separate meetings")
        bool plural = false;
        for (std::size_t k = at.begin; !passive && k < at.end && k < b; ++k) plural = plural || fold_[k] == "meetings";
        std::vector<MeetingDraft*> joined{last};
        for (std::size_t i = 0; plural && i < meetings_.size(); ++i) {
            MeetingDraft& m = meetings_[i];
            if (&m != last && m.sentence < s && m.status == MeetingStatus::Happened && m.persons.size() >= 2 &&
                std::any_of(last->persons.begin(), last->persons.end(), [&](std::size_t q) { return holds(m, q); }))
                joined.push_back(&m);
        }
        // ("A attended the meeting, as did B, the Australian ...": B as well (as-did))
        std::size_t as_did = kNone;
        if (!passive && at.end + 3 < b && tok_[at.end].is(",") && fold_[at.end + 1] == "as" && fold_[at.end + 2] == "did")
            as_did = at.end + 3;
        const std::pair<std::size_t, std::size_t> ranges[2] = {{from, to}, {as_did == kNone ? b : as_did, b}};
        for (MeetingDraft* m : joined)
            for (const auto& [r0, r1] : ranges)
                for (std::size_t k = r0; k < r1; ++k)
                    if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone &&
                                               std::find(m->persons.begin(), m->persons.end(), *p) == m->persons.end()) {
                        m->persons.push_back(*p);
                        m->joined = true;
                    }
        // ("The two leaders held a private meeting, accompanied by A and his counterpart B": the
        // joiners read as a meeting of their own in this sentence were at the one they joined, so
        // "They were then joined by C" next joins that one)
        if (joined.size() == 1 && last->sentence < s) {
            std::set<std::size_t> all;
            for (std::size_t m : last->persons) all.insert(person_entity_[m]);
            drop_meetings_within(s, static_cast<std::size_t>(last - meetings_.data()), all);
        }
    }
}

// Drops the meetings of sentence s after meetings_[after] whose people are all among `entities`
// (the same people read again as a meeting of their own).
void DocumentReader::drop_meetings_within(std::size_t s, std::size_t after, const std::set<std::size_t>& entities) {
    for (std::size_t i = meetings_.size(); i-- > after + 1;) {
        if (meetings_[i].sentence != s) continue;
        bool inside = true;
        for (std::size_t m : meetings_[i].persons) inside = inside && entities.count(person_entity_[m]);
        if (inside) meetings_.erase(meetings_.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

// "From the Japanese side, Mr. X, Title, and others attended the meeting.", "The Japanese side
// was represented by Mr. X, and the Philippine side by Ms. Y" and
// "The Japanese delegation was headed by Mr. X": named delegation members join
// the document's main meeting.
void DocumentReader::find_delegations() {
    std::vector<std::size_t> members;
    std::vector<std::size_t> member_sentence;
    bool delegation_told = false;  // a sentence before named one side's delegation
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        bool side = false, headed = false;
        std::size_t sides_by = 0;
        // (every rule below opens on a word of kDelegationWords: the loop visits those alone)
        for (std::size_t k = next_with(kDelegationWord, a, b - 1); k + 1 < b;
             k = next_with(kDelegationWord, k + 1, b - 1)) {
            // ("From the Japanese side, Mr. X ...", not "with her husband by her side, X")
            if (tok_[k].is("side") && (tok_[k + 1].is(",") || tok_[k + 1].is(":")) && k > a &&
                (tok_[k - 1].cap || tok_[k - 1].allcaps))
                side = true;
            // "the Japanese side was represented by Mr. X, ..., and the Philippine side by Ms. Y"
            // (a country's side only: "worked side by side with" is no delegation)
            // ("The Sultanate's side was chaired by A, whilst the Qatari side was chaired by B": or a
            // capitalised name's possessive)
            const auto country_before = [&] {
                const auto p = k > a ? phrase_at(k - 1) : std::nullopt;
                return (p && phrases_[*p].type == EntityType::Country && phrases_[*p].last == k) ||
                       (k >= a + 2 && is_possessive(tok_[k - 1]) && tok_[k - 2].cap);
            };
            std::size_t by = kNone;
            if (tok_[k].is("side") && tok_[k + 1].is("by")) by = k + 2;
            if (tok_[k].is("side") && k + 3 < b && in(fold_[k + 1], {"was", "were"}) &&
                in(fold_[k + 2], {"represented", "headed", "led", "chaired", "presided"}) && tok_[k + 3].is("by"))
                by = k + 4;
            if (by != kNone && by < b && country_before() &&
                (person_at(by) || match_honorific(tok_, by, b) || title_match(by, b)))
                ++sides_by;
            if (tok_[k].is("delegation") && k + 3 < b &&
                ((tok_[k + 1].is("was") && in(tok_[k + 2].text, {"headed", "led"})) ||
                 in(tok_[k + 1].text, {"headed", "led"})))
                headed = true;
            // "met with a team from the Commonwealth Secretariat led by its Secretary-General, X",
            // "received a delegation of the World Bank headed by its Vice President, X": the one who
            // leads what a meeting verb before met (delegation-from-led-by)
            if (in(fold_[k], {"delegation", "team", "mission"}) && !headed) {
                bool verb_before = false;
                for (std::size_t q = a; q < k && !verb_before; ++q) verb_before = (flags_[q] & kMeetingVerb) && !tok_[q].cap;
                for (std::size_t q = k + 1; verb_before && q + 2 < b && q <= k + 10; ++q) {
                    if (in(fold_[q], {",", ";", ".", "and", "who", "which", "that"}) || person_at(q)) break;
                    if (in(fold_[q], {"led", "headed"}) && fold_[q + 1] == "by") {
                        headed = true;
                        break;
                    }
                }
            }
            // "A, Title, and B, Title, led their respective delegations to the meeting": both heads
            // (delegations-led-respective)
            if (in(fold_[k], {"led", "headed"}) && k + 2 < b && fold_[k + 1] == "their" &&
                (fold_[k + 2] == "delegations" ||
                 (k + 3 < b && fold_[k + 2] == "respective" && fold_[k + 3] == "delegations")))
                headed = true;
            // "The delegation also included the Honorable X, ..., and Y", "The Thai delegation to the
            // meeting included X"
            if (fold_[k] == "delegation" && k + 2 < b) {
                std::size_t v = k + 1;
                if (v + 3 < b && in(fold_[v], {"to", "at"}) && fold_[v + 1] == "the" && meeting_noun_at(v + 2)) v += 3;
                if (fold_[v] == "also") ++v;
                if (v < b && (in(fold_[v], {"included", "includes", "comprised", "featured"}) ||
                              (fold_[v] == "consisted" && v + 1 < b && fold_[v + 1] == "of")))
                    headed = true;
            }
        }
        // both sides named: one side alone may be leading dialogue tracks "respectively" ("The
        // Czech delegation included A. The Estonian side was represented by B": the other side
        // told a sentence before)
        if (sides_by >= 2 || (sides_by == 1 && delegation_told)) side = true;
        if (!side && !headed) continue;
        // ("..., which will be chaired on the Japanese side by X and on the Chinese side by Y": a
        // meeting still to come)
        {
            bool to_come = false;
            for (std::size_t k = a; k + 1 < b && !to_come; ++k)
                to_come = in(fold_[k], {"will", "shall"}) && fold_[k + 1] == "be";
            if (to_come) continue;
        }
        delegation_told = true;
        for (std::size_t k = a; k < b; ++k)
            if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone) {
                members.push_back(*p);
                member_sentence.push_back(s);
            }
    }
    if (members.empty()) return;
    // Join the first happened meeting of the document (the body's, with its two sides named,
    // before a title's: "Courtesy Call on Prime Minister X by Members of the U.S. Congress"
    // names one side), or form one from the delegations. Not a telephone call, which has no
    // delegations: "Working groups held a meeting to follow up on what Presidents A and B agreed in
    // their telephone conversation. Mexico's delegation was led by C, ...".
    MeetingDraft* main = nullptr;
    for (MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened && !title_line(m.sentence) && m.persons.size() >= 2 &&
            m.mode != MeetingMode::Telephone) {
            main = &m;
            break;
        }
    if (!main)
        for (MeetingDraft& m : meetings_)
            if (m.status == MeetingStatus::Happened && m.mode != MeetingMode::Telephone) {
                main = &m;
                break;
            }
    if (!main) {
        MeetingDraft md;
        md.sentence = member_sentence.front();
        md.rule = "delegations";
        md.confidence = 0.8;
        md.header = true;
        // The consultations named just before: "the 14th Japan-NATO High-Level Consultations were held in Brussels"
        for (std::size_t s = 0; s <= md.sentence && s < sent_.size(); ++s) {
            std::size_t ev = first_phrase_after(sent_[s].first, sent_[s].last, {EntityType::Event});
            if (ev != kNone) {
                md.event = ev;
                if (md.place == kNone) md.place = place_in_sentence(s);
                for (const DateMention& d : dates_)
                    if (d.first >= sent_[s].first && d.first < sent_[s].last && d.first != date_line_token_ &&
                        !in_dateline(d)) {
                        md.date = d.iso(doc_year_);
                        break;
                    }
            }
        }
        meetings_.push_back(md);
        main = &meetings_.back();
    }
    for (std::size_t p : members) main->persons.push_back(p);
}

// "X received separately in his office a number of heads of diplomatic missions. The meetings
// included Moroccan Ambassador A, Turkish Ambassador B, ...": everyone the sentence that opens with
// "The meeting(s) / talks included" names met the first person of the sentence before, which told
// of a meeting with no one named; one meeting each when the noun is plural, one of them all when it
// is singular (rule meetings-included).
// "Among those that X met during his visit were A, B and C": one meeting of X with each
// (among-those-met; sentence s opens with "Among those|the|others").
void DocumentReader::find_among_those_met(std::size_t s) {
    const std::size_t a = sent_[s].first, b = sent_[s].last;
    // the one who met them, then "met", then "were" and those met
    std::size_t host = kNone, verb = kNone;
    for (std::size_t q = a + 2; q < b && q < a + 8 && host == kNone; ++q)
        if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone)
            host = *p;
    if (host == kNone) return;
    const std::size_t after = persons_[host].name_last;
    if (after >= b || !in(fold_[after], {"met", "meets", "saw", "received", "called"})) return;
    for (std::size_t q = after + 1; q < b && q < after + 12 && verb == kNone; ++q) {
        if (person_at(q) || tok_[q].is(",")) break;
        if (in(fold_[q], {"were", "was"})) verb = q;
    }
    if (verb == kNone) return;
    MeetingDraft md;
    md.sentence = s;
    md.rule = "among-those-met";
    md.confidence = 0.8;
    md.host = host;
    md.subjects = 1;
    md.date = own_date(a, b);
    md.place = place_in_sentence(s);
    for (std::size_t q = verb + 1; q < b; ++q)
        if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                                         person_entity_[*p] != person_entity_[host]) {
            md.persons = {host, *p};
            md.visitor = *p;
            meetings_.push_back(md);
        }
}

// "The visiting Foreign Ministers and other dignitaries called on Foreign Minister X on 3 and 4
// February. These included A from B, C from D, ...": a group of people in the plural, each of whom
// met the one person of the sentence before (rule these-included); "Among those that X met during
// his visit were A, B and C" (find_among_those_met).
void DocumentReader::find_included_meetings() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        if (b < a + 5) continue;
        // "Among those that X met during his visit were A, B and C" (among-those-met)
        if (fold_[a] == "among" && in(fold_[a + 1], {"those", "the", "others"})) {
            find_among_those_met(s);
            continue;
        }
        if (s == 0) continue;
        // "These included", "They included": a group the sentence before named in the plural
        // ("They are; A, Cuban Ambassador to Ghana, and B": the envoys the sentence before received)
        // ("Others include A of Ivory Coast, B of Namibia": the rest of the counterparts met)
        const bool these = in(fold_[a], {"these", "they", "those", "others"}) &&
                           in(fold_[a + 1], {"included", "include", "are", "were"});
        if (fold_[a] != "the" && !these) continue;
        const std::size_t noun = a + 1;
        if (!these && !in(fold_[noun], {"meeting", "meetings", "talks", "discussions", "consultations"})) continue;
        std::size_t verb = noun + 1;
        if (these) verb = noun;
        else if (fold_[verb] == "also") ++verb;
        if (verb >= b || !in(fold_[verb], {"included", "includes", "involved", "include", "are", "were"})) continue;
        // ("They are; A, ..., and B": the list right after "are"; not "They were joined by")
        if (in(fold_[verb], {"are", "were"}) &&
            !(verb + 1 < b && (tok_[verb + 1].is(";") || tok_[verb + 1].is(":") || person_at(verb + 1) ||
                               match_honorific(tok_, verb + 1, b) || title_match(verb + 1, b))))
            continue;
        // the one who met them: the first person of the sentence before, a sentence of a meeting verb
        // that paired that person with no one
        const std::size_t pa = sent_[s - 1].first, pb = sent_[s - 1].last;
        std::size_t host = kNone;
        bool meeting_verb = false, group = !these;
        for (std::size_t q = pa; q < pb; ++q) {
            if (const auto p = person_at(q); p && host == kNone && person_entity_[*p] != kNone && !persons_[*p].reference)
                host = *p;
            meeting_verb = meeting_verb || (flags_[q] & kMeetingVerb);
            // (the group: "ministers", "dignitaries", "envoys", "officials")
            group = group || (fold_[q].size() > 4 && fold_[q].back() == 's' && !tok_[q].cap &&
                              ((flags_[q] & kPairNoun) || plural_office(fold_[q]) ||
                               in(fold_[q], {"dignitaries", "officials", "envoys", "delegations", "guests", "representatives"})));
        }
        if (host == kNone || !meeting_verb || !group) continue;
        // (a group named in the plural may have had one of them named already: "met with his
        // counterparts from several countries, including A. Others include B and C")
        bool paired = false;
        for (const MeetingDraft& m : meetings_)
            paired = paired || (m.sentence == s - 1 && m.persons.size() >= 2);
        if (paired && !(these && fold_[a] == "others")) continue;
        std::vector<std::size_t> guests;
        for (std::size_t q = verb + 1; q < b; ++q)
            if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone &&
                                             person_entity_[*p] != person_entity_[host])
                guests.push_back(*p);
        if (guests.empty()) continue;
        std::string date = own_date(a, b);
        if (date.empty()) date = own_date(pa, pb);
        if (date.empty()) date = relative_date(s - 1);
        const bool one = in(fold_[noun], {"meeting"});
        MeetingDraft md;
        md.sentence = s;
        md.rule = these ? "these-included" : "meetings-included";
        md.confidence = 0.8;
        md.host = host;
        md.subjects = 1;
        md.date = date;
        if (one) {
            md.persons = {host};
            md.persons.insert(md.persons.end(), guests.begin(), guests.end());
            md.joined = true;
            meetings_.push_back(md);
            continue;
        }
        for (std::size_t g : guests) {
            md.persons = {host, g};
            md.visitor = g;
            meetings_.push_back(md);
        }
    }
}

// Envoys presenting credentials meet the one who receives them: "Envoys of four states presented
// their credentials to President X ... The envoys who presented their credentials were - A, B and
// C", "President Y received the Letters of Credence from five new envoys ... The new envoys who
// presented their credentials are: (one line each) - His Excellency A, Ambassador of ...". One
// meeting per envoy (rule credentials-list); an envoy who is the subject of "presented his
// credentials to X" meets X (rule presented-credentials).
void DocumentReader::find_credentials_meetings() {
    const auto credentials_at = [&](std::size_t k, std::size_t b) {
        return in(fold_[k], {"credentials", "credence"}) ||
               (fold_[k] == "letters" && k + 2 < b && fold_[k + 1] == "of" && fold_[k + 2] == "credence");
    };
    const auto first_person = [&](std::size_t from, std::size_t to) -> std::size_t {
        for (std::size_t q = from; q < to; ++q)
            if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone) return *p;
        return kNone;
    };
    std::size_t receiver = kNone, receiver_sentence = kNone;
    std::vector<std::tuple<std::size_t, std::size_t, const char*>> presented;  // (envoy, receiver, rule)
    std::size_t list_sentence = kNone;                           // "The envoys who presented their credentials were"
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // (the loop visits the words of kCredentialsWords alone, where credentials_at can hold)
        for (std::size_t k = next_with(kCredentialsWord, a, b - 1); k + 1 < b;
             k = next_with(kCredentialsWord, k + 1, b - 1)) {
            if (!credentials_at(k, b)) continue;
            // "presented (their) credentials to President X"
            std::size_t to = fold_[k] == "letters" ? k + 3 : k + 1;
            const auto quote = [&](std::size_t q) {
                return tok_[q].is("\"") || tok_[q].is("\u201c") || tok_[q].is("\u201d");
            };
            if (to + 1 < b && quote(to)) ++to;  // (their "Letters of Credence" to)
            if (to + 1 < b && fold_[to] == "to") {
                std::size_t p = counterpart_person(to + 1, b);
                // ("President X made the call when four new ambassadors presented their credentials to
                // the President": the office told again, its holder named before in the sentence)
                if (p == kNone && to + 2 < b && fold_[to + 1] == "the" && title_match(to + 2, b))
                    if (const std::size_t f = first_person(a, k); f != kNone && title_match(to + 2, b) &&
                                                                  persons_[f].title_first != kNone &&
                                                                  fold_[persons_[f].title_first] == fold_[to + 2])
                        p = f;
                if (p != kNone && receiver == kNone) {
                    receiver = p;
                    receiver_sentence = s;
                }
                bool verb = false;
                for (std::size_t q = k; q > a && q + 4 > k && !verb; --q) verb = in(fold_[q - 1], {"presented", "presents"});
                const std::size_t envoy = first_person(a, k);
                if (verb && p != kNone && envoy != kNone && person_entity_[envoy] != person_entity_[p])
                    presented.emplace_back(envoy, p, "presented-credentials");
            }
            // "President Y received/accepted the letters of credence from ..."
            bool received = false;
            for (std::size_t q = k; q > a && q + 6 > k && !received; --q)
                received = in(fold_[q - 1], {"received", "receives", "receiving", "accepted", "accepts"});
            if (received && receiver == kNone) {
                const std::size_t p = first_person(a, k);
                if (p != kNone) {
                    receiver = p;
                    receiver_sentence = s;
                }
            }
            // "X accepted credentials from Ambassador Y", "received the credentials of Y": the envoy
            // after "from" or "of" (credentials-from)
            if (received && to + 1 < b && in(fold_[to], {"from", "of"})) {
                const std::size_t host = first_person(a, k);
                const std::size_t envoy = first_person(to + 1, std::min(b, to + 16));
                if (host != kNone && envoy != kNone && person_entity_[envoy] != person_entity_[host])
                    presented.emplace_back(envoy, host, "credentials-from");
            }
            // "The (new) envoys who presented their credentials were - A, B ...", "... are:"
            if (k >= a + 3 && in(fold_[k - 1], {"their"}) && in(fold_[k - 2], {"presented", "presenting"}) &&
                fold_[k - 3] == "who")
                list_sentence = s;
            // "four new ambassadors ... presented their credentials to the President. They were A, B
            // and C": the next sentence lists them
            {
                std::size_t q = k;
                if (q > a && quote(q - 1)) --q;
                if (q >= a + 2 && fold_[q - 1] == "their" && in(fold_[q - 2], {"presented", "presenting"}) &&
                    s + 1 < sent_.size() && sent_[s + 1].first + 2 < sent_[s + 1].last &&
                    fold_[sent_[s + 1].first] == "they" &&
                    in(fold_[sent_[s + 1].first + 1], {"were", "are", "included", "include"}))
                    list_sentence = s + 1;
            }
        }
    }
    const auto add = [&](std::size_t envoy, std::size_t host, std::size_t s, const char* rule) {
        if (person_entity_[envoy] == person_entity_[host]) return;
        MeetingDraft md;
        md.sentence = s;
        md.rule = rule;
        md.confidence = 0.8;
        md.persons = {host, envoy};
        md.host = host;
        md.visitor = envoy;
        md.subjects = 1;
        md.date = own_date(sent_[s].first, sent_[s].last);
        if (md.date.empty()) md.date = relative_date(s);
        meetings_.push_back(md);
    };
    for (const auto& [envoy, host, rule] : presented) {
        bool known = false;  // a meeting verb of that sentence already paired them
        for (const MeetingDraft& m : meetings_)
            known = known || (std::find(m.persons.begin(), m.persons.end(), envoy) != m.persons.end() &&
                              std::find(m.persons.begin(), m.persons.end(), host) != m.persons.end());
        if (!known) add(envoy, host, sent_of_[persons_[envoy].name_first], rule);
    }
    if (receiver == kNone || list_sentence == kNone) return;
    // the list: the rest of its sentence after "were"/"are", or, when the sentence ends in a colon,
    // the lines after it that open with a list marker
    std::vector<std::size_t> envoys;
    const std::size_t a = sent_[list_sentence].first, b = sent_[list_sentence].last;
    std::size_t from = a;
    for (std::size_t k = a; k < b; ++k)
        if (in(fold_[k], {"were", "are", "included", "include"})) {
            from = k + 1;
            break;
        }
    for (std::size_t q = from; from > a && q < b; ++q)
        if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone) envoys.push_back(*p);
    if (envoys.empty() && b > a && tok_[b - 1].is(":"))
        for (std::size_t s = list_sentence + 1; s < sent_.size(); ++s) {
            const std::size_t f = sent_[s].first;
            if (f >= sent_[s].last) break;
            if (!(tok_[f].newline_before && in(tok_[f].text, {"-", "\u2013", "\u2014", "\u2022", "*"}))) break;
            if (const std::size_t p = first_person(f, sent_[s].last); p != kNone) envoys.push_back(p);
        }
    // "Others are A, of Mali, B ...": the next sentence goes on with the list
    if (!envoys.empty() && list_sentence + 1 < sent_.size()) {
        const std::size_t f = sent_[list_sentence + 1].first, l = sent_[list_sentence + 1].last;
        if (f + 2 < l && fold_[f] == "others" && in(fold_[f + 1], {"are", "were", "include", "included"}))
            for (std::size_t q = f + 2; q < l; ++q)
                if (const auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone)
                    envoys.push_back(*p);
    }
    for (std::size_t e : envoys) add(e, receiver, receiver_sentence, "credentials-list");
}

// A day the sentence names relative to the release: "today", "yesterday", "on Friday",
// "Sunday's call" (the last such weekday on or before the release date). Empty when none.
std::string DocumentReader::relative_date(std::size_t s) const {
    // "met ... yesterday, 9th March, 2016", "today, Monday, 5 June 2023": the date set beside the
    // word is the day it means (relative-day-apposition)
    for (std::size_t q = sent_[s].first; q + 2 < sent_[s].last; ++q) {
        if (!in(fold_[q], {"today", "yesterday", "tonight"}) || !tok_[q + 1].is(",")) continue;
        std::size_t r = q + 2;
        if (r + 1 < sent_[s].last && weekday_number(fold_[r]) >= 0 && tok_[r + 1].is(",")) r += 2;
        for (const DateMention& d : dates_)
            if (d.first == r && (d.year || !doc_date_.empty())) return d.iso(doc_year_);
    }
    if (doc_date_.empty()) return {};
    for (std::size_t q = sent_[s].first; q < sent_[s].last; ++q) {
        const std::string_view w = fold_[q];
        if (w == "today" || w == "tonight" || (w == "this" && q + 1 < sent_[s].last &&
                                                in(fold_[q + 1], {"morning", "afternoon", "evening"})))
            return doc_date_;
        if (w == "yesterday" || (w == "last" && q + 1 < sent_[s].last && fold_[q + 1] == "night"))
            return shift_days(doc_date_, -1);
        if (const int wd = weekday_number(w); wd >= 0 && tok_[q].cap) {
            const int today = weekday_of(doc_date_);
            if (today < 0) return {};
            // "next Monday" / "on Monday" in a sentence about plans is not handled here: planned
            // meetings are left out of MET anyway
            int back = (today - wd + 7) % 7;
            // "last Thursday" on a Thursday is a week before
            if (back == 0 && q > sent_[s].first && fold_[q - 1] == "last") back = 7;
            return shift_days(doc_date_, -back);
        }
    }
    return {};
}

bool DocumentReader::in_dateline(const DateMention& d) const {
    if (d.first == 0 || d.last >= tok_.size()) return false;
    // ("... officials of different countries Asmara, 22 September 2011- President X on 21 September,
    // held ...": a known place, its comma, the date and a dash run on after a heading's words)
    if (d.first >= 2 && d.last + 1 < tok_.size() && tok_[d.first - 1].is(",") &&
        (tok_[d.last].is("-") || tok_[d.last].is("\u2014") || tok_[d.last].is("\u2013")) && tok_[d.last + 1].cap &&
        tok_[d.last - 1].kind == Token::Kind::Number && tok_[d.last - 1].text.size() == 4)
        if (const auto ph = phrase_at(d.first - 2);
            ph && phrases_[*ph].type == EntityType::Location && phrases_[*ph].last == d.first - 1)
            return true;
    // before it on its line: a place in capitals, and its state or country ("RIYADH, Saudi Arabia,")
    std::size_t q = d.first;
    bool capitals = false;
    // ("SUVA, Fiji (May 17, 2024) --": the date in brackets)
    const bool bracketed = d.first > 0 && tok_[d.first - 1].is("(") && tok_[d.last].is(")");
    while (q > 0 && !tok_[q].newline_before && d.first - q < 8) {
        --q;
        const Token& t = tok_[q];
        if (!(t.is(",") || t.is(".") || (t.is_word() && (t.cap || t.allcaps)) || (bracketed && q + 1 == d.first))) return false;
        if (t.is_word() && t.allcaps && t.text.size() >= 2) capitals = true;
    }
    if (!(q == 0 || tok_[q].newline_before)) return false;
    // after it: an agency in brackets, then a dash (with the agency, the place may be written in
    // title case: "Havana, September 4 (RHC) --")
    std::size_t r = bracketed ? d.last + 1 : d.last;
    bool agency = false;
    if (r < tok_.size() && tok_[r].is("(")) {
        while (r < tok_.size() && !tok_[r].is(")") && r < d.last + 6) ++r;
        if (r >= tok_.size() || !tok_[r].is(")")) return false;
        ++r;
        agency = true;
    }
    if (!capitals && !(agency && q < d.first)) return false;
    return r < tok_.size() && (tok_[r].is("-") || tok_[r].is("--") || tok_[r].is("\u2014") || tok_[r].is("\u2013"));
}

bool DocumentReader::title_line(std::size_t s) const {
    return (s == 0 || s == title_copy_ || (date_line_token_ != kNone && sent_[s].first < date_line_token_)) &&
           sent_[s].last > sent_[s].first && !tok_[sent_[s].last - 1].is(".");
}

// "to discuss the August 5 incident", "since the October 7 attacks": a date naming another event,
// written before its noun ("the September 9 phone call between A and B" names a meeting); `last`
// ends its sentence.
bool DocumentReader::date_names_event(const DateMention& d, std::size_t last) const {
    if (!(d.first > 0 && fold_[d.first - 1] == "the" && d.last < last && tok_[d.last].is_word() && !tok_[d.last].cap &&
          !tok_[d.last].allcaps &&
          !in(fold_[d.last], {"of", "to", "and", "in", "at", "on", "for", "with", "by", "when", "as", "until", "through",
                              "from", "during", "after", "before", "or", "that", "which"})))
        return false;
    for (std::size_t q = d.last; q < last && q < d.last + 3; ++q)
        if (meeting_noun_at(q)) return false;
    return true;
}

std::string DocumentReader::own_date(std::size_t first, std::size_t last) const {
    // "X, who arrived on March 2, met Y on March 4": a date inside a relative clause between commas
    // is another event's when a date follows the clause
    const auto in_relative_clause = [&](const DateMention& d) {
        for (std::size_t q = d.first; q > first && q + 12 > d.first; --q) {
            if (tok_[q - 1].is(",")) return false;
            if (in(fold_[q - 1], {"who", "which"}) && q >= first + 2 && tok_[q - 2].is(",")) {
                for (std::size_t r = d.last; r < last; ++r)
                    if (tok_[r].is(",")) return true;
                return false;
            }
        }
        return false;
    };
    // "Following his election on May 2, X met Y on May 7": a date in an opening phrase of another
    // time (after, before, since ...) is not the clause's when a date follows that phrase
    const auto in_opening_phrase = [&](const DateMention& d) {
        std::size_t q = d.first;
        while (q > first && !tok_[q - 1].is(",")) --q;
        if (q != first || !in(fold_[q], {"following", "after", "before", "since", "prior", "ahead", "upon", "until"}))
            return false;
        for (std::size_t r = d.last; r < last; ++r)
            if (tok_[r].is(",")) return true;
        return false;
    };
    const DateMention* found = nullptr;
    for (const DateMention& d : dates_) {
        if (!(d.first >= first && d.first < last && !d.range_start && d.first != date_line_token_ && !in_dateline(d)) ||
            date_names_event(d, last) || (d.first >= first + 3 && ends_span_of_days(d)))
            continue;
        if (!found) found = &d;
        if (!in_relative_clause(d) && !in_opening_phrase(d)) return d.iso(doc_year_);
    }
    return found ? found->iso(doc_year_) : std::string{};
}

// A date at most four tokens from token q, before or after it ("met today, March 5, with"):
// the day a "today" or "yesterday" at q stands beside (day-word-at-verb).
bool DocumentReader::date_beside(const DateMention& d, std::size_t q) { return d.last + 4 > q && d.first < q + 5; }

std::string DocumentReader::own_date_at(std::size_t first, std::size_t last, std::size_t at) const {
    // "X spoke today with Y ... to discuss the response to the attack on April 4th": "today" or
    // "yesterday" at the verb is the meeting's day (the release's date gives it); a date further on
    // with no such word beside it is of what they discussed (day-word-at-verb)
    for (std::size_t q = at > first + 2 ? at - 2 : first; q < last && q <= at + 2; ++q) {
        if (!in(fold_[q], {"today", "yesterday", "tonight"}) || tok_[q].cap) continue;
        bool dated_here = false;
        for (const DateMention& d : dates_)
            dated_here = dated_here || (date_beside(d, q) && d.first >= first && d.first < last);
        if (!dated_here) return {};
        break;
    }
    // "On April 29, the Vice President convened leaders virtually and on June 9, A and B met": the
    // nearest date before the meeting that opens a coordinated clause ("and on", "; on") is its own
    const DateMention* near = nullptr;
    for (const DateMention& d : dates_)
        if (d.first > first + 2 && d.last < at && d.first < last && !d.range_start && !in_dateline(d) &&
            (!near || d.first > near->first))
            near = &d;
    if (near && fold_[near->first - 1] == "on" &&
        (fold_[near->first - 2] == "and" || tok_[near->first - 2].is(";")) && near->last < last &&
        tok_[near->last].is(","))
        return near->iso(doc_year_);
    return own_date(first, last);
}

std::size_t DocumentReader::clause_start(std::size_t s) const {
    const std::size_t a = sent_[s].first, b = sent_[s].last;
    if (a >= b || !tok_[a].is_word() || !tok_[a].allcaps) return a;  // a dateline opens with its place in capitals
    bool capitals = false;
    for (std::size_t q = a; q < b && q < a + 16; ++q) {
        const Token& t = tok_[q];
        if (t.is("-") || t.is("--") || t.is("\u2014") || t.is("\u2013")) {
            std::size_t r = q + 1;
            while (r < b && (tok_[r].is("-") || tok_[r].is("\u2014") || tok_[r].is("\u2013"))) ++r;  // "- -"
            return capitals && q > a && r < b ? r : a;
        }
        if (t.is_word() && t.allcaps && t.text.size() >= 2) capitals = true;
        // a place, a date, an agency in brackets: capitalised words, numbers and punctuation only
        if (!(t.is(",") || t.is(".") || t.is("(") || t.is(")") || t.kind == Token::Kind::Number ||
              (t.is_word() && (t.cap || t.allcaps))))
            return a;
    }
    return a;
}

bool DocumentReader::other_time(std::size_t s) const {
    const std::size_t a = sent_[s].first, b = sent_[s].last;
    std::size_t next_date = 0;  // index into dates_ of the first date not before q
    for (std::size_t q = a; q < b; ++q) {
        // a relative clause between commas tells of something else: "During his meeting with X,
        // whose country will chair the OSCE in 2025, the Minister discussed ..."
        if (tok_[q].is(",") && q + 1 < b && in(fold_[q + 1], {"who", "whose", "which"})) {
            std::size_t r = q + 2;
            while (r < b && !tok_[r].is(",")) ++r;
            if (r < b) {
                q = r;
                continue;
            }
        }
        while (next_date < dates_.size() && dates_[next_date].last <= q) ++next_date;
        const bool in_date = next_date < dates_.size() && dates_[next_date].first <= q;
        if (in_date) continue;
        // a month without its day ("in December 2022", "in July"), not a name ("Theresa May")
        if ((flags_[q] & kMonth) && tok_[q].cap && !person_at(q) && q > a &&
            in(fold_[q - 1], {"in", "since", "last", "early", "mid", "late", "of", "during", "until"}))
            return true;
        // "years ago", "the first time I met him", "when I first met": a meeting of another day
        // ("the first time the three leaders had met for a standalone summit": this one, the first)
        if (fold_[q] == "first" && q + 1 < b && fold_[q + 1] == "time") {
            bool perfect = false;
            for (std::size_t r = q + 2; r < b && r < q + 8; ++r) perfect = perfect || in(fold_[r], {"had", "have", "has"});
            if (perfect) continue;
        }
        if (fold_[q] == "ago" || (fold_[q] == "first" && q + 1 < b && in(fold_[q + 1], {"time", "met", "meeting"})))
            return true;
        // "last month", "earlier this year", "in 2019"
        if ((flags_[q] & kTimeUnit) && q > a &&
            (fold_[q - 1] == "last" || (fold_[q - 1] == "this" && q > a + 1 && fold_[q - 2] == "earlier")))
            return true;
        if (tok_[q].kind == Token::Kind::Number && tok_[q].text.size() == 4 && q > a &&
            in(fold_[q - 1], {"in", "since"}) && (tok_[q].text.starts_with("19") || tok_[q].text.starts_with("20")))
            return true;
    }
    return false;
}

// The country an office of person mention pi names: "French President A", "President A of
// France", "the President of France, A": its canonical name (empty when none).
std::string_view DocumentReader::person_country(std::size_t pi) const {
    const PersonMention& pm = persons_[pi];
    std::size_t body = pm.modifier_first;
    if (body == kNone && pm.name_last + 1 < tok_.size() && tok_[pm.name_last].is("of")) body = pm.name_last + 1;
    if (body == kNone && pm.of_body != kNone) body = pm.of_body;
    auto p = body == kNone ? std::nullopt : phrase_at(body);
    // "the Minister of Foreign Affairs of New Zealand, the Rt Hon Winston Peters"
    if (body == kNone)
        if (const OfficeBefore ob = office_before_comma(pi); ob.country != kNone) p = ob.country;
    // "Edward Nalbandian, Foreign Minister of Armenia,": the office in apposition after the name
    if (body == kNone && !p && pm.name_last + 3 < tok_.size() && tok_[pm.name_last].is(",")) {
        const std::size_t limit = sentence_end(pm.name_last);
        std::size_t r = pm.name_last + 1;
        if (r < limit && fold_[r] == "the") ++r;
        if (const std::size_t tl = r < limit ? title_match(r, limit) : 0; tl && r + tl + 1 < limit && tok_[r + tl].is("of")) {
            r += tl + 1;
            if (r < limit && fold_[r] == "the") ++r;
            if (const auto c = phrase_at(r); c && phrases_[*c].first == r) p = c;
        }
    }
    if (!p || phrases_[*p].type != EntityType::Country) return {};
    return phrases_[*p].canonical;
}

// [a, verb) is "The leaders of C1, C2 and C3" (heads of state, foreign ministers ...): for each
// country, the one person of the document whose office names it; empty unless every country
// has exactly one.
std::vector<std::size_t> DocumentReader::leaders_of_countries(std::size_t a, std::size_t verb) const {
    // (after a dateline: "KYIV (AFP) - The leaders of ...")
    std::size_t q = kNone;
    for (std::size_t r = a; r + 1 < verb && q == kNone; ++r)
        if (fold_[r] == "of" && r > a && in(fold_[r - 1], {"leaders", "heads", "ministers", "presidents", "chiefs"}))
            q = r;
    if (q == kNone) return {};
    std::vector<std::string_view> countries;
    for (++q; q < verb;) {
        const auto p = phrase_at(q);
        if (!p || phrases_[*p].first != q || phrases_[*p].type != EntityType::Country) return {};
        countries.push_back(phrases_[*p].canonical);
        q = phrases_[*p].last;
        if (q < verb && tok_[q].is(",")) ++q;
        if (q < verb && tok_[q].is("and")) ++q;
        if (q < verb && !phrase_at(q)) break;
    }
    // the adverbs of the verb may stand between: "met on Thursday"
    if (countries.size() < 2 || q + 3 < verb) return {};
    std::vector<std::size_t> out;
    for (std::string_view c : countries) {
        std::size_t found = kNone;
        for (std::size_t pi = 0; pi < persons_.size(); ++pi) {
            const PersonMention& pm = persons_[pi];
            if (person_entity_[pi] == kNone || pm.reference) continue;
            if (pm.title.empty() || person_country(pi) != c) continue;
            if (found != kNone && person_entity_[found] != person_entity_[pi]) return {};
            if (found == kNone) found = pi;
        }
        if (found == kNone) return {};
        out.push_back(found);
    }
    return out;
}

// The counterparts of a meeting reported in the body were met together, not one by one,
// when the list says so: a delegation ("met A, who was accompanied by B and C") or a bare
// pair in a heading ("Chancellor meets A and B"). Lists with appositions or semicolons ("met the President of X,
// A, and the Prime Minister of Y, B, as well as ...") are a round of separate meetings.
bool DocumentReader::joint_counterparts(const MeetingDraft& md) const {
    // Several subjects sat at one table with the counterparts: "A and B held two-plus-two talks
    // with C and D" is one meeting of four (a round of separate ones says "separately")
    if (md.subjects >= 2) {
        bool separate = false;
        for (std::size_t q = sent_[md.sentence].first; q < sent_[md.sentence].last && !separate; ++q)
            separate = in(fold_[q], {"separate", "separately", "respectively"});
        if (!separate) return true;
    }
    std::vector<std::size_t> others(md.persons.begin() + static_cast<std::ptrdiff_t>(md.subjects), md.persons.end());
    std::sort(others.begin(), others.end(),
              [&](std::size_t x, std::size_t y) { return persons_[x].name_first < persons_[y].name_first; });
    bool bare_pairs = true;
    for (std::size_t i = 1; i < others.size(); ++i) {
        const PersonMention& prev = persons_[others[i - 1]];
        const PersonMention& next = persons_[others[i]];
        std::size_t end = next.name_first;
        if (next.title_first != kNone) end = std::min(end, next.title_first);
        if (next.modifier_first != kNone) end = std::min(end, next.modifier_first);
        if (end < prev.name_last) return false;
        for (std::size_t q = prev.name_last; q < end; ++q)
            if (in(fold_[q], {"accompanied", "accompanying"})) return true;
        if (!(end == prev.name_last + 1 && fold_[prev.name_last] == "and")) bare_pairs = false;
    }
    // A heading names the meeting it reports ("Chancellor meets A and B"); a sentence
    // may sum up a round of meetings in one phrase ("had a meeting with A and B").
    const std::size_t last = sent_[md.sentence].last;
    const bool heading = last > sent_[md.sentence].first && !tok_[last - 1].is(".");
    return bare_pairs && heading;
}

// "During his stay, the Director-General met President A and Foreign Minister B; C, Mayor of
// Moscow; D, ...": counterparts listed with semicolons between them are a round of separate
// meetings even in the release's own first meeting, whose other lists are one table
// (semicolon-counterparts).
bool DocumentReader::semicolon_counterparts(const MeetingDraft& md) const {
    // (only "met": "hosted A; B; C for a roundtable", "was briefed by A; B; C" gather one table)
    if (md.rule != "met-with" || md.persons.size() < md.subjects + 3) return false;
    const std::size_t a = sent_[md.sentence].first, b = sent_[md.sentence].last;
    std::size_t first = kNone, last = 0;
    for (std::size_t i = md.subjects; i < md.persons.size(); ++i) {
        const std::size_t at = persons_[md.persons[i]].name_first;
        if (at < a || at >= b) return false;  // (a delegation listed in a sentence of its own sat together)
        first = std::min(first, at);
        last = std::max(last, at);
    }
    // ("met with the ambassadors recently accredited to Latvia: the Ambassador of Estonia, A; ...": a
    // group named before a colon met together, group-colon)
    for (std::size_t q = a; q < first; ++q)
        if (tok_[q].is(":")) return false;
    for (std::size_t q = first; q < last; ++q)
        if (tok_[q].is(";")) return true;
    return false;
}

// "on an official visit from 23 to 26 July", "from 23-26 July": the end of a span of days.
bool DocumentReader::ends_span_of_days(const DateMention& d) const {
    return d.first >= 3 && in(fold_[d.first - 1], {"to", "-", "\u2013", "and", "until"}) &&
           tok_[d.first - 2].kind == Token::Kind::Number && in(fold_[d.first - 3], {"from", "between"});
}

// "Two days earlier", "a day later", "the day before", "the previous day", "the next day" in the
// first words of sentence s: how many days from the meeting told before (0: none).
int DocumentReader::days_from_before(std::size_t s) const {
    const std::size_t a = sent_[s].first, b = std::min(sent_[s].last, sent_[s].first + 8);
    // ("A and B met in Baku the day before."; "the previous day": at the sentence's end too)
    for (std::size_t q = b; q + 3 < sent_[s].last; ++q)
        if (fold_[q] == "the" && ((in(fold_[q + 1], {"previous", "preceding"}) && fold_[q + 2] == "day") ||
                                  (fold_[q + 1] == "day" && fold_[q + 2] == "before")) &&
            !tok_[q + 3].is_word())
            return -1;
    for (std::size_t q = a; q + 1 < b; ++q) {
        if (fold_[q] == "the" && q + 2 < b) {
            if (in(fold_[q + 1], {"previous", "preceding"}) && fold_[q + 2] == "day") return -1;
            if (in(fold_[q + 1], {"next", "following"}) && fold_[q + 2] == "day") return 1;
            if (fold_[q + 1] == "day" && in(fold_[q + 2], {"before", "after"}) &&
                // ("had met separately the day before with X", "the day before in Paris"; not "the
                // day before the summit")
                !(q + 3 < sent_[s].last && tok_[q + 3].is_word() && !in(fold_[q + 3], {"that", "with", "in", "at"})))
                return fold_[q + 2] == "before" ? -1 : 1;
        }
        if (!in(fold_[q + 1], {"day", "days"}) || q + 2 >= b || !in(fold_[q + 2], {"earlier", "later", "before"}))
            continue;
        static constexpr std::string_view kCounts[] = {"a", "one", "two", "three", "four", "five", "six", "seven"};
        int n = 0;
        for (int i = 0; i < 8 && n == 0; ++i)
            if (fold_[q] == kCounts[i]) n = i == 0 ? 1 : i;
        if (n == 0 && tok_[q].kind == Token::Kind::Number && fold_[q].size() == 1) n = fold_[q][0] - '0';
        if (n > 0) return fold_[q + 2] == "later" ? n : -n;
    }
    return 0;
}

// The sentence tells of an earlier meeting: "he had met X", "recalled his meeting with X".
bool DocumentReader::recall_cue(std::size_t q) const {
    return (fold_[q] == "had" && q + 1 < tok_.size() && (flags_[q + 1] & kPastMeetingVerb)) ||
           in(fold_[q], {"recalled", "recalling"});
}

bool DocumentReader::recalls_earlier(std::size_t s) const {
    for (std::size_t q = sent_[s].first; q + 1 < sent_[s].last; ++q)
        if (recall_cue(q)) return true;
    return false;
}

bool DocumentReader::recalled_after(const DateMention& d) const {
    const std::size_t b = sent_[sent_of_[d.first]].last;
    for (std::size_t q = sent_[sent_of_[d.first]].first; q < d.first; ++q)
        if (recall_cue(q)) return false;
    for (std::size_t q = d.last; q + 1 < b; ++q) {
        if (tok_[q].is(",") && in(fold_[q + 1], {"where", "who", "which", "after"})) return true;
        if (recall_cue(q)) return false;
    }
    return false;
}

void DocumentReader::finish_meetings() {

    // A title's meeting that the body tells again with more people ("Call with the Amir", then
    // "spoke today with the Amir and the Prime Minister") is the body's meeting: the title's
    // smaller copy goes, so the body's sentence leads and links everyone.
    {
        std::vector<std::set<std::size_t>> ents(meetings_.size());  // each meeting's people
        for (std::size_t i = 0; i < meetings_.size(); ++i)
            for (std::size_t p : meetings_[i].persons)
                if (person_entity_[p] != kNone) ents[i].insert(person_entity_[p]);
        // "Ramaphosa receives Tinubu" over "President Ramaphosa will on Monday host President
        // Tinubu": a title's present tense tells of the visit the body says is still to come
        // (title-planned-in-body)
        for (std::size_t i = 0; i < meetings_.size(); ++i) {
            MeetingDraft& t = meetings_[i];
            if (!title_line(t.sentence) || t.status != MeetingStatus::Happened || ents[i].size() < 2) continue;
            bool planned = false, happened = false;
            for (std::size_t j = 0; j < meetings_.size(); ++j) {
                if (title_line(meetings_[j].sentence) ||
                    !std::includes(ents[j].begin(), ents[j].end(), ents[i].begin(), ents[i].end()))
                    continue;
                (meetings_[j].status == MeetingStatus::Happened ? happened : planned) = true;
            }
            if (planned && !happened) t.status = MeetingStatus::Planned;
        }
        std::vector<bool> drop(meetings_.size(), false);
        for (std::size_t i = 0; i < meetings_.size(); ++i) {
            if (!title_line(meetings_[i].sentence) || ents[i].size() < 2) continue;
            for (std::size_t j = 0; j < meetings_.size() && !drop[i]; ++j) {
                if (j == i || title_line(meetings_[j].sentence) || meetings_[j].status != meetings_[i].status) continue;
                drop[i] = ents[j].size() > ents[i].size() &&
                          std::includes(ents[j].begin(), ents[j].end(), ents[i].begin(), ents[i].end());
            }
        }
        std::size_t i = 0;
        std::erase_if(meetings_, [&](const MeetingDraft&) { return drop[i++]; });
    }
    // The lead sentence: the first sentence with a meeting trigger that happened.
    std::size_t lead = kNone;
    for (const MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened && m.rule != "shook-hands-with" && m.rule != "meeting-between" &&
            m.rule != "courtesy-call-on" && m.persons.size() >= 2) {
            lead = m.sentence;
            break;
        }
    // "President X spoke today with Y ... to discuss the response to the attack on April 4th": a
    // sentence with "today" or "yesterday" beside a verb of meeting, and a date far from that word:
    // the date is of what they discussed, not of the meeting (day-word-at-verb)
    const auto far_from_day_word = [&](const DateMention& d) {
        const std::size_t s = sent_of_[d.first], a = sent_[s].first, b = sent_[s].last;
        for (std::size_t q = a + 1; q + 1 < b; ++q)
            if (in(fold_[q], {"today", "yesterday"}) && !tok_[q].cap &&
                ((flags_[q - 1] & (kMeetingVerb | kPastMeetingVerb)) || (flags_[q + 1] & (kMeetingVerb | kPastMeetingVerb))))
                return !date_beside(d, q);
        return false;
    };
    // The document's own body date: one "On <date>" and no range.
    std::set<std::string> body_dates;
    // the people of the lead's meetings (date-of-other-meeting, below)
    std::set<std::size_t> lead_people;
    for (const MeetingDraft& m : meetings_)
        if (m.sentence == lead)
            for (std::size_t p : m.persons) lead_people.insert(person_entity_[p]);
    bool range = false;
    for (const DateMention& d : dates_) {
        if (d.first == date_line_token_) continue;
        // ("ANI | Updated: Sep 27, 2019 ... New York [USA], Sept 27 (ANI): X on Thursday met ...": a
        // second dateline, the agency's, opening its sentence, is the report's day again)
        if (const std::size_t ds = sent_of_[d.first]; d.first < sent_[ds].first + 8 && d.last + 1 < sent_[ds].last &&
                                                      (tok_[d.last].is("(") || tok_[d.last].is(":")) &&
                                                      d.iso(doc_year_) == doc_date_)
            continue;
        // "since October 7th": where a span of time began, never the day of a meeting
        if (d.first > 0 && fold_[d.first - 1] == "since") continue;
        // "He recalled that he had met X on September 9": an earlier meeting's day
        // (not when the recall comes after the date, in a clause of its own: "arrived in Berlin on
        // Tuesday, 15 July, from Paris, where he had attended the Summit")
        if (recalls_earlier(sent_of_[d.first]) && !recalled_after(d)) continue;
        if (date_names_event(d, sent_[sent_of_[d.first]].last)) continue;  // "the August 5 incident"
        // "the upcoming NATO Summit to be held in Brussels on 11-12 July": a day still to come
        {
            bool to_come = false;
            const std::size_t from = std::max(sent_[sent_of_[d.first]].first, d.first >= 12 ? d.first - 12 : 0);
            // ("the Session scheduled for 17-20 February 2014", "slated for", "due on")
            for (std::size_t q = from; q + 2 < d.first && !to_come; ++q)
                to_come = (in(fold_[q], {"to", "will"}) && fold_[q + 1] == "be" && in(fold_[q + 2], {"held", "hosted"})) ||
                          fold_[q] == "upcoming" ||
                          (in(fold_[q], {"scheduled", "slated", "due"}) && in(fold_[q + 1], {"for", "on", "from", "in"}) &&
                           q + 4 >= d.first);
            // ("On the next day, Tuesday, 30 March 2010, Minister X will participate in a trilateral
            // meeting": the day opens a sentence of the principal's plans)
            const std::size_t se = sent_[sent_of_[d.first]].last;
            for (std::size_t q = d.last; q + 1 < se && q < d.last + 8 && !to_come; ++q)
                to_come = fold_[q] == "will" && in(fold_[q + 1], {"participate", "attend", "hold", "meet", "visit",
                                                                  "travel", "take"});
            if (to_come) continue;
        }
        // "X met Y. Referring to X's meeting with Z on 4 August, ...": the day of another meeting, in
        // a sentence after the lead's, with other people than the lead's (date-of-other-meeting)
        if (lead != kNone && sent_of_[d.first] > lead) {
            const std::string day = d.iso(doc_year_);
            // (not when the sentence tells the lead's meeting again: "X met on January 26-27 with Y ...
            // to follow up on the summit between A and B")
            bool other = false, again = false;
            for (const MeetingDraft& m : meetings_) {
                if (m.sentence != sent_of_[d.first]) continue;
                bool inside = true;
                for (std::size_t p : m.persons) inside = inside && lead_people.count(person_entity_[p]) > 0;
                again = again || inside;
                other = other || (!inside && m.status == MeetingStatus::Happened && m.date == day);
            }
            if (other && !again) continue;
        }
        if (far_from_day_word(d)) continue;
        // "a visit from 23 to 26 July": a span of days
        if (ends_span_of_days(d)) range = true;
        if (d.range_start) range = true;
        const std::string iso = d.iso(doc_year_);
        if (!iso.empty()) body_dates.insert(iso);
        if (body_dates.size() > 0 && d.first > (lead != kNone ? sent_[lead].last : 0)) break;
    }
    std::string doc_meeting_date;
    if (!range && body_dates.size() == 1) doc_meeting_date = *body_dates.begin();
    // A release that dates nothing in its body reports a meeting of its own date; a news report
    // whose first sentence names the day ("The leaders agreed on Friday to ...", before the
    // sentence that tells the meeting) reports one of that day.
    if (!range && body_dates.empty()) {
        doc_meeting_date = doc_date_;
        for (std::size_t s = 0; lead != kNone && s < lead; ++s) {
            if (title_line(s) || (date_line_token_ != kNone && sent_[s].first <= date_line_token_)) continue;
            // (the first sentence of the text, not a line of the page around it: "Contact Us",
            // "Anadolu Agency DIPLOMACY", "Subscribe" end in no full stop)
            if (sent_[s].last <= sent_[s].first || !tok_[sent_[s].last - 1].is(".")) continue;
            // (not a sentence of plans: "X will hold talks with his counterparts on Friday")
            bool plans = false;
            for (std::size_t q = sent_[s].first; q < sent_[s].last && !plans; ++q) plans = in(fold_[q], {"will", "shall"});
            if (const std::string day = relative_date(s); !day.empty() && !other_time(s) && !plans) doc_meeting_date = day;
            break;
        }
    }
    // A title's meeting told again by the body's first sentence "... today" or "... on Monday"
    // (and no date of its own there) is of that day, whatever dates the body gives later.
    if (lead != kNone && title_line(lead)) {
        for (std::size_t s = lead + 1; s < sent_.size(); ++s) {
            if (sent_[s].last <= sent_[s].first || !tok_[sent_[s].last - 1].is(".") ||
                (date_line_token_ != kNone && sent_[s].first <= date_line_token_))
                continue;
            bool dated = false;
            for (const DateMention& d : dates_)
                dated = dated || (d.first >= sent_[s].first && d.first < sent_[s].last && !date_names_event(d, sent_[s].last) &&
                                  !far_from_day_word(d));
            if (const std::string day = relative_date(s); !day.empty() && !dated && !other_time(s)) doc_meeting_date = day;
            break;
        }
    }
    // The lead place: a city in the first sentence that says where the principal was.
    std::size_t lead_place = kNone;
    for (std::size_t s = 0; s < sent_.size() && lead_place == kNone; ++s) {
        if (lead != kNone && s > lead) break;
        lead_place = place_in_sentence(s);
    }
    // The principal of the readout: the subject of its lead meeting. Their other
    // meetings on the same trip happened where the lead sentence says they were.
    std::size_t principal = kNone;
    for (const MeetingDraft& m : meetings_)
        if (m.sentence == lead && m.subjects > 0) {
            principal = person_entity_[m.persons.front()];
            break;
        }
    // "On December 5, X took part in the Ministerial Council and held a number of bilateral meetings
    // on its sidelines": the day of the series, for the meetings the release tells after it
    // ("... a series of bilateral meetings on the sidelines of the 58th AMM": and the event they
    // were held at, which each counterpart met there attended)
    std::string series_date;
    std::size_t series_sentence = kNone, series_event = kNone, series_subject = kNone;
    for (std::size_t s = 0; s < sent_.size() && s < 6 && series_sentence == kNone; ++s) {
        if (title_line(s)) continue;
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = a; k + 2 < b; ++k) {
            bool meetings = false;
            if ((in(fold_[k], {"series", "number"}) && fold_[k + 1] == "of") || fold_[k] == "several") {
                for (std::size_t q = k + 1; q < b && q < k + 5 && !meetings; ++q)
                    meetings = in(fold_[q], {"meetings", "talks"});
            } else if (fold_[k] == "with" && in(fold_[k + 1], {"his", "her", "their", "the", "several"})) {
                // "held further conversations with his counterparts", "held discussions Wednesday with
                // his German and Bolivian counterparts", "talked with the foreign ministers of A, B and
                // C": talks with several, told one by one after (series-counterparts); a sentence of
                // talks that took place
                for (std::size_t q = k + 2; q < b && q < k + 7 && !meetings; ++q) {
                    if (in(fold_[q], {"counterparts", "ministers", "leaders", "heads"})) {
                        meetings = fold_[q] == "counterparts" || (q + 1 < b && fold_[q + 1] == "of");
                        break;
                    }
                    if (!(tok_[q].is_word() && (tok_[q].cap || in(fold_[q], {"and", "foreign", "defence", "defense"}))))
                        break;
                }
                bool past = false;
                for (std::size_t q = a; q < k && !past; ++q) past = flags_[q] & kPastMeetingVerb;
                meetings = meetings && past;
            }
            if (!meetings) continue;
            series_sentence = s;
            series_date = own_date(a, b);
            if (series_date.empty()) series_date = relative_date(s);
            bool there = false;  // "on the sidelines of", "on its margins", "at the", "took part in"
            for (std::size_t q = a; q + 1 < b && !there; ++q)
                there = in(fold_[q], {"sidelines", "sideline", "margins", "margin"}) ||
                        (fold_[q] == "at" && fold_[q + 1] == "the") || (flags_[q] & kAttendVerb);
            for (std::size_t q = a; q < b && there && series_event == kNone; ++q)
                if (const auto ph = phrase_at(q); ph && phrases_[*ph].type == EntityType::Event &&
                                                  phrases_[*ph].entity != kNone)
                    series_event = *ph;
            for (std::size_t q = a; q < k && series_subject == kNone; ++q)
                if (const auto p = person_at(q); p && person_entity_[*p] != kNone) series_subject = person_entity_[*p];
            break;
        }
    }
    for (MeetingDraft& m : meetings_) {
        const bool header_zone = lead == kNone || m.sentence <= lead || m.rule == "delegations";
        bool with_principal = false;
        for (std::size_t p = 0; p < m.subjects && p < m.persons.size(); ++p)
            if (person_entity_[m.persons[p]] == principal) with_principal = true;
        if (m.date.empty()) m.date = relative_date(m.sentence);
        // "... arrived earlier today, where he was welcomed by X" in a release with no date line: the
        // day its first dated meeting gives ("ABU DHABI, (WAM - 02nd May, 2021) A and B reviewed ...")
        if (m.date.empty() && doc_date_.empty()) {
            bool today = false;
            for (std::size_t q = sent_[m.sentence].first; q < sent_[m.sentence].last && !today; ++q)
                today = in(fold_[q], {"today", "tonight"});
            for (const MeetingDraft& before : meetings_)
                if (today && &before != &m && before.sentence < m.sentence && before.date.size() == 10) {
                    m.date = before.date;
                    break;
                }
        }
        // "On the same day, ... also met", "Following the courtesy call, he held a meeting": the
        // day of the meeting reported before
        if (m.date.empty()) {
            bool same_day = false;
            const std::size_t sa = sent_[m.sentence].first, sb = sent_[m.sentence].last;
            for (std::size_t q = sa; q + 1 < sb; ++q) {
                // "... also met with Wong on the same day"
                if (fold_[q] == "same" && fold_[q + 1] == "day") same_day = true;
                // "... her meeting with President X earlier in the day", "earlier that day"
                if (fold_[q] == "earlier" && q + 2 < sb && in(fold_[q + 1], {"in", "that"}) &&
                    (fold_[q + 2] == "day" || (fold_[q + 2] == "the" && q + 3 < sb && fold_[q + 3] == "day")))
                    same_day = true;
                if (q >= sa + 6) continue;
                // "Following the dialogue, X paid a courtesy call on Y", "Prior to the dialogue, X
                // received them", "During the visit, A and B held a call with C"
                if ((in(fold_[q], {"following", "after", "before"}) || (fold_[q] == "prior" && fold_[q + 1] == "to")) &&
                    q + 3 < sb) {
                    const std::size_t r = fold_[q] == "prior" ? q + 2 : q + 1;
                    if (fold_[r] == "the" && (meeting_noun_at(r + 1) || fold_[r + 1] == "courtesy")) same_day = true;
                }
                if (fold_[q] == "during" && q + 2 < sb && in(fold_[q + 1], {"the", "his", "her", "this"}) &&
                    in(fold_[q + 2], {"visit", "trip"}))
                    same_day = true;
                // "Prime Minister X later received them", "Later, X met Y": the day of the meeting
                // before; not "later this week", "two days later", "later in the month"
                // ("Subsequently, President X received him", "was subsequently received by")
                // "Earlier, X held talks with Y", "That afternoon, X also met Y", "In the evening": the
                // day of the meeting told before (not "earlier this month")
                if (fold_[q] == "earlier" && q + 1 < sb && !in(fold_[q + 1], {"this", "that", "next", "in", "on"}) &&
                    !(q > sa && (tok_[q - 1].kind == Token::Kind::Number || (flags_[q - 1] & kTimeUnit) ||
                                 in(fold_[q - 1], {"days", "weeks", "months", "years", "a"}))))
                    same_day = true;
                if (in(fold_[q], {"that", "the", "in"}) && q + 1 < sb &&
                    in(fold_[q + 1], {"afternoon", "morning", "evening", "night"}) &&
                    !(fold_[q] == "the" && q > sa && !in(fold_[q - 1], {"in", "during"})))
                    same_day = true;
                if (in(fold_[q], {"later", "subsequently", "afterwards"}) && !(q > sa && (tok_[q - 1].kind == Token::Kind::Number ||
                                                        (flags_[q - 1] & kTimeUnit) ||
                                                        in(fold_[q - 1], {"days", "weeks", "months", "years", "will"})))) {
                    const bool that_day = q + 2 < sb && in(fold_[q + 1], {"that", "in"}) &&
                                          (fold_[q + 2] == "day" || (fold_[q + 2] == "the" && q + 3 < sb && fold_[q + 3] == "day"));
                    // ("Later on, he met X": "on" and a comma, the same day)
                    if (that_day || !in(fold_[q + 1], {"this", "that", "next", "in", "on"}) ||
                        (fold_[q + 1] == "on" && q + 2 < sb && tok_[q + 2].is(",")))
                        same_day = true;
                }
            }
            // "Two days earlier, A and B held talks", "the day before", "the next day": days from
            // the day of the story, its first dated meeting
            if (const int shift = days_from_before(m.sentence); shift != 0) {
                for (const MeetingDraft& before : meetings_) {
                    if (&before == &m) break;
                    if (before.sentence < m.sentence && before.date.size() == 10) {
                        m.date = shift_days(before.date, shift);
                        break;
                    }
                }
                // (no meeting of the story dated before it: the day of the report, "met in Baku the day before")
                if (m.date.empty() && shift == -1 && doc_date_.size() == 10) m.date = shift_days(doc_date_, shift);
                same_day = false;
            }
            // (not a meeting recalled in passing: "X recalled the talks between A and B in Canberra
            // on 7 March. On the same day, Y paid a courtesy call on A")
            const auto recalled = [&](std::size_t rs) {
                for (std::size_t q = sent_[rs].first; q < sent_[rs].last; ++q)
                    if (in(fold_[q], {"recalled", "recalling", "recalls"})) return true;
                return false;
            };
            if (same_day)
                for (const MeetingDraft& before : meetings_) {
                    if (&before == &m) break;
                    if (before.sentence < m.sentence && !before.date.empty() && !recalled(before.sentence))
                        m.date = before.date;
                }
            // no meeting before it has a day: the day the sentences just before give ("On August 15,
            // X attended the inauguration. On the same day, X paid a courtesy call on ...")
            if (same_day && m.date.empty())
                for (const DateMention& d : dates_) {
                    if (d.first >= sa) break;
                    if (d.first == date_line_token_ || in_dateline(d) || d.range_start ||
                        sent_of_[d.first] + 3 < m.sentence)
                        continue;
                    if (std::string iso = d.iso(doc_year_); iso.size() == 10) m.date = std::move(iso);
                }
        }
        // "The one-to-one meeting between Mr. Krishna and Ms. Khar was followed by ...": a meeting the
        // sentence names with "the", between two people who met before that day, is that meeting
        // again (same-meeting-again; not "The S&ED was co-chaired by A and B", others who met them)
        // ("Secretary General A and Deputy Minister B discussed ...": a pair told again after their
        // meeting, pair-met, the same)
        if (m.date.empty() && m.status == MeetingStatus::Happened &&
            (fold_[sent_[m.sentence].first] == "the" || m.rule == "pair-met") &&
            !other_time(m.sentence) && m.persons.size() >= 2 && person_entity_[m.persons[0]] != kNone &&
            person_entity_[m.persons[1]] != kNone) {
            for (const MeetingDraft& before : meetings_) {
                if (&before == &m) break;
                if (before.sentence >= m.sentence || before.date.size() != 10 || before.status != MeetingStatus::Happened) continue;
                bool first = false, second = false;
                for (std::size_t p : before.persons) {
                    first = first || person_entity_[p] == person_entity_[m.persons[0]];
                    second = second || person_entity_[p] == person_entity_[m.persons[1]];
                }
                if (first && second) m.date = before.date;
            }
        }
        // "A and B discussed ways to deepen ties. They met in Bangkok yesterday on the sidelines of
        // ...": the next sentences tell when and where the pair met (pair-told-later; "The two met
        // on Tuesday", "The pair held talks ...")
        if (m.date.empty() && m.rule == "pair-met" && m.status == MeetingStatus::Happened && m.persons.size() == 2)
            for (std::size_t s2 = m.sentence + 1; s2 < sent_.size() && s2 <= m.sentence + 3; ++s2) {
                const std::size_t a2 = sent_[s2].first, b2 = sent_[s2].last;
                std::size_t v = a2;
                if (fold_[v] == "they") ++v;
                else if (fold_[v] == "the" && v + 1 < b2 && ((flags_[v + 1] & kPairNoun) || fold_[v + 1] == "pair")) v += 2;
                else if (fold_[v] == "the" && v + 2 < b2 && fold_[v + 1] == "two" && (flags_[v + 2] & kPairNoun)) v += 3;
                else continue;
                while (v < b2 && (flags_[v] & kCoordinatedVerbAdverb) && !tok_[v].cap) ++v;
                if (!(v < b2 && in(fold_[v], {"met", "held", "spoke", "talked"}))) continue;
                if (other_time(s2)) break;
                std::string day = own_date(a2, b2);
                if (day.empty()) day = relative_date(s2);
                if (day.size() == 10) {
                    m.date = std::move(day);
                    if (m.place == kNone && m.mode != MeetingMode::Telephone && m.mode != MeetingMode::Video)
                        m.place = place_in_sentence(s2);
                }
                break;
            }
        // "At a meeting with A and B, President X declared ... \"...,\" the press service said following
        // the meeting with the ministers in Kyiv on Thursday": the day a sentence after gives "the
        // meeting", when it tells no meeting of its own (meeting-told-later)
        if (m.date.empty() && header_zone && m.sentence == lead && m.status == MeetingStatus::Happened &&
            !other_time(m.sentence))
            for (std::size_t s2 = m.sentence + 1; s2 < sent_.size() && s2 <= m.sentence + 2; ++s2) {
                bool own = false, names = false;
                for (const MeetingDraft& o : meetings_) own = own || o.sentence == s2;
                for (std::size_t q = sent_[s2].first; q + 1 < sent_[s2].last && !names; ++q)
                    names = fold_[q] == "the" && meeting_noun_at(q + 1) && !tok_[q + 1].cap;
                if (own || !names || other_time(s2)) continue;
                std::string day = own_date(sent_[s2].first, sent_[s2].last);
                if (day.empty()) day = relative_date(s2);
                if (day.size() == 10) {
                    m.date = std::move(day);
                    break;
                }
            }
        // "X held telephone talks with his Ukrainian counterpart Monday. ... During the conversation
        // with Y, X expressed ...": a sentence that opens with "the" meeting, told by a sentence just
        // before it with a day of its own, is of that day (meeting-told-before)
        if (m.date.empty() && m.status == MeetingStatus::Happened && !other_time(m.sentence)) {
            std::size_t q = sent_[m.sentence].first;
            const std::size_t e = sent_[m.sentence].last;
            if (q + 1 < e && in(fold_[q], {"in", "during", "at"}) && !tok_[q + 1].cap) ++q;
            bool opens = q + 1 < e && in(fold_[q], {"the", "this", "that"});
            if (opens) {
                ++q;
                while (q < e && q < sent_[m.sentence].first + 6 && tok_[q].is_word() && !tok_[q].cap && !meeting_noun_at(q)) ++q;
                opens = q < e && tok_[q].is_word() && !tok_[q].cap && meeting_noun_at(q);
            }
            for (std::size_t back = 1; opens && back <= 2 && back <= m.sentence; ++back) {
                const std::size_t s2 = m.sentence - back;
                bool told = false;
                for (std::size_t r = sent_[s2].first; r < sent_[s2].last && !told; ++r)
                    told = !tok_[r].cap && ((flags_[r] & kPastMeetingVerb) || (tok_[r].is_word() && meeting_noun_at(r)));
                if (!told || other_time(s2)) continue;
                std::string day = own_date(sent_[s2].first, sent_[s2].last);
                if (day.empty()) day = relative_date(s2);
                if (day.size() == 10) m.date = std::move(day);
                break;
            }
        }
        if (m.date.empty() && header_zone && !other_time(m.sentence)) m.date = doc_meeting_date;
        const bool series_meeting = std::any_of(m.persons.begin(), m.persons.end(),
                                                [&](std::size_t p) { return person_entity_[p] == series_subject; });
        if (m.date.empty() && !series_date.empty() && (with_principal || (series_meeting && m.sentence > series_sentence)) &&
            !other_time(m.sentence))
            m.date = series_date;
        // "On the sidelines of the Meeting, A and B exchanged views": the day the sentence naming that
        // meeting gives ("... to attend the NATO Foreign Ministers Meeting on 27 April 2018")
        if (m.date.empty() && m.event != kNone && phrases_[m.event].entity != kNone && !other_time(m.sentence))
            for (const PhraseMention& e : phrases_) {
                if (e.entity != phrases_[m.event].entity || e.type != EntityType::Event) continue;
                const std::size_t es = sent_of_[e.first];
                if (es >= m.sentence) break;
                if (std::string day = own_date(sent_[es].first, sent_[es].last); day.size() == 10 && !other_time(es)) {
                    m.date = std::move(day);
                    break;
                }
            }
        if (series_event != kNone && m.event == kNone && series_meeting && m.sentence > series_sentence &&
            (m.date == series_date || m.date.empty() || own_date(sent_[m.sentence].first, sent_[m.sentence].last).empty()) &&
            m.mode != MeetingMode::Telephone && m.mode != MeetingMode::Video &&
            m.status == MeetingStatus::Happened && !other_time(m.sentence))
            m.event = series_event;
        if (m.place == kNone && (header_zone || with_principal) && m.mode != MeetingMode::Telephone &&
            m.mode != MeetingMode::Video)
            m.place = lead_place;
        if (m.mode == MeetingMode::Telephone || m.mode == MeetingMode::Video) m.place = kNone;
    }
    lead_sentence_ = lead;

    // Emit meetings (deduplicated by participant set) and MET edges. A meeting reported
    // in the body of a readout ("the Prime Minister had a meeting with A and B") links
    // its subject with each counterpart; the readout's own meeting links everyone.
    std::vector<std::pair<std::set<std::size_t>, std::size_t>> seen;  // entity set -> meeting index
    std::vector<std::set<std::size_t>> centre;                          // meeting -> subject entities (body only)
    std::vector<bool> title_only;  // meeting -> every evidence so far is a title line's
    // CAMEO 04x and PLOVER CONSULT mode of a meeting, from its mode
    const auto set_codes = [](Meeting& m, const std::string& rule) {
        switch (m.mode) {
            case MeetingMode::Telephone:
            case MeetingMode::Video:
                m.cameo = "041";
                m.plover_mode = "phone";
                break;
            case MeetingMode::CourtesyCall:
                m.cameo = rule == "paid-courtesy-call" ? "042" : "043";
                m.plover_mode = rule == "paid-courtesy-call" ? "visit" : "host";
                break;
            case MeetingMode::Summit:
            case MeetingMode::Multilateral:
                m.cameo = "044";
                m.plover_mode = "meet";
                break;
            default:
                m.cameo = "040";
                m.plover_mode = "meet";
        }
    };
    std::vector<std::set<std::size_t>> core;  // each meeting's subject and first counterpart
    for (const MeetingDraft& md : meetings_) {
        std::set<std::size_t> ents;
        for (std::size_t p : md.persons)
            if (person_entity_[p] != kNone) ents.insert(person_entity_[p]);
        if (ents.size() < 2) continue;
        std::size_t mi = kNone;
        for (auto& [set, idx] : seen)
            if (set == ents) mi = idx;
        const Evidence ev = evidence(md.sentence, md.rule, md.confidence);
        if (mi != kNone) {
            Meeting& m = out_.meetings[mi];
            m.evidence.push_back(ev);
            if (m.date.empty()) m.date = md.date;
            if (!m.place && md.place != kNone && phrases_[md.place].entity != kNone) m.place = phrases_[md.place].entity;
            if (md.status == MeetingStatus::Happened) m.status = MeetingStatus::Happened;
            // "Scholz speaks with Biden" above "Scholz spoke on the telephone today with Biden": the
            // title's meeting, whose words gave no medium, was the body's call
            if (m.mode == MeetingMode::InPerson && title_only[mi] && !title_line(md.sentence) &&
                (md.mode == MeetingMode::Telephone || md.mode == MeetingMode::Video)) {
                m.mode = md.mode;
                m.place.reset();
                set_codes(m, md.rule);
            }
            title_only[mi] = title_only[mi] && title_line(md.sentence);
        } else {
            Meeting m;
            m.participants.assign(ents.begin(), ents.end());
            m.date = md.date;
            if (md.place != kNone && phrases_[md.place].entity != kNone) m.place = phrases_[md.place].entity;
            m.mode = md.mode;
            m.status = md.status;
            if (md.host != kNone) m.host = person_entity_[md.host];
            if (md.visitor != kNone) m.visitor = person_entity_[md.visitor];
            if (md.event != kNone && phrases_[md.event].entity != kNone) m.parent_event = phrases_[md.event].entity;
            set_codes(m, md.rule);
            m.evidence.push_back(ev);
            out_.meetings.push_back(m);
            mi = out_.meetings.size() - 1;
            seen.emplace_back(ents, mi);
            // (the meeting's own two: its subject and first counterpart, not the people who joined it)
            std::set<std::size_t> own;
            for (std::size_t q = 0; q < md.persons.size() && q <= std::max<std::size_t>(md.subjects, 1); ++q)
                if (person_entity_[md.persons[q]] != kNone) own.insert(person_entity_[md.persons[q]]);
            core.resize(out_.meetings.size());
            core[mi] = std::move(own);
            title_only.push_back(title_line(md.sentence));
            std::set<std::size_t> c;
            const bool body = lead != kNone && md.sentence > lead && md.rule != "delegations";
            // ("paid a courtesy call on A, Governor of Yap state, B, Speaker of the legislature": calls
            // on people each named with an office, one by one, in the lead too)
            bool courtesy_list = false;
            if (md.mode == MeetingMode::CourtesyCall)
                for (std::size_t q = md.subjects; q + 1 < md.persons.size() && !courtesy_list; ++q) {
                    const std::size_t e = persons_[md.persons[q]].name_last;
                    courtesy_list = e + 2 < tok_.size() && tok_[e].is(",") &&
                                    title_match(tok_[e + 1].is("the") ? e + 2 : e + 1, sentence_end(e)) > 0;
                }
            if ((body || semicolon_counterparts(md) || courtesy_list) && !md.joined && md.subjects > 0 &&
                md.persons.size() > md.subjects + 1 && !joint_counterparts(md))
                for (std::size_t q = 0; q < md.subjects; ++q) c.insert(person_entity_[md.persons[q]]);
            // A list longer than any meeting at one table is an attendance list: its first
            // person (the subject) met each of the others, not everyone everyone.
            if (c.empty() && ents.size() > kMaxPairwiseParticipants)
                for (std::size_t p : md.persons)
                    if (person_entity_[p] != kNone) {
                        c.insert(person_entity_[p]);
                        break;
                    }
            centre.push_back(c);
        }
    }
    // "A and B met ... on November 8, 2022. ... B was hosted by A to discuss ...": a meeting told
    // again without a date, its own two (subject and first counterpart) both of a dated meeting told
    // before, is that meeting and has its day (retold-meeting-date); not "Likewise, A and B met C",
    // another meeting of the same delegation
    core.resize(out_.meetings.size());
    for (std::size_t mi = 1; mi < out_.meetings.size(); ++mi) {
        Meeting& m = out_.meetings[mi];
        if (m.status != MeetingStatus::Happened || !m.date.empty() || core[mi].size() < 2) continue;
        for (std::size_t before = 0; before < mi && m.date.empty(); ++before) {
            const Meeting& o = out_.meetings[before];
            if (o.status != MeetingStatus::Happened || o.date.empty()) continue;
            bool all = true;
            for (std::size_t x : core[mi]) all = all && std::count(o.participants.begin(), o.participants.end(), x) > 0;
            if (all) m.date = o.date;
        }
    }
    for (std::size_t mi = 0; mi < out_.meetings.size(); ++mi) {
        const Meeting& m = out_.meetings[mi];
        if (m.status != MeetingStatus::Happened) continue;
        const Evidence& ev = m.evidence.front();
        std::size_t sentence = 0;
        for (std::size_t s = 0; s < sent_.size(); ++s)
            if (sent_[s].span == ev.sentence) sentence = s;
        const auto& c = centre[mi];
        const std::map<std::string, std::string> attrs{{"mode", std::string(to_string(m.mode))},
                                                       {"meeting", std::to_string(mi)}};
        if (m.participants.size() > kMaxPairwiseParticipants) {  // a star: linear in the list
            for (std::size_t hub : c)
                for (std::size_t other : m.participants)
                    add_relation(RelationType::Met, hub, other, sentence, ev.rule, ev.confidence, attrs, m.date, m.place);
            continue;
        }
        for (std::size_t x = 0; x < m.participants.size(); ++x)
            for (std::size_t y = x + 1; y < m.participants.size(); ++y) {
                if (!c.empty() && !c.count(m.participants[x]) && !c.count(m.participants[y])) continue;
                add_relation(RelationType::Met, m.participants[x], m.participants[y], sentence, ev.rule, ev.confidence,
                             attrs, m.date, m.place);
            }
    }
}

}  // namespace kg::extract::detail
