#pragma once
// A query-shaped copy of the merged knowledge graph, kept in the knowledge base
// file beside the documents (tables kb_*), so that questions such as "whom did
// X meet?" or "how are A and B linked?" are answered from indexed tables and
// one packed link list instead of re-merging every stored document.
//
// The snapshot is a cache: it is labelled with the knowledge base's generation,
// a counter that triggers bump on every change to documents or corrections, and
// open_graph_snapshot() refuses a snapshot of another generation or format.
//
// A change log (table kb_changes, filled by triggers) says which changes came since
// the snapshot; when they are only added documents, the snapshot's merge state (the
// tables entity resolution reads, one row per key, beside the snapshot's own records)
// can take them without merging the others again, read and written key by key.
//
//   kg::store::SnapshotStart start = kg::store::begin_snapshot("kg.db");  // before loading the documents
//   ... merge st->load_all() into a graph, or start.added into the state (GraphSnapshot::state_row ...) ...
//   kg::store::write_graph_snapshot("kg.db", start, {entities, relations, meetings, names, link_date, &state});
//   (or write_grown_snapshot("kg.db", start, delta) with what the added documents changed)
//   if (auto snap = kg::store::open_graph_snapshot("kg.db")) snap->meetings_of(id);

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

namespace kg::store {

// A key of one of the graph's name lookup tables (`table` is graph::NameIndex's value).
struct SnapshotName {
    std::uint8_t table = 0;
    std::string key;
    EntityId entity;
};

// One relation as an edge.
struct SnapshotLink {
    EntityId a;
    EntityId b;
    RelationId relation;
    RelationType type = RelationType::Met;
    // The relation's date, else its earliest document's date, as the number
    // YYYYMMDD (00 for an unknown month or day); 0 when undated. Numeric order is
    // date order; see pack_date.
    std::uint32_t date = 0;
};

// A neighbour of an entity: each is listed once per relation type linking them, with
// the lowest-numbered relation of that type.
struct SnapshotAdjacent {
    EntityId entity;
    RelationType type = RelationType::Met;
    RelationId relation;
};

// "2023-04-05" -> 20230405, "2023-04" -> 20230400, "2023" -> 20230000; 0 when not a date.
std::uint32_t pack_date(std::string_view iso);

// One row of the merge state (graph::StateRow: `table` is graph::StateTable's value); no
// value: a row to delete (SnapshotDelta).
struct StateKeyRow {
    std::uint8_t table = 0;
    std::string key;
    std::optional<std::string> value;
};

// The merge state a snapshot keeps (graph/corrections.h, GrowingHeader): its header (kb_blobs
// row 'growing'), its rows (kb_state_keys), its step-1 candidates in order with the surname
// each is filed under (kb_state_mentions), and the plain merge's bytes when kept (kb_state
// pieces listed by kb_blobs row 'merge_state').
struct MergeStateRows {
    std::string header;
    std::vector<StateKeyRow> rows;
    std::vector<std::pair<std::string, std::string>> mentions;  // surname, bytes
    std::string first;                                          // none when empty
    // More rows, given one at a time to the function passed (after `rows`), when set: a
    // million releases' rows held at once were a gigabyte.
    std::function<void(const std::function<void(const StateKeyRow&)>&)> more_rows;
};

// What a snapshot holds; records are indexed by id (index == id.value).
struct SnapshotContent {
    const std::vector<EntityRecord>& entities;
    const std::vector<RelationRecord>& relations;
    const std::vector<MeetingRecord>& meetings;
    const std::vector<SnapshotName>& names;
    // A relation's date for its link (see SnapshotLink::date).
    const std::function<std::string(const RelationRecord&)>& link_date;
    const MergeStateRows* state = nullptr;  // none: the snapshot keeps no merge state
};

// The generation an unfinished snapshot is labelled with: one built in steps (a first chunk
// of the documents written whole, the others appended through the growth path, as
// app/query_base.cpp does for a large base) until its last step. open_graph_snapshot gives
// it only to Staleness::Unfinished, and begin_snapshot never grows from it, so no question
// reads a snapshot of some of the documents. Its last_change is a token of the build that
// writes it (negative, never a change's number), so that a build goes on only from its own
// steps.
inline constexpr std::uint64_t kUnfinishedGeneration = 0x7fffffffffffffff;

// Where a new snapshot starts from, read at one moment.
struct SnapshotStart {
    std::uint64_t generation = 0;  // the knowledge base's change count
    std::int64_t last_change = 0;  // the last row of its change log
    // The header of the current snapshot's merge state, when the only changes since it are
    // the documents `added` (ids in the order they were stored): none replaced, updated or
    // forgotten, no correction. Empty otherwise (build from every document). The rest of
    // the state is read through GraphSnapshot (state_row, ...).
    std::optional<std::string> state_header;
    std::vector<std::string> added;
    // The current snapshot's own labels (with state_header).
    std::uint64_t snapshot_generation = 0;
    std::int64_t snapshot_last_change = 0;
    // Which write of the snapshot it is (every write, whole or grown, has its own): the labels
    // alone do not tell two snapshots apart, since a build reads its documents after its
    // labels, so two builds labelled alike may hold different documents.
    std::uint64_t snapshot_serial = 0;
};

// What documents added to a snapshot's merge state changed: the records new or changed,
// the state rows, names and candidates to write, for updating the snapshot in place.
struct SnapshotDelta {
    std::vector<const EntityRecord*> entities;  // ascending ids
    // Parallel to entities when not empty: how many of its documents the snapshot holds
    // already (the record lists only those after them); empty: records hold all.
    std::vector<std::size_t> documents_before;
    std::vector<const RelationRecord*> relations;  // ascending ids
    std::vector<std::string> link_dates;           // parallel to relations (SnapshotContent::link_date)
    std::vector<std::size_t> relation_evidence_before;  // parallel when not empty: evidence stored already
    std::vector<const MeetingRecord*> meetings;    // ascending ids
    std::vector<std::size_t> meeting_evidence_before;
    std::size_t relations_before = 0;  // relations the snapshot held (later ids are new)
    std::size_t relation_count = 0;    // now
    std::vector<std::pair<std::uint8_t, std::string>> name_keys;  // name keys changed (table, key)
    std::vector<SnapshotName> names;                                // the entries under them now
    std::string header;                                             // the state's new header
    std::vector<StateKeyRow> rows;                                  // changed rows
    std::size_t mentions_before = 0;
    std::vector<std::pair<std::string, std::string>> new_mentions;  // candidates added (surname, bytes)
    std::optional<std::string> first, first_before;                 // the plain merge's bytes, when kept
    // The documents added (ascending); with `undoable`, what is written is kept so that forgetting
    // them can undo it (undo_forgotten), when they are no more than kUndoDocuments.
    std::vector<std::string> added;
    bool undoable = false;
};

// How many growths are kept undoable (the newest), in how many bytes of undo at most (the newest
// is kept whatever its size), and the most documents one may add to be kept: a growth's undo
// holds every row it wrote and the old bytes of every row it changed (some 12 MB for 1,000
// releases added to 100,000; 6-10 MB for ten White House releases, whose plain merge is kept).
inline constexpr std::size_t kUndoKept = 16;
inline constexpr std::size_t kUndoBytes = std::size_t{64} << 20;
inline constexpr std::size_t kUndoDocuments = 10000;

// Reads the start of a new snapshot of the knowledge base at `path` (an existing kg
// database), installing the generation counter, the change log and their triggers on
// first use. Throws StoreError when the file cannot be read or written.
SnapshotStart begin_snapshot(const std::string& path);

// Replaces the snapshot in `path` with `content`, labelled with `start` (read with
// begin_snapshot before the documents were loaded, so a change made meanwhile leaves
// the snapshot outdated rather than wrong), and drops the change log up to it. One
// transaction. Returns the new snapshot's serial (SnapshotStart::snapshot_serial).
std::uint64_t write_graph_snapshot(const std::string& path, const SnapshotStart& start, const SnapshotContent& content);
// Updates the snapshot `start` was read beside with what documents added to its merge state
// changed: the rows of those records (an entity's new documents and a record's new evidence
// appended), of the changed name keys and state rows, the pieces of the link list and the
// neighbour rows holding new or changed relations. One transaction. Returns the new
// snapshot's serial; none, writing nothing, when the snapshot is not the very one `start` was
// read beside (another process wrote one since, even with the same labels: build it whole).
std::optional<std::uint64_t> write_grown_snapshot(const std::string& path, const SnapshotStart& start, const SnapshotDelta& delta);

// A snapshot brought back to what it was before its last growths (undo_forgotten).
struct UndoneGrowths {
    std::size_t growths = 0;          // how many were undone
    std::vector<std::string> again;   // the documents they added that are still stored, ascending
    // The start of appending `again` to the restored snapshot (write_grown_snapshot labels it
    // with the knowledge base's generation and change log read here).
    SnapshotStart start;
};
// When every change since the snapshot `start` was read beside is a forgotten document, and
// each of those was added by one of the growths kept undoable (write_grown_snapshot), undoes
// the growths back to the earliest that added one, in one transaction: each restores, row for
// row, the snapshot it grew from, which equalled the build from that snapshot's documents
// (still stored as they were: any other change builds the snapshot whole, which forgets the
// growths). Labelled with the knowledge base's generation when none of their documents is
// left to append again, else unfinished (kUnfinishedGeneration, `token` as its change number)
// until `again` is appended. Empty, writing nothing, otherwise: another change among them, a
// document no kept growth added, another kg wrote the snapshot since, or a row not as the
// growth left it.
std::optional<UndoneGrowths> undo_forgotten(const std::string& path, const SnapshotStart& start, std::int64_t token);

// Labels the snapshot `written` was read beside (SnapshotStart's snapshot_* fields and
// state_header set: the last step of a build in steps, unfinished) with `start`; unless
// `keep_state`, drops its merge state: the snapshot write_graph_snapshot writes of the same
// records with no state (a graph that cannot be appended to: a base with corrections). One
// transaction. False, writing nothing, when the snapshot is not the very one `written` names
// (another kg wrote one since).
bool finish_snapshot(const std::string& path, const SnapshotStart& written, const SnapshotStart& start,
                     bool keep_state = false);

// Every record of a snapshot as the merged graph held it (index == id.value): entities
// with their documents, relations and meetings with their evidence; and the id and date
// of every stored document. What an export writes (graph::KnowledgeGraph::from_records).
struct SnapshotRecords {
    std::vector<EntityRecord> entities;
    std::vector<RelationRecord> relations;
    std::vector<MeetingRecord> meetings;
    std::vector<std::pair<std::string, std::string>> document_dates;
};

// Read access to a current snapshot. Reads one consistent state of the file for
// its whole lifetime (an open read transaction). Not thread-safe.
// Staleness::Refuse: a snapshot of another generation is none. Accept: it is returned,
// with changes_behind() saying by how much (for answering while a writer is busy).
// Unfinished: only an unfinished one (kUnfinishedGeneration) is returned, for the build
// that goes on from it; Refuse and Accept never return one.
enum class Staleness { Refuse, Accept, Unfinished };

class GraphSnapshot {
public:
    ~GraphSnapshot();
    GraphSnapshot(const GraphSnapshot&) = delete;
    GraphSnapshot& operator=(const GraphSnapshot&) = delete;

