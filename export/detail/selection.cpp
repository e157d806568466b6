#include "export/detail/selection.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "model/error.h"

namespace kg::output::detail {
namespace {

template <class T>
bool wanted(const std::vector<T>& filter, T value) {
    return filter.empty() || std::find(filter.begin(), filter.end(), value) != filter.end();
}

// Dates may be partial ("2023", "2023-04"): a bound matches on its own length.
bool within(const std::string& date, const std::string& from, const std::string& to) {
    if (date.empty()) return true;  // undated relations (ROLE, MEMBER_OF...) are timeless
    if (!from.empty() && date.substr(0, from.size()) < from) return false;
    if (!to.empty() && date.substr(0, to.size()) > to) return false;
    return true;
}

SelectedEdge edge_of(const RelationRecord& r) {
    SelectedEdge e;
    e.id = r.id;
    e.type = r.type;
    e.directed = !is_symmetric(r.type);
    e.source = r.a;
    e.target = r.b;
    if (!e.directed && e.target < e.source) std::swap(e.source, e.target);
    e.place = r.place;
    e.attributes = r.attributes;
    e.evidence = r.evidence;
    if (!r.date.empty()) e.dates.push_back(r.date);
    return e;
}

void finish(SelectedEdge& e) {
    std::sort(e.dates.begin(), e.dates.end());
    e.dates.erase(std::unique(e.dates.begin(), e.dates.end()), e.dates.end());
    e.date = e.dates.empty() ? std::string() : e.dates.front();
    std::set<std::string> docs;
    for (const Evidence& ev : e.evidence) docs.insert(ev.doc_id);
    e.documents.assign(docs.begin(), docs.end());
    e.weight = static_cast<double>(e.merged);
}

}  // namespace

std::string node_id(EntityId id) { return "n" + std::to_string(id.value); }
std::string edge_id(RelationId id) { return "e" + std::to_string(id.value); }

std::string entity_name(const graph::KnowledgeGraph& g, std::optional<EntityId> id) {
    if (!id || id->value >= g.entities().size()) return {};
    return g.entities()[id->value].name;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

Selection select(const graph::KnowledgeGraph& g, const ExportOptions& opt) {
    const auto& entities = g.entities();
    std::vector<bool> keep(entities.size(), false);
    if (opt.ego) {
        if (opt.ego->value >= entities.size())
            throw ExportError("export: ego entity id " + std::to_string(opt.ego->value) +
                              " does not exist (the graph has " + std::to_string(entities.size()) +
                              " entities)");
        for (EntityId id : g.neighbourhood(*opt.ego, opt.ego_depth, opt.relations))
            if (id.value < keep.size()) keep[id.value] = true;
    } else {
        std::fill(keep.begin(), keep.end(), true);
    }
    for (const EntityRecord& e : entities)
        if (!wanted(opt.types, e.type)) keep[e.id.value] = false;

    std::vector<SelectedEdge> edges;
    std::map<std::tuple<RelationType, EntityId, EntityId>, std::size_t> collapsed;
    for (const RelationRecord& r : g.relations()) {
        if (r.a.value >= keep.size() || r.b.value >= keep.size()) continue;
        if (!keep[r.a.value] || !keep[r.b.value]) continue;
        if (!wanted(opt.relations, r.type) || !within(r.date, opt.from, opt.to)) continue;
        SelectedEdge e = edge_of(r);
        if (opt.collapse) {
            const auto key = std::make_tuple(e.type, e.source, e.target);
            if (auto it = collapsed.find(key); it != collapsed.end()) {
                SelectedEdge& into = edges[it->second];
                into.id = std::min(into.id, e.id);
                into.merged += 1;
                into.dates.insert(into.dates.end(), e.dates.begin(), e.dates.end());
                into.evidence.insert(into.evidence.end(), e.evidence.begin(), e.evidence.end());
                if (!into.place) into.place = e.place;
                for (const auto& [k, v] : e.attributes) into.attributes.emplace(k, v);
                continue;
            }
            collapsed.emplace(key, edges.size());
        }
        edges.push_back(std::move(e));
    }
    for (SelectedEdge& e : edges) finish(e);
    std::sort(edges.begin(), edges.end(),
              [](const SelectedEdge& x, const SelectedEdge& y) { return x.id < y.id; });

    // A relation or date filter is a question about relations: entities it leaves
    // without any edge are noise, except the ego itself.
    if (!opt.relations.empty() || !opt.from.empty() || !opt.to.empty()) {
        std::vector<bool> touched(entities.size(), false);
        for (const SelectedEdge& e : edges) touched[e.source.value] = touched[e.target.value] = true;
        if (opt.ego) touched[opt.ego->value] = true;
        for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = keep[i] && touched[i];
    }

    Selection s;
    for (const EntityRecord& e : entities)
        if (keep[e.id.value]) s.nodes.push_back(&e);
    std::sort(s.nodes.begin(), s.nodes.end(),
              [](const EntityRecord* x, const EntityRecord* y) { return x->id < y->id; });
    s.edges = std::move(edges);
    return s;
}

}  // namespace kg::output::detail
