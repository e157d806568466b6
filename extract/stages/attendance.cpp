// ATTENDED: attendance verbs, meeting events, speakers of a session.
// A stage of the extraction pipeline (see extract/detail/document_reader.h): it reads and
// writes the shared state of one document.

#include "extract/detail/document_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::detail {

// A readout of a multilateral meeting the principal attended or hosted ("Mr. X hosted
// the G7 Foreign Ministers' Meeting") reports what other participants said there:
// "the US Secretary of State Blinken explained ...". A person who speaks in such a
// readout attended that meeting and met the principal there.
void DocumentReader::find_session_speakers() {
    // Only for readouts without a bilateral meeting of their own.
    for (const MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened && m.persons.size() >= 2) return;
    std::size_t event_entity = kNone, principal = kNone, event_sentence = kNone;
    for (const Relation& r : out_.relations)
        if (r.type == RelationType::Attended && !r.evidence.empty() && r.evidence.front().rule == "attended-event") {
            for (std::size_t s = 0; s < sent_.size(); ++s)
                if (sent_[s].span == r.evidence.front().sentence) event_sentence = s;
            // hosting or attending a meeting that others attend too: not a photo line or a heading
            if (event_sentence == kNone || !sent_[event_sentence].line_start) continue;
            event_entity = r.b;
            principal = r.a;
            break;
        }
    if (event_entity == kNone) return;
    const std::string date = doc_date_;
    std::optional<std::size_t> place;
    if (const std::size_t p = place_in_sentence(event_sentence); p != kNone && phrases_[p].entity != kNone)
        place = phrases_[p].entity;
    for (std::size_t s = event_sentence + 1; s < sent_.size(); ++s) {
        for (std::size_t k = sent_[s].first; k < sent_[s].last; ++k) {
            auto p = person_at(k);
            if (!p || persons_[*p].name_first != k || person_entity_[*p] == kNone) continue;
            const std::size_t who = person_entity_[*p];
            if (who == principal) continue;
            const std::size_t e = persons_[*p].name_last;
            bool speaks = false;
            // (the subject of the verb: not "conveyed his regards to President X and expressed")
            const std::size_t before = persons_[*p].title_first != kNone ? persons_[*p].title_first : k;
            if (before > sent_[s].first && in(fold_[before - 1], {"to", "with", "of", "by", "for", "from"})) continue;
            for (std::size_t q = e; q < sent_[s].last && q <= e + 2 && fold_[q] != "and"; ++q)
                if (in(fold_[q], {"explained", "stated", "said", "briefed", "emphasized", "emphasised", "noted",
                                  "expressed", "mentioned", "reported", "presented"}))
                    speaks = true;
            if (!speaks) continue;
            add_relation(RelationType::Attended, who, event_entity, s, "spoke-at-event", 0.7);
            add_relation(RelationType::Met, principal, who, s, "spoke-at-event", 0.7,
                         {{"mode", std::string(to_string(MeetingMode::Multilateral))}}, date, place);
        }
    }
}

// The person a "he" or "she" of sentence s stands for: the first person named in the
// sentence before the pronoun ("X met Y in Lima, where he is attending"), else the subject of
// the last meeting reported before, else the first person of the nearest of the three sentences
// before that names one. kNone when no pronoun before `k` is the subject of the verb at `k`.
std::size_t DocumentReader::pronoun_subject(std::size_t s, std::size_t k) const {
    const std::size_t a = sent_[s].first;
    std::size_t pro = kNone;
    for (std::size_t q = a; q < k && pro == kNone; ++q)
        if (in(fold_[q], {"he", "she"})) pro = q;
    if (pro == kNone) return kNone;
    // (the pronoun is the verb's subject: no new clause between them, as in "he welcomes talks
    // with X when the U.S. president visits China to attend")
    for (std::size_t q = pro + 1; q < k; ++q)
        if (in(fold_[q], {"that", "when", "while", "which", "who", "because", "as", "if", "whereas", "where"}) ||
            tok_[q].is(";"))
            return kNone;
    for (std::size_t q = a; q < pro; ++q)
        if (auto p = person_at(q); p && person_entity_[*p] != kNone) {
            // (a possessive is not the one acting: "Minister X's delegation, where he")
            return is_possessive(tok_[persons_[*p].name_last]) ? kNone : *p;
        }
    for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it)
        if (it->sentence < s && it->status == MeetingStatus::Happened && it->subjects > 0 && it->persons.size() >= 2 &&
            person_entity_[it->persons.front()] != kNone)
            return it->persons.front();
    // no meeting before: the first person of the nearest of the three sentences before that names one
    for (std::size_t ps = s; ps-- > 0 && ps + 4 > s;)
        for (std::size_t q = sent_[ps].first; q < sent_[ps].last; ++q)
            if (auto p = person_at(q); p && person_entity_[*p] != kNone && !persons_[*p].reference) return *p;
    return kNone;
}