    // Entities in id order, all read on the first call. `documents` is left empty: see
    // document_count and documents_of.
    const std::vector<EntityRecord>& entities() const;
    // One entity (read on its own when entities() has not been called), `documents` left
    // empty; nullptr when there is none. Valid as long as the snapshot.
    const EntityRecord* entity(EntityId id) const;
    // One entity's canonical name alone (read on its own, and kept, when entities() has not
    // been called: kg met prints thousands of names and needs nothing else of them); nullptr
    // when there is no such entity. Valid as long as the snapshot.
    const std::string* name(EntityId id) const;
    // One more than the highest entity id.
    std::size_t entity_count() const;
    // How many changes (documents stored, replaced or forgotten, corrections) the knowledge
    // base has had since this snapshot was built: 0 unless opened with Staleness::Accept.
    std::uint64_t changes_behind() const;
    std::size_t document_count(EntityId id) const;
    std::vector<std::string> documents_of(EntityId id) const;

    // Entities stored under `key` in name table `table`, ascending.
    std::vector<EntityId> lookup(std::uint8_t table, const std::string& key) const;

    // Meetings `id` took part in (any status), in id order; evidence left empty.
    std::vector<MeetingRecord> meetings_of(EntityId id) const;
    // Every meeting, in id order.
    std::vector<MeetingRecord> meetings() const;
    // Happened meetings per entity (index == entity id).
    std::vector<double> meeting_counts() const;

