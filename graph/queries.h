#pragma once
// The questions kg answers, as plain functions: who met whom (with filters),
// when two people met, an entity's timeline, and the structural questions
// (paths, neighbourhoods, centrality, components, communities) over a Network,
// a compact read-only copy of the relations that can be built from a
// KnowledgeGraph or from a persisted snapshot of one.
//
//   kg::graph::MeetingFilter f;  f.with = g.find("Stoltenberg")[0];  f.from = "2023";
//   for (const kg::graph::MeetingView& v : kg::graph::find_meetings(g, hayashi, f)) ...
//   kg::graph::Network net = kg::graph::network_of(g);
//   kg::graph::Communities c = net.communities();   // Louvain modularity classes

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/records.h"
#include "model/types.h"

namespace kg::graph {

// --- names -------------------------------------------------------------------

// The (table, key) pairs find() looks `name` up under, in its order of preference.
// Looking them up in KnowledgeGraph::name_index() entries (each table's ids in
// ascending order, PersonExact only when `type` is empty or PERSON), keeping
// entities of `type` and dropping repeats, gives exactly find(name, type).
std::vector<std::pair<NameIndex, std::string>> lookup_keys(std::string_view name, std::optional<EntityType> type);

// find() over exported entries; `entries` sorted as name_index() returns them,
// `type_of` gives an entity's type.
std::vector<EntityId> find_in_index(const std::vector<NameIndexEntry>& entries, std::string_view name,
                                    std::optional<EntityType> type,
                                    const std::function<EntityType(EntityId)>& type_of);

// Up to `limit` of `known` (names and aliases) closest to `name` by edit distance,
// as KnowledgeGraph::suggest does it. Empty when nothing is close.
std::vector<std::string> suggest_names(const std::vector<std::string>& known, std::string_view name,
                                       std::size_t limit = 3);

// --- meetings ----------------------------------------------------------------

// True when `date` (ISO, possibly empty) lies within [from, to]; a bound given as
// YYYY or YYYY-MM covers the whole year or month; empty bounds are open. An
// empty date lies within open bounds only.
bool date_within(std::string_view date, std::string_view from, std::string_view to);

// Conditions on a meeting; unset fields do not filter.
struct MeetingFilter {
    std::optional<EntityId> with;     // this person took part too
    std::optional<EntityId> country;  // a counterpart holds a ROLE towards this entity
    std::optional<EntityId> org;      // same, for an organisation
    std::optional<EntityId> place;
    std::optional<MeetingMode> mode;
    std::string from;  // dates as for date_within
    std::string to;
};

// Does `holder` hold a ROLE towards `of` (any date)?
using RoleCheck = std::function<bool(EntityId holder, EntityId of)>;

// Whether meeting `m` (status happened) passes `f`. With `person`, counterparts are
// the other participants; without, every participant counts as a counterpart.
bool meeting_matches(const MeetingRecord& m, std::optional<EntityId> person, const MeetingFilter& f,
                     const RoleCheck& holds_role);

// Orders meetings newest first, undated last, then by id.
bool newer_meeting(const MeetingRecord& x, const MeetingRecord& y);
// The same order on meetings' dates and ids alone.
bool newer_meeting(std::string_view x_date, MeetingId x, std::string_view y_date, MeetingId y);
// The same order as one number, for sorting tens of thousands of meetings on integers:
// x before y in newer_meeting exactly when newer_meeting_key(x) < newer_meeting_key(y). Empty
// when `date` is neither empty nor of the form YYYY, YYYY-MM or YYYY-MM-DD with a month and
// day other than 00 (then compare with newer_meeting).
std::optional<std::uint64_t> newer_meeting_key(std::string_view date, MeetingId id);

// Meetings that took place, of `person` (every meeting when empty), passing `f`,
// newest first. Each view's counterparts: participants other than `person` (all
// participants without one).
std::vector<MeetingView> find_meetings(const KnowledgeGraph& g, std::optional<EntityId> person,
                                       const MeetingFilter& f = {});

// Meetings in which both a and b took part, newest first.
std::vector<MeetingView> meetings_between(const KnowledgeGraph& g, EntityId a, EntityId b,
                                          std::string_view from = {}, std::string_view to = {});

// --- timelines ---------------------------------------------------------------

// One dated fact about an entity: a meeting, or a relation (ROLE, ATTENDED, ...)
// other than MET (meetings stand for those).
struct TimelineEntry {
    std::string date;                  // the meeting's or relation's date, else its earliest document's date
    bool date_from_document = false;   // true when `date` is a document date
    std::optional<MeetingId> meeting;  // exactly one of meeting and relation is set
    std::optional<RelationId> relation;
    std::string document;              // the document the date comes from, or the first document
};

// Maps a document id to its date (ISO or empty).
using DocumentDate = std::function<std::string(const std::string& doc_id)>;

// Builds a timeline from an entity's meetings (happened ones) and relations, in
// date order (undated last), restricted to [from, to] like date_within.
std::vector<TimelineEntry> make_timeline(const std::vector<MeetingRecord>& meetings,
                                         const std::vector<RelationRecord>& relations,
                                         const DocumentDate& document_date, std::string_view from = {},
                                         std::string_view to = {});

// The timeline of `id` in `g`; `document_dates` maps document ids to dates (the
// graph does not keep them; the documents do).
std::vector<TimelineEntry> timeline(const KnowledgeGraph& g, EntityId id,
                                    const std::map<std::string, std::string>& document_dates,
                                    std::string_view from = {}, std::string_view to = {});

// --- structure ---------------------------------------------------------------

// One relation as an edge.
struct Link {
    EntityId a;
    EntityId b;
    RelationId relation;
    RelationType type = RelationType::Met;
};

// One link of an entity as a path search reads it: the entity at its other end, the
// relation's type, and the relation.
struct Adjacent {
    EntityId entity;
    RelationType type = RelationType::Met;
    RelationId relation;
};

// The links of one entity, in any order: each relation touching it, or, as
// store::GraphSnapshot keeps them, each neighbour once per relation type with the
// lowest-numbered relation of that type between them (a path search needs no more).
using AdjacencyOf = std::function<std::vector<Adjacent>(EntityId)>;

// Shortest chains a..b over links of the `via` types (all when empty), as
// Network::shortest_paths gives them (the same chains, hops and order), reading the
// links of only the entities the search reaches: a breadth-first search from both
// ends, each step growing the end with the smaller frontier, then the entities on a
// shortest chain. `links_of` is asked at most once per entity. Empty when unconnected.
std::vector<Path> shortest_paths(EntityId a, EntityId b, const AdjacencyOf& links_of,
                                 const std::vector<RelationType>& via = {}, bool all_shortest = false);

// Modularity classes: groups largest first (ties by smallest member), members in
// id order, and the modularity of the partition.
struct Communities {
    std::vector<std::vector<EntityId>> groups;
    double modularity = 0.0;
};

// An entity reached from another, and in how many hops.
struct Reached {
    EntityId entity;
    unsigned depth = 0;
};

// The relations of a knowledge base as a compact undirected multigraph over
// entity ids 0..entity_count-1 (Boost's compressed sparse row graph behind a
// pImpl). Cheap to build from a link list; immutable; queries may run concurrently.
class Network {
public:
    // Links with an end >= entity_count are ignored.
    Network(std::size_t entity_count, const std::vector<Link>& links);
    ~Network();
    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;

