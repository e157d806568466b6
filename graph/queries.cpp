#include "graph/queries.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <deque>
#include <limits>
#include <mutex>
#include <numeric>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "graph/detail/bfs.h"
#include "graph/detail/centrality.h"
#include "graph/detail/names.h"

namespace kg::graph {

// --- names -------------------------------------------------------------------

std::vector<std::pair<NameIndex, std::string>> lookup_keys(std::string_view name, std::optional<EntityType> type) {
    // Mirrors KnowledgeGraph::find: same tables, same order.
    std::vector<std::pair<NameIndex, std::string>> out;
    const std::string key = name_key(name);
    if (key.empty()) return out;
    out.emplace_back(NameIndex::Canonical, key);
    const std::vector<std::string> tokens = detail::person_tokens(name);
    if (!tokens.empty() && (!type || *type == EntityType::Person))
        out.emplace_back(NameIndex::PersonExact, detail::join(tokens));
    out.emplace_back(NameIndex::Alias, key);
    if (!tokens.empty()) out.emplace_back(NameIndex::PersonSurname, detail::join(tokens));
    if (tokens.size() >= 2) {
        out.emplace_back(NameIndex::PersonTokenSet, detail::sorted_join(tokens));
        out.emplace_back(NameIndex::PersonOuter, detail::outer_key(tokens));
    }
    return out;
}

std::vector<EntityId> find_in_index(const std::vector<NameIndexEntry>& entries, std::string_view name,
                                    std::optional<EntityType> type,
                                    const std::function<EntityType(EntityId)>& type_of) {
    std::vector<EntityId> out;
    for (const auto& [index, key] : lookup_keys(name, type)) {
        auto lo = std::lower_bound(entries.begin(), entries.end(), std::pair(index, std::string_view(key)),
                                   [](const NameIndexEntry& e, const std::pair<NameIndex, std::string_view>& k) {
                                       return e.index != k.first ? e.index < k.first : e.key < k.second;
                                   });
        for (auto it = lo; it != entries.end() && it->index == index && it->key == key; ++it) {
            if (type && type_of(it->entity) != *type) continue;
            if (std::find(out.begin(), out.end(), it->entity) == out.end()) out.push_back(it->entity);
        }
    }
    return out;
}

std::vector<std::string> suggest_names(const std::vector<std::string>& known, std::string_view name,
                                       std::size_t limit) {
    std::vector<std::pair<std::string, std::string>> keyed;
    keyed.reserve(known.size());
    for (const std::string& candidate : known) keyed.emplace_back(candidate, name_key(candidate));
    return detail::closest_names(name_key(name), keyed, limit);
}

// --- meetings ----------------------------------------------------------------

bool date_within(std::string_view date, std::string_view from, std::string_view to) {
    if (from.empty() && to.empty()) return true;
    if (date.empty()) return false;
    if (!from.empty() && date.substr(0, from.size()) < from) return false;
    if (!to.empty() && date.substr(0, to.size()) > to) return false;
    return true;
}

bool meeting_matches(const MeetingRecord& m, std::optional<EntityId> person, const MeetingFilter& f,
                     const RoleCheck& holds_role) {
    if (m.status != MeetingStatus::Happened) return false;
    const auto& ps = m.participants;
    auto takes_part = [&](EntityId e) { return std::find(ps.begin(), ps.end(), e) != ps.end(); };
    if (person && !takes_part(*person)) return false;
    if (!date_within(m.date, f.from, f.to)) return false;
    if (f.mode && m.mode != *f.mode) return false;
    if (f.place && m.place != f.place) return false;
    if (f.with && (*f.with == person || !takes_part(*f.with))) return false;
    auto counterpart_holds = [&](EntityId of) {
        for (EntityId p : ps)
            if (p != person && holds_role(p, of)) return true;
        return false;
    };
    if (f.country && !counterpart_holds(*f.country)) return false;
    if (f.org && !counterpart_holds(*f.org)) return false;
    return true;
}

bool newer_meeting(const MeetingRecord& x, const MeetingRecord& y) { return newer_meeting(x.date, x.id, y.date, y.id); }

bool newer_meeting(std::string_view x_date, MeetingId x, std::string_view y_date, MeetingId y) {
    if (x_date.empty() != y_date.empty()) return y_date.empty();
    const int by_date = x_date.compare(y_date);  // one comparison of the dates, not two
    return by_date != 0 ? by_date > 0 : x < y;
}

std::optional<std::uint64_t> newer_meeting_key(std::string_view date, MeetingId id) {
    // Dates of these forms compare as strings as YYYYMMDD (00 for a missing month or
    // day) compares as a number: "2023" < "2023-01" < "2023-01-01" < "2023-02". A month or
    // day "00" would tie with a missing one, so it has no key.
    std::uint64_t rank = 0xFFFFFFFFu;  // undated: after every date
    if (!date.empty()) {
        auto digit = [&](std::size_t i) { return date[i] >= '0' && date[i] <= '9'; };
        auto two = [&](std::size_t i) -> std::optional<std::uint32_t> {
            if (!digit(i) || !digit(i + 1)) return std::nullopt;
            const auto v = static_cast<std::uint32_t>((date[i] - '0') * 10 + (date[i + 1] - '0'));
            return v == 0 ? std::nullopt : std::optional(v);
        };
        if (date.size() != 4 && date.size() != 7 && date.size() != 10) return std::nullopt;
        std::uint32_t packed = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            if (!digit(i)) return std::nullopt;
            packed = packed * 10 + static_cast<std::uint32_t>(date[i] - '0');
        }
        packed *= 10000;
        if (date.size() >= 7) {
            const std::optional<std::uint32_t> month = date[4] == '-' ? two(5) : std::nullopt;
            if (!month) return std::nullopt;
            packed += *month * 100;
        }
        if (date.size() == 10) {
            const std::optional<std::uint32_t> day = date[7] == '-' ? two(8) : std::nullopt;
            if (!day) return std::nullopt;
            packed += *day;
        }
        rank = 0xFFFFFFFEu - packed;  // newest first, below the undated
    }
    return rank << 32 | id.value;
}