    // Relations touching `id` (any type when empty), in id order, with evidence.
    std::vector<RelationRecord> relations_of(EntityId id, std::optional<RelationType> type = {}) const;
    // One relation with its evidence; empty when the id is unknown.
    std::optional<RelationRecord> relation(RelationId id) const;
    // Every record, read in a few sequential scans (not one query per record).
    SnapshotRecords records() const;
    // The parts of records() an export may do without (kg export reads an entity's documents
    // and a relation's evidence as it writes them, and meetings only when it writes them).
    struct Wanted {
        bool entity_documents = true;
        bool relation_evidence = true;
        bool meetings = true;
        bool document_dates = true;
    };
    SnapshotRecords records(const Wanted& wanted) const;
    // Each entity's first (smallest) document id, by entity id; empty for an entity of none.
    std::vector<std::string> first_documents() const;
    // Calls `each` with the document of every piece of every relation's evidence, in
    // relation id order and each relation's in its stored order, one at a time (a million
    // releases' evidence held at once was most of a gigabyte); the text is valid for that
    // call only.
    void each_evidence_document(const std::function<void(RelationId, std::string_view)>& each) const;
    // One relation's evidence in its stored order, without the relation's row, into `out`
    // (replacing what it held, whose strings' room is reused); empty when the id is unknown.
    void evidence_of(RelationId id, std::vector<Evidence>& out) const;
    // Every relation as an edge, in id order (packed, a few thousand to a row).
    std::vector<SnapshotLink> links() const;
    // The ids of the relations touching `id`, ascending (without reading the relations).
    std::vector<RelationId> relation_ids_of(EntityId id) const;
    // The neighbours of `id` (self links left out), sorted by entity and type; one read.
    std::vector<SnapshotAdjacent> adjacent(EntityId id) const;

