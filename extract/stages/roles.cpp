// ROLE: appositions, titles, delegation sides, offices from user alias files.
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

// Whether person pi stands in a list that writes each office before its name, commas between
// ("Chief of Staff to the President, Prof A, Minister of Foreign Affairs, Mr B"): an office stands
// before pi's name (and honorific) with a comma between, and the list opens with an office, not with
// a person and an apposition ("X, Minister of Y, A, Minister of Z": the office before A is X's).
bool DocumentReader::title_first_item(std::size_t pi, std::size_t s, std::size_t b, int depth) const {
    const PersonMention& pm = persons_[pi];
    const std::size_t a = sent_[s].first;
    // ("President A, State Councillor of China, H.E. B, ...": the list's first office stands right
    // before its name)
    if (pm.title_first != kNone) return true;
    std::size_t c = pm.name_first;  // back over the honorific to the comma before it
    while (c > a && c + 4 > pm.name_first && !tok_[c - 1].is(",")) --c;
    if (!(c > a + 1 && tok_[c - 1].is(",") && match_honorific(tok_, c, b) == pm.name_first - c && tok_[c - 2].cap))
        return false;
    std::size_t t = c - 1;  // back over the office before the comma
    while (t > a && t + 12 > c && (tok_[t - 1].cap || in(fold_[t - 1], {"of", "the", "to", "for", "and"})) && !person_at(t - 1))
        --t;
    bool office = false;
    for (std::size_t q = t; q + 1 < c && !office; ++q) office = title_match(q, c - 1) > 0;
    if (!office) return false;
    if (t > a + 1 && tok_[t - 1].is(","))
        if (const auto before = person_at(t - 2)) return depth < 8 && title_first_item(*before, s, b, depth + 1);
    return true;
}

// The office written right before person mention pi's name, as its list of a delegation's side
// gives it (side-title): the title read before the name, or one before its honorific ("Minister of
// Finance Dr. X"), or before a royal style, which alone is no office ("Minister of Education Prince
// X"); "" when none (a title another stage gave the mention is not written there).
std::string DocumentReader::office_before_name(std::size_t pi) const {
    const PersonMention& pm = persons_[pi];
    const std::size_t a = sent_[sent_of_[pm.name_first]].first;
    const std::size_t h = before_honorific(pm.name_first, a);  // where the honorific, if any, begins
    const std::size_t from = h > a + 8 ? h - 8 : a;
    std::string office = pm.title_first != kNone ? pm.title : std::string{};
    // ("Secretary Blinken": a title another stage gave, written right before the name)
    if (office.empty() && !pm.title.empty() && h > a && tok_[h - 1].is_word())
        for (std::size_t o = from; o < h && office.empty(); ++o)
            if (surface(o, h) == pm.title) office = pm.title;
    if (office.empty() && pm.honorific && pm.title_first == kNone && h > a && tok_[h - 1].is_word())
        for (std::size_t o = from; o < h && office.empty(); ++o)
            if (tok_[o].cap && !person_at(o) && title_match(o, h) == h - o) office = surface(o, h);
    if (in(pm.title, {"Prince", "Princess", "Sheikh", "Sheikha", "Shaikh", "Sharif", "Al-Sharif", "Lord", "Lady"}))
        office.clear();
    if (office.empty() && pm.title_first != kNone) {
        std::size_t o = pm.title_first;
        while (o > a && !person_at(o - 1) && tok_[o - 1].is_word() &&
               (tok_[o - 1].cap || in(fold_[o - 1], {"of", "for", "the", "and", "to"})))
            --o;
        while (o < pm.title_first && !tok_[o].cap) ++o;
        for (std::size_t q = o; q < pm.title_first && office.empty(); ++q)
            if (title_match(q, pm.title_first)) office = surface(o, pm.title_first);
    }
    return office;
}

