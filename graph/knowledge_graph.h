#pragma once
// KnowledgeGraph: documents' extractions merged into one graph of entities,
// relations and meetings, with the connection questions people ask of it.
// Boost.Graph lives behind the pImpl in knowledge_graph.cpp.
//
//   kg::graph::KnowledgeGraph g;
//   for (const auto& x : extractions) g.add(x);
//   if (auto ids = g.find("Hayashi"); ids.size() == 1)
//       for (const kg::graph::MeetingView& m : g.meetings_of(ids[0])) ...

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/records.h"
#include "model/types.h"

namespace kg::graph {

// Names are compared case-, accent- and punctuation-insensitively.
std::string name_key(std::string_view name);

// One meeting seen from one participant.
struct MeetingView {
    MeetingId meeting;
    std::vector<EntityId> counterparts;
};

// A chain of relations linking two entities; hops[i] links nodes[i] and nodes[i+1].
struct Path {
    std::vector<EntityId> nodes;
    std::vector<RelationId> hops;
};

enum class Centrality { Degree, Betweenness, Closeness, PageRank, Meetings };

// The lookup tables find() consults, in its order of preference. Exported by
// KnowledgeGraph::name_index() so a persisted snapshot can answer find() the
// same way without rebuilding the graph (see graph/queries.h, lookup_keys).
enum class NameIndex : std::uint8_t { Canonical, PersonExact, Alias, PersonSurname, PersonTokenSet, PersonOuter };
struct NameIndexEntry {
    NameIndex index = NameIndex::Canonical;
    std::string key;
    EntityId entity;
};

// The merge state as rows (KnowledgeGraph::state_rows): every table entity resolution
// reads, one row per key, so that a graph kept in a database can be merged into reading
// only the keys its new documents ask for (KnowledgeGraph::attach). Values are packed with
// model/byte_codec.h: an entity id, a list of ids, or (KnownName) the name's place in
// suggest()'s list and its key; a TokenCount row's key is an entity id as four big-endian
// bytes. Reasons rows have empty values.
enum class StateTable : std::uint8_t {
    Exact = 1, OtherAlias, PersonTokenSet, LatinKeys, PersonSurname, PersonOuter, Canonical, Alias,
    RelationKey, MeetingKey, Pinned, Reasons, KnownName, TokenCount
};
struct StateRow {
    StateTable table = StateTable::Exact;
    std::string key;
    std::optional<std::string> value;  // none: the key was removed (in KnowledgeGraph::Changes)
};
// How many records and known names a stored merge state has (the ids new ones get).
struct StateCounts {
    std::size_t entities = 0;
    std::size_t relations = 0;
    std::size_t meetings = 0;
    std::size_t known_names = 0;
};
// Where an attached graph reads what it has not read yet: the rows of its state and its
// records as a graph snapshot keeps them. An entity comes without its documents, with their
// number in `documents`, and relations and meetings without their evidence, with its size
// in `evidence` (the new documents' are appended to them: see Changes::documents_before).
// Empty when there is none.
class StateSource {
public:
    virtual ~StateSource() = default;
    virtual std::optional<std::string> row(StateTable table, std::string_view key) = 0;
    virtual std::optional<EntityRecord> entity(EntityId id, std::size_t& documents) = 0;
    virtual std::optional<RelationRecord> relation(RelationId id, std::size_t& evidence) = 0;
    virtual std::optional<MeetingRecord> meeting(MeetingId id, std::size_t& evidence) = 0;
    virtual std::string document_date(std::string_view doc_id) = 0;
    // For step 1 (graph/corrections.h), which reads people's and organisations' ROLEs: the
    // ids of the stored relations touching `id`, ascending, and a relation's stored evidence.
    virtual std::vector<RelationId> relations_of(EntityId id) = 0;
    virtual std::vector<Evidence> evidence(RelationId id) = 0;
};

struct Score {
    EntityId entity;
    double value = 0.0;
};

// Not copyable. add() must not run concurrently with anything else; the const
// queries may run concurrently with each other.
class KnowledgeGraph {
public:
    KnowledgeGraph();
    ~KnowledgeGraph();
    KnowledgeGraph(KnowledgeGraph&&) noexcept;
    KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