std::vector<MeetingView> find_meetings(const KnowledgeGraph& g, std::optional<EntityId> person,
                                       const MeetingFilter& f) {
    RoleCheck holds_role = [&g](EntityId holder, EntityId of) {
        for (RelationId r : g.relations_of(holder, RelationType::Role)) {
            const RelationRecord& rel = g.relation(r);
            if ((rel.a == holder && rel.b == of) || (rel.b == holder && rel.a == of)) return true;
        }
        return false;
    };
    std::vector<MeetingView> out;
    if (person) {
        for (MeetingView& v : g.meetings_of(*person))  // newest first already
            if (meeting_matches(g.meeting(v.meeting), person, f, holds_role)) out.push_back(std::move(v));
        return out;
    }
    std::vector<const MeetingRecord*> found;
    for (const MeetingRecord& m : g.meetings())
        if (meeting_matches(m, std::nullopt, f, holds_role)) found.push_back(&m);
    std::sort(found.begin(), found.end(), [](const MeetingRecord* x, const MeetingRecord* y) { return newer_meeting(*x, *y); });
    for (const MeetingRecord* m : found) out.push_back(MeetingView{m->id, m->participants});
    return out;
}

std::vector<MeetingView> meetings_between(const KnowledgeGraph& g, EntityId a, EntityId b, std::string_view from,
                                          std::string_view to) {
    if (a == b) return {};
    MeetingFilter f;
    f.with = b;
    f.from = std::string(from);
    f.to = std::string(to);
    return find_meetings(g, a, f);
}

// --- timelines ---------------------------------------------------------------