void DocumentReader::find_roles() {
    // Which side a delegation listing speaks for: "From the Japanese side" / "the ROK side:".
    for (std::size_t pi = 0; pi < persons_.size(); ++pi) {
        const PersonMention& pm = persons_[pi];
        const std::size_t person = person_entity_[pi];
        if (person == kNone) continue;
        const std::size_t s = sent_of_[pm.name_first];
        const std::size_t b = sent_[s].last;
        // (0) "Minister for Foreign Affairs of Japan Iwaya Takeshi", "the Prime Minister of Japan, Fumio
        //     Kishida", "Prime Minister Fumio Kishida of Japan": the office's body named with "of".
        if (!pm.title.empty()) {
            std::size_t body_token = pm.of_body;
            // (a body kg found no name for: "Federal Minister of Defense X of Germany" names the
            // country after the name)
            if (body_token != kNone)
                if (const auto p = phrase_at(body_token); !p || phrases_[*p].first != body_token || phrases_[*p].entity == kNone)
                    body_token = kNone;
            if (body_token == kNone && pm.name_last + 1 < b && tok_[pm.name_last].is("of")) {
                body_token = pm.name_last + 1;
                if (tok_[body_token].is("the") && body_token + 1 < b) ++body_token;
            }
            if (body_token != kNone) {
                if (auto p = phrase_at(body_token); p && phrases_[*p].first == body_token && phrases_[*p].entity != kNone &&
                                                    (phrases_[*p].type == EntityType::Country ||
                                                     phrases_[*p].type == EntityType::Organization)) {
                    std::string title = pm.title;
                    // "Japan's Foreign Minister": the title without its country
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "title-of-body", 0.85,
                                 {{"title", title}});
                }
            }
        }
        // (a) modifier before the title: "NATO Secretary General Stoltenberg", "U.S. Ambassador to Japan Ms. Kennedy"
        if (pm.modifier_first != kNone) {
            if (auto p = phrase_at(pm.modifier_first); p && phrases_[*p].entity != kNone) {
                std::size_t t0 = phrases_[*p].last;
                if (t0 < tok_.size() && possessive_at(t0)) ++t0;
                if (t0 < tok_.size() && in(fold_[t0], {"new", "newly", "acting", "interim", "current"}) &&
                    (!tok_[t0].cap || in(fold_[t0], {"acting", "interim"})))
                    ++t0;  // "Australia's new Prime Minister": the office without its tenure
                std::size_t t1 = pm.name_first;
                // (read to the sentence's end: a title of honour is one before a name, "Foreign Minister
                // Sayyid Badr Albusaidi", "Ratu Inoke Kubuabola")
                const auto honorific_at = [&](std::size_t q) {
                    const std::size_t h = match_honorific(tok_, q, b);
                    return h && q + h <= pm.name_first;
                };
                // ("the EU Special Representative, Johan Zatler": the comma before the name is no part of
                // the office)
                while (t1 > t0 && (honorific_at(t1 - 1) || tok_[t1 - 1].is(".") || tok_[t1 - 1].is(",") ||
                                   tok_[t1 - 1].is("Mr") || tok_[t1 - 1].is("Ms") || tok_[t1 - 1].is("Mrs") ||
                                   tok_[t1 - 1].is("Dr") || tok_[t1 - 1].is("H") || tok_[t1 - 1].is("E")))
                    --t1;
                // ("Saudi Foreign Minister Prince Faisal bin Farhan": a royal style after the office is
                // no part of it)
                if (const std::size_t tl = title_match(t0, t1); tl && t0 + tl < t1 && title_match(t0 + tl, t1) == t1 - t0 - tl)
                    t1 = t0 + tl;
                // ("U.S. Sen. X": an abbreviated office keeps its full stop)
                if (t1 < pm.name_first && tok_[t1].is(".") && !tok_[t1].space_before && t1 > t0 && title_match(t0, t1 + 1) == t1 + 1 - t0)
                    ++t1;
                const std::string title = surface(t0, t1);
                if (!title.empty())
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "title-before-name", 0.85,
                                 {{"title", title}});
            }
        }
        // (a3) "OSCE Parliamentary Assembly President X": a body read by its head noun, right before the
        // office (the gazetteer's bodies are modifiers above)
        if (!pm.title.empty() && pm.modifier_first == kNone && pm.title_first != kNone && pm.title_first > sent_[s].first)
            // (not a heading run into the next line, nor a body ending in a place whose office it is:
            // "the Transition Committee for Virginia Governor X")
            if (const auto p = phrase_at(pm.title_first - 1);
                p && phrases_[*p].last == pm.title_first && phrases_[*p].type == EntityType::Organization &&
                phrases_[*p].entity != kNone && !tok_[pm.title_first].newline_before &&
                [&] {
                    const PhraseMatch w = phrase_match(pm.title_first - 1, b);
                    return !(w.entry && (w.entry->type == EntityType::Location || w.entry->type == EntityType::Country));
                }())
                add_relation(RelationType::Role, person, phrases_[*p].entity, s, "title-before-name", 0.8,
                             {{"title", pm.title}});
        // (a4) "The talks were attended on the Saudi side by Minister of Education Prince X; ...", "On the
        // Jordanian side, the talks were attended by Prime Minister Y", "(Ambassador A, Deputy Secretary
        // B, etc. joined from the U.S. side; ...)": an office before the name, no body of its own, in a
        // list of a delegation's side: the side that closes the list after the name, else the nearest
        // that opens one before it (side-title)
        const std::string side_office = office_before_name(pi);
        const std::size_t office_first =
            pm.title_first != kNone ? pm.title_first : before_honorific(pm.name_first, sent_[s].first);
        if (!side_office.empty() && !pm.reference && pm.modifier_first == kNone && pm.of_body == kNone &&
            !(pm.name_last < b && tok_[pm.name_last].is("of"))) {
            const auto side_country = [&](std::size_t q) -> std::size_t {  // q: the token "side"
                if (q < sent_[s].first + 2) return kNone;
                const auto p = phrase_at(q - 1);
                return p && phrases_[*p].type == EntityType::Country && phrases_[*p].last == q ? phrases_[*p].entity : kNone;
            };
            std::size_t side = kNone;
            for (std::size_t q = pm.name_last; q < b && side == kNone; ++q) {
                if (tok_[q].is(";") || tok_[q].is(")")) break;  // (a full stop inside the sentence: "etc.", "U.S.")
                if (fold_[q] == "side") side = side_country(q);
            }
            for (std::size_t q = office_first; side == kNone && q > sent_[s].first + 1; --q)
                if (fold_[q - 1] == "side") {
                    if (q < b && (in(fold_[q], {"by", ",", ":", "were", "was", "included", "includes"})))
                        side = side_country(q - 1);
                    break;
                }
            if (side != kNone)
                add_relation(RelationType::Role, person, side, s, "side-title", 0.8, {{"title", side_office}});
        }
        // (a2) "his Spanish counterpart Minister for Foreign Affairs X", "his Sri Lankan counterpart,
        // Foreign Minister X": the office of the country whose word stands before "counterpart"
        // (counterpart-country)
        if (!pm.title.empty() && pm.modifier_first == kNone && pm.title_first != kNone && pm.title_first > sent_[s].first) {
            const std::size_t a = sent_[s].first;
            const std::size_t from = back_over_counterpart(pm.title_first, a);
            // (one counterpart: "In her meetings with Korean counterparts, DNSA X highlighted" is no apposition)
            bool one = false;
            for (std::size_t q = from; q < pm.title_first; ++q) one = one || fold_[q] == "counterpart";
            for (std::size_t q = from; one && q < pm.title_first; ++q)
                if (const auto p = phrase_at(q); p && phrases_[*p].type == EntityType::Country && phrases_[*p].entity != kNone) {
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "counterpart-country", 0.8,
                                 {{"title", pm.title}});
                    break;
                }
        }
        // (b) apposition: "Name, Title of Y" / "Name, Y Title" / "Name, Title, Y"
        std::size_t k = pm.name_last;
        // "Julie Bishop MP, ...", "Ferdinand Marcos Jr., President of ..." (and its full stop)
        while (k < b && tok_[k].is_word() && is_post_nominal(tok_[k].text)) {
            ++k;
            if (k < b && tok_[k].is(".") && !tok_[k].space_before) ++k;
        }
        // "the Hon. Julie Bishop, MP, Minister for ...", "Joseph R. Biden, Jr., President of ...": a
        // post-nominal between commas
        if (k + 2 < b && tok_[k].is(",") && tok_[k + 1].is_word() && is_post_nominal(tok_[k + 1].text)) {
            std::size_t after = k + 2;
            if (after < b && tok_[after].is(".") && !tok_[after].space_before) ++after;
            if (after < b && tok_[after].is(",")) k = after;
        }
        if (k < b && is_possessive(tok_[k])) continue;
        // "Michel Aoun President of Lebanon": an office of a country right after the name, no comma
        const bool bare = k < b && title_match(k, b) && k + title_match(k, b) + 1 < b &&
                          tok_[k + title_match(k, b)].is("of");
        // "Ambassador Kyle M'Carter US Ambassador to Kenya;": the country and the office right after the name
        bool bare_country = false;
        if (k < b && !bare)
            if (const auto p = phrase_at(k); p && phrases_[*p].first == k && phrases_[*p].type == EntityType::Country &&
                                             phrases_[*p].entity != kNone && !phrases_[*p].demonym) {
                const std::size_t after = phrases_[*p].last;
                bare_country = after < b && tok_[after].cap && title_match(after, b) > 0;
            }
        if (!(k < b && (tok_[k].is(",") || bare || bare_country))) continue;
        if (!bare && !bare_country) ++k;
        // "Ana Silva, who is the Foreign Minister of Peru,", "X, who serves as Y's Minister of ..."
        if (k + 2 < b && fold_[k] == "who" && in(fold_[k + 1], {"is", "was", "serves", "served"})) {
            k += 2;
            if (k < b && fold_[k] == "as") ++k;
        }
        if (k < b && tok_[k].is("the")) ++k;
        // "Mr. X, newly appointed U.S. Secretary of State": words of appointment before the office
        while (k < b && in(fold_[k], {"newly", "recently", "appointed", "elected", "new", "incoming", "current"}))
            ++k;
        std::size_t title_start = k;
        std::size_t pre_entity = kNone;
        // "NATO Deputy Secretary General", "Japanese Ambassador to Belgium"
        if (auto p = phrase_at(k); p && (phrases_[*p].type == EntityType::Country || phrases_[*p].type == EntityType::Organization) &&
                                   phrases_[*p].first == k && phrases_[*p].entity != kNone) {
            std::size_t after = phrases_[*p].last;
            if (after < b && is_possessive(tok_[after])) ++after;
            // ("the U.S. Acting Assistant Secretary for ...": an acting office is held)
            const bool acting = after + 1 < b && in(fold_[after], {"acting", "interim"}) && title_match(after + 1, b);
            if (acting || title_match(after, b)) {
                pre_entity = *p;
                title_start = after;
            }
        }
        // "Cho Tae-yul, the South Korean foreign minister,": the news writes the office in lower
        // case after its country's word
        bool lower_office = false;
        // ("Sergei Lavrov, Russia's foreign minister,": the country's possessive before the office)
        if (pre_entity == kNone)
            if (auto p = phrase_at(k); p && phrases_[*p].type == EntityType::Country && phrases_[*p].first == k &&
                                       phrases_[*p].entity != kNone &&
                                       (tok_[k - 1].is("the") ||
                                        (!phrases_[*p].demonym && phrases_[*p].last < b && possessive_at(phrases_[*p].last)))) {
                std::size_t after = phrases_[*p].last;
                if (after < b && possessive_at(after)) ++after;
                if (const std::size_t tl = after < b ? gaz_.match_title(tok_, fold_, after, b, false, true) : 0;
                    tl && !tok_[after].cap && after + tl < b && (tok_[after + tl].is(",") || tok_[after + tl].is("."))) {
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "apposition-lower", 0.8,
                                 {{"title", surface(after, after + tl)}});
                    lower_office = true;
                }
            }
        // "Dr X, the secretary general of the GCC,": an office in lower case, "of" and its body
        // ("Mohamed ElBaradei, director general of the International Atomic Energy Agency (IAEA),": or no article)
        if (pre_entity == kNone && k < b && tok_[k].is_word() && !tok_[k].cap && k > 0 &&
            (tok_[k - 1].is("the") || tok_[k - 1].is(",")))
            if (const std::size_t tl = gaz_.match_title(tok_, fold_, k, b, false, true); tl && k + tl + 1 < b &&
                                                                                        tok_[k + tl].is("of")) {
                std::size_t r = k + tl + 1;
                if (tok_[r].is("the") && r + 1 < b) ++r;
                if (auto p = phrase_at(r); p && phrases_[*p].first == r && phrases_[*p].entity != kNone &&
                                           (phrases_[*p].type == EntityType::Country ||
                                            phrases_[*p].type == EntityType::Organization) &&
                                           (phrases_[*p].last >= b || (!tok_[phrases_[*p].last].is_word() &&
                                                                         !possessive_at(phrases_[*p].last)))) {
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "apposition-lower", 0.8,
                                 {{"title", surface(k, k + tl)}});
                    continue;
                }
            }
        if (lower_office) continue;
        // The office may open with words the title list lacks ("Federal Minister for Foreign
        // Affairs", "Member of the Political Bureau ... and Minister of ..."): a known title
        // within its first words will do.
        bool office = title_match(title_start, b) > 0;
        for (std::size_t q = title_start + 1; !office && q < b && q <= title_start + 14; ++q) {
            if (tok_[q].is(",") || tok_[q].is(".") || person_at(q)) break;
            if (title_match(q, b)) office = true;
        }
        if (!office || !(tok_[title_start].cap || tok_[title_start].allcaps)) continue;
        // apposition end: a new clause, another person, or the sentence end; not inside a
        // known office ("Secretary of State for Foreign, Commonwealth and Development Affairs")
        std::size_t end = title_start + title_match(title_start, b);
        std::size_t depth = 0;
        std::size_t country_after = kNone;  // ", Germany." closing the apposition
        std::size_t office_start = title_start;  // where the apposition's last office begins
        while (end < b) {
            const Token& u = tok_[end];
            if (u.is("(")) ++depth;
            if (u.is(")")) {
                if (depth == 0) break;
                --depth;
            }
            if (depth == 0) {
                if (person_at(end) && end > title_start) break;
                // (a full stop ending the sentence ends it too: "..., the U.S. Secretary of State.")
                if (u.is(";") || (u.is(".") && (end + 1 >= b || tok_[end + 1].space_before))) break;
                if (u.is_word() && in(u.text, {"who", "held", "met", "and", "received", "paid", "attended", "during", "also",
                                               "visiting", "as", "at", "on", "that", "stated", "said", "was", "is",
                                               "has", "had", "will", "with", "in", "from", "by", "following", "to"})) {
                    // "and" inside a title joins two offices ("Vice-President ... and Minister of ...");
                    // "to" inside "Ambassador to Japan", "in" inside "Embassy of the ROK in Japan".
                    if (u.is("and") && end + 1 < b &&
                        (title_match(end + 1, b) ||
                         (tok_[end + 1].cap && !match_honorific(tok_, end + 1, b) && !person_at(end + 1)))) {
                        ++end;
                        continue;
                    }
                    if ((u.is("and") || u.is("in")) && phrase_at(end)) {
                        ++end;
                        continue;
                    }
                    if (u.is("to") && end + 1 < b && phrase_at(end + 1) &&
                        phrases_[*phrase_at(end + 1)].type == EntityType::Country && title_match(title_start, end)) {
                        end = phrases_[*phrase_at(end + 1)].last;
                        continue;
                    }
                    break;
                }
                if (u.is(",")) {
                    // ", <Organisation>" closes the apposition with the body it belongs to
                    if (end + 1 < b) {
                        if (auto p = phrase_at(end + 1); p && phrases_[*p].first == end + 1 &&
                                                            (phrases_[*p].type == EntityType::Organization) &&
                                                            phrases_[*p].entity != kNone) {
                            end = phrases_[*p].last;
                            break;
                        }
                        // ", <Country>" at the apposition's end: "X, Federal Minister for Foreign Affairs,
                        // Germany." (apposition-country: the country the office is held in)
                        if (auto p = phrase_at(end + 1); p && phrases_[*p].first == end + 1 &&
                                                            phrases_[*p].type == EntityType::Country &&
                                                            !phrases_[*p].demonym && phrases_[*p].entity != kNone) {
                            const std::size_t after = phrases_[*p].last;
                            if (after >= b || tok_[after].is(".") || tok_[after].is(",") || tok_[after].is(";") ||
                                tok_[after].is(")")) {
                                country_after = *p;
                                break;
                            }
                        }
                        // ", <Office>": a second office of the same person ("Secretary of State for Foreign,
                        // Commonwealth and Development Affairs, Minister for Women and Equalities of the
                        // United Kingdom")
                        // (only after a whole known office: not after "Director General of the X Center
                        // Audomaro Martínez Zapata", another person of a list whose name kg did not read)
                        if (title_match(end + 1, b) && !person_at(end + 1) &&
                            office_start + title_match(office_start, b) == end) {
                            office_start = ++end;
                            continue;
                        }
                    }
                    break;
                }
            }
            ++end;
        }
        // "Chief of Staff to the President, Prof A, Minister of Foreign Affairs, Mr B, ...": a list that
        // writes each office before its name, commas between; the office after A's comma is B's, not
        // A's apposition (title-first-list)
        if (end + 1 < b && tok_[end].is(",")) {
            const std::size_t r = end + 1 + match_honorific(tok_, end + 1, b);
            const auto next = person_at(r);
            if (next && *next != pi && persons_[*next].name_first == r && persons_[*next].title_first == kNone &&
                title_first_item(pi, s, b))
                continue;
        }
        // "Joe Biden, Japanese Prime Minister Fumio Kishida, ...": an office that runs straight into
        // another name is that person's, in a list, not an apposition
        if (end < b && end > title_start && person_at(end) && persons_[*person_at(end)].name_first == end &&
            !tok_[end - 1].is(","))
            continue;
        // the last "of <the> Y" inside the apposition names the body
        std::size_t body = kNone;
        std::size_t title_end = end;
        for (std::size_t q = title_start; q < end; ++q) {
            // "Foreign Minister for the People's Republic of China": a minister "for" a country is its
            // minister (not "Special Envoy for Ukraine", sent there)
            const bool for_country = tok_[q].is("for") && q > title_start &&
                                     in(fold_[q - 1], {"minister", "councilor", "councillor", "premier"});
            if (!tok_[q].is("of") && !for_country) continue;
            std::size_t r = q + 1;
            if (r < end && tok_[r].is("the")) ++r;
            if (auto p = phrase_at(r); p && phrases_[*p].first == r && phrases_[*p].entity != kNone &&
                                       (phrases_[*p].type == EntityType::Country ||
                                        (phrases_[*p].type == EntityType::Organization && !for_country)) &&
                                       phrases_[*p].last <= end + 1) {
                // skip "of the Council of Ministers" style inner bodies when a later one exists
                body = *p;
                title_end = q;
                q = phrases_[*p].last - 1;
            }
        }
        // "President of the Republic of Korea": the office list's "President of the Republic" took
        // the country's form word; the country is named from it ("of the Republic" is not the title)
        if (body != kNone && phrases_[body].type == EntityType::Country && title_end > title_start + 2 &&
            in(tok_[title_end - 1].text, {"Republic", "Kingdom", "Federation", "Commonwealth", "Confederation",
                                          "Sultanate", "Principality"})) {
            std::size_t o = title_end - 1;
            while (o > title_start && o + 5 > title_end && !tok_[o].is("of")) --o;
            if (o > title_start && tok_[o].is("of")) title_end = o;
        }
        // ", Title, Organisation"
        if (body == kNone) {
            for (std::size_t q = title_start; q + 1 < end + 1 && q < b; ++q) {
                if (tok_[q].is(",")) {
                    if (auto p = phrase_at(q + 1); p && phrases_[*p].type == EntityType::Organization &&
                                                  phrases_[*p].entity != kNone) {
                        body = *p;
                        title_end = q;
                        break;
                    }
                }
            }
        }
        std::string title = surface(title_start, title_end);
        while (!title.empty() && (title.back() == ',' || title.back() == ' ')) title.pop_back();
        std::size_t body_entity = kNone;
        if (body != kNone) body_entity = phrases_[body].entity;
        else if (pre_entity != kNone) body_entity = phrases_[pre_entity].entity;
        if (body_entity == kNone && country_after != kNone) body_entity = phrases_[country_after].entity;
        if (body_entity == kNone) {
            // a delegation listing: "From the ROK side, Mr. X, Deputy Minister ..."
            for (std::size_t q = sent_[s].first; q + 1 < pm.name_first; ++q)
                if (tok_[q + 1].is("side")) {
                    if (auto p = phrase_at(q); p && phrases_[*p].entity != kNone &&
                                               phrases_[*p].type == EntityType::Country)
                        body_entity = phrases_[*p].entity;
                }
            // "The NATO delegation was headed by Ambassador X, ..."
            for (std::size_t q = sent_[s].first; q + 1 < pm.name_first && body_entity == kNone; ++q)
                if (tok_[q + 1].is("delegation"))
                    if (auto p = phrase_at(q); p && phrases_[*p].entity != kNone) body_entity = phrases_[*p].entity;
        }
        if (body_entity == kNone || title.empty()) continue;
        add_relation(RelationType::Role, person, body_entity, s, "apposition", 0.9, {{"title", title}});
    }
    // delegation heads without apposition bodies: "The NATO delegation was headed by Ambassador X"
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // (the rule opens on the word before "delegation": the loop visits the delegation words alone)
        for (std::size_t d = next_with(kDelegationWord, a + 1, b); d < b; d = next_with(kDelegationWord, d + 1, b)) {
            const std::size_t q = d - 1;
            if (!tok_[q + 1].is("delegation")) continue;
            auto p = phrase_at(q);
            if (!p || phrases_[*p].entity == kNone) continue;
            // (the words between say who heads it or is in it: "headed by", "led by", "included"; not
            // "Present to receive the Chinese delegation was A", the hosts)
            bool heads = false;
            for (std::size_t k = q + 2; k < b; ++k) {
                heads = heads || in(fold_[k], {"headed", "led", "head", "heads", "leads", "leader", "chief", "chaired",
                                               "included", "includes", "include", "including", "comprised", "comprising"});
                if (auto pp = person_at(k); pp && person_entity_[*pp] != kNone && persons_[*pp].name_first == k) {
                    if (!heads) break;
                    bool has_role = false;
                    for (const Relation& r : out_.relations)
                        if (r.type == RelationType::Role && r.a == person_entity_[*pp]) has_role = true;
                    if (!has_role) {
                        std::string title = persons_[*pp].title;
                        if (title.empty()) {
                            std::size_t e = persons_[*pp].name_last;
                            if (e < b && tok_[e].is(",")) {
                                std::size_t f = e + 1;
                                while (f < b && !tok_[f].is(",") && !tok_[f].is(".")) ++f;
                                title = surface(e + 1, f);
                            }
                        }
                        add_relation(RelationType::Role, person_entity_[*pp], phrases_[*p].entity, s,
                                     "delegation-head", 0.8, {{"title", title}});
                    }
                    break;
                }
            }
        }
    }
    find_title_comma_roles();
    find_accompanying_roles();
    find_respective_roles();
    find_office_name_of_country_roles();
    find_counterpart_adjective_roles();
}

