#include "graph/corrections.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "graph/detail/names.h"
#include "graph/roles.h"

namespace kg::graph {
namespace {

// The documents as currently corrected, the pins of their entities, and the graph
// merged from them with each entity's place in it.
struct Build {
    std::vector<const DocumentExtraction*> docs;
    std::deque<DocumentExtraction> rewritten;  // owns the documents step 1 changed
    std::vector<std::vector<std::string>> pins;
    KnowledgeGraph graph;
    std::vector<std::vector<std::optional<EntityId>>> where;

    void merge() {
        graph = KnowledgeGraph();
        where.clear();
        where.reserve(docs.size());
        for (std::size_t d = 0; d < docs.size(); ++d) where.push_back(graph.add_pinned(*docs[d], pins[d]));
    }
    void pin(std::size_t d, std::size_t i, const std::string& name) {
        if (pins[d].size() < docs[d]->entities.size()) pins[d].resize(docs[d]->entities.size());
        pins[d][i] = name;
    }
};

std::size_t token_count(const std::string& name) { return detail::person_tokens(name).size(); }

// The name an entity of one document goes by when it stands alone.
std::string own_name(const Entity& e) {
    if (e.type == EntityType::Person) return token_count(e.full_name) >= 2 || e.name.empty() ? e.full_name : e.name;
    return e.name.empty() ? e.full_name : e.name;
}

// Step 1: surname-only people resolved by the office their document gives them.
bool resolve_surnames_by_role(Build& b) {
    bool changed = false;
    for (std::size_t d = 0; d < b.docs.size(); ++d) {
        const DocumentExtraction& x = *b.docs[d];
        DocumentExtraction* copy = nullptr;  // made on the first change
        for (std::size_t i = 0; i < x.entities.size(); ++i) {
            const Entity& e = x.entities[i];
            if (e.type != EntityType::Person || token_count(e.name) != 1 || token_count(e.full_name) >= 2) continue;
            const std::string surname = detail::person_tokens(e.name).front();
            std::vector<EntityId> people;  // known full names with this family name
            for (EntityId id : b.graph.find(e.name, EntityType::Person)) {
                std::vector<std::string> tokens = detail::person_tokens(b.graph.entity(id).name);
                if (tokens.size() >= 2 && std::find(tokens.begin(), tokens.end(), surname) != tokens.end())
                    people.push_back(id);
            }
            if (people.size() < 2) continue;  // the graph's own rules handle zero or one
            for (const Relation& r : x.relations) {
                if (r.type != RelationType::Role || r.a != i || r.b >= b.where[d].size() || !b.where[d][r.b]) continue;
                auto title = r.attributes.find("title");
                const std::string& date = r.date.empty() ? x.document.date : r.date;
                if (title == r.attributes.end() || date.empty()) continue;
                std::vector<EntityId> holders = office_holders(b.graph, title->second, *b.where[d][r.b], date, people);
                if (holders.size() != 1) continue;
                if (!copy) copy = &b.rewritten.emplace_back(x);
                copy->entities[i].full_name = b.graph.entity(holders.front()).name;
                changed = true;
                break;
            }
        }
        if (copy) b.docs[d] = copy;
    }
    return changed;
}

CorrectionResult apply(Build& b, const IdentityCorrection& c) {
    const KnowledgeGraph& g = b.graph;
    std::optional<EntityId> a = resolve_ref(g, c.a);
    if (!a) return {false, "no single entity named " + c.a};
    if (c.kind == IdentityCorrection::Kind::Merge) {
        std::optional<EntityId> other = resolve_ref(g, c.b);
        if (!other) return {false, "no single entity named " + c.b};
        if (*other == *a) return {true, "already one entity"};
        if (g.entity(*other).type != g.entity(*a).type) return {false, "entities of different types"};
        const std::string name = g.entity(*a).name;
        for (std::size_t d = 0; d < b.docs.size(); ++d)
            for (std::size_t i = 0; i < b.where[d].size(); ++i)
                if (b.where[d][i] == a || b.where[d][i] == other) b.pin(d, i, name);
        return {true, ""};
    }
    if (c.kind == IdentityCorrection::Kind::Rename) {
        if (c.b.empty() || name_key(c.b).empty()) return {false, "the new name is empty"};
        if (g.entity(*a).name == c.b) return {true, "already named so"};
        for (EntityId other : g.find(c.b, g.entity(*a).type))
            if (other != *a && name_key(g.entity(other).name) == name_key(c.b))
                return {false, "another entity is named " + c.b + " (kg merge makes two entities one)"};
        for (std::size_t d = 0; d < b.docs.size(); ++d)
            for (std::size_t i = 0; i < b.where[d].size(); ++i)
                if (b.where[d][i] == a) b.pin(d, i, c.b);
        return {true, ""};
    }
    // Split: one entity per distinct name (by name_key), spelled as first seen.
    std::unordered_map<std::string, std::string> spelling;
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    for (std::size_t d = 0; d < b.docs.size(); ++d)
        for (std::size_t i = 0; i < b.where[d].size(); ++i)
            if (b.where[d][i] == a) {
                parts.emplace_back(d, i);
                const std::string name = own_name(b.docs[d]->entities[i]);
                spelling.try_emplace(name_key(name), name);
            }
    if (spelling.size() < 2) return {false, "its documents use only one name for it; nothing to split"};
    for (const auto& [d, i] : parts) b.pin(d, i, spelling.at(name_key(own_name(b.docs[d]->entities[i]))));
    return {true, ""};
}

}  // namespace

std::string entity_ref(const EntityRecord& e) { return std::string(to_string(e.type)) + ":" + e.name; }

std::pair<std::optional<EntityType>, std::string> parse_entity_ref(std::string_view ref) {
    if (std::size_t colon = ref.find(':'); colon != std::string_view::npos)
        if (std::optional<EntityType> t = parse_entity_type(ref.substr(0, colon)))
            return {t, std::string(ref.substr(colon + 1))};
    return {std::nullopt, std::string(ref)};
}

std::optional<EntityId> resolve_ref(const KnowledgeGraph& g, std::string_view ref) {
    auto [type, name] = parse_entity_ref(ref);
    std::vector<EntityId> found = g.find(name, type);
    if (found.size() == 1) return found.front();
    std::optional<EntityId> exact;
    const std::string key = name_key(name);
    for (EntityId id : found) {
        if (name_key(g.entity(id).name) != key) continue;
        if (exact) return std::nullopt;
        exact = id;
    }
    return exact;
}

KnowledgeGraph build_graph(const std::vector<DocumentExtraction>& extractions,
                           const std::vector<IdentityCorrection>& corrections,
                           std::vector<CorrectionResult>* results) {
    Build b;
    b.docs.reserve(extractions.size());
    for (const DocumentExtraction& x : extractions) b.docs.push_back(&x);
    b.pins.resize(extractions.size());
    b.merge();
    if (resolve_surnames_by_role(b)) b.merge();
    if (results) results->clear();
    for (const IdentityCorrection& c : corrections) {
        CorrectionResult r = apply(b, c);
        const bool changed = r.applied && r.note.empty();
        if (results) results->push_back(std::move(r));
        if (changed) b.merge();
    }
    return std::move(b.graph);
}

}  // namespace kg::graph
