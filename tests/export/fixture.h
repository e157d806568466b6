#pragma once
// Knowledge graphs for the export tests, built through KnowledgeGraph::add from
// hand-made extractions, the way the CLI builds them.

#include <map>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::test {

// Names chosen to break naive escapers: quotes, <, &, ]]>, backslashes (one
// trailing), DOT keywords, a newline, "-.5", non-ASCII, right-to-left text,
// control characters and invalid UTF-8. Every entity takes part in a relation.
std::vector<std::string> hostile_names();
graph::KnowledgeGraph hostile_graph();

// Three entities, three relations (two parallel MET edges): small enough for golden files.
graph::KnowledgeGraph tiny_graph();
// Two people whose names and ROLE title a spreadsheet would run as formulas.
graph::KnowledgeGraph formula_graph();

// Penny Wong and Yoko Kamikawa meet three times: in Melbourne (2023-04-04, in person,
// CAMEO 042), in London (2023-06-01) and by telephone (2023-09-10, no place), each in
// its own document. With `multilateral`, a fourth document has the four-party meeting
// of both with Antony Blinken and S. Jaishankar in Tokyo (2023-11-08, CAMEO 043,
// PLOVER "meet"): six MET relations from one meeting.
graph::KnowledgeGraph meetings_graph(bool multilateral = false);

// Every entity of `g` under its export node id (export/detail/stable_ids.h).
std::map<std::string, const EntityRecord*> entities_by_node_id(const graph::KnowledgeGraph& g);

// Directory for test outputs, created empty per call under the build tree.
std::string scratch_dir(const std::string& name);
// Whole file, or throws.
std::string slurp(const std::string& path);

}  // namespace kg::test
