#include "graph/corrections.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <unordered_map>

#include "graph/detail/names.h"
#include "graph/merge_version.h"
#include "graph/roles.h"
#include "model/byte_codec.h"

namespace kg::graph {
namespace {

// The documents, read pass by pass (never all held at once: a base of a million releases
// would not fit in memory), the names step 1 gave their surname mentions, the pins of their
// entities, and the graph merged from them with each entity's place in it.
struct Build {
    explicit Build(const ExtractionPasses& p) : passes(p) {}
    const ExtractionPasses& passes;
    std::size_t count = 0;  // documents
    // Step 1's full names, by document: (entity index, full name).
    std::unordered_map<std::size_t, std::vector<std::pair<std::size_t, std::string>>> full_names;
    std::vector<std::vector<std::string>> pins;
    KnowledgeGraph graph;
    std::vector<std::vector<std::optional<EntityId>>> where;

    // Every document as step 1 left it, with its index, in order.
    void visit(const std::function<void(std::size_t, const DocumentExtraction&)>& each) {
        std::size_t d = 0;
        passes([&](const DocumentExtraction& x) {
            auto named = full_names.find(d);
            if (named == full_names.end()) {
                each(d, x);
            } else {
                DocumentExtraction copy = x;
                for (const auto& [i, name] : named->second) copy.entities[i].full_name = name;
                each(d, copy);
            }
            ++d;
        });
        // One read of the store gives every pass (ExtractionPasses): the same documents each time.
        assert(d == count);
    }
    void merge() {
        graph = KnowledgeGraph();
        where.clear();
        where.reserve(count);
        visit([&](std::size_t d, const DocumentExtraction& x) { where.push_back(graph.add_pinned(x, pins[d])); });
    }
    void pin(std::size_t d, std::size_t i, const std::string& name) {
        if (pins[d].size() < where[d].size()) pins[d].resize(where[d].size());
        pins[d][i] = name;
    }
};

std::size_t token_count(const std::string& name) { return detail::person_tokens(name).size(); }

// The name an entity of one document goes by when it stands alone.
std::string own_name(const Entity& e) {
    if (e.type == EntityType::Person) return token_count(e.full_name) >= 2 || e.name.empty() ? e.full_name : e.name;
    return e.name.empty() ? e.full_name : e.name;
}

// Step 1's candidates in one document merged as `where`: each surname-only person with
// the offices (ROLE title, organisation, date) the document gives it, by entity index.
std::vector<std::pair<std::size_t, SurnameMention>> surname_mentions(const DocumentExtraction& x,
                                                                     const std::vector<std::optional<EntityId>>& where) {
    std::vector<std::pair<std::size_t, SurnameMention>> out;
    for (std::size_t i = 0; i < x.entities.size(); ++i) {
        const Entity& e = x.entities[i];
        if (e.type != EntityType::Person || token_count(e.name) != 1 || token_count(e.full_name) >= 2) continue;
        SurnameMention m{e.name, {}, {}};
        for (const Relation& r : x.relations) {
            if (r.type != RelationType::Role || r.a != i || r.b >= where.size() || !where[r.b]) continue;
            auto title = r.attributes.find("title");
            const std::string& date = r.date.empty() ? x.document.date : r.date;
            if (title == r.attributes.end() || date.empty()) continue;
            m.offices.push_back({title->second, *where[r.b], date});
        }
        if (!m.offices.empty()) out.emplace_back(i, std::move(m));
    }
    return out;
}

// The full name step 1 gives `m` in `g` (the plain merge of the documents), or "".
std::string step1_name(const KnowledgeGraph& g, const SurnameMention& m) {
    std::optional<EntityId> holder = office_holder(g, m);
    return holder ? g.entity(*holder).name : std::string();
}

// Step 1 on one document merged into `g` as `where`: its surname mentions given their full
// names, in a copy made in `rewritten` on the first change (else `x` itself). Every
// candidate, with the name it got, is added to `mentions` when given.
const DocumentExtraction* resolve_surnames_in(const DocumentExtraction& x, const std::vector<std::optional<EntityId>>& where,
                                              const KnowledgeGraph& g, std::deque<DocumentExtraction>& rewritten,
                                              std::vector<SurnameMention>* mentions) {
    DocumentExtraction* copy = nullptr;
    for (auto& [i, m] : surname_mentions(x, where)) {
        m.full_name = step1_name(g, m);
        if (!m.full_name.empty()) {
            if (!copy) copy = &rewritten.emplace_back(x);
            copy->entities[i].full_name = m.full_name;
        }
        if (mentions) mentions->push_back(std::move(m));
    }
    return copy ? copy : &x;
}

// A build in memory as apply_correction reads it: its graph, and which entity each mention of
// its documents became.
class BuildSite : public CorrectionSite {
public:
    explicit BuildSite(Build& b) : b_(b) {}
    std::vector<EntityId> find(std::string_view name, std::optional<EntityType> type) const override {
        return b_.graph.find(name, type);
    }
    const EntityRecord& entity(EntityId id) const override { return b_.graph.entity(id); }
    void each_mention(EntityId a, std::optional<EntityId> b, bool documents,
                      const std::function<void(std::size_t, std::size_t, const DocumentExtraction*)>& each) override {
        auto mentions = [&](std::size_t d, const DocumentExtraction* x) {
            for (std::size_t i = 0; i < b_.where[d].size(); ++i)
                if (b_.where[d][i] == a || (b && b_.where[d][i] == b)) each(d, i, x);
        };
        if (documents) b_.visit([&](std::size_t d, const DocumentExtraction& x) { mentions(d, &x); });
        else
            for (std::size_t d = 0; d < b_.count; ++d) mentions(d, nullptr);
    }
    void pin(std::size_t d, std::size_t i, const std::string& name) override { b_.pin(d, i, name); }

private:
    Build& b_;
};

std::optional<EntityId> resolve_in(const CorrectionSite& g, std::string_view ref) {
    return resolve_ref(
        ref, [&](std::string_view name, std::optional<EntityType> type) { return g.find(name, type); },
        [&](EntityId id) -> const std::string& { return g.entity(id).name; });
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
    return resolve_ref(
        ref, [&](std::string_view name, std::optional<EntityType> type) { return g.find(name, type); },
        [&](EntityId id) -> const std::string& { return g.entity(id).name; });
}

std::optional<EntityId> resolve_ref(std::string_view ref, const FindNames& find,
                                    const std::function<const std::string&(EntityId)>& canonical) {
    auto [type, name] = parse_entity_ref(ref);
    std::vector<EntityId> found = find(name, type);
    if (found.size() == 1) return found.front();
    std::optional<EntityId> exact;
    const std::string key = name_key(name);
    for (EntityId id : found) {
        if (name_key(canonical(id)) != key) continue;
        if (exact) return std::nullopt;
        exact = id;
    }
    return exact;
}

std::optional<EntityId> office_holder(const KnowledgeGraph& g, const SurnameMention& m) {
    const std::string surname = detail::person_tokens(m.name).front();
    std::vector<EntityId> people;  // known full names with this family name
    for (EntityId id : g.find(m.name, EntityType::Person)) {
        std::vector<std::string> tokens = detail::person_tokens(g.entity(id).name);
        if (tokens.size() >= 2 && std::find(tokens.begin(), tokens.end(), surname) != tokens.end())
            people.push_back(id);
    }
    if (people.size() < 2) return std::nullopt;  // the graph's own rules handle zero or one
    for (const SurnameMention::Office& o : m.offices) {
        std::vector<EntityId> holders = office_holders(g, o.title, o.organisation, o.date, people);
        if (holders.size() == 1) return holders.front();
    }
    return std::nullopt;
}

CorrectionResult apply_correction(CorrectionSite& g, const IdentityCorrection& c) {
    std::optional<EntityId> a = resolve_in(g, c.a);
    if (!a) return {false, "no single entity named " + c.a};
    if (c.kind == IdentityCorrection::Kind::Merge) {
        std::optional<EntityId> other = resolve_in(g, c.b);
        if (!other) return {false, "no single entity named " + c.b};
        if (*other == *a) return {true, "already one entity"};
        if (g.entity(*other).type != g.entity(*a).type) return {false, "entities of different types"};
        const std::string name = g.entity(*a).name;
        g.each_mention(*a, *other, false, [&](std::size_t d, std::size_t i, const DocumentExtraction*) { g.pin(d, i, name); });
        return {true, ""};
    }
    if (c.kind == IdentityCorrection::Kind::Rename) {
        if (c.b.empty() || name_key(c.b).empty()) return {false, "the new name is empty"};
        if (g.entity(*a).name == c.b) return {true, "already named so"};
        for (EntityId other : g.find(c.b, g.entity(*a).type))
            if (other != *a && name_key(g.entity(other).name) == name_key(c.b))
                return {false, "another entity is named " + c.b + " (kg merge makes two entities one)"};
        g.each_mention(*a, std::nullopt, false, [&](std::size_t d, std::size_t i, const DocumentExtraction*) { g.pin(d, i, c.b); });
        return {true, ""};
    }
    // Split: one entity per distinct name (by name_key), spelled as first seen.
    std::unordered_map<std::string, std::string> spelling;
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::vector<std::string> keys;  // parts[k]'s name key
    g.each_mention(*a, std::nullopt, true, [&](std::size_t d, std::size_t i, const DocumentExtraction* x) {
        parts.emplace_back(d, i);
        const std::string name = own_name(x->entities[i]);
        keys.push_back(name_key(name));
        spelling.try_emplace(keys.back(), name);
    });
    if (spelling.size() < 2) return {false, "its documents use only one name for it; nothing to split"};
    for (std::size_t k = 0; k < parts.size(); ++k) g.pin(parts[k].first, parts[k].second, spelling.at(keys[k]));
    return {true, ""};
}

GrowingGraph build_growing_graph(const ExtractionPasses& passes, const std::vector<IdentityCorrection>& corrections,
                                 std::vector<CorrectionResult>* results, Mentions* where) {
    Build b(passes);
    // The plain merge; step 1's candidates of each document gathered as it is merged, so that
    // a base step 1 changes nothing in is read once.
    std::vector<std::pair<std::size_t, std::pair<std::size_t, SurnameMention>>> candidates;  // document, (entity, mention)
    bool ascending = true;
    std::string last;
    passes([&](const DocumentExtraction& x) {
        const std::size_t d = b.where.size();
        if (d > 0 && !(last < x.document.id)) ascending = false;
        last = x.document.id;
        b.where.push_back(b.graph.add_pinned(x, {}));
        for (auto& c : surname_mentions(x, b.where.back())) candidates.emplace_back(d, std::move(c));
    });
    b.count = b.where.size();
    b.pins.resize(b.count);
    GrowingGraph out;
    // Step 1, on the plain merge.
    for (auto& [d, candidate] : candidates) {
        auto& [i, m] = candidate;
        m.full_name = step1_name(b.graph, m);
        if (!m.full_name.empty()) b.full_names[d].emplace_back(i, m.full_name);
        out.mentions.push_back(std::move(m));
    }
    if (!b.full_names.empty()) {
        out.first = std::move(b.graph);
        b.merge();
    }
    if (results) results->clear();
    for (const IdentityCorrection& c : corrections) {
        BuildSite site(b);
        CorrectionResult r = apply_correction(site, c);
        const bool changed = r.applied && r.note.empty();
        if (results) results->push_back(std::move(r));
        if (changed) b.merge();
    }
    out.appendable = corrections.empty() && ascending;
    if (!out.appendable) {
        out.mentions.clear();
        out.first.reset();
    } else if (b.count > 0) {
        out.last_document = last;
    }
    out.graph = std::move(b.graph);
    if (where) *where = std::move(b.where);
    return out;
}

GrowingGraph build_growing_graph(const std::vector<DocumentExtraction>& extractions,
                                 const std::vector<IdentityCorrection>& corrections,
                                 std::vector<CorrectionResult>* results) {
    const ExtractionPasses passes = [&](const std::function<void(const DocumentExtraction&)>& each) {
        for (const DocumentExtraction& x : extractions) each(x);
    };
    return build_growing_graph(passes, corrections, results);
}

KnowledgeGraph build_graph(const std::vector<DocumentExtraction>& extractions,
                           const std::vector<IdentityCorrection>& corrections,
                           std::vector<CorrectionResult>* results) {
    return build_growing_graph(extractions, corrections, results).graph;
}

bool append_documents(GrowingGraph& g, const std::vector<DocumentExtraction>& added) {
    if (!g.appendable) return false;
    for (std::size_t d = 0; d < added.size(); ++d) {
        const std::string& before = d == 0 ? g.last_document : added[d - 1].document.id;
        if (!(before < added[d].document.id)) return false;
    }
    // The plain merge grows first: step 1 reads it. Without a separate one, it is the graph.
    KnowledgeGraph& first = g.first ? *g.first : g.graph;
    const std::size_t old_mentions = g.mentions.size();
    std::vector<std::vector<std::optional<EntityId>>> where;
    for (const DocumentExtraction& x : added) where.push_back(first.add_pinned(x, {}));
    if (!added.empty()) g.last_document = added.back().document.id;
    // A new full name can give an old surname mention another person, or one at all: then
    // the old documents merge otherwise, and only a full build is right.
    for (std::size_t k = 0; k < old_mentions; ++k)
        if (step1_name(first, g.mentions[k]) != g.mentions[k].full_name) return false;
    std::deque<DocumentExtraction> rewritten;
    std::vector<const DocumentExtraction*> resolved;
    for (std::size_t d = 0; d < added.size(); ++d)
        resolved.push_back(resolve_surnames_in(added[d], where[d], first, rewritten, &g.mentions));
    if (!g.first) {
        // The graph is the plain merge: right unless step 1 now changes a new document.
        return rewritten.empty();
    }
    for (const DocumentExtraction* x : resolved) g.graph.add_pinned(*x, {});
    return true;
}

bool append_to_attached(GrowingGraph& g, const std::vector<DocumentExtraction>& added,
                        const std::function<std::vector<SurnameMention>(const std::string&)>& mentions_with,
                        Mentions* where_out) {
    if (!g.appendable || g.first) return false;
    for (std::size_t d = 0; d < added.size(); ++d) {
        const std::string& before = d == 0 ? g.last_document : added[d - 1].document.id;
        if (!(before < added[d].document.id)) return false;
    }
    std::vector<std::vector<std::optional<EntityId>>> where;
    for (const DocumentExtraction& x : added) where.push_back(g.graph.add_pinned(x, {}));
    if (!added.empty()) g.last_document = added.back().document.id;
    // office_holder(m) reads the people whose names hold m's surname, found by m's name, and
    // their ROLEs: it can answer otherwise only when such a person is among those the new
    // documents touched (only they gain names, keys or relations). Those candidates are asked
    // again, as append_documents asks every one.
    std::vector<EntityId> touched;
    for (const auto& ids : where)
        for (const std::optional<EntityId>& id : ids)
            if (id) touched.push_back(*id);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    std::vector<std::string> surnames;
    for (EntityId id : touched) {
        const EntityRecord& e = g.graph.entity(id);
        if (e.type != EntityType::Person) continue;
        for (std::string& token : detail::person_tokens(e.name)) surnames.push_back(std::move(token));
    }
    std::sort(surnames.begin(), surnames.end());
    surnames.erase(std::unique(surnames.begin(), surnames.end()), surnames.end());
    for (const std::string& surname : surnames)
        for (const SurnameMention& m : mentions_with(surname))
            if (step1_name(g.graph, m) != m.full_name) return false;
    // The new documents' own candidates; the graph is the plain merge, right unless step 1
    // now changes one of them.
    std::deque<DocumentExtraction> rewritten;
    for (std::size_t d = 0; d < added.size(); ++d) resolve_surnames_in(added[d], where[d], g.graph, rewritten, &g.mentions);
    if (where_out) *where_out = std::move(where);
    return rewritten.empty();
}

namespace {
// The first number of a saved GrowingGraph: this layout (the graph's own follows inside it).
constexpr std::uint64_t kGrowingFormat = 2;
}  // namespace

namespace {
// The first number of a saved GrowingHeader: this layout under these merge rules.
constexpr std::uint64_t kHeaderFormat = 1 + 1000 * static_cast<std::uint64_t>(kMergeVersion);
}  // namespace

GrowingHeader header_of(const GrowingGraph& g) {
    return GrowingHeader{g.appendable, g.last_document, g.graph.state_counts(), g.mentions.size(), g.first.has_value()};
}

std::string save_header(const GrowingHeader& h) {
    ByteWriter w;
    w.number(kHeaderFormat);
    w.number(h.appendable ? 1 : 0);
    w.string(h.last_document);
    w.number(h.counts.entities);
    w.number(h.counts.relations);
    w.number(h.counts.meetings);
    w.number(h.counts.known_names);
    w.number(h.mentions);
    w.number(h.first ? 1 : 0);
    return w.take();
}

std::optional<GrowingHeader> restore_header(std::string_view bytes) {
    ByteReader in(bytes);
    if (in.number() != kHeaderFormat || !in.ok()) return std::nullopt;
    GrowingHeader h;
    h.appendable = in.number() == 1;
    h.last_document = in.string();
    h.counts.entities = in.index();
    h.counts.relations = in.index();
    h.counts.meetings = in.index();
    h.counts.known_names = in.index();
    h.mentions = in.index();
    h.first = in.number() == 1;
    if (!in.ok() || !in.at_end()) return std::nullopt;
    return h;
}

namespace {
// One step-1 candidate's fields, as a row of its own and inside a saved GrowingGraph.
void write_mention(ByteWriter& w, const SurnameMention& m) {
    w.string(m.name);
    w.string(m.full_name);
    w.number(m.offices.size());
    for (const SurnameMention::Office& o : m.offices) {
        w.string(o.title);
        w.number(o.organisation.value);
        w.string(o.date);
    }
}

SurnameMention read_mention(ByteReader& in) {
    SurnameMention m;
    m.name = in.string();
    m.full_name = in.string();
    m.offices.resize(in.count());
    for (SurnameMention::Office& o : m.offices) {
        o.title = in.string();
        o.organisation = EntityId{static_cast<std::uint32_t>(in.number())};
        o.date = in.string();
    }
    return m;
}
}  // namespace

std::string save_mention(const SurnameMention& m) {
    ByteWriter w;
    write_mention(w, m);
    return w.take();
}

std::optional<SurnameMention> restore_mention(std::string_view bytes) {
    ByteReader in(bytes);
    SurnameMention m = read_mention(in);
    if (!in.ok() || !in.at_end() || token_count(m.name) != 1) return std::nullopt;
    return m;
}

std::string mention_surname(const SurnameMention& m) {
    const std::vector<std::string> tokens = detail::person_tokens(m.name);
    return tokens.empty() ? std::string() : tokens.front();
}

std::string save_state(const GrowingGraph& g) {
    ByteWriter w;
    w.number(kGrowingFormat);
    w.number(g.appendable ? 1 : 0);
    w.string(g.last_document);
    w.number(g.mentions.size());
    for (const SurnameMention& m : g.mentions) write_mention(w, m);
    w.number(g.first ? 1 : 0);
    if (g.first) w.string(g.first->save_state());
    w.raw(g.graph.save_state());  // last: read in place on restore
    return w.take();
}

std::optional<GrowingGraph> restore_growing_graph(std::string_view bytes) {
    ByteReader in(bytes);
    if (in.number() != kGrowingFormat || !in.ok()) return std::nullopt;
    GrowingGraph g;
    g.appendable = in.number() == 1;
    g.last_document = in.string();
    g.mentions.resize(in.count());
    for (SurnameMention& m : g.mentions) m = read_mention(in);
    if (in.number() == 1) {
        const std::string first = in.string();
        if (!in.ok() || !(g.first = KnowledgeGraph::restore_state(first))) return std::nullopt;
    }
    if (!in.ok()) return std::nullopt;
    std::optional<KnowledgeGraph> graph = KnowledgeGraph::restore_state(in.rest());
    if (!graph) return std::nullopt;
    g.graph = std::move(*graph);
    const std::size_t entities = (g.first ? *g.first : g.graph).entities().size();
    for (const SurnameMention& m : g.mentions) {
        if (token_count(m.name) != 1) return std::nullopt;
        for (const SurnameMention::Office& o : m.offices)
            if (o.organisation.value >= entities) return std::nullopt;
    }
    return g;
}

}  // namespace kg::graph