    // The labels of this snapshot: the generation and last change it was built at.
    std::pair<std::uint64_t, std::int64_t> labels() const;
    // Which write of the snapshot this is (SnapshotStart::snapshot_serial).
    std::uint64_t serial() const;
    // One meeting or relation without its evidence, with the number of its pieces of evidence
    // (and a relation's link date, SnapshotContent::link_date); empty when the id is unknown.
    std::optional<MeetingRecord> meeting_row(MeetingId id, std::size_t& evidence) const;
    std::optional<RelationRecord> relation_row(RelationId id, std::size_t& evidence, std::string& link_date) const;
    // The merge state it keeps (see MergeStateRows): a row's value (empty when there is
    // none), every row in (table, key) order, the candidates filed under `surname` in
    // order, all of them in order, and the plain merge's bytes (empty when none or a piece
    // is missing).
    std::optional<std::string> state_row(std::uint8_t table, std::string_view key) const;
    std::vector<StateKeyRow> state_rows() const;
    std::vector<std::string> state_mentions_with(const std::string& surname) const;
    std::vector<std::string> state_mentions() const;
    std::optional<std::string> state_first() const;

    // A stored document's date (ISO or empty) and the bytes [span.begin, span.end)
    // of its text (clamped to the text); empty for an unknown document.
    std::string document_date(const std::string& doc_id) const;
    std::string document_text(const std::string& doc_id, Span span) const;

private:
    friend std::unique_ptr<GraphSnapshot> open_graph_snapshot(const std::string& path, Staleness staleness);
    GraphSnapshot();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The snapshot of the knowledge base at `path`; nullptr when it has none, or one of
// another format, or (unless accepted) of another generation (then rebuild it). Throws
// StoreError when the file cannot be read.
std::unique_ptr<GraphSnapshot> open_graph_snapshot(const std::string& path, Staleness staleness = Staleness::Refuse);

// True when another connection is writing the knowledge base at `path` right now (an
// ingest, a forget): tried without waiting.
bool writer_active(const std::string& path);

}  // namespace kg::store