// Whether a "he" or "she" stands between person mention p and token k of one sentence
// starting at a: the verb at k is then the pronoun's.
bool DocumentReader::pronoun_between(std::size_t p, std::size_t k, std::size_t a) const {
    for (std::size_t q = std::max(persons_[p].name_last, a); q < k; ++q)
        if (in(fold_[q], {"he", "she"})) return true;
    return false;
}

void DocumentReader::find_attendance() {
    // (1) "<Person> attended / participated in / took part in / hosted <Event>",
    //     "visiting X to attend <Event>".
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = next_with(kAttendVerb, a, b); k < b; k = next_with(kAttendVerb, k + 1, b)) {
            const std::string_view w = fold_[k];
            if (!in(w, {"attended", "attend", "attending", "attends", "participated", "participates", "participating",
                        "hosted", "chaired", "joined", "took", "takes", "taking", "take", "opened"}))
                continue;
            if (in(w, {"participated", "participating"}) && !(k + 1 < b && tok_[k + 1].is("in"))) continue;
            if (in(w, {"took", "takes", "taking", "take"}) && !(k + 2 < b && fold_[k + 1] == "part" && fold_[k + 2] == "in"))
                continue;
            // ("is in Brussels to take part in X": as "to attend"; not "will take part in", below)
            if (w == "take" && !(k > a && tok_[k - 1].is("to"))) continue;
            std::size_t ev = kNone;
            for (std::size_t q = k + 1; q < b && q <= k + 6; ++q) {
                if (auto p = phrase_at(q); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone) {
                    ev = *p;
                    break;
                }
                if (!(tok_[q].is("the") || tok_[q].is("in") || tok_[q].is("a") || tok_[q].is("an") ||
                      in(tok_[q].text, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth"}) ||
                      (!tok_[q].cap && (flags_[q] & kEventModifier)) ||
                      (tok_[q].is_word() && !tok_[q].cap && tok_[q].text.size() <= 8 && q == k + 1) ||
                      tok_[q].is("\u201c") || tok_[q].is("\"")))
                    break;
            }
            // "The Japan-U.S. Security Consultative Committee was held ... A, Title, and B, Title,
            // attended from the Japanese side, and C and D attended from the U.S. side": the event
            // the sentence or the one before names, attended by everyone named before the verb
            if (ev == kNone && w == "attended" && k + 3 < b && fold_[k + 1] == "from" && fold_[k + 2] == "the") {
                std::size_t side = k + 3;
                if (const auto c = phrase_at(side); c && phrases_[*c].type == EntityType::Country) side = phrases_[*c].last;
                if (side >= b || fold_[side] != "side") continue;
                const std::size_t from = s > 0 ? sent_[s - 1].first : a;
                for (std::size_t q = from; q < k && ev == kNone; ++q)
                    if (auto p = phrase_at(q); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone)
                        ev = *p;
                if (ev == kNone) continue;
                std::size_t start = a;  // after the side told before in the sentence
                for (std::size_t q = a; q < k; ++q)
                    if (fold_[q] == "side" && q + 1 < k && tok_[q + 1].is(",")) start = q + 1;
                for (std::size_t q = start; q < k; ++q)
                    if (auto p = person_at(q); p && persons_[*p].name_first == q && person_entity_[*p] != kNone)
                        add_relation(RelationType::Attended, person_entity_[*p], phrases_[ev].entity, s, "attended-from-side",
                                     0.8);
                continue;
            }
            if (ev == kNone) continue;
            // "X will attend", "is scheduled to attend", "is expected to take part in": an attendance
            // still to come is none (not "visiting Japan to attend": the visit is told as made)
            {
                std::size_t q = k;  // ("will take part in": the verb opens the phrase)
                while (q > a && in(fold_[q - 1], {"also", "both", "then", "jointly"})) --q;
                const bool will = q > a && in(fold_[q - 1], {"will", "shall", "would"});
                const bool scheduled = q > a + 1 && fold_[q - 1] == "to" &&
                                       in(fold_[q - 2], {"scheduled", "expected", "set", "due", "slated", "plans", "plan",
                                                         "planning", "invited", "going"});
                if (will || scheduled) continue;
            }
            // the subject: for "(visiting ...) to attend", the sentence's principal (its
            // first person); otherwise the nearest person before the verb, unless a new
            // clause ("that", "as", "when") lies between them.
            std::size_t subj = kNone;
            if (k > a && tok_[k - 1].is("to") && (w == "attend" || w == "take")) {
                // ("X received A and B, who were visiting Japan to attend ...": the people the
                // clause is about, not the host)
                std::size_t who = kNone;
                for (std::size_t q = a + 1; q < k; ++q)
                    if (tok_[q].is("who")) who = q;
                for (std::size_t q = who == kNone ? k : who; who != kNone && q > a && subj == kNone; --q)
                    if (auto p = person_at(q - 1); p && person_entity_[*p] != kNone) subj = *p;
                // "when the U.S. president visits China to attend", "A and B came here to attend": the
                // one who travels, named right before the verb of travel
                bool traveller = false;  // a verb of travel whose subject is no one named
                bool planned = false;    // a verb of travel still to come
                if (subj == kNone)
                    for (std::size_t v = k - 1; v > a && v + 8 > k && subj == kNone; --v) {
                        if (!(flags_[v] & kTravelVerb)) continue;
                        std::size_t q = v;
                        // ("during her visit to Capri to attend": the visit of the sentence's subject)
                        if (q > a && in(fold_[q - 1], {"her", "his", "their", "a", "the", "its"})) break;
                        // ("will travel to Nagoya to attend": a journey still to come, no attendance yet)
                        if ((q > a && in(fold_[q - 1], {"will", "shall"})) ||
                            (q > a + 1 && fold_[q - 1] == "also" && in(fold_[q - 2], {"will", "shall"}))) {
                            planned = true;
                            break;
                        }
                        if (q > a && in(fold_[q - 1], {"also", "will", "would", "to"})) --q;
                        if (const auto p = person_at(q - 1); p && person_entity_[*p] != kNone) subj = *p;
                        else traveller = q > a && tok_[q - 1].is_word() && !tok_[q - 1].cap;  // "the U.S. president visits"
                        break;
                    }
                if (planned) continue;
                for (std::size_t q = a; q < k && subj == kNone && !traveller; ++q)
                    if (auto p = person_at(q); p && person_entity_[*p] != kNone) subj = *p;
            } else {
                for (std::size_t q = k; q > a; --q) {
                    if (auto p = person_at(q - 1); p && person_entity_[*p] != kNone) {
                        subj = *p;
                        break;
                    }
                    if (in(tok_[q - 1].text, {"that", "as", "when", "while", "which", "because", "whereas"})) break;
                }
            }
            // "He arrived in Phnom Penh to attend X", "..., where he is attending X": a pronoun is the
            // subject the release is about (pronoun-attended)
            const char* rule = "attended-event";
            if (subj == kNone || pronoun_between(subj, k, a)) {
                const std::size_t p = pronoun_subject(s, k);
                if (p != kNone) {
                    subj = p;
                    rule = "pronoun-attended";
                }
            }
            // "The two ministers also co-chaired a meeting of the X Committee", "..., where both leaders
            // were attending the U.N. General Assembly": the two of the meeting reported before
            if (subj == kNone && k >= a + 2) {
                const auto pair_word = [&](std::size_t r) { return (flags_[r] & kPairNoun) || fold_[r] == "sides"; };
                std::size_t q = kNone;
                if (in(fold_[a], {"the", "both"}) && fold_[a + 1] == "two") q = a + 2;
                else if (fold_[a] == "both") q = a + 1;
                // (just before the verb, past "were", "had", "also")
                for (std::size_t r = k - 1; q == kNone && r > a && r + 4 > k; --r) {
                    if (!in(fold_[r], {"were", "are", "had", "have", "also"})) {
                        if (pair_word(r) && in(fold_[r - 1], {"both", "two"})) q = r;
                        break;
                    }
                }
                if (q != kNone && q < k && pair_word(q))
                    for (auto it = meetings_.rbegin(); it != meetings_.rend(); ++it)
                        if (it->sentence <= s && it->status == MeetingStatus::Happened && it->persons.size() == 2) {
                            for (std::size_t p : it->persons)
                                if (person_entity_[p] != kNone)
                                    add_relation(RelationType::Attended, person_entity_[p], phrases_[ev].entity, s,
                                                 "attended-event", 0.8);
                            break;
                        }
            }
            if (subj == kNone) continue;
            // "to attend the X and the Y": both events
            std::size_t ev2 = kNone;
            if (const std::size_t e1 = phrases_[ev].last; e1 + 2 < b && fold_[e1] == "and") {
                const std::size_t r = fold_[e1 + 1] == "the" ? e1 + 2 : e1 + 1;
                if (const auto p = phrase_at(r); p && phrases_[*p].first == r && phrases_[*p].type == EntityType::Event &&
                                                 phrases_[*p].entity != kNone)
                    ev2 = *p;
            }
            if (ev2 != kNone) add_relation(RelationType::Attended, person_entity_[subj], phrases_[ev2].entity, s, rule, 0.85);
            add_relation(RelationType::Attended, person_entity_[subj], phrases_[ev].entity, s, rule, 0.85);
            if (std::string_view(rule) == "pronoun-attended") continue;
            // "Minister A and Minister B attended", "A, B and C took part in": the list the subject ends
            for (std::size_t cur = subj;;) {
                const PersonMention& pm = persons_[cur];
                std::size_t start = pm.name_first;
                if (pm.title_first != kNone && pm.title_first < start) start = pm.title_first;
                if (pm.modifier_first != kNone && pm.modifier_first < start) start = pm.modifier_first;
                start = before_honorific(start, a);  // (the longest: "Senator the Hon." before "the Hon.")
                // (the link next to the subject is "and": "After meeting A, B attended" lists nobody)
                const bool first_link = cur == subj;
                if (start < a + 2 || !((tok_[start - 1].is(",") && !first_link) || fold_[start - 1] == "and")) break;
                std::size_t q = start - 1;
                if (q > a && fold_[q] == "and" && tok_[q - 1].is(",")) --q;  // the serial comma
                auto prev = person_at(q - 1);
                // "Senator Penny Wong, Minister for Foreign Affairs of Australia, and Richard Marles":
                // back over the apposition of the person before
                if (!prev && tok_[q].is(",") && q > a + 2)
                    for (std::size_t r = q - 1; r > a && r + 14 > q && !person_at(r); --r)
                        if (tok_[r].is(",") && person_at(r - 1) && persons_[*person_at(r - 1)].name_last == r &&
                            title_match(r + 1, q) > 0) {
                            prev = person_at(r - 1);
                            q = r;
                            break;
                        }
                if (!prev || persons_[*prev].name_last != q || person_entity_[*prev] == kNone) break;
                add_relation(RelationType::Attended, person_entity_[*prev], phrases_[ev].entity, s, "attended-event",
                             0.85);
                if (ev2 != kNone)
                    add_relation(RelationType::Attended, person_entity_[*prev], phrases_[ev2].entity, s, "attended-event", 0.85);
                cur = *prev;
            }
        }
    }
    // (1b) "X led the delegation at the regular meeting of the Council of ...", "X led a delegation of
    // Slovakia at the 127th session of ...", "X represented Japan at the G20 ...": the one who led a
    // delegation to an event, or stood for a country there, attended it (led-delegation-at)
    for (const PhraseMention& e : phrases_) {
        if (e.type != EntityType::Event || e.entity == kNone || e.first < 3 || !tok_[e.first - 1].is("the") ||
            !in(fold_[e.first - 2], {"at", "to"}))
            continue;
        const std::size_t led = delegation_verb_before(e.first - 2);
        if (led == kNone) continue;
        const std::size_t s = sent_of_[e.first];
        // (will lead: still to come)
        if (led > sent_[s].first && in(fold_[led - 1], {"will", "to", "shall"})) continue;
        for (std::size_t q = led; q > sent_[s].first; --q)
            if (const auto p = person_at(q - 1); p && person_entity_[*p] != kNone) {
                add_relation(RelationType::Attended, person_entity_[*p], e.entity, s, "led-delegation-at", 0.8);
                break;
            }
    }
    // (2) Participants of a meeting attend the event named in its trigger.
    for (const MeetingDraft& md : meetings_) {
        if (md.event == kNone || phrases_[md.event].entity == kNone || md.status != MeetingStatus::Happened) continue;
        for (std::size_t p : md.persons)
            if (person_entity_[p] != kNone)
                add_relation(RelationType::Attended, person_entity_[p], phrases_[md.event].entity, md.sentence,
                             "meeting-event", 0.85);
    }
    // (3) The meeting a title or caption names ("Japan-China Foreign Ministers' Meeting")
    //     is the one the lead sentence reports.
    if (lead_sentence_ == kNone) return;
    const MeetingDraft* lead = nullptr;
    for (const MeetingDraft& m : meetings_)
        if (m.sentence == lead_sentence_ && m.status == MeetingStatus::Happened) {
            lead = &m;
            break;
        }
    // (also a lead meeting held at another event: "Outcome of ROK-Japan Foreign Ministers' Meeting" over
    // "On the occasion of the 56th Munich Security Conference, A had a meeting with B")
    if (!lead) return;
    for (std::size_t p = 0; p < phrases_.size(); ++p) {
        const PhraseMention& m = phrases_[p];
        if (m.type != EntityType::Event || m.entity == kNone || sent_of_[m.first] >= lead_sentence_) continue;
        bool pair = false, meeting = false;
        for (std::size_t q = m.first; q < m.last; ++q) {
            if (tok_[q].is("-") && !tok_[q].space_before) pair = true;
            if ((tok_[q].cap || tok_[q].allcaps) && (flags_[q] & kTitledMeetingHead)) meeting = true;
        }
        if (!pair || !meeting) continue;
        for (std::size_t person : lead->persons)
            if (person_entity_[person] != kNone)
                add_relation(RelationType::Attended, person_entity_[person], m.entity, sent_of_[m.first],
                             "titled-meeting", 0.75);
    }
}

