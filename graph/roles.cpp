#include "graph/roles.h"

#include <algorithm>
#include <optional>

namespace kg::graph {
namespace {

void insert_sorted(std::vector<std::string>& v, const std::string& s) {
    auto it = std::lower_bound(v.begin(), v.end(), s);
    if (it == v.end() || *it != s) v.insert(it, s);
}

RoleStatement statement_of(const KnowledgeGraph& g, const RelationRecord& r) {
    return role_statement(r, [&](const std::string& doc) { return g.document_date(doc); });
}

}  // namespace

RoleStatement role_statement(const RelationRecord& r,
                             const std::function<std::string(const std::string&)>& document_date) {
    RoleStatement s;
    s.relation = r.id;
    s.person = r.a;
    s.organisation = r.b;
    if (auto t = r.attributes.find("title"); t != r.attributes.end()) s.title = t->second;
    if (!r.date.empty()) insert_sorted(s.dates, r.date);
    for (const Evidence& ev : r.evidence) {
        if (ev.doc_id.empty()) continue;
        insert_sorted(s.documents, ev.doc_id);
        if (std::string d = document_date(ev.doc_id); !d.empty()) insert_sorted(s.dates, d);
    }
    return s;
}

void sort_role_statements(std::vector<RoleStatement>& statements) {
    std::stable_sort(statements.begin(), statements.end(), [](const RoleStatement& x, const RoleStatement& y) {
        if (x.dates.empty() != y.dates.empty()) return y.dates.empty();
        if (!x.dates.empty() && x.dates.front() != y.dates.front()) return x.dates.front() < y.dates.front();
        return x.title < y.title;
    });
}

std::string title_key(std::string_view title) {
    std::string key = name_key(title);
    std::string out;
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string::npos) end = key.size();
        std::string_view word(key.data() + start, end - start);
        if (!word.empty() && word != "of" && word != "for" && word != "the") {
            if (!out.empty()) out += ' ';
            out += word;
        }
        start = end + 1;
    }
    if (out == "foreign minister") out = "minister foreign affairs";
    return out;
}

RoleStatement role_statement(const KnowledgeGraph& g, RelationId id) { return statement_of(g, g.relation(id)); }

std::vector<RoleStatement> roles_of(const KnowledgeGraph& g, EntityId person) {
    std::vector<RoleStatement> out;
    for (RelationId id : g.relations_of(person, RelationType::Role)) {
        const RelationRecord& r = g.relation(id);
        if (r.a == person) out.push_back(statement_of(g, r));
    }
    sort_role_statements(out);
    return out;
}

std::vector<EntityId> office_holders(const KnowledgeGraph& g, std::string_view title, EntityId organisation,
                                     std::string_view date, const std::vector<EntityId>& among) {
    const std::string wanted = title_key(title);
    // (date, person) for every dated statement of the office.
    std::vector<std::pair<std::string, EntityId>> stated;
    for (RelationId id : g.relations_of(organisation, RelationType::Role)) {
        const RelationRecord& r = g.relation(id);
        if (r.b != organisation) continue;
        if (!among.empty() && std::find(among.begin(), among.end(), r.a) == among.end()) continue;
        auto t = r.attributes.find("title");
        if (t == r.attributes.end() || title_key(t->second) != wanted) continue;
        // An attached graph's relation() lists only the new evidence; its dates need it all.
        const RoleStatement s = g.attached() ? statement_of(g, g.whole_relation(id)) : statement_of(g, r);
        for (const std::string& d : s.dates) stated.emplace_back(d, r.a);
    }
    std::optional<std::string> best;  // the statement date that decides
    for (const auto& [d, person] : stated)
        if (d <= date && (!best || d > *best)) best = d;
    if (!best)
        for (const auto& [d, person] : stated)
            if (!best || d < *best) best = d;
    std::vector<EntityId> out;
    if (!best) return out;
    for (const auto& [d, person] : stated)
        if (d == *best && std::find(out.begin(), out.end(), person) == out.end()) out.push_back(person);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace kg::graph
