#pragma once
// Writers from a KnowledgeGraph to DOT (through cgraph), SVG/PNG/PDF (rendered
// in-process by gvc), GraphML, GEXF 1.2, node-link JSON (RapidJSON), Neo4j CSV and
// an interactive HTML explorer.
// Output is deterministic: nodes and edges named by stable ids made from their
// content (export/detail/stable_ids.h) and sorted by them, so the same documents
// ingested in any order export the same bytes.
// Namespace kg::output because `export` is a C++ keyword.
//
//   kg::output::ExportOptions opt;             // whole graph
//   kg::output::write_graphml(graph, std::cout, opt);
//   kg::output::write_file("kg.svg", [&](std::ostream& o) { kg::output::render(graph, "svg", o, opt); });

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::output {

// An entity's documents and a relation's evidence, for a graph whose records were made
// without them (kg export's graph from the snapshot: a million releases' documents and
// evidence held in the records were most of 2.3 GB), read from where they are kept as
// the writers need them. Given through ExportOptions::records, the writers read these
// instead of EntityRecord::documents and RelationRecord::evidence (meetings keep theirs).
struct RecordReader {
    // By EntityId::value: how many documents each entity has, and the first (smallest) id.
    std::vector<std::size_t> document_counts;
    std::vector<std::string> first_documents;
    // The documents of an entity, sorted.
    std::function<std::vector<std::string>(EntityId)> documents;
    // Calls its argument with the document of every piece of every relation's evidence,
    // in relation id order and each relation's in its own order (the text lives for the
    // call only).
    std::function<void(const std::function<void(RelationId, std::string_view)>&)> each_evidence_document;
    // One relation's evidence, in its own order, into the vector given (replacing what it
    // held; a writer reusing one vector reuses its items' room).
    std::function<void(RelationId, std::vector<Evidence>&)> evidence;
};

// Which part of the graph to write; the same for every format.
struct ExportOptions {
    std::optional<EntityId> ego;            // only entities within ego_depth hops of this one
    unsigned ego_depth = 1;
    std::vector<EntityType> types;          // empty = all
    std::vector<RelationType> relations;    // empty = all
    std::string from, to;                   // ISO dates bounding relation dates; empty = open
    bool collapse = false;                  // parallel edges become one with a weight, a count and lists
    std::string title;                      // diagram title / graph label
    std::string layout;                     // graphviz engine; empty = chosen by size
    // Only edges standing for at least this many relations of one type between the
    // same two entities (the weight --collapse gives them); 0 or 1 = all.
    double min_weight = 0.0;
    // Only the `top` entities ranked highest by `top_by` over the whole graph
    // (ties by id), plus the ego; 0 = all. Applied after the other filters.
    std::size_t top = 0;
    graph::Centrality top_by = graph::Centrality::Degree;
    // Each meeting becomes a node joined to its participants, instead of MET edges
    // between every two of them: a small dot in DOT and drawings, a MEETING node with
    // PARTICIPATED_IN links in GraphML, GEXF, JSON and the Neo4j CSV.
    bool meetings_as_nodes = false;
    // Drawings: a line under the title, e.g. the source corpus and its date range.
    std::string caption;
    // Where the documents and evidence the graph's records leave out are read (not owned;
    // must outlive the call); none: the records hold them. Not for write_html.
    const RecordReader* records = nullptr;
};

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
// format: "svg", "png" or "pdf". Throws ExportError when Graphviz fails.
void render(const graph::KnowledgeGraph& g, const std::string& format, std::ostream& out,
            const ExportOptions& opt = {});
void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
void write_json(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {});
// The text of an evidence sentence (the span of its document), for writers that
// quote it; empty when unknown.
using EvidenceText = std::function<std::string(const Evidence&)>;
// The interactive explorer: one self-contained HTML page (d3 from Debian's libjs-d3
// and the selection inlined, nothing fetched when opened) drawing the selection laid
// out by Graphviz (opt.layout, or neato/sfdp by size), with search, node cards, the
// evidence of edges and meetings (sentences from `text`, when given), filters and
// meetings drawn as nodes or edges (starting as opt.meetings_as_nodes says).
void write_html(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt = {},
                const EvidenceText& text = {});
// Neo4j bulk-import CSV: nodes then relationships, into two streams.
void write_neo4j_csv(const graph::KnowledgeGraph& g, std::ostream& nodes, std::ostream& relationships,
                     const ExportOptions& opt = {});

// The ids of the documents the selection `opt` makes rests on: those mentioning
// one of its entities or giving evidence for one of its edges; sorted, distinct.
// Drawings count them in their caption. Throws as the writers do on a bad ego.
std::vector<std::string> selected_documents(const graph::KnowledgeGraph& g, const ExportOptions& opt);
// How many entities the selection `opt` makes holds (drawings choose a readable view with it).
std::size_t selected_entity_count(const graph::KnowledgeGraph& g, const ExportOptions& opt);

// One field of a CSV file as kg writes every CSV (Neo4j export and the questions'
// --csv): detail::clean_text, then RFC 4180 quoting when it holds , " CR LF TAB or
// leading/trailing space. A value starting with = + - @ TAB or CR, which a spreadsheet
// would run as a formula, is neutralised by OWASP's rule: a ' is put before it and the
// whole field is quoted ("-1" becomes "'-1").
std::string csv_field(std::string_view s);

// Writes a file atomically: `produce` writes into a temporary file in the same
// directory, which is flushed, fsynced and renamed over `path`. On any failure the
// temporary is removed, `path` is left as it was, and ExportError names the path
// and the reason. `path` "-" writes to stdout.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& produce);

// One of the files write_files writes together.
struct FileOutput {
    std::string path;
    std::function<void(std::ostream&)> produce;
};

// Writes several files all or nothing (the Neo4j CSV pair): each is written to a
// temporary beside its target and fsynced, and only when all are complete are they
// renamed over their targets. When any write or rename fails, every target is left
// as it was (or absent, if it was), no temporary remains, and ExportError names the
// file and the reason. Paths must be regular files or absent ("-", devices and
// FIFOs are refused).
void write_files(const std::vector<FileOutput>& files);

}  // namespace kg::output
