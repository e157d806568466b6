#pragma once
// The knowledge base as the question subcommands (met, meetings, path,
// neighbors, rank, components, communities, timeline) see it: the graph
// snapshot stored in the database (store/graph_snapshot.h), built from every
// stored document the first time it is needed after a change, so a question
// costs a few indexed reads instead of re-merging 100,000 documents.
// A PostgreSQL base keeps no snapshot: each question brings a local SQLite copy of it
// (store/pg_mirror.h, under $XDG_CACHE_HOME/kg or ~/.cache/kg) up to date by copying
// only the documents changed since the copy's last question, then answers from the
// copy's snapshot, grown or rebuilt as a SQLite base's, so it answers exactly as the same
// base in SQLite would. Without a cache directory it may write, each question copies the
// whole base into a scratch file instead (open_copy).
//
//   auto kb = kg::cli::QueryBase::open(global.db);
//   std::optional<kg::EntityId> id = kb->resolve("Hayashi", kg::EntityType::Person, std::cerr);
//   for (const kg::MeetingRecord& m : kb->meetings(id, filter)) ...

#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporters.h"
#include "graph/corrections.h"
#include "graph/queries.h"
#include "model/records.h"
#include "store/graph_snapshot.h"

namespace kg::cli {

class QueryBase {
public:
    // Opens the knowledge base at `db` (InputError when missing, StoreError when not
    // a kg database), building or refreshing its graph snapshot when needed.
    static std::unique_ptr<QueryBase> open(const std::string& db);

    // Every entity, read on the first call (a question about a few names reads only theirs
    // through entity()).
    const std::vector<EntityRecord>& entities() const { return snapshot_->entities(); }
    // One entity (documents left empty); StoreError when the snapshot has none of that id.
    const EntityRecord& entity(EntityId id) const;
    // An entity's canonical name (read alone); StoreError as entity().
    const std::string& name(EntityId id) const;
    std::string name_or_empty(const std::optional<EntityId>& id) const { return id ? name(*id) : std::string(); }
    std::size_t document_count(EntityId id) const { return snapshot_->document_count(id); }
    std::vector<std::string> documents_of(EntityId id) const { return snapshot_->documents_of(id); }

    // As KnowledgeGraph::find and suggest, over the snapshot.
    std::vector<EntityId> find(std::string_view name, std::optional<EntityType> type = {}) const;
    std::vector<std::string> suggest(std::string_view name, std::size_t limit) const;

    // Resolves a typed name to one entity of one of `types` (any type when empty),
    // with the messages of resolve_entity (knowledge_base.h): unknown names get
    // suggestions, ambiguous ones list the candidates; both print to `err` and
    // return an empty optional.
    std::optional<EntityId> resolve(std::string_view name, const std::vector<EntityType>& types,
                                    std::ostream& err) const;
    std::optional<EntityId> resolve(std::string_view name, std::optional<EntityType> type, std::ostream& err) const {
        return resolve(name, type ? std::vector<EntityType>{*type} : std::vector<EntityType>{}, err);
    }

    // Happened meetings of `person` (all meetings without one) passing `f`, newest first.
    std::vector<MeetingRecord> meetings(std::optional<EntityId> person, const graph::MeetingFilter& f) const;
    // Every meeting record of `id`, any status.
    std::vector<MeetingRecord> meetings_of(EntityId id) const { return snapshot_->meetings_of(id); }
    std::vector<double> meeting_counts(std::string_view from, std::string_view to) const;

    std::vector<RelationRecord> relations_of(EntityId id, std::optional<RelationType> type = {}) const;
    RelationRecord relation(RelationId id) const;

    // The relations as a network; with bounds, only relations whose date (or, for
    // undated ones, earliest document date) lies within them.
    graph::Network network(std::string_view from = {}, std::string_view to = {}) const;
    // The shortest chains linking a and b, as network(from, to).shortest_paths(...) gives
    // them; without bounds, reading only the neighbours of the entities the search
    // reaches (store::GraphSnapshot::adjacent), not the whole link list.
    std::vector<graph::Path> shortest_paths(EntityId a, EntityId b, const std::vector<RelationType>& via,
                                            bool all_shortest, std::string_view from = {},
                                            std::string_view to = {}) const;

