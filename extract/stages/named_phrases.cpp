// Named events, programmes and organisations by head noun; acronym definitions; quoted titles.
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

namespace {

enum class HeadKind { None, Event, Programme, Organization };

// What a head noun names, from its word classes (data/word_classes.tsv): capitalised heads by
// their class, lower-case ones only as the heads of a meeting ("telephone talk").
HeadKind head_kind(const Token& t, WordFlags flags) {
    if (!t.is_word() || t.allcaps) return HeadKind::None;
    if (!t.cap) return (flags & kEventHeadLower) ? HeadKind::Event : HeadKind::None;
    if (flags & kEventHead) return HeadKind::Event;
    if (flags & kProgrammeHead) return HeadKind::Programme;
    if (flags & kBodyHead) return HeadKind::Organization;
    return HeadKind::None;
}

// Words that describe a meeting without naming it.
constexpr std::string_view kGenericModifiers[] = {
    "Foreign", "Ministers", "Minister", "Ministerial", "Telephone", "Video", "Leaders", "Summit",
    "High-Level", "High", "Level", "Bilateral", "Trilateral", "Joint", "Working", "Plenary", "Special",
    "Annual", "Partner", "Partners", "Session", "Meeting", "The", "Defense", "Defence", "Trade", "Economic",
    "Finance", "Development", "Vice-Ministerial", "Senior", "Officials", "Official", "First", "Second",
    "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Strategic", "Security",
    "Policy", "Talk", "Talks", "Call", "Conversation", "Courtesy", "Photo", "Dinner", "Lunch", "A", "An",
    "This", "That", "Public", "Relations", "General", "Affairs", "Trust", "Cooperation", "Partnership",
    "National", "Outreach", "Ministry", "Council", "Office", "Related", "Meetings"};
// (a set built once: in() over the 72 words cost about 590 instructions a call, the set about 70;
// 10,000 calls in 500 releases)
bool generic_modifier(std::string_view w) {
    static const FlatWordSet words = [] {
        FlatWordSet set;
        for (const std::string_view x : kGenericModifiers) set.insert(x);
        return set;
    }();
    return words.contains(w);
}

// An ordinal that numbers a meeting of a series: "Third", "3rd" (folded).
bool series_ordinal(std::string_view w) {
    return in(w, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}) ||
           is_digit_ordinal(w);
}

}  // namespace