std::vector<TimelineEntry> make_timeline(const std::vector<MeetingRecord>& meetings,
                                         const std::vector<RelationRecord>& relations,
                                         const DocumentDate& document_date, std::string_view from,
                                         std::string_view to) {
    std::vector<TimelineEntry> out;
    // The earliest dated document of `docs` (the first one when none is dated).
    auto earliest = [&](const std::vector<std::string>& docs, TimelineEntry& e) {
        for (const std::string& d : docs) {
            std::string date = document_date(d);
            if (!date.empty() && (e.date.empty() || date < e.date)) {
                e.date = std::move(date);
                e.document = d;
            }
        }
        e.date_from_document = !e.date.empty();
        if (e.document.empty() && !docs.empty()) e.document = docs.front();
    };
    for (const MeetingRecord& m : meetings) {
        if (m.status != MeetingStatus::Happened) continue;
        TimelineEntry e;
        e.meeting = m.id;
        if (!m.date.empty()) {
            e.date = m.date;
            if (!m.documents.empty()) e.document = m.documents.front();
        } else {
            earliest(m.documents, e);
        }
        if (date_within(e.date, from, to)) out.push_back(std::move(e));
    }
    for (const RelationRecord& r : relations) {
        if (r.type == RelationType::Met) continue;
        TimelineEntry e;
        e.relation = r.id;
        std::vector<std::string> docs;
        for (const Evidence& ev : r.evidence)
            if (std::find(docs.begin(), docs.end(), ev.doc_id) == docs.end()) docs.push_back(ev.doc_id);
        std::sort(docs.begin(), docs.end());
        if (!r.date.empty()) {
            e.date = r.date;
            if (!docs.empty()) e.document = docs.front();
        } else {
            earliest(docs, e);
        }
        if (date_within(e.date, from, to)) out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
        if (x.date.empty() != y.date.empty()) return y.date.empty();
        if (x.date != y.date) return x.date < y.date;
        if (x.meeting.has_value() != y.meeting.has_value()) return x.meeting.has_value();
        return x.meeting ? *x.meeting < *y.meeting : *x.relation < *y.relation;
    });
    return out;
}

std::vector<TimelineEntry> timeline(const KnowledgeGraph& g, EntityId id,
                                    const std::map<std::string, std::string>& document_dates, std::string_view from,
                                    std::string_view to) {
    if (id.value >= g.entities().size()) return {};
    std::vector<MeetingRecord> meetings;
    for (const MeetingView& v : g.meetings_of(id)) meetings.push_back(g.meeting(v.meeting));
    std::vector<RelationRecord> relations;
    for (RelationId r : g.relations_of(id)) relations.push_back(g.relation(r));
    DocumentDate date = [&](const std::string& doc) {
        auto it = document_dates.find(doc);
        return it == document_dates.end() ? std::string() : it->second;
    };
    return make_timeline(meetings, relations, date, from, to);
}

// --- structure ---------------------------------------------------------------

namespace {

struct LinkProperty {
    std::uint32_t relation = 0;
    std::uint32_t type = 0;
};
// Each undirected link is stored in both directions.
// 32-bit vertex and edge indices: half the memory of the default, and loading speed matters.
using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, LinkProperty, boost::no_property,
                                               std::uint32_t, std::uint32_t>;
using CsrVertex = boost::graph_traits<Csr>::vertex_descriptor;
using SimpleGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

std::uint32_t type_mask(const std::vector<RelationType>& via) {
    if (via.empty()) return ~0U;
    std::uint32_t mask = 0;
    for (RelationType t : via) mask |= 1U << static_cast<unsigned>(t);
    return mask;
}

struct TypeFilter {
    const Csr* graph = nullptr;
    std::uint32_t mask = ~0U;
    template <class Edge>
    bool operator()(const Edge& e) const {
        return ((mask >> (*graph)[e].type) & 1U) != 0;
    }
};
using Filtered = boost::filtered_graph<Csr, TypeFilter>;

using detail::bfs_distances;

// Entities with keep[v] (all when keep is empty), renumbered 0..k-1.
struct Induced {
    std::vector<std::uint32_t> original;  // new index -> entity id
    std::vector<std::uint32_t> local;     // entity id -> new index, or kNone
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
};

Induced induce(std::size_t n, const std::vector<bool>& keep) {
    Induced in;
    in.local.assign(n, Induced::kNone);
    for (std::size_t v = 0; v < n; ++v) {
        if (!keep.empty() && (v >= keep.size() || !keep[v])) continue;
        in.local[v] = static_cast<std::uint32_t>(in.original.size());
        in.original.push_back(static_cast<std::uint32_t>(v));
    }
    return in;
}

// The links a path search reads, fetched once per entity: each entity's distinct
// neighbours over the allowed types (itself left out), ascending, each with the lowest
// relation between them.
class SearchGraph {
public:
    struct Step {
        std::uint32_t to = 0;
        std::uint32_t relation = 0;
    };

