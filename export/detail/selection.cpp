#include "export/detail/selection.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/detail/stable_ids.h"
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

// Parallel edges: the same relation type between the same two entities.
struct PairKey {
    std::uint64_t ends;
    RelationType type;
    bool operator==(const PairKey&) const = default;
};
struct PairKeyHash {
    std::size_t operator()(const PairKey& k) const noexcept {
        return std::hash<std::uint64_t>{}(k.ends * 31 + static_cast<std::uint64_t>(k.type));
    }
};

// The ends of the edge of `r`, and whether it is directed: a symmetric relation runs
// from the end with the smaller entity id (ordered by node id later).
struct Ends {
    EntityId source, target;
    bool directed;
};

Ends ends_of(const RelationRecord& r) {
    Ends e{r.a, r.b, !is_symmetric(r.type)};
    if (!e.directed && e.target < e.source) std::swap(e.source, e.target);
    return e;
}

PairKey key_of(RelationType type, const Ends& ends) {
    return {(std::uint64_t{ends.source.value} << 32) | ends.target.value, type};
}

PairKey key_of(const SelectedEdge& e) { return key_of(e.type, {e.source, e.target, e.directed}); }

// Fills a freshly made edge (in place: an edge is some 200 bytes, and a million of
// them copied once more cost more than filling them). Its records are gathered later
// (gather_records); until then `id` names the first.
void start_edge(SelectedEdge& e, const RelationRecord& r, const Ends& ends) {
    e.id = r.id;
    e.type = r.type;
    e.directed = ends.directed;
    e.source = ends.source;
    e.target = ends.target;
}

// `items` copied into the arena.
template <class T>
std::span<T> list_in_arena(std::span<const T> items, std::pmr::memory_resource& arena) {
    if (items.empty()) return {};
    T* copy = static_cast<T*>(arena.allocate(items.size_bytes(), alignof(T)));
    std::uninitialized_copy(items.begin(), items.end(), copy);
    return {copy, items.size()};
}

// Gives every edge its records: the relation it was started from, then (collapse)
// those `later` added to it, in relation order.
void gather_records(const graph::KnowledgeGraph& g, std::span<SelectedEdge> edges,
                    const std::vector<std::pair<std::size_t, const RelationRecord*>>& later,
                    std::pmr::memory_resource& arena) {
    std::vector<std::uint32_t> count(edges.size(), 1);
    for (const auto& entry : later) ++count[entry.first];
    for (std::size_t i = 0; i < edges.size(); ++i) {
        auto* records = static_cast<const RelationRecord**>(arena.allocate(count[i] * sizeof(void*), alignof(void*)));
        std::uninitialized_fill_n(records, count[i], &g.relations()[edges[i].id.value]);
        edges[i].records = {records, count[i]};
        count[i] = 1;  // now: how many are filled
    }
    for (const auto& [edge, r] : later) edges[edge].records[count[edge]++] = r;
}

// The ROLE title as KnowledgeGraph tells relations apart by it.
std::string title_key(const RelationRecord& r) {
    const auto it = r.attributes.find("title");
    return it == r.attributes.end() ? std::string() : graph::name_key(it->second);
}

// SelectedEdge::attribute of "title", "amount" and "mode" at once: one walk over
// each record's attributes instead of a map search per name.
struct Shared {
    std::string_view title, amount, mode;
};

Shared shared_attributes(const SelectedEdge& e) {
    Shared shared;
    bool first = true;
    for (const RelationRecord* r : e.records) {
        Shared own;
        for (const auto& [key, value] : r->attributes) {
            if (key == "title") own.title = value;
            else if (key == "amount") own.amount = value;
            else if (key == "mode") own.mode = value;
        }
        if (first) {
            shared = own;
            first = false;
            continue;
        }
        // A record without the value, or with another, leaves the edge without one.
        if (own.title != shared.title) shared.title = {};
        if (own.amount != shared.amount) shared.amount = {};
        if (own.mode != shared.mode) shared.mode = {};
    }
    return shared;
}

// Whether no two of `hashes` are equal (sorting a copy of them).
bool distinct(std::span<const std::uint64_t> hashes) {
    std::pmr::vector<std::uint64_t> sorted(hashes.begin(), hashes.end(), huge_pages());
    std::sort(sorted.begin(), sorted.end());
    return std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
}

// A copy of `text` in the selection's arena. Writers visit edges in node id order
// while their relations lie in ingest order; finish() runs in relation order, and the
// texts it copies for an edge lie together, so a writer waits on one place in memory
// per edge instead of on its record, map nodes and evidence items each.
std::string_view in_arena(std::string_view text, std::pmr::memory_resource& arena) {
    if (text.empty()) return {};
    char* copy = static_cast<char*>(arena.allocate(text.size(), 1));
    std::memcpy(copy, text.data(), text.size());
    return {copy, text.size()};
}

// The document of each piece of every relation's evidence, relation by relation: what
// finish() reads of evidence. From the records, or (ExportOptions::records) read from
// where they are kept in one pass, the ids copied into `text`.
class EvidenceDocuments {
public:
    EvidenceDocuments(const graph::KnowledgeGraph& g, const RecordReader* reader, std::pmr::memory_resource& text) {
        const std::size_t n = g.relations().size();
        start_.reserve(n + 1);
        if (!reader) {
            for (const RelationRecord& r : g.relations()) {
                start_.push_back(static_cast<std::uint32_t>(documents_.size()));
                for (const Evidence& ev : r.evidence) documents_.push_back(ev.doc_id);
            }
            start_.push_back(static_cast<std::uint32_t>(documents_.size()));
            return;
        }
        reader->each_evidence_document([&](RelationId id, std::string_view doc_id) {
            if (id.value >= n || id.value + 1 < start_.size())
                throw ExportError("export: evidence of relation " + std::to_string(id.value) + " out of order");
            while (start_.size() <= id.value) start_.push_back(static_cast<std::uint32_t>(documents_.size()));
            documents_.push_back(in_arena(doc_id, text));
        });
        while (start_.size() <= n) start_.push_back(static_cast<std::uint32_t>(documents_.size()));
    }
    std::span<const std::string_view> of(RelationId id) const {
        return std::span<const std::string_view>(documents_).subspan(start_[id.value], start_[id.value + 1] - start_[id.value]);
    }

private:
    std::vector<std::uint32_t> start_;  // relation i's from start_[i] to start_[i + 1]
    std::vector<std::string_view> documents_;
};

// The lists finish() builds before they go into the arena, reused from edge to edge.
struct Scratch {
    std::vector<std::string_view> dates, documents;
    std::vector<EntityId> places;
};

void finish(SelectedEdge& e, const EvidenceDocuments& evidence, std::pmr::memory_resource& arena, Scratch& scratch) {
    if (e.records.size() > 1) {
        // By (date, title): what tells parallel relations apart, unlike their ids.
        std::vector<std::pair<std::string, const RelationRecord*>> keyed;
        for (const RelationRecord* r : e.records) keyed.emplace_back(r->date + '\x1f' + title_key(*r), r);
        std::sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first < y.first : x.second->id < y.second->id;
        });
        for (std::size_t i = 0; i < keyed.size(); ++i) e.records[i] = keyed[i].second;
    }
    e.id = (*std::min_element(e.records.begin(), e.records.end(), [](const RelationRecord* x, const RelationRecord* y) {
               return x->id < y->id;
           }))->id;
    e.merged = e.records.size();
    e.weight = static_cast<double>(e.merged);
    const RelationRecord& first = *e.records.front();
    bool one_date = true;
    bool one_place = true;
    e.evidence_count = 0;
    std::vector<std::string_view>& dates = scratch.dates;
    std::vector<std::string_view>& documents = scratch.documents;
    std::vector<EntityId>& places = scratch.places;
    dates.clear();
    documents.clear();
    places.clear();
    for (const RelationRecord* r : e.records) {
        one_date = one_date && r->date == first.date;
        one_place = one_place && r->place == first.place;
        if (!r->date.empty()) dates.push_back(r->date);
        if (r->place && std::find(places.begin(), places.end(), *r->place) == places.end())
            places.push_back(*r->place);
        const std::span<const std::string_view> docs = evidence.of(r->id);
        e.evidence_count += docs.size();
        documents.insert(documents.end(), docs.begin(), docs.end());
    }
    if (dates.size() > 1) {
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    }
    const Shared shared = shared_attributes(e);
    e.place = one_place ? first.place : std::nullopt;
    if (documents.size() > 1) {
        std::sort(documents.begin(), documents.end());
        documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    }
    // The texts writers read, together in the arena (see in_arena). With one date,
    // `dates` holds just that one.
    for (std::string_view& d : dates) d = in_arena(d, arena);
    e.dates = list_in_arena(std::span<const std::string_view>(dates), arena);
    e.date = one_date && !e.dates.empty() ? e.dates.front() : std::string_view();
    e.title = in_arena(shared.title, arena);
    e.amount = in_arena(shared.amount, arena);
    e.mode = in_arena(shared.mode, arena);
    for (std::string_view& d : documents) d = in_arena(d, arena);
    e.documents = list_in_arena(std::span<const std::string_view>(documents), arena);
    e.places = list_in_arena(std::span<const EntityId>(places), arena);
}