    std::string document_date(const std::string& doc_id) const;
    // The evidence sentence as written in its document, on one line.
    std::string evidence_text(const Evidence& e) const;
    // The evidence sentence byte for byte; empty when its span is empty or runs past the
    // end of its document's text (or the document is unknown).
    std::string evidence_sentence(const Evidence& e) const;

    // The whole merged graph as the snapshot keeps it (store::GraphSnapshot::records), for
    // kg export: equal in every record and query to the graph built by merging every stored
    // document (load_graph), without reading a document's extraction. find() and suggest()
    // of it know no names: resolve names with resolve() above.
    graph::KnowledgeGraph graph() const;
    // The same for kg export, without what writers can read as they write (a million
    // releases' records held whole were 2.3 GB): entities' documents, relations' evidence
    // and documents' dates, and meetings unless `meetings` (relations then name none),
    // with the reader of the first two (valid as long as this QueryBase). Not for
    // write_html, which reads all of them.
    struct ExportGraph {
        graph::KnowledgeGraph graph;
        output::RecordReader records;
    };
    ExportGraph export_graph(bool meetings) const;

    ~QueryBase();

private:
    struct Scratch;  // the scratch copy of a PostgreSQL base, removed after the snapshot closes
    explicit QueryBase(std::unique_ptr<store::GraphSnapshot> s, std::unique_ptr<Scratch> scratch = nullptr);
    static std::unique_ptr<QueryBase> open_copy(const std::string& url);
    static std::unique_ptr<QueryBase> open_mirror(const std::string& url);
    std::unique_ptr<Scratch> scratch_;
    std::unique_ptr<store::GraphSnapshot> snapshot_;
    mutable std::map<EntityId, std::vector<EntityId>> roles_;  // what each holder holds a ROLE towards, cached
    mutable std::map<std::string, std::string> document_dates_;
};

// Builds the snapshot of the knowledge base at `db` now, whether or not the current
// one is outdated. Incremental: when the only changes since the current snapshot are
// added documents whose ids sort after every other (store::begin_snapshot), they are
// merged into the snapshot's persisted merge state (graph::append_to_attached) instead of
// merging every document again; the result is the same. Full: from every document.
enum class Rebuild { Incremental, Full };
// A build from every document of a base of more than kSnapshotChunk documents goes in steps
// of that many (in id order): the first merged and written whole, each next appended through
// the growth path, so that its memory is a step's, not the base's (a million releases merged
// at once took 2.5 GB); the snapshot is the same. Corrections are replayed in steps too (one
// build in steps per correction that changes the graph). When appending cannot give the graph
// built from every document (step 1 giving a surname mention another name), it is built whole.
inline constexpr std::size_t kSnapshotChunk = 100000;
struct SnapshotBuild {
    std::size_t entities = 0;  // 0 for a PostgreSQL base, which keeps no snapshot
    bool incremental = false;  // built from the previous snapshot's merge state
    bool attached = false;     // incremental, reading only the rows and records the new documents needed
    std::size_t steps = 1;     // of a build from every document: how many chunks it went in
    // After a forget of documents that recent growths added: how many growths were undone
    // (their other documents appended again); 0 otherwise.
    std::size_t undone = 0;
};
SnapshotBuild rebuild_snapshot(const std::string& db, Rebuild how = Rebuild::Incremental);
// The same from `start`, read with store::begin_snapshot some time before (a test's way
// of having another kg write the base meanwhile), in steps of `chunk` documents (0: in one).
// SQLite bases only.
SnapshotBuild rebuild_snapshot(const std::string& db, const store::SnapshotStart& start, Rebuild how,
                               std::size_t chunk = kSnapshotChunk);

// kg merge, split and rename on a SQLite base built in steps (of more than kSnapshotChunk
// documents): `c` tried after the stored corrections on the stored documents, as
// rebuild_snapshot builds such a base (its memory a step's, not the base's). When `c` changes
// the graph, `record` is called (to store it) and the snapshot built with it is labelled
// current. Returns the result of each correction, `c`'s last; empty when it cannot be tried so
// (a PostgreSQL base or one of no more than a chunk, step 1 changing a document, another kg
// writing the snapshot meanwhile): nothing recorded then.
std::optional<std::vector<graph::CorrectionResult>> try_correction(const std::string& db,
                                                                   const graph::IdentityCorrection& c,
                                                                   const std::function<void()>& record);

}  // namespace kg::cli