    SearchGraph(const AdjacencyOf& links_of, std::uint32_t mask) : links_of_(links_of), mask_(mask) {}

    const std::vector<Step>& steps(std::uint32_t v) {
        auto [it, fetched] = steps_.try_emplace(v);  // references stay valid as the map grows
        if (fetched) {
            std::vector<Step>& out = it->second;
            for (const Adjacent& l : links_of_(EntityId{v}))
                if (l.entity.value != v && ((mask_ >> static_cast<unsigned>(l.type)) & 1U) != 0)
                    out.push_back(Step{l.entity.value, l.relation.value});
            std::sort(out.begin(), out.end(), [](const Step& x, const Step& y) {
                return x.to != y.to ? x.to < y.to : x.relation < y.relation;
            });
            out.erase(std::unique(out.begin(), out.end(), [](const Step& x, const Step& y) { return x.to == y.to; }),
                      out.end());
        }
        return it->second;
    }

    // The lowest relation linking u to v (a neighbour of u).
    RelationId hop(std::uint32_t u, std::uint32_t v) {
        const std::vector<Step>& s = steps(u);
        auto it = std::lower_bound(s.begin(), s.end(), v, [](const Step& x, std::uint32_t t) { return x.to < t; });
        assert(it != s.end() && it->to == v);
        return RelationId{it->relation};
    }

private:
    const AdjacencyOf& links_of_;
    std::uint32_t mask_;
    std::unordered_map<std::uint32_t, std::vector<Step>> steps_;
};

using Distances = std::unordered_map<std::uint32_t, unsigned>;

}  // namespace

std::vector<Path> shortest_paths(EntityId a, EntityId b, const AdjacencyOf& links_of,
                                 const std::vector<RelationType>& via, bool all_shortest) {
    SearchGraph g(links_of, type_mask(via));
    if (a == b) return {Path{{a}, {}}};
    // Hop counts from each end, one whole level at a time, the end with the smaller
    // frontier first. The first level that reaches an entity the other end has reached
    // gives the distance: with radii ra and rb, no entity was within ra - 1 of a and rb
    // of b, so d = ra + rb, and the entities both reached (`middle`) lie at ra from a
    // and rb from b; every shortest chain passes through one of them.
    Distances from_a{{a.value, 0}}, from_b{{b.value, 0}};
    std::vector<std::uint32_t> frontier_a{a.value}, frontier_b{b.value}, middle;
    unsigned ra = 0, rb = 0;
    while (middle.empty()) {
        if (frontier_a.empty() || frontier_b.empty()) return {};
        const bool grow_a = frontier_a.size() <= frontier_b.size();
        Distances& dist = grow_a ? from_a : from_b;
        const Distances& other = grow_a ? from_b : from_a;
        std::vector<std::uint32_t>& frontier = grow_a ? frontier_a : frontier_b;
        unsigned& radius = grow_a ? ra : rb;
        std::vector<std::uint32_t> next;
        for (std::uint32_t v : frontier)
            for (const SearchGraph::Step& s : g.steps(v))
                if (dist.emplace(s.to, radius + 1).second) {
                    next.push_back(s.to);
                    if (other.contains(s.to)) middle.push_back(s.to);
                }
        ++radius;
        frontier = std::move(next);
    }
    // The entities on a shortest chain, with their distance from a, layer by layer out
    // of the middle: towards a, neighbours one hop nearer a (exact within ra); towards b,
    // neighbours one hop nearer b (exact within rb).
    const unsigned d = ra + rb;
    Distances level;
    for (std::uint32_t m : middle) level.emplace(m, ra);
    std::vector<std::uint32_t> layer = middle;
    for (unsigned l = ra; l > 0; --l) {
        std::vector<std::uint32_t> nearer;
        for (std::uint32_t v : layer)
            for (const SearchGraph::Step& s : g.steps(v)) {
                auto it = from_a.find(s.to);
                if (it != from_a.end() && it->second == l - 1 && level.emplace(s.to, l - 1).second)
                    nearer.push_back(s.to);
            }
        layer = std::move(nearer);
    }
    layer = middle;
    for (unsigned l = ra; l < d; ++l) {
        std::vector<std::uint32_t> farther;
        for (std::uint32_t v : layer)
            for (const SearchGraph::Step& s : g.steps(v)) {
                auto it = from_b.find(s.to);
                if (it != from_b.end() && it->second == d - l - 1 && level.emplace(s.to, l + 1).second)
                    farther.push_back(s.to);
            }
        layer = std::move(farther);
    }
    // A neighbour of v one hop nearer a is on a shortest chain, so `level` knows it.
    auto closer = [&](std::uint32_t v) {
        const unsigned lv = level.at(v);
        std::vector<std::uint32_t> out;
        for (const SearchGraph::Step& s : g.steps(v)) {
            auto it = level.find(s.to);
            if (it != level.end() && it->second + 1 == lv) out.push_back(s.to);
        }
        return out;
    };
    std::vector<Path> paths;
    auto record = [&](const std::vector<std::uint32_t>& back) {
        Path p;
        for (auto it = back.rbegin(); it != back.rend(); ++it) p.nodes.push_back(EntityId{*it});
        for (std::size_t i = 0; i + 1 < p.nodes.size(); ++i) p.hops.push_back(g.hop(p.nodes[i].value, p.nodes[i + 1].value));
        paths.push_back(std::move(p));
    };
    // Walk back from b over neighbours one hop nearer a, lowest id first.
    detail::walk_back_chains<std::uint32_t>(a.value, b.value, all_shortest, closer, record);
    std::sort(paths.begin(), paths.end(), [](const Path& x, const Path& y) { return x.nodes < y.nodes; });
    return paths;
}

struct Network::Impl {
    std::size_t n = 0;
    std::size_t links = 0;
    Csr csr;
    // Collapsed undirected pairs (lo < hi) with the number of relations between them;
    // computed on first use (path questions never need them).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> undirected;
    mutable std::once_flag pairs_once;
    mutable std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, double>> pairs_;

    const std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, double>>& pairs() const {
        std::call_once(pairs_once, [this] {
            std::vector<std::pair<std::uint32_t, std::uint32_t>> sorted = undirected;
            std::sort(sorted.begin(), sorted.end());
            for (std::size_t i = 0; i < sorted.size();) {
                std::size_t j = i;
                while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
                pairs_.push_back({sorted[i], static_cast<double>(j - i)});
                i = j;
            }
        });
        return pairs_;
    }

    // Induced simple graph edges in local numbering, with weights.
    std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, double>> induced_pairs(const Induced& in) const {
        std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, double>> out;
        for (const auto& [p, w] : pairs()) {
            const std::uint32_t a = in.local[p.first];
            const std::uint32_t b = in.local[p.second];
            if (a != Induced::kNone && b != Induced::kNone) out.push_back({{a, b}, w});
        }
        return out;
    }

    SimpleGraph simple(const Induced& in) const {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
        for (const auto& [p, w] : induced_pairs(in)) edges.push_back(p);
        return SimpleGraph(edges.begin(), edges.end(), in.original.size());
    }
};

