// GEXF 1.2 in dynamic mode: nodes live from first to last sighting, edges have a
// spell per dated relation, and viz colours follow the DOT palette.
// Every edge is undirected with a "directed" attribute, like the GraphML writer:
// networkx refuses a graph that mixes directed and undirected edges.

#include <string>
#include <string_view>

#include "export/detail/palette.h"
#include "export/detail/selection.h"
#include "export/detail/sink.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

// timeformat="date" accepts only full dates.
bool full_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

// ` name="value"` with the value escaped for an attribute.
void attr(detail::Sink& o, std::string_view name, std::string_view value) {
    o << ' ' << name << "=\"";
    o.xml(value, true) << '"';
}

void attvalue(detail::Sink& o, std::string_view id, std::string_view value) {
    if (value.empty()) return;
    o << "          <attvalue for=\"" << id << "\" value=\"";
    o.xml(value, true) << "\"/>\n";
}

template <class Number>
void attvalue_number(detail::Sink& o, std::string_view id, Number value) {
    o << "          <attvalue for=\"" << id << "\" value=\"";
    o.number(value) << "\"/>\n";
}

template <class Strings>
void attvalue_joined(detail::Sink& o, std::string_view id, const Strings& values) {
    if (values.empty()) return;
    o << "          <attvalue for=\"" << id << "\" value=\"";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) o << " | ";
        o.xml(values[i], true);
    }
    o << "\"/>\n";
}

}  // namespace

void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    detail::Sink o(out);
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""
         " version=\"1.2\">\n"
         "  <meta>\n    <creator>kg</creator>\n";
    if (!opt.title.empty()) {
        o << "    <description>";
        o.xml(opt.title) << "</description>\n";
    }
    o << "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
         "      <attribute id=\"mention_count\" title=\"mention_count\" type=\"long\"/>\n"
         "      <attribute id=\"document_count\" title=\"document_count\" type=\"long\"/>\n"
         "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
         "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
         "      <attribute id=\"directed\" title=\"directed\" type=\"boolean\"/>\n"
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
        o << "      <node id=\"" << s.node_id(e->id) << '"';
        attr(o, "label", e->name);
        if (full_date(e->first_seen)) attr(o, "start", e->first_seen);
        if (full_date(e->last_seen)) attr(o, "end", e->last_seen);
        o << ">\n        <attvalues>\n";
        attvalue(o, "type", to_string(e->type));
        attvalue_joined(o, "aliases", e->aliases);
        attvalue_number(o, "mention_count", e->mention_count);
        attvalue_number(o, "document_count", e->documents.size());
        attvalue(o, "first_seen", e->first_seen);
        attvalue(o, "last_seen", e->last_seen);
        const detail::NodeStyle st = detail::node_style(e->type);
        o << "        </attvalues>\n        <viz:color r=\"";
        o.number(unsigned{st.r}) << "\" g=\"";
        o.number(unsigned{st.g}) << "\" b=\"";
        o.number(unsigned{st.b}) << "\"/>\n      </node>\n";
    }
    o << "    </nodes>\n    <edges>\n";
    for (const detail::SelectedEdge& e : s.edges) {
        o << "      <edge id=\"" << e.stable_id << "\" source=\"" << s.node_id(e.source) << "\" target=\""
          << s.node_id(e.target) << "\" label=\"" << to_string(e.type) << "\" weight=\"";
        o.number(e.weight) << "\">\n        <attvalues>\n";
        attvalue(o, "relation", to_string(e.type));
        attvalue(o, "directed", e.directed ? "true" : "false");
        attvalue(o, "date", e.date);
        attvalue(o, "place", detail::entity_name(g, e.place));
        for (const char* a : {"mode", "title", "amount"}) attvalue(o, a, e.attribute(a));
        attvalue_number(o, "evidence_count", e.evidence_count);
        attvalue_joined(o, "documents", e.documents);
        o << "        </attvalues>\n";
        bool any = false;
        for (std::string_view d : e.dates) {
            if (!full_date(d)) continue;
            if (!any) o << "        <spells>\n";
            any = true;
            o << "          <spell start=\"" << d << "\" end=\"" << d << "\"/>\n";
        }
        if (any) o << "        </spells>\n";
        o << "      </edge>\n";
    }
    o << "    </edges>\n  </graph>\n</gexf>\n";
    o.finish("GEXF");
}

}  // namespace kg::output