bool DocumentReader::has_role(std::size_t entity) const {
    for (const Relation& r : out_.relations)
        if (r.type == RelationType::Role && r.a == entity) return true;
    return false;
}

// The office first, then a comma and the name, as Australia and New Zealand write them:
// "Australian Minister for Foreign Affairs and Minister for Women, Senator the Hon Marise
// Payne, and Aotearoa New Zealand Minister of Foreign Affairs, ..., Hon Nanaia Mahuta".
void DocumentReader::find_title_comma_roles() {
    for (std::size_t pi = 0; pi < persons_.size(); ++pi) {
        const PersonMention& pm = persons_[pi];
        const std::size_t person = person_entity_[pi];
        if (person == kNone || pm.reference || pm.modifier_first != kNone) continue;
        const std::size_t s = sent_of_[pm.name_first];
        const std::size_t a = sent_[s].first;
        // back over the honorifics and the title written right before the name
        std::size_t c = pm.title_first != kNone ? pm.title_first : pm.name_first;
        while (c > a && (in(tok_[c - 1].text, {"Hon", "the", "Senator", "Mr", "Ms", "Mrs", "Dr", "H", "E", "Rt",
                                                "Honourable", "Honorable", "Excellency", "His", "Her"}) ||
                         tok_[c - 1].is(".")))
            --c;
        if (c <= a || !tok_[c - 1].is(",")) continue;
        // the nearest country before it that opens an office, with no one named in between
        std::size_t body = kNone, title_start = kNone;
        for (std::size_t q = c - 1; q > a && q + 30 > c; --q) {
            if (person_at(q - 1)) break;
            auto p = phrase_at(q - 1);
            if (!p || phrases_[*p].first != q - 1 || phrases_[*p].entity == kNone ||
                phrases_[*p].type != EntityType::Country)
                continue;
            const std::size_t after = phrases_[*p].last;
            if (after < c && title_match(after, c)) {
                body = *p;
                title_start = after;
            }
            break;
        }
        if (body == kNone) continue;
        std::size_t title_end = c - 1;
        for (std::size_t q = title_start; q < c - 1; ++q)
            if (tok_[q].is(",")) {
                title_end = q;
                break;
            }
        // "wives and husbands of United States Senators, Mrs. X": a plural office is not hers
        bool plural = false;
        for (std::size_t q = title_start; q < title_end; ++q)
            if (in(fold_[q], {"ministers", "presidents", "ambassadors", "senators", "governors", "secretaries",
                              "members", "leaders", "representatives"}))
                plural = true;
        const std::string title = surface(title_start, title_end);
        if (!title.empty() && !plural && !has_role(person))
            add_relation(RelationType::Role, person, phrases_[body].entity, s, "title-comma-name", 0.8,
                         {{"title", title}});
    }
}