Network::Network(std::size_t entity_count, const std::vector<Link>& links) : impl_(std::make_unique<Impl>()) {
    Impl& g = *impl_;
    g.n = entity_count;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
    std::vector<LinkProperty> props;
    assert(links.size() < std::numeric_limits<std::uint32_t>::max() / 2);
    ends.reserve(links.size() * 2);
    props.reserve(links.size() * 2);
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& undirected = g.undirected;
    undirected.reserve(links.size());
    for (const Link& l : links) {
        if (l.a.value >= entity_count || l.b.value >= entity_count) continue;
        const LinkProperty p{l.relation.value, static_cast<std::uint32_t>(l.type)};
        ends.emplace_back(l.a.value, l.b.value);
        props.push_back(p);
        ++g.links;
        if (l.a == l.b) continue;
        ends.emplace_back(l.b.value, l.a.value);
        props.push_back(p);
        undirected.push_back(std::minmax(l.a.value, l.b.value));
    }
    assert(entity_count < std::numeric_limits<std::uint32_t>::max());
    g.csr = Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(),
                static_cast<std::uint32_t>(entity_count));
}

Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

std::size_t Network::entity_count() const { return impl_->n; }
std::size_t Network::link_count() const { return impl_->links; }

std::vector<Path> Network::shortest_paths(EntityId a, EntityId b, const std::vector<RelationType>& via,
                                          bool all_shortest) const {
    const Impl& g = *impl_;
    if (a.value >= g.n || b.value >= g.n) return {};
    const AdjacencyOf links_of = [&g](EntityId id) {
        std::vector<Adjacent> out;
        for (auto [it, end] = boost::out_edges(static_cast<CsrVertex>(id.value), g.csr); it != end; ++it)
            out.push_back(Adjacent{EntityId{static_cast<std::uint32_t>(boost::target(*it, g.csr))},
                                   static_cast<RelationType>(g.csr[*it].type), RelationId{g.csr[*it].relation}});
        return out;
    };
    return graph::shortest_paths(a, b, links_of, via, all_shortest);
}

std::vector<Reached> Network::neighbourhood(EntityId id, unsigned depth, const std::vector<RelationType>& via) const {
    const Impl& g = *impl_;
    if (id.value >= g.n) return {};
    const Filtered fg(g.csr, TypeFilter{&g.csr, type_mask(via)});
    const std::vector<unsigned> dist = bfs_distances(fg, g.n, id.value, depth);
    std::vector<Reached> out;
    for (std::size_t v = 0; v < g.n; ++v)
        if (dist[v] <= depth) out.push_back(Reached{EntityId{static_cast<std::uint32_t>(v)}, dist[v]});
    std::stable_sort(out.begin(), out.end(), [](const Reached& x, const Reached& y) { return x.depth < y.depth; });
    return out;
}

