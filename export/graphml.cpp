// GraphML 1.0, written directly: synthetic NMTOKEN ids, names only in <data>,
// typed keys whose ids avoid Gephi's magic ids. Valid against the GraphML schema.

#include <string>
#include <vector>

#include "export/detail/format.h"
#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

using detail::xml_escape;

struct Key {
    const char* id;
    const char* domain;  // graph | node | edge
    const char* name;
    const char* type;    // one of GraphML's six attr.types
};

// "directed" is a data key rather than the edge's `directed` attribute because
// networkx refuses directed="true" edges in an undirected graph.
constexpr Key kKeys[] = {
    {"k_graph_title", "graph", "title", "string"},
    {"k_label", "node", "label", "string"},
    {"k_type", "node", "type", "string"},
    {"k_aliases", "node", "aliases", "string"},
    {"k_mention_count", "node", "mention_count", "long"},
    {"k_document_count", "node", "document_count", "long"},
    {"k_first_seen", "node", "first_seen", "string"},
    {"k_last_seen", "node", "last_seen", "string"},
    {"k_edge_label", "edge", "label", "string"},
    {"k_relation", "edge", "relation", "string"},
    {"k_directed", "edge", "directed", "boolean"},
    {"k_date", "edge", "date", "string"},
    {"k_place", "edge", "place", "string"},
    {"k_mode", "edge", "mode", "string"},
    {"k_title", "edge", "title", "string"},
    {"k_amount", "edge", "amount", "string"},
    {"k_weight", "edge", "weight", "double"},
    {"k_evidence_count", "edge", "evidence_count", "long"},
    {"k_documents", "edge", "documents", "string"},
};

// One <data> element; empty values are left out (readers would see "" or "None").
void data(std::ostream& out, const char* indent, const char* key, const std::string& value) {
    if (value.empty()) return;
    out << indent << "<data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

std::string attribute(const std::map<std::string, std::string>& attrs, const char* name) {
    const auto it = attrs.find(name);
    return it == attrs.end() ? std::string() : it->second;
}

std::string edge_label(const detail::SelectedEdge& e) {
    std::string label(to_string(e.type));
    if (!e.date.empty()) label += " " + e.date;
    return label;
}

}  // namespace

void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& k : kKeys)
        out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
            << "\" attr.type=\"" << k.type << "\"/>\n";
    out << "  <graph id=\"kg\" edgedefault=\"undirected\">\n";
    data(out, "    ", "k_graph_title", opt.title);
    for (const EntityRecord* e : s.nodes) {
        out << "    <node id=\"" << detail::node_id(e->id) << "\">\n";
        data(out, "      ", "k_label", e->name);
        data(out, "      ", "k_type", std::string(to_string(e->type)));
        data(out, "      ", "k_aliases", detail::join(e->aliases));
        data(out, "      ", "k_mention_count", std::to_string(e->mention_count));
        data(out, "      ", "k_document_count", std::to_string(e->documents.size()));
        data(out, "      ", "k_first_seen", e->first_seen);
        data(out, "      ", "k_last_seen", e->last_seen);
        out << "    </node>\n";
    }
    for (const detail::SelectedEdge& e : s.edges) {
        out << "    <edge id=\"" << detail::edge_id(e.id) << "\" source=\"" << detail::node_id(e.source)
            << "\" target=\"" << detail::node_id(e.target) << "\">\n";
        data(out, "      ", "k_edge_label", edge_label(e));
        data(out, "      ", "k_relation", std::string(to_string(e.type)));
        data(out, "      ", "k_directed", e.directed ? "true" : "false");
        data(out, "      ", "k_date", e.date);
        data(out, "      ", "k_place", detail::entity_name(g, e.place));
        data(out, "      ", "k_mode", attribute(e.attributes, "mode"));
        data(out, "      ", "k_title", attribute(e.attributes, "title"));
        data(out, "      ", "k_amount", attribute(e.attributes, "amount"));
        data(out, "      ", "k_weight", detail::format_double(e.weight));
        data(out, "      ", "k_evidence_count", std::to_string(e.evidence.size()));
        data(out, "      ", "k_documents", detail::join(e.documents));
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    if (!out) throw ExportError("export: writing GraphML failed");
}

}  // namespace kg::output
