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

// Every entity of `g` under its export node id (export/detail/stable_ids.h).
std::map<std::string, const EntityRecord*> entities_by_node_id(const graph::KnowledgeGraph& g);

// Directory for test outputs, created empty per call under the build tree.
std::string scratch_dir(const std::string& name);
// Whole file, or throws.
std::string slurp(const std::string& path);

}  // namespace kg::test