std::vector<RelationId> Network::relations_of(EntityId id) const {
    const Impl& g = *impl_;
    if (id.value >= g.n) return {};
    std::vector<RelationId> out;
    for (auto [it, end] = boost::out_edges(static_cast<CsrVertex>(id.value), g.csr); it != end; ++it)
        out.push_back(RelationId{g.csr[*it].relation});
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Score> rank_by_count(const std::vector<double>& counts, const std::vector<bool>& keep) {
    std::vector<Score> out;
    for (std::size_t v = 0; v < counts.size(); ++v)
        if (keep.empty() || (v < keep.size() && keep[v]))
            out.push_back(Score{EntityId{static_cast<std::uint32_t>(v)}, counts[v]});
    std::stable_sort(out.begin(), out.end(), [](const Score& x, const Score& y) { return x.value > y.value; });
    return out;
}

std::vector<Score> Network::rank(Centrality by, const std::vector<bool>& keep, unsigned threads) const {
    const Impl& g = *impl_;
    const Induced in = induce(g.n, keep);
    const std::size_t k = in.original.size();
    std::vector<double> value(k, 0.0);
    if (k > 0 && by != Centrality::Meetings) {
        const SimpleGraph simple = g.simple(in);
        switch (by) {
        case Centrality::Degree:
            for (std::size_t v = 0; v < k; ++v) value[v] = static_cast<double>(boost::out_degree(v, simple));
            break;
        case Centrality::Betweenness:
            value = detail::betweenness(detail::adjacency_of(simple), threads);
            break;
        case Centrality::Closeness:
            value = detail::closeness(detail::adjacency_of(simple), {}, threads);
            break;
        case Centrality::PageRank: {
            value = detail::page_rank(detail::adjacency_of(simple), 0.85, 30, threads);
            const double sum = std::accumulate(value.begin(), value.end(), 0.0);
            if (sum > 0.0)
                for (double& x : value) x /= sum;
            break;
        }
        case Centrality::Meetings:
            break;
        }
    }
    std::vector<Score> out;
    out.reserve(k);
    for (std::size_t v = 0; v < k; ++v) out.push_back(Score{EntityId{in.original[v]}, value[v]});
    std::stable_sort(out.begin(), out.end(), [](const Score& x, const Score& y) { return x.value > y.value; });
    return out;
}

namespace {

std::vector<std::vector<EntityId>> groups_of(const std::vector<std::uint32_t>& label, const Induced& in) {
    std::unordered_map<std::uint32_t, std::size_t> slot;
    std::vector<std::vector<EntityId>> out;
    for (std::size_t v = 0; v < label.size(); ++v) {
        auto [it, inserted] = slot.try_emplace(label[v], out.size());
        if (inserted) out.emplace_back();
        out[it->second].push_back(EntityId{in.original[v]});
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return x.size() != y.size() ? x.size() > y.size() : x.front() < y.front();
    });
    return out;
}

// One level of Louvain's local moving phase on a weighted graph given as
// adjacency lists (self loops allowed, stored once with their full weight).
// Returns the community of each node, renumbered 0.. in order of first node.
struct WeightedGraph {
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adj;  // sorted by neighbour
    std::vector<double> self;                                        // self-loop weight
    std::size_t size() const { return adj.size(); }
};

double total_weight2(const WeightedGraph& g) {  // 2m
    double m2 = 0.0;
    for (std::size_t v = 0; v < g.size(); ++v) {
        for (const auto& [u, w] : g.adj[v]) m2 += w;
        m2 += 2.0 * g.self[v];
    }
    return m2;
}

bool local_moves(const WeightedGraph& g, std::vector<std::uint32_t>& community) {
    const std::size_t n = g.size();
    const double m2 = total_weight2(g);
    community.resize(n);
    std::iota(community.begin(), community.end(), 0U);
    if (m2 <= 0.0) return false;
    std::vector<double> degree(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        for (const auto& [u, w] : g.adj[v]) degree[v] += w;
        degree[v] += 2.0 * g.self[v];
    }
    std::vector<double> tot = degree;  // total degree per community
    std::vector<double> link(n, 0.0);  // weight from the current node to each community
    std::vector<std::uint32_t> touched;
    bool moved_any = false;
    constexpr double kEpsilon = 1e-12;
    for (int pass = 0; pass < 100; ++pass) {
        bool moved = false;
        for (std::size_t v = 0; v < n; ++v) {
            const std::uint32_t own = community[v];
            touched.clear();
            for (const auto& [u, w] : g.adj[v]) {
                const std::uint32_t c = community[u];
                if (link[c] == 0.0) touched.push_back(c);
                link[c] += w;
            }
            tot[own] -= degree[v];
            // Gain of joining c (up to a constant): link to c - tot(c) * degree / 2m.
            std::uint32_t best = own;
            double best_gain = link[own] - tot[own] * degree[v] / m2;
            std::sort(touched.begin(), touched.end());
            for (std::uint32_t c : touched) {
                const double gain = link[c] - tot[c] * degree[v] / m2;
                if (gain > best_gain + kEpsilon) {
                    best = c;
                    best_gain = gain;
                }
            }
            tot[best] += degree[v];
            for (std::uint32_t c : touched) link[c] = 0.0;
            link[own] = 0.0;
            if (best != own) {
                community[v] = best;
                moved = true;
                moved_any = true;
            }
        }
        if (!moved) break;
    }
    // Renumber in order of first node.
    std::vector<std::uint32_t> renumber(n, std::numeric_limits<std::uint32_t>::max());
    std::uint32_t next = 0;
    for (std::uint32_t& c : community) {
        if (renumber[c] == std::numeric_limits<std::uint32_t>::max()) renumber[c] = next++;
        c = renumber[c];
    }
    return moved_any;
}

WeightedGraph aggregate(const WeightedGraph& g, const std::vector<std::uint32_t>& community) {
    const std::uint32_t count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
    WeightedGraph out;
    out.adj.resize(count);
    out.self.assign(count, 0.0);
    std::vector<std::map<std::uint32_t, double>> sums(count);
    for (std::size_t v = 0; v < g.size(); ++v) {
        const std::uint32_t cv = community[v];
        out.self[cv] += g.self[v];
        for (const auto& [u, w] : g.adj[v]) {
            const std::uint32_t cu = community[u];
            if (cu == cv) out.self[cv] += w / 2.0;  // each internal edge is seen from both ends
            else sums[cv][cu] += w;
        }
    }
    for (std::uint32_t c = 0; c < count; ++c)
        for (const auto& [d, w] : sums[c]) out.adj[c].emplace_back(d, w);
    return out;
}

}  // namespace

