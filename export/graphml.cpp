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

constexpr std::string_view kIn = "      ";

// One <data> element; empty values are left out (readers would see "" or "None").
void data(detail::Sink& o, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    o << kIn << "<data key=\"" << key << "\">";
    o.xml(value) << "</data>\n";
}

template <class Number>
void data_number(detail::Sink& o, std::string_view key, Number value) {
    o << kIn << "<data key=\"" << key << "\">";
    o.number(value) << "</data>\n";
}

// A multi-valued field as one " | "-joined string.
template <class Strings>
void data_joined(detail::Sink& o, std::string_view key, const Strings& values) {
    if (values.empty()) return;
    o << kIn << "<data key=\"" << key << "\">";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) o << " | ";
        o.xml(values[i]);
    }
    o << "</data>\n";
}

void edge_start(detail::Sink& o, std::string_view id, std::string_view source, std::string_view target) {
    o << "    <edge id=\"" << id << "\" source=\"" << source << "\" target=\"" << target << "\">\n";
}

// One arc of `e` (two for a symmetric relation, see the header); `reverse_of` is the
// edge's id on the second arc of a symmetric relation, empty otherwise.
void arc(detail::Sink& o, const detail::SelectedEdge& e, const detail::EdgeFields& f, bool collapsed,
         std::string_view id, std::string_view source, std::string_view target, std::string_view reverse_of) {
    edge_start(o, id, source, target);
    data(o, "k_edge_label", f.label);
    data(o, "k_relation", to_string(e.type));
    data(o, "k_directed", e.directed ? "true" : "false");
    data(o, "k_reverse_of", reverse_of);
    if (collapsed) data_number(o, "k_count", e.merged);
    data(o, "k_date", e.date);
    data(o, "k_first_date", f.first_date);
    data(o, "k_last_date", f.last_date);
    data_joined(o, "k_dates", f.dates);
    data(o, "k_place", f.place);
    data_joined(o, "k_places", f.places);
    data(o, "k_mode", f.mode);
    data_joined(o, "k_modes", f.modes);
    data(o, "k_title", f.title);
    data_joined(o, "k_titles", f.titles);
    data(o, "k_amount", f.amount);
    data_joined(o, "k_amounts", f.amounts);
    data_number(o, "k_weight", e.weight);
    data_number(o, "k_evidence_count", e.evidence_count);
    data_joined(o, "k_documents", e.documents);
    o << "    </edge>\n";
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
        data(o, "k_label", e->name);
        data(o, "k_type", to_string(e->type));
        data_joined(o, "k_aliases", e->aliases);
        data_number(o, "k_mention_count", e->mention_count);
        data_number(o, "k_document_count", e->documents.size());
        data(o, "k_first_seen", e->first_seen);
        data(o, "k_last_seen", e->last_seen);
        o << "    </node>\n";
    }
    for (const detail::SelectedMeeting& sm : s.meetings) {
        const MeetingRecord& m = *sm.record;
        o << "    <node id=\"" << sm.stable_id << "\">\n";
        data(o, "k_label", detail::meeting_label(g, m));
        data(o, "k_type", "MEETING");
        data_number(o, "k_document_count", m.documents.size());
        data_joined(o, "k_node_documents", m.documents);
        data(o, "k_meeting_date", m.date);
        data(o, "k_meeting_place", detail::entity_name(g, m.place));
        data(o, "k_meeting_mode", to_string(m.mode));
        data(o, "k_meeting_status", to_string(m.status));
        data(o, "k_cameo", m.cameo);
        data(o, "k_plover_mode", m.plover_mode);
        data(o, "k_host", detail::entity_name(g, m.host));
        data(o, "k_visitor", detail::entity_name(g, m.visitor));
        data_number(o, "k_participant_count", sm.participants.size());
        o << "    </node>\n";
    }
    detail::EdgeFields f;     // reused from edge to edge, as is the id of a second arc
    std::string reverse_id;
    for (const detail::SelectedEdge& e : s.edges) {
        if (e.from_meeting) continue;
        const std::string& source = s.node_id(e.source);
        const std::string& target = s.node_id(e.target);
        detail::edge_fields(g, e, f);
        arc(o, e, f, opt.collapse, e.stable_id, source, target, {});
        if (!e.directed) {
            reverse_id.assign(e.stable_id).append("-reverse");
            arc(o, e, f, opt.collapse, reverse_id, target, source, e.stable_id);
        }
    }
    for (const detail::SelectedMeeting& sm : s.meetings) {
        for (std::size_t i = 0; i < sm.participants.size(); ++i) {
            edge_start(o, sm.link_ids[i], s.node_id(sm.participants[i]), sm.stable_id);
            data(o, "k_edge_label", detail::kParticipatedIn);
            data(o, "k_relation", detail::kParticipatedIn);
            data(o, "k_directed", "true");
            if (opt.collapse) data(o, "k_count", "1");
            data(o, "k_date", sm.record->date);
            data(o, "k_weight", "1");
            o << "    </edge>\n";
        }
    }
    o << "  </graph>\n</graphml>\n";
    o.finish("GraphML");
}

}  // namespace kg::output