// Attendance told by what a person did at an event rather than by a verb of attendance:
// "delivered a keynote speech at the Shangri-La Dialogue", "addressed the X Summit", "spoke
// at the X Forum" (spoke-at-event); "<Event> ..., hosted by President X" (event-hosted-by);
// "who was in Rio de Janeiro for the G20 Foreign Ministers' Meeting" (in-place-for-event).
void DocumentReader::find_event_speakers_and_hosts() {
    // the named event that starts at q, past "the" and lower-case words of a part of it ("the
    // opening session of the X"), within `span` tokens
    const auto event_after = [&](std::size_t q, std::size_t b, std::size_t span) -> std::size_t {
        for (std::size_t r = q; r < b && r < q + span; ++r) {
            if (auto p = phrase_at(r); p && phrases_[*p].first == r && phrases_[*p].type == EntityType::Event &&
                                       phrases_[*p].entity != kNone)
                return *p;
            if (!(tok_[r].is("-") || (tok_[r].is_word() && !tok_[r].cap && !tok_[r].allcaps &&
                                      in(fold_[r], {"the", "of", "opening", "closing", "plenary", "session", "sessions",
                                                    "segment", "high", "level", "first", "second", "third", "final",
                                                    "special", "ministerial", "leaders", "launch", "annual", "this",
                                                    "year's", "inaugural"}))))
                return kNone;
        }
        return kNone;
    };
    // the person a clause is about: the nearest before `k`, no new clause between
    const auto subject_before = [&](std::size_t k, std::size_t a) -> std::size_t {
        for (std::size_t q = k; q > a; --q) {
            // (not "the President's Cabinet": a possessive names no subject)
            if (auto p = person_at(q - 1); p && person_entity_[*p] != kNone)
                return q < k && is_possessive(tok_[q]) ? kNone : *p;
            if (in(fold_[q - 1], {"that", "as", "when", "while", "which", "because", "whereas", "after", "before"}) ||
                tok_[q - 1].is(";"))
                return kNone;
        }
        return kNone;
    };
    // every rule below opens on a word of these classes or on one of kEventClauseWords: the loop
    // visits those words alone
    constexpr WordFlags kStart =
        kMeetingVerb | kPastMeetingVerb | kEventClauseWord | kAttendanceNoun | kSpeechVerb | kAttendVerb | kSpeechNoun;
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = next_with(kStart, a, b); k < b; k = next_with(kStart, k + 1, b)) {
            // "X met with his counterparts from various European countries ... during the 2023 Munich
            // Security Conference": whom X met there named or not, X was at it (met-at-event)
            // ("exchanged views with the ministers on the margins of X", "conferred with ...", "held
            // bilateral talks on the sidelines of X": the same)
            // (a word of the meeting-verb classes first: the rest is tested at those alone)
            const auto meeting_verb = [&] {
                if (!(flags_[k] & (kMeetingVerb | kPastMeetingVerb)) || tok_[k].cap) return false;
                if (in(fold_[k], {"met", "meets", "conferred"})) return true;
                if (fold_[k] == "exchanged") return k + 1 < b && fold_[k + 1] == "views";
                if (!in(fold_[k], {"held", "holds"})) return false;
                for (std::size_t q = k + 1; q < b && q <= k + 4; ++q)
                    if (in(fold_[q], {"talks", "meeting", "meetings", "consultations"})) return true;
                return false;
            };
            if (meeting_verb()) {
                std::size_t at = kNone;
                for (std::size_t q = k + 1; q + 1 < b && q < k + 50 && at == kNone; ++q) {
                    if (tok_[q].is(";") || in(fold_[q], {"which", "who", "after", "before", "ahead"})) break;
                    // ("met X to discuss the decisions taken at the NATO Summit": what was decided there)
                    if (in(fold_[q], {"during", "at"}) && !(flags_[q - 1] & kDecidedAt))
                        at = q + 1;
                    // ("met with numerous top diplomats ... on the occasion of the Antalya Diplomacy Forum")
                    else if (in(fold_[q], {"sidelines", "margins", "sideline", "margin", "occasion"}) && fold_[q + 1] == "of")
                        at = q + 2;
                }
                const std::size_t ev = at == kNone ? kNone : event_after(at, b, 3);
                const std::size_t who = ev == kNone ? kNone : subject_before(k, a);
                if (who != kNone && person_entity_[who] != kNone) {
                    add_relation(RelationType::Attended, person_entity_[who], phrases_[ev].entity, s, "met-at-event", 0.75);
                    continue;
                }
            }
            // "Xinhua cited Wang as saying on the sidelines of the Munich Security Conference", "Blinken
            // told reporters at the G20 Summit": one who speaks at or beside an event was at it
            // (said-at-event)
            if (in(fold_[k], {"said", "says", "saying", "told"}) && !tok_[k].cap) {
                std::size_t at = kNone;
                for (std::size_t q = k + 1; q + 1 < b && q < k + 5 && at == kNone; ++q) {
                    if (!tok_[q].is_word()) break;  // (not into what was said: 'said, "At the G7 Summit ..."')
                    if (fold_[q] == "at") at = q + 1;
                    else if (in(fold_[q], {"sidelines", "margins", "sideline", "margin"}) && fold_[q + 1] == "of") at = q + 2;
                }
                const std::size_t ev = at == kNone ? kNone : event_after(at, b, 3);
                std::size_t who = kNone;
                if (ev != kNone) {
                    who = subject_before(k, a);
                    if (who == kNone && fold_[k] == "saying" && k >= a + 2 && fold_[k - 1] == "as")  // "cited X as saying"
                        if (auto p = person_at(k - 2)) who = *p;
                }
                if (who != kNone && person_entity_[who] != kNone) {
                    add_relation(RelationType::Attended, person_entity_[who], phrases_[ev].entity, s, "said-at-event", 0.7);
                    continue;
                }
            }
            // "Remarks by High Representative X upon arrival at the Foreign Affairs Council", "Statement
            // by the Secretary General at the NATO Summit": a speech by someone at an event, as a
            // title or a caption writes it (remarks-by-at-event)
            if ((flags_[k] & kSpeechNoun) && tok_[k].cap && k + 3 < b && fold_[k + 1] == "by") {
                const std::size_t p = counterpart_person(k + 2, b);
                if (p == kNone) continue;
                std::size_t q = persons_[p].name_last;
                if (q + 1 < b && in(fold_[q], {"upon", "on"}) && fold_[q + 1] == "arrival") q += 2;
                const std::size_t ev = q + 1 < b && in(fold_[q], {"at", "to", "during"}) ? event_after(q + 1, b, 6) : kNone;
                if (ev != kNone)
                    add_relation(RelationType::Attended, person_entity_[p], phrases_[ev].entity, s, "remarks-by-at-event",
                                 0.75);
                continue;
            }
            if (!(flags_[k] & (kAttendanceNoun | kSpeechVerb | kAttendVerb)) && fold_[k] != "for") continue;
            std::size_t ev = kNone;
            std::size_t who = kNone;
            const char* rule = nullptr;
            // "Attendance of Foreign Minister X at the G7 Foreign Ministers' Meeting", "Prime Minister
            // X's Participation in the NATO Summit", "<Event>: attendance of X" (attendance-of)
            if (flags_[k] & kAttendanceNoun) {
                std::size_t after = k + 1;
                if (after + 1 < b && fold_[after] == "of") {
                    who = counterpart_person(after + 1, b);
                    if (who != kNone) after = persons_[who].name_last;
                } else if (k > a && is_possessive(tok_[k - 1])) {
                    if (const auto p = person_at(k - 2); p && persons_[*p].name_last == k - 1) who = *p;
                }
                if (who != kNone) {
                    if (after + 1 < b && in(fold_[after], {"at", "in"})) ev = event_after(after + 1, b, 3);
                    // "Meeting of NATO Ministers of Foreign Affairs: attendance of Foreign Minister X"
                    if (ev == kNone && k >= a + 2 && tok_[k - 1].is(":"))
                        if (const auto ph = phrase_at(k - 2); ph && phrases_[*ph].type == EntityType::Event &&
                                                                 phrases_[*ph].entity != kNone && phrases_[*ph].first >= a)
                            ev = *ph;
                    rule = "attendance-of";
                }
            } else if (flags_[k] & kSpeechVerb) {
                const std::string_view w = fold_[k];
                if (in(w, {"addressed", "addresses", "addressing"})) {
                    ev = event_after(k + 1, b, 4);
                } else if (in(w, {"spoke", "speaks", "speaking"})) {
                    if (k + 1 < b && fold_[k + 1] == "at") ev = event_after(k + 2, b, 6);
                } else {
                    // "delivered a keynote speech at", "made opening remarks at", "gave an address to"
                    std::size_t q = k + 1;
                    while (q < b && q < k + 5 && !(flags_[q] & kSpeechNoun) && tok_[q].is_word() && !tok_[q].cap &&
                           !tok_[q].allcaps)
                        ++q;
                    while (q + 1 < b && (flags_[q] & kSpeechNoun) && (flags_[q + 1] & kSpeechNoun)) ++q;  // "keynote speech"
                    if (q + 1 < b && (flags_[q] & kSpeechNoun) && in(fold_[q + 1], {"at", "to", "before", "during"}))
                        ev = event_after(q + 2, b, 6);
                }
                if (ev != kNone) {
                    who = subject_before(k, a);
                    rule = "spoke-at-event";
                }
            } else if (in(fold_[k], {"hosted", "chaired", "convened"}) && k + 2 < b && fold_[k + 1] == "by") {
                // "the Quad Leaders' Summit in Wilmington, hosted by President X": the event the
                // sentence names before the verb, nobody named between
                for (std::size_t q = k; q > a && q + 14 > k; --q) {
                    if (person_at(q - 1)) break;
                    if (auto p = phrase_at(q - 1); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone) {
                        ev = *p;
                        break;
                    }
                }
                if (ev != kNone) {
                    who = counterpart_person(k + 2, b);
                    // ("hosted by President Biden's Cancer Moonshot": a possessive names the host's own, not him)
                    if (who != kNone && persons_[who].name_last < b && is_possessive(tok_[persons_[who].name_last]))
                        who = kNone;
                    rule = "event-hosted-by";
                }
            } else if (fold_[k] == "for" && k + 2 < b && k > a + 2) {
                // "who was in Rio de Janeiro for the G20 ...", "travelled to Brussels for the X Summit",
                // "arrived in New Delhi on Wednesday for the ... talks"
                std::size_t q = k;
                if (q >= a + 3 && fold_[q - 2] == "on" && weekday_number(fold_[q - 1]) >= 0) q -= 2;
                else if (q >= a + 2 && in(fold_[q - 1], {"today", "yesterday"})) q -= 1;
                if (auto p = phrase_at(q - 1); p && (phrases_[*p].type == EntityType::Location ||
                                                     phrases_[*p].type == EntityType::Country))
                    q = phrases_[*p].first;
                else
                    continue;
                if (q <= a + 1 || !in(fold_[q - 1], {"in", "to", "visiting"})) continue;
                ev = event_after(k + 1, b, 3);
                if (ev == kNone) continue;
                // the person right before: "X, who was in", "X travelled to" (up to three words
                // between, one of them a verb of being or going: not "seeing the Prime Minister in Madrid")
                bool went = false;
                for (std::size_t r = q - 1; r > a && r + 5 > q && who == kNone; --r) {
                    if (auto p = person_at(r - 1); p && person_entity_[*p] != kNone) {
                        if (went) who = *p;
                        break;
                    }
                    if (!(tok_[r - 1].is(",") || (tok_[r - 1].is_word() && !tok_[r - 1].cap))) break;
                    went = went || in(fold_[r - 1], {"was", "is", "were", "are", "been", "travelled", "traveled", "arrived",
                                                     "flew", "came", "went", "stayed", "returned", "visiting"});
                }
                rule = "in-place-for-event";
            }
            if (ev == kNone || who == kNone || person_entity_[who] == kNone) continue;
            add_relation(RelationType::Attended, person_entity_[who], phrases_[ev].entity, s, rule, 0.8);
            // ("Both Mr. A and Mr. B arrived ... for the X": the one joined by "and" too)
            if (std::string_view(rule) == "in-place-for-event") {
                std::size_t st = persons_[who].title_first != kNone ? std::min(persons_[who].title_first, persons_[who].name_first)
                                                                    : persons_[who].name_first;
                while (st > a && (tok_[st - 1].is(".") || match_honorific(tok_, st - 1, st))) --st;
                if (st >= a + 2 && fold_[st - 1] == "and")
                    if (const auto o = person_at(st - 2); o && person_entity_[*o] != kNone)
                        add_relation(RelationType::Attended, person_entity_[*o], phrases_[ev].entity, s, rule, 0.8);
            }
        }
    }
}

}  // namespace kg::extract::detail