// "X, Prime Minister of Y, who was accompanied by Deputy Prime Ministers A and B": the
// people accompanying someone hold their offices in that person's country.
void DocumentReader::find_accompanying_roles() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        // (the rule opens on "accompanied" or "accompanying": the loop visits those alone)
        for (std::size_t k = next_with(kAccompanyingWord, a + 1, b - 1); k + 1 < b;
             k = next_with(kAccompanyingWord, k + 1, b - 1)) {
            if (!(in(fold_[k], {"accompanied", "accompanying"}) && tok_[k + 1].is("by"))) continue;
            // the person accompanied: the last one named before
            std::size_t head = kNone;
            for (std::size_t q = k; q > a && head == kNone; --q)
                if (auto p = person_at(q - 1); p && person_entity_[*p] != kNone) head = person_entity_[*p];
            if (head == kNone) continue;
            std::size_t country = kNone;
            for (const Relation& r : out_.relations)
                if (r.type == RelationType::Role && r.a == head && out_.entities[r.b].type == EntityType::Country)
                    country = r.b;
            if (country == kNone) continue;
            for (std::size_t q = k + 2; q < b; ++q) {
                if (tok_[q].is(";") || in(fold_[q], {"who", "which", "met", "held", "discussed", "to"})) break;
                auto p = person_at(q);
                if (!p || persons_[*p].name_first != q || person_entity_[*p] == kNone || persons_[*p].title.empty())
                    continue;
                if (!has_role(person_entity_[*p]))
                    add_relation(RelationType::Role, person_entity_[*p], country, s, "accompanying", 0.75,
                                 {{"title", persons_[*p].title}});
                q = persons_[*p].name_last - 1;
            }
        }
    }
}