std::vector<std::vector<EntityId>> Network::components(const std::vector<bool>& keep) const {
    const Impl& g = *impl_;
    const Induced in = induce(g.n, keep);
    if (in.original.empty()) return {};
    const SimpleGraph simple = g.simple(in);
    std::vector<std::uint32_t> component(in.original.size());
    boost::connected_components(simple, boost::make_iterator_property_map(component.begin(),
                                                                           boost::get(boost::vertex_index, simple)));
    return groups_of(component, in);
}

Communities Network::communities(const std::vector<bool>& keep) const {
    const Impl& g = *impl_;
    const Induced in = induce(g.n, keep);
    const std::size_t k = in.original.size();
    Communities out;
    if (k == 0) return out;
    WeightedGraph level;
    level.adj.resize(k);
    level.self.assign(k, 0.0);
    for (const auto& [p, w] : g.induced_pairs(in)) {
        level.adj[p.first].emplace_back(p.second, w);
        level.adj[p.second].emplace_back(p.first, w);
    }
    for (auto& a : level.adj) std::sort(a.begin(), a.end());
    const WeightedGraph original = level;

    std::vector<std::uint32_t> membership(k);  // node -> community at the current level
    std::iota(membership.begin(), membership.end(), 0U);
    for (int round = 0; round < 32; ++round) {
        std::vector<std::uint32_t> community;
        const bool moved = local_moves(level, community);
        for (std::uint32_t& c : membership) c = community[c];
        if (!moved) break;
        level = aggregate(level, community);
    }
    // Modularity of the final partition on the original graph.
    const double m2 = total_weight2(original);
    if (m2 > 0.0) {
        std::vector<double> tot(k, 0.0);
        double inside = 0.0;
        for (std::size_t v = 0; v < k; ++v)
            for (const auto& [u, w] : original.adj[v]) {
                tot[membership[v]] += w;
                if (membership[u] == membership[v]) inside += w;
            }
        double q = inside / m2;
        for (double t : tot) q -= (t / m2) * (t / m2);
        out.modularity = q;
    }
    out.groups = groups_of(membership, in);
    return out;
}

std::vector<Link> links_of(const KnowledgeGraph& g) {
    std::vector<Link> out;
    out.reserve(g.relations().size());
    for (const RelationRecord& r : g.relations()) out.push_back(Link{r.a, r.b, r.id, r.type});
    return out;
}

Network network_of(const KnowledgeGraph& g) { return Network(g.entities().size(), links_of(g)); }

std::vector<double> meeting_counts(const KnowledgeGraph& g) {
    std::vector<double> counts(g.entities().size(), 0.0);
    for (const MeetingRecord& m : g.meetings()) {
        if (m.status != MeetingStatus::Happened) continue;
        for (EntityId p : m.participants)
            if (p.value < counts.size()) counts[p.value] += 1.0;
    }
    return counts;
}

}  // namespace kg::graph
