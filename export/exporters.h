#pragma once
// Writers from a KnowledgeGraph to DOT (through cgraph), SVG/PNG/PDF (rendered
// in-process by gvc), GraphML, GEXF 1.2, node-link JSON (RapidJSON) and Neo4j CSV.
// Output is deterministic: nodes and edges sorted by id, synthetic node ids.
// Namespace kg::output because `export` is a C++ keyword.
//
//   kg::output::ExportOptions opt;             // whole graph
//   kg::output::write_graphml(graph, std::cout, opt);
//   kg::output::write_file("kg.svg", [&](std::ostream& o) { kg::output::render(graph, "svg", o, opt); });

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::output {

// Which part of the graph to write; the same for every format.
struct ExportOptions {
    std::optional<EntityId> ego;            // only entities within ego_depth hops of this one
    unsigned ego_depth = 1;
    std::vector<EntityType> types;          // empty = all
    std::vector<RelationType> relations;    // empty = all
    std::string from, to;                   // ISO dates bounding relation dates; empty = open
    bool collapse = false;                  // parallel edges become one with a weight
    std::string title;                      // diagram title / graph label
    std::string layout;                     // graphviz engine; empty = chosen by size
};

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
// format: "svg", "png" or "pdf". Throws ExportError when Graphviz fails.
void render(const graph::KnowledgeGraph& g, const std::string& format, std::ostream& out,
            const ExportOptions& opt = {});
void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
void write_json(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
// Neo4j bulk-import CSV: nodes then relationships, into two streams.
void write_neo4j_csv(const graph::KnowledgeGraph& g, std::ostream& nodes, std::ostream& relationships,
                     const ExportOptions& opt = {});

// Writes a file atomically: `produce` writes into a temporary file in the same
// directory, which is flushed, fsynced and renamed over `path`. On any failure the
// temporary is removed, `path` is left as it was, and ExportError names the path
// and the reason. `path` "-" writes to stdout.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& produce);

}  // namespace kg::output