// Offices a user taught kg in an alias file ("Minister for Foreign Affairs@Japan@2021-11-10..2023-09-13")
// hold for the people they name in documents dated within the range, when the
// document also names the body.
void DocumentReader::apply_user_roles() {
    if (gaz_.user_people.empty()) return;
    for (std::size_t e = 0; e < out_.entities.size(); ++e) {
        const Entity& person = out_.entities[e];
        if (person.type != EntityType::Person || person.mentions.empty()) continue;
        for (const UserPerson& up : gaz_.user_people) {
            if (fold_key(up.canonical) != fold_key(person.name)) continue;
            for (const std::string& role : up.roles) {
                const std::size_t a1 = role.find('@');
                const std::size_t a2 = role.find('@', a1 + 1);
                const std::string title = role.substr(0, a1);
                const std::string body = role.substr(a1 + 1, a2 == std::string::npos ? std::string::npos : a2 - a1 - 1);
                if (a2 != std::string::npos && !doc_date_.empty()) {
                    const std::string range = role.substr(a2 + 1);
                    const std::size_t dots = range.find("..");
                    const std::string from = range.substr(0, dots);
                    const std::string to = dots == std::string::npos ? std::string() : range.substr(dots + 2);
                    if ((!from.empty() && doc_date_ < from) || (!to.empty() && doc_date_ > to)) continue;
                } else if (a2 != std::string::npos) {
                    continue;  // a dated office needs a dated document
                }
                for (std::size_t b = 0; b < out_.entities.size(); ++b) {
                    const Entity& org = out_.entities[b];
                    if ((org.type != EntityType::Country && org.type != EntityType::Organization) ||
                        fold_key(org.name) != fold_key(body))
                        continue;
                    std::size_t sentence = 0;
                    for (std::size_t s = 0; s < sent_.size(); ++s)
                        if (sent_[s].span.begin <= person.mentions.front().span.begin &&
                            person.mentions.front().span.begin < sent_[s].span.end)
                            sentence = s;
                    add_relation(RelationType::Role, e, b, sentence, "alias-file-role", 0.8, {{"title", title}});
                }
            }
        }
    }
}