    std::size_t entity_count() const;
    std::size_t link_count() const;

    // Shortest chains a..b over links of the `via` types (all when empty), as
    // KnowledgeGraph::shortest_paths: each hop is the lowest-numbered relation
    // of an allowed type between its two entities; at most 1000 chains with
    // `all_shortest`; empty when unconnected or an id is out of range.
    std::vector<Path> shortest_paths(EntityId a, EntityId b, const std::vector<RelationType>& via = {},
                                     bool all_shortest = false) const;

    // Entities within `depth` hops of `id` over links of the `via` types, `id`
    // itself first (depth 0), then by depth and id.
    std::vector<Reached> neighbourhood(EntityId id, unsigned depth, const std::vector<RelationType>& via = {}) const;

    // Relation ids of the links touching `id`, ascending.
    std::vector<RelationId> relations_of(EntityId id) const;

    // Centrality over the simple graph (parallel links collapsed, self links
    // dropped) induced by the entities with keep[id] true (all when `keep` is
    // empty); highest first, ties in id order, only kept entities listed.
    // Degree: distinct neighbours. Betweenness: Brandes (unnormalised, each
    // unordered pair counted once). Closeness: Wasserman-Faust, meaningful in a
    // disconnected graph. PageRank: damping 0.85, 30 iterations, sums to 1.
    // Meetings is not a network measure: use rank_by_count. Betweenness, closeness
    // and PageRank run on `threads` threads (0: every core), with the same result
    // for any number.
    std::vector<Score> rank(Centrality by, const std::vector<bool>& keep = {}, unsigned threads = 0) const;

    // Connected components of the induced graph as for rank; largest first.
    std::vector<std::vector<EntityId>> components(const std::vector<bool>& keep = {}) const;

    // Louvain modularity classes (Blondel et al. 2008) of the induced simple
    // graph, edges weighted by the number of relations between their ends.
    // Deterministic: nodes are visited in id order and ties go to the lowest
    // community. Entities without links form groups of one.
    Communities communities(const std::vector<bool>& keep = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Every relation of `g` as a link, in relation id order.
std::vector<Link> links_of(const KnowledgeGraph& g);
Network network_of(const KnowledgeGraph& g);

// Scores from per-entity counts (e.g. meetings), highest first, ties in id order,
// only entities with keep[id] true (all when `keep` is empty).
std::vector<Score> rank_by_count(const std::vector<double>& counts, const std::vector<bool>& keep = {});

// Happened meetings per entity (index == entity id), for Centrality::Meetings.
std::vector<double> meeting_counts(const KnowledgeGraph& g);

}  // namespace kg::graph
