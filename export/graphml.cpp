// GraphML 1.0, written directly: stable NMTOKEN ids (detail/stable_ids.h), names only in <data>,
// typed keys whose ids avoid Gephi's magic ids. Valid against the GraphML schema.

#include <string>
#include <vector>

#include "export/detail/selection.h"
#include "export/detail/sink.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

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
void data(detail::Sink& o, std::string_view indent, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    o << indent << "<data key=\"" << key << "\">";
    o.xml(value) << "</data>\n";
}

template <class Number>
void data_number(detail::Sink& o, std::string_view indent, std::string_view key, Number value) {
    o << indent << "<data key=\"" << key << "\">";
    o.number(value) << "</data>\n";
}

// A multi-valued field as one " | "-joined string.
template <class Strings>
void data_joined(detail::Sink& o, std::string_view indent, std::string_view key, const Strings& values) {
    if (values.empty()) return;
    o << indent << "<data key=\"" << key << "\">";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) o << " | ";
        o.xml(values[i]);
    }
    o << "</data>\n";
}

}  // namespace

void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    detail::Sink o(out);
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& k : kKeys)
        o << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
          << "\" attr.type=\"" << k.type << "\"/>\n";
    o << "  <graph id=\"kg\" edgedefault=\"undirected\">\n";
    data(o, "    ", "k_graph_title", opt.title);
    constexpr std::string_view in = "      ";
    for (const EntityRecord* e : s.nodes) {
        o << "    <node id=\"" << s.node_id(e->id) << "\">\n";
        data(o, in, "k_label", e->name);
        data(o, in, "k_type", to_string(e->type));
        data_joined(o, in, "k_aliases", e->aliases);
        data_number(o, in, "k_mention_count", e->mention_count);
        data_number(o, in, "k_document_count", e->documents.size());
        data(o, in, "k_first_seen", e->first_seen);
        data(o, in, "k_last_seen", e->last_seen);
        o << "    </node>\n";
    }
    for (const detail::SelectedEdge& e : s.edges) {
        o << "    <edge id=\"" << e.stable_id << "\" source=\"" << s.node_id(e.source) << "\" target=\""
          << s.node_id(e.target) << "\">\n";
        o << in << "<data key=\"k_edge_label\">" << to_string(e.type);
        if (!e.date.empty()) o.xml(" ").xml(e.date);
        o << "</data>\n";
        data(o, in, "k_relation", to_string(e.type));
        data(o, in, "k_directed", e.directed ? "true" : "false");
        data(o, in, "k_date", e.date);
        data(o, in, "k_place", detail::entity_name(g, e.place));
        data(o, in, "k_mode", e.attribute("mode"));
        data(o, in, "k_title", e.attribute("title"));
        data(o, in, "k_amount", e.attribute("amount"));
        data_number(o, in, "k_weight", e.weight);
        data_number(o, in, "k_evidence_count", e.evidence_count);
        data_joined(o, in, "k_documents", e.documents);
        o << "    </edge>\n";
    }
    o << "  </graph>\n</graphml>\n";
    o.finish("GraphML");
}

}  // namespace kg::output