// The words of a plural office as one holder's title: "foreign ministers" -> "foreign minister",
// "deputies" -> "deputy".
std::string DocumentReader::singular_office(std::size_t first, std::size_t last) const {
    std::string title = surface(first, last);
    if (title.ends_with("ies")) title = title.substr(0, title.size() - 3) + "y";
    else if (title.ends_with("s")) title.pop_back();
    return title;
}

// "met with ambassadors A of Brunei, B of Cambodia and C of Laos", "the envoys A of Chile and B of
// Peru": a plural office, then names each followed by "of" and a known country, give each name
// that country's office (rule office-name-of-country).
void DocumentReader::find_office_name_of_country_roles() {
    // (the plural offices are among the words find_people may begin at: the loop visits those alone)
    for (std::size_t o = next_with(kPersonCueWord, 0, tok_.size()); o + 4 < tok_.size();
         o = next_with(kPersonCueWord, o + 1, tok_.size())) {
        if (!tok_[o].is_word() || !plural_office(fold_[o])) continue;
        // "the Foreign Ministers of Ukraine, Pavlo Klimkin, and Slovakia, Miroslav Lajcak": each name
        // after its country and a comma (rule office-country-name)
        if (fold_[o + 1] == "of") {
            const std::size_t s = sent_of_[o], a = sent_[s].first, b = sent_[s].last;
            std::size_t t0 = o;
            while (t0 > a && tok_[t0 - 1].is_word() && !phrase_at(t0 - 1) &&
                   !in(fold_[t0 - 1], {"the", "and", "of", "with", "to", "by", "from", "a", "an"}) && o - t0 < 2)
                --t0;
            std::vector<std::pair<std::size_t, std::size_t>> found;  // (person mention, country entity)
            for (std::size_t r = o + 2; r + 2 < b;) {
                if (tok_[r].is("the")) ++r;
                const auto ph = phrase_at(r);
                if (!ph || phrases_[*ph].first != r || phrases_[*ph].type != EntityType::Country ||
                    phrases_[*ph].entity == kNone || phrases_[*ph].last + 1 >= b)
                    break;
                // (as find_people reads them: a comma, a spaced dash or nothing between the country
                // and the name; a comma or a semicolon after it)
                std::size_t n = phrases_[*ph].last;
                if (tok_[n].is(",") || is_spaced_dash(tok_[n])) ++n;
                const auto p = person_at(n);
                if (!p || persons_[*p].name_first != n || person_entity_[*p] == kNone) break;
                found.emplace_back(*p, phrases_[*ph].entity);
                r = persons_[*p].name_last;
                if (r + 1 < b && (tok_[r].is(",") || tok_[r].is(";")) && fold_[r + 1] == "and") r += 2;
                else if (r < b && (tok_[r].is(",") || tok_[r].is(";") || fold_[r] == "and")) ++r;
                else break;
            }
            if (found.size() >= 2) {
                const std::string title = singular_office(t0, o + 1);
                for (const auto& [p, country] : found)
                    if (!has_role(person_entity_[p]))
                        add_relation(RelationType::Role, person_entity_[p], country, s, "office-country-name", 0.75,
                                     {{"title", title}});
                continue;
            }
        }
        if (tok_[o].cap) continue;
        const auto first = person_at(o + 1);
        if (!first || persons_[*first].name_first != o + 1) continue;
        const std::size_t s = sent_of_[o], a = sent_[s].first, b = sent_[s].last;
        std::size_t t0 = o;  // ("Southeast Asian ambassadors": no; "foreign ministers": the office's words)
        // ("his national security advisor counterparts A of Japan, B of the ROK": the office is the
        // words before "counterparts", up to three; with none, no title to give)
        const bool counterparts = fold_[o] == "counterparts";
        while (t0 > a && tok_[t0 - 1].is_word() && !tok_[t0 - 1].cap && !phrase_at(t0 - 1) &&
               !in(fold_[t0 - 1], {"the", "and", "of", "with", "to", "by", "from", "a", "an", "his", "her", "their"}) &&
               o - t0 < (counterparts ? 3u : 2u))
            --t0;
        if (counterparts && t0 == o) continue;
        const std::string title = counterparts ? surface(t0, o) : singular_office(t0, o + 1);
        std::vector<std::pair<std::size_t, std::size_t>> found;  // (person mention, country entity)
        for (std::size_t q = o + 1; q < b;) {
            const auto p = person_at(q);
            if (!p || persons_[*p].name_first != q || person_entity_[*p] == kNone) break;
            std::size_t r = persons_[*p].name_last;
            if (!(r + 1 < b && fold_[r] == "of")) break;
            ++r;
            if (tok_[r].is("the") && r + 1 < b) ++r;
            const auto ph = phrase_at(r);
            if (!ph || phrases_[*ph].first != r || phrases_[*ph].type != EntityType::Country || phrases_[*ph].entity == kNone)
                break;
            found.emplace_back(*p, phrases_[*ph].entity);
            r = phrases_[*ph].last;
            if (r + 1 < b && tok_[r].is(",") && fold_[r + 1] == "and") r += 2;
            else if (r < b && (tok_[r].is(",") || fold_[r] == "and")) ++r;
            else break;
            q = r;
        }
        // (two or more: one "ambassador X of Y" alone is read by the office rules)
        if (found.size() < 2) continue;
        for (const auto& [p, country] : found)
            if (!has_role(person_entity_[p]))
                add_relation(RelationType::Role, person_entity_[p], country, s, "office-name-of-country", 0.75,
                             {{"title", title}});
    }
}