// The `top` entities among those kept, by `by` over the whole graph, ties by node id.
std::vector<bool> top_entities(const graph::KnowledgeGraph& g, const ExportOptions& opt,
                               const std::vector<bool>& keep, const std::vector<std::string>& node_ids) {
    std::vector<graph::Score> scores = g.rank(opt.top_by);
    std::stable_sort(scores.begin(), scores.end(), [&](const graph::Score& a, const graph::Score& b) {
        return a.value != b.value ? a.value > b.value : node_ids[a.entity.value] < node_ids[b.entity.value];
    });
    std::vector<bool> top(keep.size(), false);
    std::size_t chosen = 0;
    for (const graph::Score& s : scores) {
        if (chosen == opt.top) break;
        if (s.entity.value < keep.size() && keep[s.entity.value] && !top[s.entity.value]) {
            top[s.entity.value] = true;
            ++chosen;
        }
    }
    if (opt.ego && opt.ego->value < top.size()) top[opt.ego->value] = keep[opt.ego->value];
    return top;
}

// The meetings standing for the MET edges of `edges` that come from meetings (which
// are marked from_meeting), each with the participants those edges join.
std::vector<SelectedMeeting> select_meetings(const graph::KnowledgeGraph& g, std::span<SelectedEdge> edges,
                                             const std::vector<std::string>& node_ids) {
    std::map<MeetingId, std::vector<EntityId>> people;
    for (SelectedEdge& e : edges) {
        e.from_meeting = e.type == RelationType::Met &&
                         std::all_of(e.records.begin(), e.records.end(),
                                     [](const RelationRecord* r) { return r->meeting.has_value(); });
        if (!e.from_meeting) continue;
        for (const RelationRecord* r : e.records) {
            std::vector<EntityId>& p = people[*r->meeting];
            p.push_back(e.source);
            p.push_back(e.target);
        }
    }
    std::vector<MeetingId> order;
    for (const auto& entry : people) order.push_back(entry.first);
    const std::vector<std::string> ids = stable_meeting_ids(g, order, node_ids);
    std::vector<SelectedMeeting> out;
    out.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        SelectedMeeting m;
        m.record = &g.meeting(order[i]);
        m.stable_id = ids[i];
        m.participants = std::move(people[order[i]]);
        const auto by_node_id = [&](EntityId x, EntityId y) { return node_ids[x.value] < node_ids[y.value]; };
        std::sort(m.participants.begin(), m.participants.end(), by_node_id);
        m.participants.erase(std::unique(m.participants.begin(), m.participants.end()), m.participants.end());
        for (EntityId p : m.participants)
            m.link_ids.push_back(std::string("participated-in-") +
                                 hex(fnv1a64(m.stable_id + '\x1f' + node_ids[p.value]), 64));
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(),
              [](const SelectedMeeting& x, const SelectedMeeting& y) { return x.stable_id < y.stable_id; });
    return out;
}

}  // namespace

std::size_t Selection::document_count(const EntityRecord& e) const {
    return records ? records->document_counts.at(e.id.value) : e.documents.size();
}

