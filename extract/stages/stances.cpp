// SUPPORTS, CONDEMNS, WELCOMES, VISITED, ACCESSION, MEMBER_OF.
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

// What the genre states often, for the graph: SUPPORTS / CONDEMNS / WELCOMES (actor ->
// country, person, organisation, programme or event), VISITED (person -> country or
// place), ACCESSION and MEMBER_OF (country -> organisation). The actor is the nearest
// country, person or organisation before the verb in its clause; the object the first
// named entity within a few words after it.
void DocumentReader::find_stances() {
    auto entity_at = [&](std::size_t q) -> std::pair<std::size_t, EntityType> {
        if (auto p = phrase_at(q); p && phrases_[*p].entity != kNone && !phrases_[*p].inside)
            return {phrases_[*p].entity, phrases_[*p].type};
        if (auto p = person_at(q); p && person_entity_[*p] != kNone) return {person_entity_[*p], EntityType::Person};
        return {kNone, EntityType::Person};
    };
    auto actor_before = [&](std::size_t a, std::size_t k, bool person_only) -> std::size_t {
        // the clause begins after the last "that", "which", "who" or ";" before the verb
        std::size_t from = a;
        for (std::size_t q = a; q < k; ++q)
            if (in(tok_[q].text, {"that", "which", "who", "whereas", ";"})) from = q + 1;
        for (std::size_t q = from; q < k; ++q) {
            auto [e, t] = entity_at(q);
            if (e == kNone) continue;
            // "sanctions against Russia", "cooperation with NATO": not the actor
            if (q > a && in(fold_[q - 1], {"against", "with", "to", "from", "of", "for", "in", "on", "by", "between",
                                           "among", "at", "toward", "towards"}))
                continue;
            if (t == EntityType::Person || (!person_only && (t == EntityType::Country || t == EntityType::Organization)))
                return e;
        }
        return kNone;
    };
    auto object_after = [&](std::size_t k, std::size_t b, std::size_t window) -> std::pair<std::size_t, EntityType> {
        for (std::size_t q = k + 1; q < b && q <= k + window; ++q) {
            if (tok_[q].is(".") || tok_[q].is(";")) break;
            auto r = entity_at(q);
            if (r.first != kNone && !in(fold_[q - 1], {"in", "at", "from", "by", "during"})) return r;
        }
        return {kNone, EntityType::Person};
    };
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = next_with(kStanceWord, a, b); k < b; k = next_with(kStanceWord, k + 1, b)) {
            if (phrase_at(k) || person_at(k)) continue;
            const std::string_view w = fold_[k];
            if (w.starts_with("support") || w.starts_with("condemn") || w.starts_with("welcom")) {
                // nouns need "support for" / "condemnation of"; verbs take their object directly
                const RelationType type = w.starts_with("support")   ? RelationType::Supports
                                          : w.starts_with("condemn") ? RelationType::Condemns
                                                                     : RelationType::Welcomes;
                if (w == "support" && !(k + 1 < b && in(tok_[k + 1].text, {"for", "to"})) && k > a &&
                    !in(fold_[k - 1], {"to", "will", "would", "continue", "strongly", "firmly", "also", "fully", "we", "i"}))
                    continue;
                if (w == "welcome" && k > a && !in(fold_[k - 1], {"to", "will", "would", "i", "we", "also", "warmly"})) continue;
                // ("X is welcomed by Y", "was strongly condemned by Z": in the passive the one
                // before the verb is the object, not the actor; no stance is read there)
                if (k > a && w.ends_with("ed") && (in(fold_[k - 1], {"is", "are", "was", "were", "been", "being", "be"}) ||
                              (k > a + 1 && in(fold_[k - 2], {"is", "are", "was", "were", "been", "being", "be"}) &&
                               !tok_[k - 1].cap && fold_[k - 1].ends_with("ly"))))
                    continue;
                const std::size_t actor = actor_before(a, k, false);
                auto [obj, obj_type] = object_after(k, b, 10);
                if (actor == kNone || obj == kNone || actor == obj || obj_type == EntityType::Location) continue;
                add_relation(type, actor, obj, s, to_lower(to_string(type)), 0.7);
                continue;
            }
            if (w == "visiting" || w == "visited" || w == "visits" || (w == "visit" && k + 1 < b && tok_[k + 1].is("to"))) {
                // "Minister Klimkin's visit to Japan": the possessor visits
                std::size_t visitor = kNone;
                if (k >= 2 && is_possessive(tok_[k - 1])) {
                    auto [e, t] = entity_at(k - 2);
                    if (e == kNone || t != EntityType::Person) continue;
                    visitor = e;
                } else {
                    visitor = actor_before(a, k, true);
                }
                std::size_t from = k;
                if (w == "visit") ++from;
                auto [place, place_type] = object_after(from, b, 3);
                if (visitor == kNone || place == kNone) continue;
                if (place_type != EntityType::Country && place_type != EntityType::Location) continue;
                add_relation(RelationType::Visited, visitor, place, s, "visited", 0.8);
                continue;
            }
            if (w == "accession") {
                // "Sweden's accession to NATO", "the accession of Finland to NATO"
                std::size_t country = kNone, org = kNone;
                if (k >= 2 && is_possessive(tok_[k - 1])) {
                    auto [e, t] = entity_at(k - 2);
                    if (t == EntityType::Country) country = e;
                }
                for (std::size_t q = k + 1; q < b && q <= k + 6; ++q) {
                    auto [e, t] = entity_at(q);
                    if (e == kNone) continue;
                    if (t == EntityType::Country && country == kNone) country = e;
                    else if (t == EntityType::Organization && org == kNone) org = e;
                }
                if (country != kNone && org != kNone) add_relation(RelationType::Accession, country, org, s, "accession", 0.85);
                continue;
            }
            if ((w == "member" || w == "members") && k + 1 < b) {
                // "Sweden as its new member state", "a member of NATO", "NATO member countries"
                if (k + 2 < b && tok_[k + 1].is("of")) {
                    // "Sweden, a member of NATO", "Japan is a member of the G7": the country stands just before
                    std::size_t country = kNone;
                    for (std::size_t q = k; q > a && q + 5 > k; --q) {
                        auto [e, t] = entity_at(q - 1);
                        if (e != kNone) {
                            if (t == EntityType::Country) country = e;
                            break;
                        }
                    }
                    auto [org, t] = object_after(k + 1, b, 2);
                    if (country != kNone && org != kNone && t == EntityType::Organization)
                        add_relation(RelationType::MemberOf, country, org, s, "member-of", 0.75);
                }
            }
        }
    }
}

}  // namespace kg::extract::detail