    // Merges one document's extraction: entities are resolved against those
    // already present (same type and name key, an alias, or a person's surname
    // matching one known full name), relations and meetings are added with their
    // evidence; the same relation stated twice keeps one record with both evidences.
    void add(const DocumentExtraction& x);
    // add() that also says which entity each of x's entities became (empty when it
    // was skipped, e.g. for a blank name). A non-empty pins[i] bypasses name
    // resolution for entity i: all entities of one type pinned to the same string
    // become one entity with that canonical name. graph/corrections.h uses this to
    // replay a user's merge and split decisions.
    std::vector<std::optional<EntityId>> add_pinned(const DocumentExtraction& x, const std::vector<std::string>& pins);
    // The whole merge state as bytes: the records and every table entity resolution and
    // find() read. restore_state(save_state()) is a graph that answers, and merges every
    // later document, exactly as this one; equal graphs save equal bytes. Empty when the
    // bytes are damaged or were saved under other merge rules (graph/merge_version.h).
    std::string save_state() const;
    static std::optional<KnowledgeGraph> restore_state(std::string_view bytes);
    // The merge state as rows, sorted by table and key; equal graphs give equal rows.
    // restore_rows(state_rows(), records, document dates) is this graph again.
    std::vector<StateRow> state_rows() const;
    // The same rows given one at a time, in the same order, without making them all at once.
    void each_state_row(const std::function<void(StateRow&)>& emit) const;
    StateCounts state_counts() const;
    // Empty when a row is damaged or names a record that is not there.
    static std::optional<KnowledgeGraph> restore_rows(const std::vector<StateRow>& rows,
                                                      std::vector<EntityRecord> entities,
                                                      std::vector<RelationRecord> relations,
                                                      std::vector<MeetingRecord> meetings,
                                                      std::vector<std::pair<std::string, std::string>> document_dates);
    // A graph whose state is kept elsewhere: add() reads from `source` only the rows and
    // records it needs, and track_changes()/take_changes() say what to write back. Such a
    // graph answers add(), document_date(), entity(), relation() and meeting() for the
    // records it has read or made (take_changes lists them), and find(), relations_of() and
    // whole_relation() as a complete graph would (reading what they need); nothing else (no
    // entities() list, paths or ranks). It is merged into under the rules add() has for a
    // complete graph exactly when the documents sort after every one in the state (an
    // entity's new documents are appended to its stored ones). relation() of an attached
    // graph lists only the evidence added since.
    static KnowledgeGraph attach(std::shared_ptr<StateSource> source, const StateCounts& counts);
    bool attached() const;
    // relation(id) with all its evidence (of an attached graph: the stored, then the new).
    RelationRecord whole_relation(RelationId id) const;
    // A graph of records merged before (index == id.value in each vector), with the dates
    // of its documents: what a persisted snapshot of a merged graph holds. Its records,
    // relations_of, meetings_of, neighbourhood, shortest_paths, rank, components and
    // document_date answer exactly as those of the graph that merged them; it keeps no
    // name tables, so find() and suggest() know no names and add() must not be called
    // (for reading a merged graph, as kg export does, without merging its documents).
    // Empty when a record's id is not its index or it names an entity or meeting that is
    // not there.
    static std::optional<KnowledgeGraph> from_records(std::vector<EntityRecord> entities,
                                                      std::vector<RelationRecord> relations,
                                                      std::vector<MeetingRecord> meetings,
                                                      std::vector<std::pair<std::string, std::string>> document_dates);
    // Ids of the records add() created or changed since the last take_changes(), each
    // ascending: what a persisted copy of the graph must rewrite. Nothing is tracked
    // before track_changes().
    struct Changes {
        std::vector<EntityId> entities;
        std::vector<RelationId> relations;
        std::vector<MeetingId> meetings;
        // The state rows whose value changed (value none: removed), sorted by table and key,
        // and the keys of find()'s tables among them with the entities they lead to now.
        std::vector<StateRow> rows;
        std::vector<NameIndexEntry> names;  // sorted by (index, key, entity)
        std::vector<std::pair<NameIndex, std::string>> name_keys;  // every changed key of find()'s tables
        // Attached graphs only (else empty), parallel to the ids above: how many documents
        // of an entity, and pieces of evidence of a relation or meeting, were stored before
        // (its record lists only those added since).
        std::vector<std::size_t> documents_before;
        std::vector<std::size_t> relation_evidence_before;
        std::vector<std::size_t> meeting_evidence_before;
    };
    void track_changes();
    Changes take_changes();
    // The date (ISO or empty) of an added document; empty for an unknown one.
    std::string document_date(std::string_view doc_id) const;

    const std::vector<EntityRecord>& entities() const;   // index == id.value
    const std::vector<RelationRecord>& relations() const; // index == id.value
    const std::vector<MeetingRecord>& meetings() const;   // index == id.value
    const EntityRecord& entity(EntityId id) const;        // id must be valid
    const RelationRecord& relation(RelationId id) const;
    const MeetingRecord& meeting(MeetingId id) const;

    // Every entity whose canonical name or an alias matches `name` (see name_key),
    // or whose surname does; best matches first. Empty when nothing matches.
    std::vector<EntityId> find(std::string_view name, std::optional<EntityType> type = {}) const;
    // Up to `limit` known names closest to `name` by edit distance, for "did you mean".
    std::vector<std::string> suggest(std::string_view name, std::size_t limit = 3) const;

    // Meetings (status happened) that `person` took part in, newest first.
    std::vector<MeetingView> meetings_of(EntityId person) const;
    // Relations touching `id`, optionally of one type.
    std::vector<RelationId> relations_of(EntityId id, std::optional<RelationType> type = {}) const;

    // Shortest chains between a and b over relations of the given types (all when empty).
    // Empty when unconnected. `all_shortest` returns every shortest chain.
    std::vector<Path> shortest_paths(EntityId a, EntityId b, const std::vector<RelationType>& via = {},
                                     bool all_shortest = false) const;
    // Entities within `depth` hops of `id` (including it).
    std::vector<EntityId> neighbourhood(EntityId id, unsigned depth,
                                        const std::vector<RelationType>& via = {}) const;
    // Scores over the entities of `type` (all when empty), highest first. Betweenness,
    // closeness and PageRank run on `threads` threads (0: every core) with the same
    // result for any number (graph/detail/centrality.h).
    std::vector<Score> rank(Centrality by, std::optional<EntityType> type = {}, unsigned threads = 0) const;
    // Connected components as lists of entity ids, largest first.
    std::vector<std::vector<EntityId>> components() const;

    // Every key of find()'s lookup tables with the entity it leads to, sorted by
    // (index, key, entity). find(name, type) equals lookup_keys(name, type) looked
    // up in these entries (graph/queries.h, find_in_index).
    std::vector<NameIndexEntry> name_index() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph
