// GraphML 1.0, written directly: stable NMTOKEN ids (detail/stable_ids.h), names only in <data>,
// typed keys whose ids avoid Gephi's magic ids. Valid against the GraphML schema.
//
// Direction. The graph is directed (edgedefault="directed"), so Gephi draws ROLE,
// VISITED, SUPPORTS... with arrows from subject to object. A symmetric relation
// (MET) is written as two arcs, one each way, both with directed=false: the second
// has the first's id with "-reverse" appended and names it in "reverse_of", so a
// reader that wants one edge per relation drops the arcs that have a reverse_of. A mixed graph (MET as directed="false") would be closer
// to the meaning and Gephi reads one, but networkx refuses it outright and igraph
// silently makes every edge directed; two arcs load the same in all three.
//
// With --collapse every edge carries "count" (the relations it stands for; without,
// it is always 1 and left out). Edges carry single values that hold for all of them; where they differ, as in a --collapse'd edge of several
// meetings, " | "-joined lists of all of them instead: dates (with first_date and
// last_date), places, modes, titles, amounts (see detail::EdgeFields); documents always.
//
// With meetings_as_nodes, each meeting is a node of type MEETING (date, place, mode,
// status, CAMEO and PLOVER codes, host, visitor, documents; an entity node has only
// document_count, its documents are in JSON and CSV) with a PARTICIPATED_IN
// arc from each participant, in place of the MET edges it stands for.

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

constexpr Key kKeys[] = {
    {"k_graph_title", "graph", "title", "string"},
    {"k_label", "node", "label", "string"},
    {"k_type", "node", "type", "string"},
    {"k_aliases", "node", "aliases", "string"},
    {"k_mention_count", "node", "mention_count", "long"},
    {"k_document_count", "node", "document_count", "long"},
    {"k_first_seen", "node", "first_seen", "string"},
    {"k_last_seen", "node", "last_seen", "string"},
    {"k_node_documents", "node", "documents", "string"},
    {"k_meeting_date", "node", "date", "string"},
    {"k_meeting_place", "node", "place", "string"},
    {"k_meeting_mode", "node", "mode", "string"},
    {"k_meeting_status", "node", "status", "string"},
    {"k_cameo", "node", "cameo", "string"},
    {"k_plover_mode", "node", "plover_mode", "string"},
    {"k_host", "node", "host", "string"},
    {"k_visitor", "node", "visitor", "string"},
    {"k_participant_count", "node", "participant_count", "long"},
    {"k_edge_label", "edge", "label", "string"},
    {"k_relation", "edge", "relation", "string"},
    {"k_directed", "edge", "directed", "boolean"},
    {"k_reverse_of", "edge", "reverse_of", "string"},
    {"k_count", "edge", "count", "long"},
    {"k_date", "edge", "date", "string"},
    {"k_first_date", "edge", "first_date", "string"},
    {"k_last_date", "edge", "last_date", "string"},
    {"k_dates", "edge", "dates", "string"},
    {"k_place", "edge", "place", "string"},
    {"k_places", "edge", "places", "string"},
    {"k_mode", "edge", "mode", "string"},
    {"k_modes", "edge", "modes", "string"},
    {"k_title", "edge", "title", "string"},
    {"k_titles", "edge", "titles", "string"},
    {"k_amount", "edge", "amount", "string"},
    {"k_amounts", "edge", "amounts", "string"},
    {"k_weight", "edge", "weight", "double"},
    {"k_evidence_count", "edge", "evidence_count", "long"},
    {"k_documents", "edge", "documents", "string"},
};

// `      <data key="KEY">`, one constant per key.
template <detail::Literal key>
constexpr auto kDataOpen = detail::Literal("      <data key=\"") + key + detail::Literal("\">");

// One <data> element; empty values are left out (readers would see "" or "None").
template <detail::Literal key>
void data(detail::Sink& o, std::string_view value) {
    if (value.empty()) return;
    o << kDataOpen<key>.view();
    o.xml(value) << "</data>\n";
}

template <detail::Literal key, class Number>
void data_number(detail::Sink& o, Number value) {
    o << kDataOpen<key>.view();
    o.number(value) << "</data>\n";
}

// A multi-valued field as one " | "-joined string.
template <detail::Literal key, class Strings>
void data_joined(detail::Sink& o, const Strings& values) {
    if (values.empty()) return;
    o << kDataOpen<key>.view();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) o << " | ";
        o.xml(values[i]);
    }
    o << "</data>\n";
}

void edge_start(detail::Sink& o, std::string_view id, std::string_view source, std::string_view target) {
    o << "    <edge id=\"" << id << "\" source=\"" << source << "\" target=\"" << target << "\">\n";
}

// Where the first arc of an edge wrote what follows reverse_of.
// One arc of `e` (two for a symmetric relation, see the header); `reverse_of` is the
// edge's id on the second arc of a symmetric relation, empty otherwise. The second
// arc ends as the first did.
void arc(detail::Sink& o, const detail::SelectedEdge& e, const detail::EdgeFields& f, bool collapsed,
         std::string_view id, std::string_view source, std::string_view target, std::string_view reverse_of,
         detail::Sink::Span& tail) {
    edge_start(o, id, source, target);
    data<"k_edge_label">(o, f.label);
    data<"k_relation">(o, to_string(e.type));
    data<"k_directed">(o, e.directed ? "true" : "false");
    data<"k_reverse_of">(o, reverse_of);
    if (!reverse_of.empty() && o.repeat(tail.from, tail.to)) return;
    tail.from = o.mark();
    if (collapsed) data_number<"k_count">(o, e.merged);
    data<"k_date">(o, e.date);
    data<"k_first_date">(o, f.first_date);
    data<"k_last_date">(o, f.last_date);
    data_joined<"k_dates">(o, f.dates);
    data<"k_place">(o, f.place);
    data_joined<"k_places">(o, f.places);
    data<"k_mode">(o, f.mode);
    data_joined<"k_modes">(o, f.modes);
    data<"k_title">(o, f.title);
    data_joined<"k_titles">(o, f.titles);
    data<"k_amount">(o, f.amount);
    data_joined<"k_amounts">(o, f.amounts);
    data_number<"k_weight">(o, e.weight);
    data_number<"k_evidence_count">(o, e.evidence_count);
    data_joined<"k_documents">(o, e.documents);
    o << "    </edge>\n";
    tail.to = o.mark();
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
    o << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
    if (!opt.title.empty()) {
        o << "    <data key=\"k_graph_title\">";
        o.xml(opt.title) << "</data>\n";
    }
    for (const EntityRecord* e : s.nodes) {
        o << "    <node id=\"" << s.node_id(e->id) << "\">\n";
        data<"k_label">(o, e->name);
        data<"k_type">(o, to_string(e->type));
        data_joined<"k_aliases">(o, e->aliases);
        data_number<"k_mention_count">(o, e->mention_count);
        data_number<"k_document_count">(o, s.document_count(*e));
        data<"k_first_seen">(o, e->first_seen);
        data<"k_last_seen">(o, e->last_seen);
        o << "    </node>\n";
    }
    for (const detail::SelectedMeeting& sm : s.meetings) {
        const MeetingRecord& m = *sm.record;
        o << "    <node id=\"" << sm.stable_id << "\">\n";
        data<"k_label">(o, detail::meeting_label(g, m));
        data<"k_type">(o, "MEETING");
        data_number<"k_document_count">(o, m.documents.size());
        data_joined<"k_node_documents">(o, m.documents);
        data<"k_meeting_date">(o, m.date);
        data<"k_meeting_place">(o, detail::entity_name(g, m.place));
        data<"k_meeting_mode">(o, to_string(m.mode));
        data<"k_meeting_status">(o, to_string(m.status));
        data<"k_cameo">(o, m.cameo);
        data<"k_plover_mode">(o, m.plover_mode);
        data<"k_host">(o, detail::entity_name(g, m.host));
        data<"k_visitor">(o, detail::entity_name(g, m.visitor));
        data_number<"k_participant_count">(o, sm.participants.size());
        o << "    </node>\n";
    }
    detail::Sink::Span tail;
    detail::for_each_arc(g, s, [&](std::size_t i, const detail::EdgeFields& f, std::string_view id,
                                   std::string_view source, std::string_view target, std::string_view reverse_of) {
        arc(o, s.edges[i], f, opt.collapse, id, source, target, reverse_of, tail);
    });
    for (const detail::SelectedMeeting& sm : s.meetings) {
        for (std::size_t i = 0; i < sm.participants.size(); ++i) {
            edge_start(o, sm.link_ids[i], s.node_id(sm.participants[i]), sm.stable_id);
            data<"k_edge_label">(o, detail::kParticipatedIn);
            data<"k_relation">(o, detail::kParticipatedIn);
            data<"k_directed">(o, "true");
            if (opt.collapse) data<"k_count">(o, "1");
            data<"k_date">(o, sm.record->date);
            data<"k_weight">(o, "1");
            o << "    </edge>\n";
        }
    }
    o << "  </graph>\n</graphml>\n";
    o.finish("GraphML");
}

}  // namespace kg::output
