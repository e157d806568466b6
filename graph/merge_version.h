#pragma once
// The version of the rules by which KnowledgeGraph merges documents' extractions (entity
// resolution, event instances, meetings). A persisted graph snapshot records it (see
// store/graph_snapshot.cpp), so a kg whose merge rules changed rebuilds the snapshot instead
// of answering from one made by the old rules. Bump it with every change that can make any
// merged graph differ.
//
// History: 1 until 2026-12-04; 2: recurring events are one node per year (event-instance); 3
// (2026-12-05): person names match across transliterations (detail::outer_key).

namespace kg::graph {

inline constexpr int kMergeVersion = 3;

}  // namespace kg::graph
