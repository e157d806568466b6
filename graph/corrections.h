#pragma once
// The knowledge graph with a user's identity decisions applied. Corrections are
// kept as names ("PERSON:Yoshimasa Hayashi") and replayed in order every time the
// graph is built, so they survive re-ingest and forgetting documents.
//
//   std::vector<kg::graph::IdentityCorrection> fixes{{kg::graph::IdentityCorrection::Kind::Merge,
//                                                     "PERSON:Yoshimasa Hayashi", "PERSON:Y. Hayashi"}};
//   kg::graph::KnowledgeGraph g = kg::graph::build_graph(extractions, fixes);

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

}  // namespace kg::graph
