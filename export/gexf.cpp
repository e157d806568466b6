// GEXF 1.2 in dynamic mode: nodes live from first to last sighting, edges have a
// spell per dated relation, and viz colours follow the DOT palette.

#include <string>

#include "export/detail/format.h"
#include "export/detail/palette.h"
#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

using detail::xml_escape;

// timeformat="date" accepts only full dates.
bool full_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

std::string attr(const char* name, const std::string& value) {
    return std::string(" ") + name + "=\"" + xml_escape(value, true) + "\"";
}

void attvalue(std::ostream& out, const char* id, const std::string& value) {
    if (!value.empty()) out << "          <attvalue for=\"" << id << "\"" << attr("value", value) << "/>\n";
}

std::string attribute(const std::map<std::string, std::string>& attrs, const char* name) {
    const auto it = attrs.find(name);
    return it == attrs.end() ? std::string() : it->second;
}

}  // namespace

void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""
           " version=\"1.2\">\n"
           "  <meta>\n    <creator>kg</creator>\n";
    if (!opt.title.empty()) out << "    <description>" << xml_escape(opt.title) << "</description>\n";
    out << "  </meta>\n"
           "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
           "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
           "      <attribute id=\"mention_count\" title=\"mention_count\" type=\"long\"/>\n"
           "      <attribute id=\"document_count\" title=\"document_count\" type=\"long\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
           "      <attribute id=\"date\" title=\"date\" type=\"string\"/>\n"
           "      <attribute id=\"place\" title=\"place\" type=\"string\"/>\n"
           "      <attribute id=\"mode\" title=\"mode\" type=\"string\"/>\n"
           "      <attribute id=\"title\" title=\"title\" type=\"string\"/>\n"
           "      <attribute id=\"amount\" title=\"amount\" type=\"string\"/>\n"
           "      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"long\"/>\n"
           "      <attribute id=\"documents\" title=\"documents\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n";
    for (const EntityRecord* e : s.nodes) {
        out << "      <node" << attr("id", detail::node_id(e->id)) << attr("label", e->name);
        if (full_date(e->first_seen)) out << attr("start", e->first_seen);
        if (full_date(e->last_seen)) out << attr("end", e->last_seen);
        out << ">\n        <attvalues>\n";
        attvalue(out, "type", std::string(to_string(e->type)));
        attvalue(out, "aliases", detail::join(e->aliases));
        attvalue(out, "mention_count", std::to_string(e->mention_count));
        attvalue(out, "document_count", std::to_string(e->documents.size()));
        const detail::NodeStyle st = detail::node_style(e->type);
        out << "        </attvalues>\n"
            << "        <viz:color r=\"" << int{st.r} << "\" g=\"" << int{st.g} << "\" b=\"" << int{st.b}
            << "\"/>\n      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (const detail::SelectedEdge& e : s.edges) {
        out << "      <edge" << attr("id", detail::edge_id(e.id)) << attr("source", detail::node_id(e.source))
            << attr("target", detail::node_id(e.target))
            << attr("type", e.directed ? "directed" : "undirected")
            << attr("label", std::string(to_string(e.type))) << attr("weight", detail::format_double(e.weight))
            << ">\n        <attvalues>\n";
        attvalue(out, "relation", std::string(to_string(e.type)));
        attvalue(out, "date", e.date);
        attvalue(out, "place", detail::entity_name(g, e.place));
        for (const char* a : {"mode", "title", "amount"}) attvalue(out, a, attribute(e.attributes, a));
        attvalue(out, "evidence_count", std::to_string(e.evidence.size()));
        attvalue(out, "documents", detail::join(e.documents));
        out << "        </attvalues>\n";
        bool any = false;
        for (const std::string& d : e.dates) {
            if (!full_date(d)) continue;
            if (!any) out << "        <spells>\n";
            any = true;
            out << "          <spell" << attr("start", d) << attr("end", d) << "/>\n";
        }
        if (any) out << "        </spells>\n";
        out << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    if (!out) throw ExportError("export: writing GEXF failed");
}

}  // namespace kg::output
