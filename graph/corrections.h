#pragma once
// The knowledge graph with a user's identity decisions applied. Corrections are
// kept as names ("PERSON:Yoshimasa Hayashi") and replayed in order every time the
// graph is built, so they survive re-ingest and forgetting documents.
//
//   std::vector<kg::graph::IdentityCorrection> fixes{{kg::graph::IdentityCorrection::Kind::Merge,
//                                                     "PERSON:Yoshimasa Hayashi", "PERSON:Y. Hayashi"}};
//   kg::graph::KnowledgeGraph g = kg::graph::build_graph(extractions, fixes);

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/types.h"

namespace kg::graph {

// Merge: entity b becomes part of entity a (a's canonical name stays).
// Split: entity a, merged automatically from several documents, falls apart into
// one entity per distinct name its documents use for it ("Hayashi",
// "Yoshimasa Hayashi", ...). Rename: entity a's canonical name becomes b (its old
// name stays an alias). Names are entity references (see entity_ref).
struct IdentityCorrection {
    enum class Kind { Merge, Split, Rename };
    Kind kind = Kind::Merge;
    std::string a;
    std::string b;  // Merge: the entity merged into a; Rename: the new name (no type prefix)
};

// What happened to one correction when the graph was built.
struct CorrectionResult {
    bool applied = false;
    std::string note;  // why not, e.g. "no entity PERSON:X", "already one entity"
};

// "TYPE:canonical name", the form corrections name entities by.
std::string entity_ref(const EntityRecord& e);
// Splits "TYPE:name" into its type and name; a reference without a known type
// prefix has no type and is all name.
std::pair<std::optional<EntityType>, std::string> parse_entity_ref(std::string_view ref);

// The one entity a reference names: the single match of find(), or the single
// match whose canonical name equals the name. Empty when none or several match.
std::optional<EntityId> resolve_ref(const KnowledgeGraph& g, std::string_view ref);
// The same over any find() and canonical names (a graph snapshot's).
using FindNames = std::function<std::vector<EntityId>(std::string_view, std::optional<EntityType>)>;
std::optional<EntityId> resolve_ref(std::string_view ref, const FindNames& find,
                                    const std::function<const std::string&(EntityId)>& canonical);

// A surname-only person mention with the offices its document gives it (ROLE title,
// organisation, date): what step 1 of build_graph resolves.
struct SurnameMention {
    struct Office {
        std::string title;
        EntityId organisation;
        std::string date;
    };
    std::string name;
    std::vector<Office> offices;
    std::string full_name;  // the name step 1 gave it when the graph was built; "" for none
};
// The person step 1 gives `m` in `g`: when several known full names share its surname,
// the one alone in holding one of its offices on its date. Empty otherwise.
std::optional<EntityId> office_holder(const KnowledgeGraph& g, const SurnameMention& m);

// Which entity each mention of each document became, by document and entity index (empty:
// skipped), as KnowledgeGraph::add_pinned says.
using Mentions = std::vector<std::vector<std::optional<EntityId>>>;

// build_graph's graph with what adding documents to it later needs.
struct GrowingGraph {
    KnowledgeGraph graph;
    // The plain merge of the documents, which step 1 reads, when step 1 changed anything
    // (else it is `graph`); its entity ids are the ones in `mentions`.
    std::optional<KnowledgeGraph> first;
    // Documents sorting after last_document can be appended (append_documents): it was
    // built without corrections, from documents in ascending id order.
    bool appendable = false;
    std::string last_document;             // the greatest document id merged (when appendable)
    std::vector<SurnameMention> mentions;  // step 1's candidates in every document (when appendable)
};

// Merges `extractions` into a graph (in the given order), then
// 1. gives a surname-only person mention whose surname several known people share
//    the full name of the one who held the office its document states for it
//    (ROLE title and organisation) on the document's date (graph/roles.h);
// 2. replays `corrections` in order; one that names no single entity is skipped.
// `results`, when given, receives one entry per correction. The graph is rebuilt
// once per step that changes something, so the cost is (1 + changes) merges.
KnowledgeGraph build_graph(const std::vector<DocumentExtraction>& extractions,
                           const std::vector<IdentityCorrection>& corrections,
                           std::vector<CorrectionResult>* results = nullptr);
// build_graph, keeping what append_documents needs.
GrowingGraph build_growing_graph(const std::vector<DocumentExtraction>& extractions,
                                 const std::vector<IdentityCorrection>& corrections,
                                 std::vector<CorrectionResult>* results = nullptr);
// Documents read one at a time, as often as needed: each call visits every document, in the
// same order each time (a store read within one transaction: store::Store::read_extractions).
using ExtractionPasses = std::function<void(const std::function<void(const DocumentExtraction&)>& each)>;
// The same, from documents read pass by pass instead of held in memory: the first pass merges
// them and gathers step 1's candidates; another is made only when step 1 or a correction
// changes something (one more per change). The result is the same as from a list of them.
// `where`, when given, receives which entity each mention became in the graph built.
GrowingGraph build_growing_graph(const ExtractionPasses& passes, const std::vector<IdentityCorrection>& corrections,
                                 std::vector<CorrectionResult>* results = nullptr, Mentions* where = nullptr);

// What replaying one correction reads and writes: a graph built from every document with the
// corrections before it (find() and entities' names and types as KnowledgeGraph's), which
// entity each mention of those documents became, and the pins of the next build (by document
// index and entity index: the names add_pinned is given; they stay for the corrections after).
// build_growing_graph has one over its graph in memory; a build in steps one over a snapshot
// (app/query_base.cpp), so that both replay a correction by the same code.
class CorrectionSite {
public:
    virtual ~CorrectionSite() = default;
    virtual std::vector<EntityId> find(std::string_view name, std::optional<EntityType> type) const = 0;
    virtual const EntityRecord& entity(EntityId id) const = 0;
    // Every mention that became `a` or `b`, in document order and then entity index, with its
    // document (as step 1 left it) when `documents`, else nullptr.
    virtual void each_mention(EntityId a, std::optional<EntityId> b, bool documents,
                              const std::function<void(std::size_t d, std::size_t i, const DocumentExtraction* x)>& each) = 0;
    virtual void pin(std::size_t d, std::size_t i, const std::string& name) = 0;
};
// Replays `c` on `site`: what build_graph does for each correction (the result it reports;
// the pins of the next build when it applies and its note is empty).
CorrectionResult apply_correction(CorrectionSite& site, const IdentityCorrection& c);

// Adds `added` to `g`, exactly as build_graph would merge them after g's documents: the
// result equals build_graph of all of them. Costs the merge of `added` (twice when step 1
// changed anything: into the plain merge, then with step 1's names into the graph) and one
// step-1 check per surname mention of the base. False when that cannot be done (g is not
// appendable, `added` is not in ascending id order after g.last_document, step 1 now gives
// an old surname mention another name, or, in a graph step 1 had not changed, changes a new
// one): `g` is then spoilt, and the graph must be built from scratch.
bool append_documents(GrowingGraph& g, const std::vector<DocumentExtraction>& added);

// append_documents on a GrowingGraph whose graph is attached to a stored state
// (KnowledgeGraph::attach) and keeps no plain merge beside it (`first` empty). Its
// `mentions` hold only the candidates added (the stored ones are not read whole):
// `mentions_with(surname)` gives the stored candidates filed under a surname (as
// person_tokens gives it), and only those a touched person's name holds are asked again.
// The result, and `g` when true, are append_documents's.
// `where`, when given, receives which entity each mention of `added` became.
bool append_to_attached(GrowingGraph& g, const std::vector<DocumentExtraction>& added,
                        const std::function<std::vector<SurnameMention>(const std::string&)>& mentions_with,
                        Mentions* where = nullptr);

// A GrowingGraph kept beside a graph snapshot: its graph as state rows (state_rows) and the
// snapshot's records, its step-1 candidates one by one, the plain merge (when kept) as
// save_state bytes, and this header.
struct GrowingHeader {
    bool appendable = false;
    std::string last_document;
    StateCounts counts;         // of the graph
    std::size_t mentions = 0;   // step-1 candidates
    bool first = false;         // a plain merge is kept
};
// The header of `g` (an attached graph's `mentions` are those of its stored state, not read:
// set the count from the stored header).
GrowingHeader header_of(const GrowingGraph& g);
std::string save_header(const GrowingHeader& h);
std::optional<GrowingHeader> restore_header(std::string_view bytes);  // empty when damaged or of another layout
std::string save_mention(const SurnameMention& m);
std::optional<SurnameMention> restore_mention(std::string_view bytes);
// The surname a candidate is filed under (append_to_attached's `mention_with`).
std::string mention_surname(const SurnameMention& m);

// A GrowingGraph as bytes (KnowledgeGraph::save_state and the rest), and back; empty
// when the bytes are damaged or of other merge rules.
std::string save_state(const GrowingGraph& g);
std::optional<GrowingGraph> restore_growing_graph(std::string_view bytes);

}  // namespace kg::graph