// "held talks with her Kazakh counterpart, Mr A, Deputy Minister of Foreign Affairs": the office
// written after the name of a counterpart of a named country's adjective is held in that country
// (rule counterpart-adjective-office; the country is named elsewhere, or the adjective makes no entity)
void DocumentReader::find_counterpart_adjective_roles() {
    for (std::size_t pi = 0; pi < persons_.size(); ++pi) {
        const PersonMention& pm = persons_[pi];
        const std::size_t person = person_entity_[pi];
        if (person == kNone || pm.reference || has_role(person)) continue;
        const std::size_t s = sent_of_[pm.name_first], a = sent_[s].first, b = sent_[s].last;
        // back over the honorific and the comma to "counterpart" and the adjective before it
        std::size_t c = pm.name_first;
        c = before_honorific(c, a);
        if (c < a + 3 || !tok_[c - 1].is(",") || !in(fold_[c - 2], {"counterpart", "colleague"})) continue;
        const auto adj = phrase_at(c - 3);
        if (!adj || phrases_[*adj].type != EntityType::Country || phrases_[*adj].entity == kNone) continue;
        // the office after the name's comma, up to its own comma or the clause's end
        const std::size_t t = pm.name_last + 1;
        if (!(pm.name_last < b && tok_[pm.name_last].is(","))) continue;
        std::size_t tl = title_match(t, b);
        // ("Deputy Minister of Foreign Affairs": the portfolio after "of" or "for" is the office's)
        if (tl && t + tl + 1 < b && in(fold_[t + tl], {"of", "for"})) {
            std::size_t e = t + tl + 1, last = kNone;
            while (e < b && e < t + tl + 6 && tok_[e].is_word() && (tok_[e].cap || in(fold_[e], {"and", "of"}))) {
                if (tok_[e].cap && (flags_[e] & kOfficePortfolio)) last = e;
                ++e;
            }
            if (last != kNone && last + 1 == e) tl = e - t;
        }
        if (!tl || (t + tl < b && !(tok_[t + tl].is(",") || tok_[t + tl].is(".") || tok_[t + tl].is(";") ||
                                    (tok_[t + tl].is_word() && !tok_[t + tl].cap))))
            continue;
        add_relation(RelationType::Role, person, phrases_[*adj].entity, s, "counterpart-adjective-office", 0.75,
                     {{"title", surface(t, t + tl)}});
    }
}