const std::vector<std::string>& Selection::documents(const EntityRecord& e, std::vector<std::string>& read) const {
    if (!records) return e.documents;
    read = records->documents(e.id);
    return read;
}

const std::vector<Evidence>& Selection::evidence(const RelationRecord& r, std::vector<Evidence>& read) const {
    if (!records) return r.evidence;
    records->evidence(r.id, read);
    return read;
}

std::string_view SelectedEdge::attribute(std::string_view name) const {
    std::string_view common;
    for (const RelationRecord* r : records) {
        const auto it = r->attributes.find(std::string(name));
        const std::string_view v = it == r->attributes.end() ? std::string_view() : std::string_view(it->second);
        if (v.empty() || (!common.empty() && v != common)) return {};
        common = v;
    }
    return common;
}

std::vector<std::string_view> SelectedEdge::values(std::string_view name) const {
    std::vector<std::string_view> out;
    for (const RelationRecord* r : records) {
        const auto it = r->attributes.find(std::string(name));
        if (it == r->attributes.end() || it->second.empty()) continue;
        if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
    return out;
}

namespace {

// Appends an edge's label, from the title and amount all its records share.
void append_label(std::string& label, const SelectedEdge& e, std::string_view title, std::string_view amount) {
    label.append(to_string(e.type));
    if (!title.empty()) label.append(" ").append(title);
    if (!amount.empty()) label.append(" ").append(amount);
    if (!e.dates.empty()) {
        label.append(" ").append(e.dates.front());
        if (e.dates.size() > 1) label.append("\xE2\x80\xA6").append(e.dates.back());  // "…"
    }
    if (e.merged > 1) label.append(" (").append(std::to_string(e.merged)).append("x)");
}

}  // namespace

std::string edge_label(const SelectedEdge& e) {
    std::string label;
    append_label(label, e, e.title, e.amount);
    return label;
}

void edge_fields(const graph::KnowledgeGraph& g, const SelectedEdge& e, EdgeFields& f) {
    f.label.clear();
    append_label(f.label, e, e.title, e.amount);
    f.place = entity_name(g, e.place);
    f.mode = e.mode;
    f.title = e.title;
    f.amount = e.amount;
    f.first_date = f.last_date = {};
    for (auto* list : {&f.dates, &f.places, &f.modes, &f.titles, &f.amounts}) list->clear();
    if (e.date.empty() && !e.dates.empty()) {
        f.first_date = e.first_date();
        f.last_date = e.last_date();
        f.dates.assign(e.dates.begin(), e.dates.end());
    }
    if (f.place.empty())
        for (EntityId p : e.places) f.places.push_back(entity_name(g, p));
    if (e.records.size() > 1) {  // one relation's values are its single values
        if (f.mode.empty()) f.modes = e.values("mode");
        if (f.title.empty()) f.titles = e.values("title");
        if (f.amount.empty()) f.amounts = e.values("amount");
    }
}

std::string meeting_label(const graph::KnowledgeGraph& g, const MeetingRecord& m) {
    std::string label = "Meeting";
    if (!m.date.empty()) label += " " + m.date;
    if (m.place) label += " in " + std::string(entity_name(g, m.place));
    label += " (" + std::string(to_string(m.mode)) + ")";
    return label;
}

std::string_view entity_name(const graph::KnowledgeGraph& g, std::optional<EntityId> id) {
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

std::string join(std::span<const std::string_view> parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

Selection select(const graph::KnowledgeGraph& g, const ExportOptions& opt) {
    const auto& entities = g.entities();
    Selection s;
    s.arena = std::make_unique<std::pmr::monotonic_buffer_resource>(huge_pages());
    s.records = opt.records;
    s.node_ids = stable_node_ids(g, opt.records ? &opt.records->first_documents : nullptr);
    const std::vector<std::string>& ids = s.node_ids;
    s.id_offsets.reserve(ids.size() + 1);
    s.id_offsets.push_back(0);
    for (const std::string& id : ids) s.id_offsets.push_back(static_cast<std::uint32_t>(s.id_offsets.back() + id.size()));
    s.id_text.reserve(s.id_offsets.back());
    for (const std::string& id : ids) s.id_text += id;
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
    if (opt.top > 0) keep = top_entities(g, opt, keep, ids);

    // Relations in id order; the edges are put in node id order below.
    std::pmr::vector<SelectedEdge> edges(huge_pages());  // the same resource as s.edges, so moved at the end
    if (!opt.ego) edges.reserve(g.relations().size());  // most of them, as a rule
    const bool count_pairs = opt.collapse || opt.min_weight > 1.0;
    std::unordered_map<PairKey, std::size_t, PairKeyHash> pairs;  // -> index (collapse) or count
    std::vector<std::pair<std::size_t, const RelationRecord*>> later;  // collapse: (edge, a relation after its first)
    for (const RelationRecord& r : g.relations()) {
        if (r.a.value >= keep.size() || r.b.value >= keep.size()) continue;
        if (!keep[r.a.value] || !keep[r.b.value]) continue;
        if (!wanted(opt.relations, r.type) || !within(r.date, opt.from, opt.to)) continue;
        const Ends ends = ends_of(r);
        if (count_pairs) {
            const auto [it, added] = pairs.try_emplace(key_of(r.type, ends), opt.collapse ? edges.size() : 1);
            if (!added) {
                if (opt.collapse) {
                    later.emplace_back(it->second, &r);
                    continue;
                }
                ++it->second;
            }
        }
        start_edge(edges.emplace_back(), r, ends);
    }
    gather_records(g, edges, later, *s.arena);
    {
        std::pmr::monotonic_buffer_resource text(huge_pages());
        const EvidenceDocuments evidence(g, opt.records, text);
        Scratch scratch;
        for (SelectedEdge& e : edges) finish(e, evidence, *s.arena, scratch);
    }
    if (opt.min_weight > 1.0) {
        std::erase_if(edges, [&](const SelectedEdge& e) {
            const double parallel = opt.collapse ? e.weight : static_cast<double>(pairs.at(key_of(e)));
            return parallel < opt.min_weight;
        });
    }
    // Node ids as ranks, so that sorting a million edges compares integers.
    std::vector<std::uint32_t> rank(entities.size());
    {
        std::vector<std::uint32_t> order(entities.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return ids[x] < ids[y]; });
        for (std::uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
    }
    // Edge ids. A base id is "<relation word>-<16 hex digits of the hash>", so two
    // edges share one only if their hashes are equal: with no equal hashes (the rule,
    // short of a 64-bit collision) every edge keeps its base, written straight into the
    // arena, with no claim, key or string per edge. Otherwise unique_ids settles them.
    std::pmr::vector<std::uint64_t> hashes(edges.size(), huge_pages());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        SelectedEdge& e = edges[i];
        if (!e.directed && rank[e.target.value] < rank[e.source.value]) std::swap(e.source, e.target);
        // A collapsed edge's id hashes neither date nor title; an edge of one relation
        // has that relation's title as its own.
        const std::string_view date = opt.collapse ? std::string_view() : std::string_view(e.records.front()->date);
        const std::string title = opt.collapse || e.title.empty() ? std::string() : graph::name_key(e.title);
        hashes[i] = edge_hash(e.type, s.node_id(e.source), s.node_id(e.target), date, title, opt.collapse);
    }
    const auto keep_id = [&](SelectedEdge& e, std::size_t size) {
        char* text = static_cast<char*>(s.arena->allocate(size, 1));
        e.stable_id = std::string_view(text, size);
        return text;
    };
    if (distinct(hashes)) {
        for (std::size_t i = 0; i < edges.size(); ++i) {
            SelectedEdge& e = edges[i];
            put_edge_base_id(keep_id(e, edge_base_id_size(e.type)), e.type, hashes[i]);
        }
    } else {
        std::vector<IdClaim> claims(edges.size());
        for (std::size_t i = 0; i < edges.size(); ++i) claims[i].base = edge_base_id(edges[i].type, hashes[i]);
        const std::vector<std::string> edge_ids = unique_ids(std::move(claims), [&](std::size_t i, IdClaim& c) {
            const SelectedEdge& e = edges[i];
            const RelationRecord& r = *e.records.front();
            c.key = edge_key(e.type, ids[e.source.value], ids[e.target.value], r.date, title_key(r), opt.collapse);
            c.tiebreak = e.id.value;
        });
        for (std::size_t i = 0; i < edges.size(); ++i)
            std::copy(edge_ids[i].begin(), edge_ids[i].end(), keep_id(edges[i], edge_ids[i].size()));
    }
    hashes.clear();
    hashes.shrink_to_fit();
    // Sorted through small keys, each edge then moved once: moving the edges
    // themselves through a sort of a million costs more than all the rest. First by
    // both ends' ranks in one integer, then edges between the same two nodes (few)
    // by type, date and id.
    struct Order {
        std::uint64_t ends;  // source rank, target rank
        std::size_t index;
    };
    std::pmr::vector<Order> order(edges.size(), huge_pages());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const SelectedEdge& e = edges[i];
        order[i] = {(std::uint64_t{rank[e.source.value]} << 32) | rank[e.target.value], i};
    }
    std::sort(order.begin(), order.end(),
              [](const Order& x, const Order& y) { return x.ends != y.ends ? x.ends < y.ends : x.index < y.index; });
    for (std::size_t a = 0, b = 0; a < order.size(); a = b) {
        for (b = a + 1; b < order.size() && order[b].ends == order[a].ends; ++b) {}
        if (b - a == 1) continue;
        std::sort(order.begin() + static_cast<std::ptrdiff_t>(a), order.begin() + static_cast<std::ptrdiff_t>(b),
                  [&](const Order& x, const Order& y) {
                      const SelectedEdge& ex = edges[x.index];
                      const SelectedEdge& ey = edges[y.index];
                      if (ex.type != ey.type) return ex.type < ey.type;
                      if (ex.date != ey.date) return ex.date < ey.date;
                      return ex.stable_id < ey.stable_id;  // distinct: a total order, whatever the sort
                  });
    }
    // Into that order in place, cycle by cycle: a second vector of a million edges
    // would cost more in fresh pages than the moves.
    std::vector<bool> placed(edges.size(), false);
    for (std::size_t start = 0; start < edges.size(); ++start) {
        if (placed[start]) continue;
        SelectedEdge first = std::move(edges[start]);
        std::size_t to = start;
        for (std::size_t from = order[to].index; from != start; from = order[to].index) {
            edges[to] = std::move(edges[from]);
            placed[to] = true;
            to = from;
        }
        edges[to] = std::move(first);
        placed[to] = true;
    }

    if (opt.meetings_as_nodes) s.meetings = select_meetings(g, edges, s.node_ids);

    // A relation, date or weight filter is a question about relations: entities it
    // leaves without any edge are noise, except the ego itself.
    if (!opt.relations.empty() || !opt.from.empty() || !opt.to.empty() || opt.min_weight > 1.0) {
        std::vector<bool> touched(entities.size(), false);
        for (const SelectedEdge& e : edges) touched[e.source.value] = touched[e.target.value] = true;
        if (opt.ego) touched[opt.ego->value] = true;
        for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = keep[i] && touched[i];
    }

    s.nodes.reserve(entities.size());
    for (const EntityRecord& e : entities)
        if (keep[e.id.value]) s.nodes.push_back(&e);
    std::sort(s.nodes.begin(), s.nodes.end(),
              [&](const EntityRecord* x, const EntityRecord* y) { return rank[x->id.value] < rank[y->id.value]; });
    s.edges = std::move(edges);
    return s;
}

}  // namespace kg::output::detail

namespace kg::output {

std::vector<std::string> selected_documents(const graph::KnowledgeGraph& g, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    std::vector<std::string> docs;
    std::vector<std::string> read;
    for (const EntityRecord* e : s.nodes) {
        const std::vector<std::string>& own = s.documents(*e, read);
        docs.insert(docs.end(), own.begin(), own.end());
    }
    for (const detail::SelectedEdge& e : s.edges) docs.insert(docs.end(), e.documents.begin(), e.documents.end());
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
}

std::size_t selected_entity_count(const graph::KnowledgeGraph& g, const ExportOptions& opt) {
    return detail::select(g, opt).nodes.size();
}

}  // namespace kg::output
