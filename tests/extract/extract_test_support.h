#pragma once
// Helpers for the extraction tests: run the extractor on a short text in memory and
// look up what it found.
#include <algorithm>
#include <string>

#include "extract/extractor.h"

namespace kg_test {

inline const kg::extract::Gazetteer& gazetteer() {
    static const kg::extract::Gazetteer g =
        kg::extract::Gazetteer::load(KG_SOURCE_DIR "/data", "/usr/share/iso-codes/json");
    return g;
}


inline kg::DocumentExtraction run(const std::string& text, const std::string& date = "2024-04-05") {
    kg::Document d;
    d.id = "t.txt";
    d.text = text;
    d.date = date;
    return kg::extract::Extractor(gazetteer()).extract(d);
}

inline const kg::Entity* entity(const kg::DocumentExtraction& x, kg::EntityType t, const std::string& name) {
    for (const auto& e : x.entities)
        if (e.type == t && e.name == name) return &e;
    return nullptr;
}

inline bool has_alias(const kg::Entity* e, const std::string& a) {
    return e && std::find(e->aliases.begin(), e->aliases.end(), a) != e->aliases.end();
}

inline const kg::Relation* relation(const kg::DocumentExtraction& x, kg::RelationType t, const std::string& a,
                             const std::string& b) {
    for (const auto& r : x.relations) {
        if (r.type != t) continue;
        const std::string& na = x.entities[r.a].name;
        const std::string& nb = x.entities[r.b].name;
        if ((na == a && nb == b) || (t == kg::RelationType::Met && na == b && nb == a)) return &r;
    }
    return nullptr;
}

// The day of the MET relation between a and b: "" when it has none, "no meeting" when there is none.
inline std::string met_date(const kg::DocumentExtraction& x, const std::string& a, const std::string& b) {
    const kg::Relation* r = relation(x, kg::RelationType::Met, a, b);
    return r ? r->date : "no meeting";
}

// The title of the ROLE of a in b: "no role" when there is none.
inline std::string role_title(const kg::DocumentExtraction& x, const std::string& a, const std::string& b) {
    const kg::Relation* r = relation(x, kg::RelationType::Role, a, b);
    return r ? r->attributes.at("title") : "no role";
}

// The pairs of `people` whose MET relation is missing or not of `date`, as "a / b" ("" when every pair met that day).
inline std::string pairs_not_met(const kg::DocumentExtraction& x, std::initializer_list<const char*> people,
                                 const std::string& date) {
    std::string out;
    for (auto i = people.begin(); i != people.end(); ++i)
        for (auto j = i + 1; j != people.end(); ++j)
            if (met_date(x, *i, *j) != date) out += std::string(out.empty() ? "" : "; ") + *i + " / " + *j;
    return out;
}

inline std::size_t count(const kg::DocumentExtraction& x, kg::RelationType t) {
    return static_cast<std::size_t>(
        std::count_if(x.relations.begin(), x.relations.end(), [&](const kg::Relation& r) { return r.type == t; }));
}

}  // namespace kg_test