// Named events, programmes and organisations recognised by their head noun
// ("... Foreign Ministers' Meeting", "... Trust Fund", "... Affairs Bureau") and the
// capitalised words before it; "Meeting of NATO Ministers of Foreign Affairs" and
// "Conference for the Promotion of ..." extend to the right.
void DocumentReader::find_named_phrases() {
    const std::size_t n = tok_.size();
    std::vector<PhraseMention> found;
    for (std::size_t h = next_with(kHeadNoun, 0, n); h < n; h = next_with(kHeadNoun, h + 1, n)) {
        const Token& t = tok_[h];
        if (!t.cap) {
            // Lower-case heads name a meeting only after a compound of names:
            // "the G7-only session", "Japan-United Kingdom(UK)-Australia Foreign Ministers' telephone talk".
            if (!(flags_[h] & kEventHeadLower) || h == 0) continue;
            bool compound = false;
            for (std::size_t q = (h >= 8 ? h - 8 : 0); q < h; ++q)
                if ((tok_[q].is("-") || tok_[q].is("+")) && !tok_[q].space_before && q > 0 &&
                    (tok_[q - 1].allcaps || phrase_at(q - 1)))
                    compound = true;
            // ... or right after an acronym or a known place: "the G20 summit meeting", "the EU summit",
            // "the Bratislava meeting" (past "ministerial": "the Asia-Pacific Economic Cooperation
            // ministerial meeting")
            const std::size_t named_end = h >= 2 && tok_[h - 1].is("ministerial") ? h - 1 : h;
            const Token& before = tok_[named_end - 1];
            const bool named_before = (flags_[h] & kHeadAfterName) &&
                ((before.allcaps && before.text.size() >= 2) ||
                (before.kind == Token::Kind::Word && before.text.size() >= 2 && before.text[0] == 'G' &&
                 before.text[1] >= '0' && before.text[1] <= '9') ||
                (phrase_at(named_end - 1) && phrases_[*phrase_at(named_end - 1)].last == named_end &&
                 (phrases_[*phrase_at(named_end - 1)].type == EntityType::Location ||
                  phrases_[*phrase_at(named_end - 1)].type == EntityType::Organization)));
            // ... or after the "2+2" of foreign and defence ministers' talks: "the inaugural 2+2
            // dialogue", "the Indo-U.S. 2+2 talks" (two-plus-two)
            const bool two_plus_two = named_end >= 3 && tok_[named_end - 1].is("2") && tok_[named_end - 2].is("+") &&
                                      tok_[named_end - 3].is("2") && !tok_[named_end - 1].space_before &&
                                      !tok_[named_end - 2].space_before;
            // ... or after a capitalised name that opens with an acronym: "an EU Heads of Missions
            // meeting", "the NATO Defence Ministers meeting" (a body's own meeting; read only when
            // nothing above named the meeting)
            const auto acronym_run = [&] {
                if (!(flags_[h] & kHeadAfterName) || named_end < 2 || !before.is_word() || !before.cap || before.allcaps)
                    return false;
                std::size_t q = named_end - 1;
                while (q > 0 && q + 6 > named_end &&
                       (tok_[q - 1].is_word() && (tok_[q - 1].cap || in(fold_[q - 1], {"of", "and"}))) && !tok_[q - 1].allcaps)
                    --q;
                // (a body's acronym, not a country's: "the US Government meeting" is no name)
                const auto c = q > 0 ? phrase_at(q - 1) : std::nullopt;
                return q > 0 && tok_[q - 1].is_word() && tok_[q - 1].allcaps && tok_[q - 1].text.size() >= 2 &&
                       !tok_[q].is("of") && !tok_[q].is("and") && !(c && phrases_[*c].type == EntityType::Country);
            };
            if (!compound && !named_before && !two_plus_two && !acronym_run()) continue;
            std::size_t prev = named_end - 1;
            if ((tok_[prev].is("telephone") || tok_[prev].is("video")) && prev > 0) --prev;
            if (is_apos(tok_[prev]) && prev > 0) --prev;
            if (!(tok_[prev].cap || tok_[prev].allcaps || (prev > 0 && tok_[prev - 1].is("-")) || two_plus_two)) continue;
        }
        HeadKind kind = head_kind(t, flags_[h]);
        if (kind == HeadKind::None) continue;
        if (person_at(h)) continue;
        // "Deputy Chief of Mission of the U.S. Embassy": the head of an office's title, no body
        if (h >= 2 && tok_[h - 1].is("of") && tok_[h - 2].is("Chief")) continue;
        if (auto inner = phrase_at(h); inner && (phrases_[*inner].last != h + 1 || phrases_[*inner].facility)) continue;
        const std::size_t s_begin = sentence_begin(h), s_end = sentence_end(h);
        std::size_t lower_first = h;
        // The head is the last head noun of a run of capitalised words:
        // "Partnership Programme", "Package Trust Fund", "Summit Meeting".
        {
            std::size_t q = h + 1;
            // (after a lower-case head, more lower-case heads: "summit meeting")
            lower_first = h;
            while (!t.cap && q < s_end && (flags_[q] & kEventHeadLower) && !tok_[q].cap && q <= h + 2) h = q++;
            std::size_t last_head = h;
            while (q < s_end && tok_[q].is_word() && (tok_[q].cap || tok_[q].allcaps) && !person_at(q) &&
                   !month_number(tok_[q].text) && q <= h + 3) {
                if (head_kind(tok_[q], flags_[q]) != HeadKind::None) last_head = q;
                ++q;
            }
            h = last_head;
        }
        kind = head_kind(tok_[h], flags_[h]);
        const Token& head = tok_[h];
        // leftwards
        std::size_t left = std::min(h, lower_first);
        std::size_t k = left;
        // A known name ending at the head ("Foreign, Commonwealth & Development Office") is
        // extended only beyond its first word.
        if (auto inner = phrase_at(h); inner && phrases_[*inner].last == h + 1) left = k = phrases_[*inner].first;
        while (k > s_begin) {
            const std::size_t p = k - 1;
            // a headline's verb, a determiner or a report's word (data/word_classes.tsv,
            // name-stop-left): "... Before Their Meeting", "Outcome of ... Meeting" name no meeting
            if (tok_[p].cap && (flags_[p] & kNameStopLeft)) break;
            const Token& u = tok_[p];
            if (person_at(p)) break;
            if (u.newline_before && p != s_begin) {
            }
            // "the APEC ministerial meeting": the adjective of a lower-case head, after a name
            if (u.is("ministerial") && !head.cap && p > s_begin && (tok_[p - 1].cap || tok_[p - 1].allcaps)) {
                left = p;
                k = p;
                continue;
            }
            // "G7-only": a lower-case word hyphenated to a name
            if (u.is_word() && !u.cap && !u.allcaps && p >= 2 && p - 2 >= s_begin && tok_[p - 1].is("-") &&
                !tok_[p - 1].space_before && !u.space_before &&
                (tok_[p - 2].allcaps || tok_[p - 2].cap || phrase_at(p - 2))) {
                left = p;
                k = p;
                continue;
            }
            if (u.is_word() && (u.cap || u.allcaps || u.kind == Token::Kind::Number)) {
                if (in(u.text, {"The", "On", "In", "At", "By", "With", "From", "For", "And", "Of", "To", "As", "A",
                                "An", "Between", "Attendance", "Photo", "During", "After", "Before"}))
                    break;
                if (month_number(u.text) && !phrase_at(p)) break;
                left = p;
                k = p;
                continue;
            }
            if (u.kind == Token::Kind::Number) {
                left = p;
                k = p;
                continue;
            }
            if (u.is_word() && u.text.size() >= 3 && (u.text.ends_with("th") || u.text.ends_with("st") ||
                                                      u.text.ends_with("nd") || u.text.ends_with("rd")) &&
                u.text[0] >= '0' && u.text[0] <= '9') {
                left = p;
                k = p;
                continue;
            }
            // hyphen joins (Japan-ROK), apostrophe after plural (Ministers'), parentheses (Quad)
            // (not a dash with spaces around it after a number: "VIENNA, 17 January 2019 - Baltic Assembly
            // President"; "the 8th Mekong - Lancang Cooperation" joins two names)
            if ((u.is("-") || u.is("\u2010") || u.is("+")) && p > s_begin &&
                !(u.space_before && tok_[p + 1].space_before && tok_[p - 1].kind == Token::Kind::Number)) {
                k = p;
                continue;
            }
            // a spaced dash between two countries: "the 5th Viet Nam \u2013 Australia Foreign Ministers' Meeting"
            if (u.is("\u2013") && u.space_before && p > s_begin && p + 1 < h) {
                const auto before = phrase_at(p - 1), after = phrase_at(p + 1);
                if (before && after && phrases_[*before].type == EntityType::Country &&
                    phrases_[*after].type == EntityType::Country && phrases_[*after].first == p + 1) {
                    k = p;
                    continue;
                }
            }
            if (is_apos(u) && p > s_begin && tok_[p - 1].is_word()) {
                k = p;
                continue;
            }
            if (u.is(".") && !u.space_before && p > s_begin && tok_[p - 1].is_word() && tok_[p - 1].text.size() == 1) {
                k = p;
                continue;
            }
            if (u.is(")") && p >= 2 && tok_[p - 2].is("(") ) {
                k = p - 2;
                continue;
            }
            if (u.is_word() && in(u.text, {"and", "of", "for", "on"}) && p > s_begin && tok_[p - 1].is_word() &&
                (tok_[p - 1].cap || tok_[p - 1].allcaps) && !in(tok_[p - 1].text, {"The", "On", "In"})) {
                // "Secretary of Department of ...": an office ends before "of"; the body starts after it
                bool office = false;
                for (std::size_t q = p >= s_begin + 4 ? p - 4 : s_begin; q < p && !office; ++q)
                    office = title_match(q, s_end) == p - q;
                if (office) break;
                k = p;
                continue;
            }
            break;
        }
        // a hyphen or connector cannot start the name
        while (left < h && !(tok_[left].is_word() || tok_[left].kind == Token::Kind::Number)) ++left;
        // rightwards: "Meeting of NATO Ministers of Foreign Affairs", "Conference for the Promotion of ..."
        std::size_t right = h + 1;
        // plural heads that follow ("Trust Fund" is handled by the head Fund itself)
        if (kind == HeadKind::Event || (flags_[h] & kHeadOf)) {
            std::size_t r = h + 1;
            std::size_t best = h + 1;
            if (r < s_end && in(tok_[r].text, {"of", "for", "on"})) {
                std::size_t q = r + 1;
                if (q < s_end && tok_[q].is("the")) ++q;
                while (q < s_end) {
                    const Token& u = tok_[q];
                    // a title after the name is an office held in it ("... Environmental Quality Chair")
                    if (kind != HeadKind::Event && best > r + 1 && u.cap && title_match(q, s_end) > 0) break;
                    // a body's country after its name is whose it is, not more of the name
                    // ("Department of Foreign Affairs of the Federated States of Micronesia")
                    if (kind == HeadKind::Organization && best > r + 1 && u.is("of")) {
                        std::size_t c = q + 1;
                        if (c < s_end && tok_[c].is("the")) ++c;
                        const auto ph = phrase_at(c);
                        const std::size_t after = ph ? phrases_[*ph].last : 0;
                        if (ph && phrases_[*ph].type == EntityType::Country && !phrases_[*ph].demonym &&
                            !(after < s_end && (is_possessive(tok_[after]) || is_apos(tok_[after]) ||
                                                (tok_[after].is_word() && tok_[after].cap))))
                            break;
                    }
                    // "Head of the Atomic Energy Organization of Iran Mohammad Eslami": a name after the
                    // body's country is its head's, not more of the body
                    if (kind == HeadKind::Organization && u.is_word() && u.cap && q > r + 1) {
                        const auto c = phrase_at(q - 1);
                        if (c && phrases_[*c].type == EntityType::Country && phrases_[*c].last == q &&
                            !phrase_match(q, s_end).entry)
                            if (const auto nm = read_name(q, s_end, false);
                                nm && nm->parts.size() >= 2 && !language_word_in(nm->first, nm->last))
                                break;
                    }
                    // "Holds Bilateral Meetings on the Sidelines of the 58th AMM": where a meeting was
                    // held is never part of its name
                    if (in(fold_[q], {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})) break;
                    // ("Head of the Federal Commission for Sanitary Risks Dr. X": an honorific opens the
                    // head's name)
                    // (not the "Dame" of "University of Notre Dame": a name must follow it)
                    if (q > r + 1 && (flags_[q] & kHonorificStart) && !u.is("Dame") && !u.is("Sir"))
                        if (const std::size_t hl = match_honorific(tok_, q, s_end);
                            hl && q + hl < s_end && tok_[q + hl].is_word() && tok_[q + hl].cap)
                            break;
                    if (u.is_word() && (u.cap || u.allcaps) && !person_at(q) && !month_number(u.text)) {
                        ++q;
                        best = q;
                        continue;
                    }
                    // ("People-to-People Exchange": a lower-case word joined by hyphens inside the name)
                    if (u.is_word() && !u.cap && !u.space_before && q > r && tok_[q - 1].is("-") && q + 1 < s_end &&
                        tok_[q + 1].is("-") && !tok_[q + 1].space_before) {
                        ++q;
                        continue;
                    }
                    // ("... of the National People's Congress": a possessive inside the name)
                    if (((u.is("-") || is_apos(u)) && !u.space_before) ||
                        (is_possessive(u) && !u.space_before && q + 1 < s_end && tok_[q + 1].cap && tok_[q + 1].is_word())) {
                        ++q;
                        continue;
                    }
                    // "Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia": a
                    // meeting's countries listed after a comma, ending in "and", are all of its name
                    if (kind == HeadKind::Event && u.is(",") && best == q) {
                        const auto country_ending = [&](std::size_t at) -> std::size_t {
                            if (at < s_end && tok_[at].is("the")) ++at;
                            const auto c = phrase_at(at);
                            return c && phrases_[*c].type == EntityType::Country && phrases_[*c].first == at &&
                                           !phrases_[*c].demonym
                                       ? phrases_[*c].last
                                       : kNone;
                        };
                        const auto before = phrase_at(q - 1);
                        std::size_t end = kNone;
                        if (before && phrases_[*before].type == EntityType::Country && phrases_[*before].last == q)
                            for (std::size_t c = q; c < s_end && tok_[c].is(",");) {
                                std::size_t next = c + 1;
                                const bool last = next < s_end && tok_[next].is("and");
                                if (last) ++next;
                                const std::size_t e = country_ending(next);
                                if (e == kNone) break;
                                if (last) {
                                    end = e;
                                    break;
                                }
                                c = e;
                                if (c < s_end && tok_[c].is("and")) {  // "A, B and C"
                                    end = country_ending(c + 1);
                                    break;
                                }
                            }
                        if (end != kNone && !(end < s_end && tok_[end].is_word() && tok_[end].cap)) {
                            q = best = end;
                            continue;
                        }
                    }
                    // "... Council of Ministers and Minister of Foreign Affairs": a title after
                    // "and" begins another office, not more of this name
                    if (u.is("and") && q + 1 < s_end && title_match(q + 1, s_end) > 0) break;
                    // "... Inland Waterways and the Council on ...": another body begins
                    if (u.is("and") && q + 2 < s_end && tok_[q + 1].is("the") && tok_[q + 2].cap &&
                        (flags_[q + 2] & kHeadNoun))
                        break;
                    // "the Sixth Round of the X Dialogue and the Fifth Round of the Y": another numbered one
                    if (u.is("and") && q + 2 < s_end && tok_[q + 1].is("the") && series_ordinal(fold_[q + 2])) break;
                    if (u.is_word() &&
                        (in(u.text, {"of", "and", "for", "the", "on"}) ||
                         (kind == HeadKind::Programme && in(u.text, {"to", "a", "an"}))) &&
                        q + 1 < s_end && (tok_[q + 1].cap || tok_[q + 1].allcaps || in(tok_[q + 1].text, {"the", "a", "an"}))) {
                        ++q;
                        continue;
                    }
                    if (head.is("Embassy") && u.is("in") && q + 1 < s_end && tok_[q + 1].cap) {
                        ++q;
                        continue;
                    }
                    // "Delegation of the European Union to Japan", "Permanent Mission of Japan to the United
                    // Nations": where a delegation or mission is accredited is part of its name
                    if ((head.is("Delegation") || head.is("Mission")) && u.is("to") && q + 1 < s_end) {
                        std::size_t c = q + 1;
                        if (tok_[c].is("the") && c + 1 < s_end) ++c;
                        if (const auto ph = phrase_at(c); ph && phrases_[*ph].first == c &&
                                                          (phrases_[*ph].type == EntityType::Country ||
                                                           phrases_[*ph].type == EntityType::Organization)) {
                            best = phrases_[*ph].last;  // (and there the name ends)
                            break;
                        }
                    }
                    break;
                }
                if (best > r + 1) right = best;
            }
        }
        // Is it a proper name? Some modifier must be specific: a known entity, an
        // acronym, a number, or a capitalised word that is not generic.
        bool proper = false, named = false;
        std::size_t caps = 0;
        for (std::size_t q = left; q < right; ++q) {
            if (q == h) continue;
            const Token& u = tok_[q];
            if (phrase_at(q)) proper = named = true;
            if (u.kind == Token::Kind::Number || u.allcaps) proper = named = true;
            if (u.is_word() && u.cap) {
                ++caps;
                if (!generic_modifier(u.text)) proper = true;
            }
        }
        if (kind == HeadKind::Programme && caps >= 2) proper = true;
        if (right > h + 1 && caps >= 3) proper = true;
        // "the Third Foreign Ministers' Meeting", "the 3rd Foreign Ministers' Meeting": a numbered meeting
        // of a series is named by its number and two more capitalised words (not "the Second Meeting",
        // "the First Bilateral Meeting") (numbered-series-meeting)
        if (kind == HeadKind::Event && left < h && series_ordinal(fold_[left]) &&
            caps + (tok_[left].cap ? 0 : 1) >= 3)
            proper = true;
        if (kind == HeadKind::Organization && caps >= 1 && !in(head.text, {"Government", "Cabinet", "Diet"}))
            proper = proper || caps >= 2;
        // a legislature or council is named by one word: "the National Assembly", "the Federal Council"
        // (the word before the head: not "Council of Ministers", an office's part)
        if (kind == HeadKind::Organization && caps >= 1 && left < h && tok_[h - 1].cap &&
            in(head.text, {"Assembly", "Parliament", "Congress", "Council", "Senate", "Chamber"}))
            proper = true;
        // Descriptive headings are not names: "Meeting between ...", "Telephone Talk Between ...".
        if (kind == HeadKind::Event && right < s_end && (tok_[right].is("Between") || tok_[right].is("between")))
            proper = false;
        // strict heads name something only after a known name, an acronym or a number
        // ("Berlin Process", "Hiroshima AI Process"; not "Legislative Process")
        if ((flags_[h] & kStrictHead) && !named) proper = false;
        if (!proper || right - left < 2) continue;
        // Multi-word entity: mark inner gazetteer matches as inside.
        EntityType type = kind == HeadKind::Event       ? EntityType::Event
                          : kind == HeadKind::Programme ? EntityType::Programme
                                                        : EntityType::Organization;
        // "the 11th Philippines-Viet Nam Joint Commission on Bilateral Cooperation", "the Second
        // Japan-China Joint Committee", "the 78th UN General Assembly": a commission, committee,
        // council or assembly of two named sides or a known body, numbered, is one of its
        // sessions (not "the First Committee", "the 59th Presidential Inaugural Committee", "the
        // 2nd Infantry Division")
        if (type == EntityType::Organization && tok_[left].is_word() &&
            in(fold_[h], {"commission", "committee", "council", "assembly"})) {
            const std::string_view w = tok_[left].text;
            const bool digits = w.size() >= 3 && w[0] >= '0' && w[0] <= '9' &&
                                (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
            bool sides = false;
            for (std::size_t q = left + 2; q < h && !sides; ++q)
                sides = (tok_[q].is("-") && !tok_[q].space_before) || phrase_at(q) || tok_[q].allcaps;
            if (sides && (digits || in(fold_[left], {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                     "eighth", "ninth", "tenth"})))
                type = EntityType::Event;
        }
        // "the Japan-U.S. Security Consultative Committee ("2+2") was held at the Department of
        // State": a body that is held is its meeting
        if (type == EntityType::Organization) {
            std::size_t q = right;
            if (q + 2 < s_end && tok_[q].is("(")) {  // past a bracketed short name
                while (q < s_end && q < right + 8 && !tok_[q].is(")")) ++q;
                ++q;
            }
            if (q + 1 < s_end && in(fold_[q], {"was", "were", "is"}) && fold_[q + 1] == "held") type = EntityType::Event;
        }
        // "Japanese Chief Cabinet Secretary X", "the Kenyan Cabinet Secretary for Foreign Affairs": a
        // head that an office reads on past is the office's, no body
        if (type == EntityType::Organization) {
            bool office = false;
            // ("African Union Commission Chairperson": a known body before the head makes it one)
            bool body_before = false;
            for (std::size_t x = left; x < h; ++x)
                if (const auto p = phrase_at(x); p && phrases_[*p].type == EntityType::Organization) body_before = true;
            for (std::size_t x = left; x <= h && !office; ++x) {
                const std::size_t tl = title_match(x, s_end);
                // ("the OSCE Chairperson-in-Office": a title ending in the head is the office itself)
                office = tl && (x + tl > h + 1 || (x + tl == h + 1 && x > left && tl >= 3)) && !(x == h && body_before);
            }
            if (office) continue;
        }
        PhraseMention m;
        m.first = left;
        m.last = right;
        m.type = type;
        m.canonical = surface(left, right);
        m.head = h;
        // If the whole span is one known phrase, keep that.
        if (auto p = phrase_at(left); p && phrases_[*p].first == left && phrases_[*p].last == right) continue;
        found.push_back(std::move(m));
        h = right - 1;
    }
    // An event over [first, last) named as written, unless a phrase found above overlaps it.
    const auto add_event = [&](std::size_t first, std::size_t last, std::size_t head) {
        for (const PhraseMention& m : found)
            if (m.first < last && first < m.last) return;
        PhraseMention m;
        m.first = first;
        m.last = last;
        m.type = EntityType::Event;
        m.canonical = surface(first, last);
        m.head = head;
        found.push_back(std::move(m));
    };
    // A headline in capitals that names a meeting: "KENYA-US STRATEGIC CONSULTATIONS" (two sides
    // joined by a hyphen, a meeting's head word last; the whole line is the name)
    for (std::size_t si = 0; si < sent_.size() && si < 6; ++si) {
        const std::size_t a = sent_[si].first, b = sent_[si].last;
        if (!sent_[si].line_start || b < a + 3 || b > a + 14) continue;
        bool caps = true, pair = false;
        for (std::size_t q = a; q < b && caps; ++q) {
            if (tok_[q].is("-") && !tok_[q].space_before) pair = true;
            else if (!(tok_[q].is_word() && tok_[q].allcaps) && !tok_[q].is("-") && !tok_[q].is("."))
                caps = false;
        }
        if (!caps || !pair || !(flags_[b - 1] & kTitledMeetingHead)) continue;
        add_event(a, b, b - 1);
    }
    // "preparations for COP28", "at COP 26", "COP-27": a recurring meeting's capitals and its
    // session's number (numbered-event-session; the capitals in data/word_classes.tsv, numbered-event)
    for (std::size_t i = 0; i < n; ++i) {
        const Token& t = tok_[i];
        // (capitals first: most tokens end here)
        if (!t.allcaps || !t.is_word() || t.text.size() < 2 || t.text[1] < 'A' || t.text[1] > 'Z' || phrase_at(i))
            continue;
        std::size_t e = kNone;
        const std::string_view w = t.text;
        // "COP28": one token, capitals then digits
        std::size_t letters = 0;
        while (letters < w.size() && w[letters] >= 'A' && w[letters] <= 'Z') ++letters;
        if (letters >= 2 && letters + 1 <= w.size() && letters + 3 >= w.size() &&
            std::all_of(w.begin() + static_cast<std::ptrdiff_t>(letters), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            const WordFlags* f = words_.flags.find(fold_key(w.substr(0, letters)));
            if (f && (*f & kNumberedEvent)) e = i + 1;
        } else if (flags_[i] & kNumberedEvent) {
            // "COP 28", "COP-28"
            std::size_t q = i + 1;
            if (q < n && tok_[q].is("-") && !tok_[q].space_before) ++q;
            if (q < n && tok_[q].kind == Token::Kind::Number && tok_[q].text.size() <= 2 && !tok_[q].newline_before &&
                !(q + 1 < n && (tok_[q + 1].is(",") || tok_[q + 1].is(".")) && q + 2 < n && !tok_[q + 2].space_before &&
                  tok_[q + 2].kind == Token::Kind::Number))
                e = q + 1;
        }
        if (e == kNone || (e < n && tok_[e].is_word() && (tok_[e].cap || tok_[e].allcaps))) continue;  // a longer name goes on
        add_event(i, e, i);
    }
    // "to attend the 11th ADMM-Plus", "the 58th AMM": a numbered session of a meeting known by its
    // capitals alone (no head noun after it)
    // (the rule opens on "the" before the ordinal: the loop visits the articles alone, i + 1 < n)
    const std::size_t stop = n >= 2 ? n - 2 : 0;
    for (std::size_t k = next_with(kArticleWord, 0, stop); k < stop; k = next_with(kArticleWord, k + 1, stop)) {
        const std::size_t i = k + 1;
        // (the capitals after it first: they are in the tokens, where the ordinal's digit is in the text)
        if (!tok_[i + 1].allcaps) continue;
        const std::string_view w = tok_[i].text;
        const bool ordinal = tok_[i].is_word() && is_digit_ordinal(w);
        if (!ordinal || !tok_[i - 1].is("the") || !tok_[i + 1].allcaps || tok_[i + 1].text.size() < 3 ||
            phrase_at(i) || phrase_at(i + 1))
            continue;
        std::size_t e = i + 2;
        if (e + 1 < n && tok_[e].is("-") && !tok_[e].space_before && tok_[e + 1].cap) e += 2;  // "ADMM-Plus"
        if (e < n && tok_[e].is_word() && (tok_[e].cap || tok_[e].allcaps)) continue;  // a longer name goes on
        add_event(i, e, e - 1);
    }
    for (PhraseMention& m : found) {
        for (std::size_t q = m.first; q < m.last; ++q)
            if (auto p = phrase_at(q)) phrases_[*p].inside = true;
        phrases_.push_back(std::move(m));  // (found is not read again: its names are moved, not copied)
        claim(m.first, m.last, phrases_.size() - 1);
    }
}

// "Individually Tailored Partnership Programme (ITPP)": the acronym becomes an alias,
// and later uses of it mention the same entity.
// A quoted title of capitalised words names a programme or policy vision:
// “Mutually Beneficial Relationship Based on Common Strategic Interests”,
// "Pro-active Contributor to Peace". Quotes around known names or prose are not.
void DocumentReader::find_quoted_programmes() {
    // (the opening quotes alone are visited: the next of each kind is kept)
    std::size_t curly = next_token("\u201c", 0), straight = next_token("\"", 0);
    for (std::size_t i = std::min(curly, straight); i + 2 < tok_.size(); i = std::min(curly, straight)) {
        if (curly == i) curly = next_token("\u201c", i + 1);
        if (straight == i) straight = next_token("\"", i + 1);
        const std::size_t limit = std::min(sentence_end(i), i + 14);
        std::size_t q = i + 1;
        std::size_t caps = 0;
        bool ok = true;
        std::vector<std::size_t> inner;  // countries named inside the title ("2010 Visit China Year")
        while (q < limit && !(tok_[q].is("\u201d") || tok_[q].is("\""))) {
            const Token& u = tok_[q];
            if (auto p = phrase_at(q)) {
                // only a country's name may stand inside ("Visit China Year")
                if (phrases_[*p].first < i + 1 || phrases_[*p].last > limit ||
                    phrases_[*p].type != EntityType::Country || phrases_[*p].demonym)
                    ok = false;
                else if (inner.empty() || inner.back() != *p) inner.push_back(*p);
            } else if (!free(q)) {
                ok = false;
            }
            if (u.is_word()) {
                if (u.cap || u.allcaps) ++caps;
                else if (!in(u.text, {"of", "and", "for", "to", "on", "the", "in", "a", "an", "with", "based"}) &&
                         !(tok_[q - 1].is("-") && !u.space_before))
                    ok = false;
            } else if (u.kind == Token::Kind::Number) {
                // a year or an edition number belongs to the title
            } else if ((u.is(",") || u.is(".")) && q + 1 < limit &&
                       (tok_[q + 1].is("\u201d") || tok_[q + 1].is("\""))) {
                // American punctuation: the comma or full stop before the closing quote
            } else if (!(u.is("-") && !u.space_before)) {
                ok = false;
            }
            ++q;
        }
        if (!ok || q >= limit || caps < 3 || q - i - 1 < 3) continue;
        // a title may begin with a year ("2010 Visit China Year"), not with another number
        // (the "100 Most Influential People" of a magazine)
        const bool year = tok_[i + 1].kind == Token::Kind::Number && tok_[i + 1].text.size() == 4 &&
                          (tok_[i + 1].text.starts_with("19") || tok_[i + 1].text.starts_with("20"));
        if (!(tok_[i + 1].cap || year)) continue;
        // "sessions on (the) “Indo-Pacific and Regional Issues”": a topic, not a programme
        const std::size_t before = i > 0 && tok_[i - 1].is("the") ? i - 1 : i;
        if (before > 0 && tok_[before - 1].is("on")) continue;
        std::size_t last = q;
        if (tok_[last - 1].is(",") || tok_[last - 1].is(".")) --last;
        for (std::size_t p : inner) phrases_[p].inside = true;
        PhraseMention m;
        m.first = i + 1;
        m.last = last;
        m.type = EntityType::Programme;
        m.canonical = surface(i + 1, last);
        phrases_.push_back(std::move(m));
        claim(i + 1, last, phrases_.size() - 1);
        // (the quotes before the closing one's next are passed by)
        if (curly <= q) curly = next_token("\u201c", q + 1);
        if (straight <= q) straight = next_token("\"", q + 1);
    }
}

void DocumentReader::find_acronym_definitions() {
    // acronym -> phrase index of long form (looked up by the token's view: no string a token)
    std::unordered_map<std::string, std::size_t, ShortKeyHash, std::equal_to<>> acronyms;
    // (the opening brackets alone are visited)
    for (std::size_t i = next_token("(", 0); i + 2 < tok_.size(); i = next_token("(", i + 1)) {
        if (!tok_[i + 2].is(")")) continue;
        const Token& a = tok_[i + 1];
        if (!(a.allcaps || (a.is_word() && a.text.size() >= 2 && a.cap))) continue;
        if (i == 0) continue;
        auto p = phrase_at(i - 1);
        if (!p) continue;
        PhraseMention& long_form = phrases_[*p];
        if (long_form.last != i) continue;
        // initials of the long form must contain the acronym's letters in order
        std::string initials;
        for (std::size_t q = long_form.first; q < long_form.last; ++q)
            if (tok_[q].is_word() && (tok_[q].cap || tok_[q].allcaps)) initials += tok_[q].text[0];
        std::size_t pos = 0;
        for (char c : a.text)
            if (pos < initials.size() && c == initials[pos]) ++pos;
        if (pos < std::min<std::size_t>(a.text.size(), 2)) continue;
        acronyms.emplace(std::string(a.text), *p);
        if (free(i + 1)) {
            PhraseMention m;
            m.first = i + 1;
            m.last = i + 2;
            m.type = long_form.type;
            m.canonical = long_form.canonical;
            phrases_.push_back(std::move(m));
            claim(i + 1, i + 2, phrases_.size() - 1);
        }
    }
    if (acronyms.empty()) return;
    // the tokens that are an acronym, in order (found in the text: a test of every token cost
    // about 14 instructions a token)
    std::vector<std::size_t> uses;
    for (const auto& [acronym, long_form] : acronyms)
        for (std::size_t i = next_token(acronym, 0); i < tok_.size(); i = next_token(acronym, i + 1)) uses.push_back(i);
    std::sort(uses.begin(), uses.end());
    for (const std::size_t i : uses) {
        if (!free(i) || !tok_[i].is_word() || !(tok_[i].cap || tok_[i].allcaps)) continue;
        auto it = acronyms.find(tok_[i].text);
        PhraseMention m;
        m.first = i;
        m.last = i + 1;
        m.type = phrases_[it->second].type;
        m.canonical = phrases_[it->second].canonical;
        phrases_.push_back(std::move(m));
        claim(i, i + 1, phrases_.size() - 1);
    }
}

// "led the delegation", "headed a delegation of the Slovak Republic", "represented Japan" ending
// right before token `at` (a few words of the delegation's country between): the person before it
// went to what follows. The token of the verb (led, represented), or kNone.
std::size_t DocumentReader::delegation_verb_before(std::size_t at) const {
    const std::size_t a = sentence_begin(at);
    // ("represented Japan at the G20 Foreign Ministers' Meeting": a country or body one stands for)
    if (at > a + 1)
        if (const auto p = phrase_at(at - 1); p && phrases_[*p].last == at && phrases_[*p].first > a &&
                                              (phrases_[*p].type == EntityType::Country ||
                                               phrases_[*p].type == EntityType::Organization) &&
                                              in(fold_[phrases_[*p].first - 1], {"represented", "represents", "representing"}))
            return phrases_[*p].first - 1;
    for (std::size_t d = at; d > a && d + 10 > at; --d) {
        if (fold_[d - 1] != "delegation") continue;
        std::size_t v = d - 1;
        if (v > a && in(fold_[v - 1], {"the", "a", "his", "her", "their", "its"})) --v;
        return v > a && in(fold_[v - 1], {"led", "headed", "leads", "heads", "leading", "heading"}) ? v - 1 : kNone;
    }
    return kNone;
}

// "attended the informal meeting of EU Ministers of Defence": a lower-case meeting noun
// after a verb of attendance, with its adjectives, names the meeting of the capitalised
// group after "of" when that group holds a known name or an acronym (rule
// attended-meeting-of; adjectives in data/word_classes.tsv, meeting-adjective).
void DocumentReader::find_attended_meetings_of() {
    // (every rule below opens on an attendance verb or an article: the loop visits those alone)
    constexpr WordFlags kOpens = kAttendVerb | kArticleWord;
    const std::size_t stop = tok_.size() >= 4 ? tok_.size() - 4 : 0;  // (k + 4 < tok_.size())
    for (std::size_t k = next_with(kOpens, 0, stop); k < stop; k = next_with(kOpens, k + 1, stop)) {
        // (with no verb of attendance, a meeting of a body: "will include a meeting of the
        // Polish-Ukrainian Intergovernmental Commission", "the 18th meeting of the X Committee")
        // ("led the delegation at the regular meeting of the Council of ...": a delegation led to a
        // meeting attends it, led-delegation-at)
        const bool led_at = !(flags_[k] & kAttendVerb) && tok_[k].is("the") && k > 3 && fold_[k - 1] == "at" &&
                            delegation_verb_before(k - 1) != kNone;
        const bool verb = (flags_[k] & kAttendVerb) || led_at;
        if (!verb && !(in(tok_[k].text, {"the", "a", "an"}) && k > 0 && !(flags_[k - 1] & kAttendVerb))) continue;
        const std::size_t limit = sentence_end(k);
        std::size_t q = verb && !led_at ? k + 1 : k;
        if (verb && q < limit && tok_[q].is("part")) ++q;  // took part in
        if (verb && q < limit && tok_[q].is("in")) ++q;    // participated in
        // "the 31st meeting of the OSCE Ministerial Council", "co-chaired a meeting of the X
        // Committee": the ordinal belongs to the name, the article does not
        if (!(q < limit && (tok_[q].is("the") || tok_[q].is("a") || tok_[q].is("an")))) continue;
        const std::size_t first = ++q;
        const bool numbered =
            q < limit && tok_[q].is_word() &&
            (in(fold_[q], {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}) ||
             (tok_[q].text.size() >= 3 && tok_[q].text[0] >= '0' && tok_[q].text[0] <= '9'));
        if (numbered) ++q;
        while (q < limit && !tok_[q].cap && (flags_[q] & kMeetingAdjective)) ++q;
        if (!(q + 2 < limit && !tok_[q].cap && (flags_[q] & kEventHeadLower) && tok_[q + 1].is("of"))) continue;
        std::size_t r = q + 2, end = r;
        if (r + 1 < limit && tok_[r].is("the") && (tok_[r + 1].cap || tok_[r + 1].allcaps)) ++r;  // "of the OSCE ..."
        bool named = false;
        while (r < limit && (free(r) || phrase_at(r))) {
            const Token& u = tok_[r];
            // (a date or an office after the body ends it: "... Energy Council on February 7", "...
            // General Assembly President X")
            if ((flags_[r] & kMonth) || (r > q + 3 && u.cap && !phrase_at(r) && title_match(r, limit) > 0)) break;
            if (u.is_word() && (u.cap || u.allcaps) && !person_at(r)) {
                if (u.allcaps || phrase_at(r)) named = true;
                end = ++r;
                continue;
            }
            // "Türkiye-Hungary", "People-to-People": a hyphenated compound
            if (u.is("-") && !u.space_before && r + 1 < limit && !tok_[r + 1].space_before && r > q + 2) {
                ++r;
                continue;
            }
            // ("Multi-agency", "People-to-People")
            if (u.is_word() && !u.cap && r > q + 2 && tok_[r - 1].is("-") && !u.space_before) {
                end = ++r;
                continue;
            }
            if (u.is(".") && !u.space_before && tok_[r - 1].is_word() && tok_[r - 1].text.size() == 1 && tok_[r - 1].cap) {
                end = ++r;  // "U.S."
                continue;
            }
            if (in(u.text, {"of", "and", "for", "on"}) && r + 1 < limit && (tok_[r + 1].cap || tok_[r + 1].allcaps)) {
                ++r;
                continue;
            }
            break;
        }
        if (!named || end == q + 2) continue;
        // (a numbered meeting or session of a body, or one of a body of two sides, by the body's
        // head noun: not "a ministerial meeting of the Gulf Cooperation Council", "a summit of the
        // SCO", "a joint meeting of the US Congress")
        if (!verb) {
            bool sides = false, body = false;
            for (std::size_t t = q + 2; t < end; ++t) {
                sides = sides || (t > q + 3 && tok_[t].is("-") && !tok_[t].space_before);
                body = body || (tok_[t].cap && (flags_[t] & kBodyHead));
            }
            if (!body || !in(fold_[q], {"meeting", "session", "round"}) || !(sides || numbered) || q != first + numbered)
                continue;
        }
        // (a name that ends in a country goes on in lower case: "the second meeting of the U.S.-India
        // initiative on ..." names no meeting here)
        if (const auto c = phrase_at(end - 1); c && phrases_[*c].type == EntityType::Country) continue;
        if (tok_[end - 1].is(".") || tok_[end - 1].is("-")) continue;
        bool taken = false;
        for (std::size_t t = first; t < end; ++t)
            if (auto p = phrase_at(t); p && phrases_[*p].type != EntityType::Organization && phrases_[*p].type != EntityType::Country)
                taken = true;
        if (taken) continue;
        // (the body itself stays a name of its own when no verb makes the meeting the news)
        for (std::size_t t = first; t < end && verb; ++t)
            if (auto p = phrase_at(t)) phrases_[*p].inside = true;
        PhraseMention m;
        m.first = first;
        m.last = end;
        m.type = EntityType::Event;
        m.canonical = surface(first, end);
        m.head = q;
        phrases_.push_back(std::move(m));
        claim(first, end, phrases_.size() - 1);
        k = end - 1;
    }
}

// "on the sidelines of the United Nations General Assembly", "attended the UN General Assembly": an
// assembly that meets in sessions, named where a gathering is meant, is that gathering, an event,
// in every mention of the document; "a resolution of the General Assembly", "addressed the
// Parliamentary Assembly" leave it a body (session-assembly).
void DocumentReader::find_session_assemblies() {
    std::vector<std::string_view> names;
    for (const PhraseMention& pm : phrases_) {
        if (pm.type != EntityType::Organization || pm.first < 2 || pm.last == 0 || fold_[pm.last - 1] != "assembly")
            continue;
        std::size_t q = pm.first;
        if (fold_[q - 1] == "the") --q;
        if (q < 2) continue;
        const bool gathering = (fold_[q - 1] == "of" && in(fold_[q - 2], {"sidelines", "sideline", "margins", "margin",
                                                                           "fringes", "fringe"})) ||
                               (q < pm.first && in(fold_[q - 1], {"attended", "attending", "attend", "attends"}));
        if (gathering) names.push_back(pm.canonical);
    }
    if (names.empty()) return;
    for (PhraseMention& pm : phrases_)
        if (pm.type == EntityType::Organization && std::find(names.begin(), names.end(), pm.canonical) != names.end())
            pm.type = EntityType::Event;
}

}  // namespace kg::extract::detail