// "the foreign ministers of Malta and Libya, A and B, respectively", "Polish, Gabonese and
// Cameroonian foreign ministers, A, B, and C, respectively": a plural office of several countries,
// then as many names in the same order; "respectively" gives each name its country
// (rule respective-office).
void DocumentReader::find_respective_roles() {
    // Every list below ends with a person's name at the comma or sentence end k, or before the comma
    // of "respectively" at k: the tokens k at or after a name's end are visited alone, in order
    // (testing every token for a comma, a stop or "respectively" cost about 18 instructions a token).
    std::vector<std::size_t> ends;
    ends.reserve(2 * persons_.size());
    for (const PersonMention& p : persons_) {
        ends.push_back(p.name_last);
        ends.push_back(p.name_last + 1);
    }
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    for (const std::size_t k : ends) {
        // the sentence of k's list: the one holding the token before k (k may be its end)
        if (k == 0 || k > tok_.size()) continue;
        const std::size_t s = sent_of_[k - 1];
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        if (k < a + 4) continue;
        // "..., A and B, respectively", or the list closed by a comma or the sentence's end
        // after "ministers of X and Y," (checked below: the countries after "of")
        const bool respectively = k < b && fold_[k] == "respectively" && tok_[k - 1].is(",");
        if (!respectively && !(k == b || tok_[k].is(",") || tok_[k].is("."))) continue;
        if (!respectively && !person_at(k - 1)) continue;
        // the names, back from the comma before "respectively", joined by commas and "and"
        std::vector<std::size_t> names;  // person mentions, last first
        std::size_t q = respectively ? k - 1 : k;  // the token after the name read next
        while (q > a) {
            const auto p = person_at(q - 1);
            if (!p || persons_[*p].name_last != q || person_entity_[*p] == kNone) break;
            names.push_back(*p);
            q = persons_[*p].name_first;
            if (q > a + 1 && fold_[q - 1] == "and" && tok_[q - 2].is(",")) q -= 2;
            else if (q > a && (fold_[q - 1] == "and" || tok_[q - 1].is(","))) --q;
            else break;
        }
        if (names.size() < 2 || q <= a || !tok_[q].is(",")) continue;
        // the office and its countries before the comma: no person between, one plural office
        std::vector<std::size_t> countries;
        std::size_t office = kNone;
        for (std::size_t r = q; r-- > a && q - r <= 16;) {
            if (person_at(r) || tok_[r].is(";") || (tok_[r].is_word() && (flags_[r] & kMeetingVerb))) break;
            if (plural_office(fold_[r]) && office == kNone) office = r;
            if (const auto ph = phrase_at(r);
                ph && phrases_[*ph].type == EntityType::Country && phrases_[*ph].entity != kNone) {
                if (countries.empty() || countries.back() != phrases_[*ph].entity) countries.push_back(phrases_[*ph].entity);
                r = phrases_[*ph].first;
            }
        }
        if (office == kNone || countries.size() != names.size()) continue;
        // (without "respectively": "the foreign ministers of Germany and Austria, A and B", the
        // countries right after the office's "of", the last right before the names' comma)
        if (!respectively) {
            const auto last = phrase_at(q - 1);
            if (!(office + 2 < q && fold_[office + 1] == "of" && last && phrases_[*last].entity == countries.front()))
                continue;
        }
        std::reverse(countries.begin(), countries.end());
        std::reverse(names.begin(), names.end());
        // the title: the office's words, singular ("foreign ministers" -> "foreign minister")
        std::size_t t0 = office;
        while (t0 > a && tok_[t0 - 1].is_word() && !phrase_at(t0 - 1) && !in(fold_[t0 - 1], {"the", "and", "of", "with"}) &&
               office - t0 < 3)
            --t0;
        const std::string title = singular_office(t0, office + 1);
        for (std::size_t x = 0; x < names.size(); ++x)
            if (!has_role(person_entity_[names[x]]))
                add_relation(RelationType::Role, person_entity_[names[x]], countries[x], s, "respective-office", 0.75,
                             {{"title", title}});
    }
}

}  // namespace kg::extract::detail
