#pragma once
// Deterministic synthetic extractions for the store tests and ingest_child:
// document `i` in `variant` v always has the same content, so a test can tell
// exactly what a (possibly killed) writer stored.

#include <cstdio>
#include <string>

#include "model/types.h"

namespace kg::store::testing {

inline std::string synthetic_id(std::size_t i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "doc-%05zu", i);
    return buf;
}

inline std::size_t synthetic_entity_count(std::size_t i) { return 3 + i % 5; }
inline std::size_t synthetic_relation_count(std::size_t i) { return 2 + i % 4; }

// Everything a DocumentExtraction can hold: aliases, mentions, optional
// indices, attributes, evidence (including one naming another document),
// meetings and diagnostics.
inline DocumentExtraction synthetic(std::size_t i, int variant = 0) {
    DocumentExtraction x;
    const std::string v = std::to_string(variant);
    x.document.id = synthetic_id(i);
    x.document.source = "/corpus/" + x.document.id + ".txt";
    x.document.title = "Japan-Country " + std::to_string(i) + " Foreign Ministers' Meeting (v" + v + ")";
    x.document.date = i % 7 == 0 ? "" : "2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
    for (int k = 0; k < 12; ++k)
        x.document.text += "On this day Minister " + std::to_string(i) + " met counterpart " + std::to_string(k) +
                           " (variant " + v + "). ";
    const std::size_t n = synthetic_entity_count(i);
    for (std::size_t e = 0; e < n; ++e) {
        Entity ent;
        ent.type = kAllEntityTypes[(i + e) % 6];
        ent.name = "Entity " + std::to_string(i) + "." + std::to_string(e) + "/" + v;
        if (ent.type == EntityType::Person && e % 2 == 0) ent.full_name = "Full " + ent.name;
        for (std::size_t a = 0; a < e % 3; ++a) ent.aliases.push_back("Alias " + std::to_string(a) + " of " + ent.name);
        for (std::size_t m = 0; m < 1 + e % 3; ++m)
            ent.mentions.push_back(Mention{Span{10 * m + e, 10 * m + e + 5}, "Surface " + std::to_string(m)});
        x.entities.push_back(std::move(ent));
    }
    const std::size_t r = synthetic_relation_count(i);
    for (std::size_t k = 0; k < r; ++k) {
        Relation rel;
        rel.type = kAllRelationTypes[(i + k) % 10];
        rel.a = k % n;
        rel.b = (k + 1) % n;
        rel.date = k % 2 ? "" : "2024-05-0" + std::to_string(1 + k % 9);
        if (k % 3 == 1) rel.place = (k + 2) % n;
        if (k % 2 == 0) rel.attributes["mode"] = "telephone";
        if (k % 3 == 0) rel.attributes["title"] = "Minister for Foreign Affairs " + v;
        for (std::size_t ev = 0; ev < 1 + k % 2; ++ev)
            rel.evidence.push_back(Evidence{ev == 1 ? "other-doc" : x.document.id, Span{ev * 40, ev * 40 + 39},
                                            "rule_" + std::to_string(k), 0.5 + 0.125 * static_cast<double>(ev)});
        x.relations.push_back(std::move(rel));
    }
    if (i % 2 == 0) {
        Meeting m;
        m.participants = {0, n - 1};
        m.date = "2024-05-01";
        m.place = 1;
        m.mode = MeetingMode::Telephone;
        m.status = i % 4 == 0 ? MeetingStatus::Planned : MeetingStatus::Happened;
        m.host = 0;
        m.cameo = "040";
        m.plover_mode = "phone";
        m.evidence.push_back(Evidence{x.document.id, Span{0, 60}, "meeting_rule", 0.9});
        x.meetings.push_back(std::move(m));
    }
    if (i % 5 == 0) x.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Warning, x.document.id, "odd date " + v});
    return x;
}

}  // namespace kg::store::testing
