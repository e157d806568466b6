// Node-link JSON (networkx's node_link_data layout) through RapidJSON. The writer
// validates encoding and every call's result is checked, so a failure surfaces as
// ExportError instead of a silently truncated document.
//
// One link per edge, with "directed" telling a subject -> object relation from a
// symmetric one (MET). Every link carries "count" and the lists "dates", "places",
// "modes", "titles", "amounts", "documents" and its "evidence" over all relations it
// stands for; single values ("date", "place", ...) only when all of them share one,
// which a --collapse'd edge of different meetings does not.
// With meetings_as_nodes, meetings are nodes of type MEETING (with their evidence)
// and PARTICIPATED_IN links join each participant to them, in place of MET links.

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>
#include <string>
#include <string_view>

#include "export/detail/json.h"
#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

using detail::StreamJson;

// The evidence of every record, in content order rather than the order the
// documents were added in.
std::vector<const Evidence*> sorted_evidence(const std::vector<const Evidence*>& all) {
    std::vector<const Evidence*> out = all;
    std::stable_sort(out.begin(), out.end(), [](const Evidence* a, const Evidence* b) {
        return std::tie(a->doc_id, a->sentence, a->rule, a->confidence) <
               std::tie(b->doc_id, b->sentence, b->rule, b->confidence);
    });
    return out;
}

// `read` keeps what is read from ExportOptions::records alive while the pointers are used.
std::vector<const Evidence*> sorted_evidence(const detail::Selection& s, const detail::SelectedEdge& e,
                                             std::vector<std::vector<Evidence>>& read) {
    std::vector<const Evidence*> all;
    read.resize(std::max(read.size(), e.records.size()));
    for (std::size_t i = 0; i < e.records.size(); ++i)
        for (const Evidence& ev : s.evidence(*e.records[i], read[i])) all.push_back(&ev);
    return sorted_evidence(all);
}

void write_evidence(StreamJson& j, const std::vector<const Evidence*>& evidence) {
    j.key("evidence");
    j.begin_array();
    for (const Evidence* ev : evidence) {
        j.begin_object();
        j.field("doc", ev->doc_id);
        j.key("begin");
        j.number(ev->sentence.begin);
        j.key("end");
        j.number(ev->sentence.end);
        j.field("rule", ev->rule);
        j.key("confidence");
        j.number(ev->confidence);
        j.end_object();
    }
    j.end_array();
}

}  // namespace

void write_json(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    // Written as it is made, 64 KB at a time (a million edges' JSON held whole was gigabytes).
    detail::JsonOutput stream(out);
    detail::JsonStreamWriter writer(stream);
    StreamJson j(writer);

    j.begin_object();
    j.key("directed");
    j.boolean(false);
    j.key("multigraph");
    j.boolean(true);
    j.key("graph");
    j.begin_object();
    j.field("name", "kg");
    j.optional_field("title", opt.title);
    j.end_object();

    j.key("nodes");
    j.begin_array();
    std::vector<std::string> read_documents;
    for (const EntityRecord* e : s.nodes) {
        j.begin_object();
        j.field("id", s.node_id(e->id));
        j.field("label", e->name);
        j.field("type", to_string(e->type));
        j.strings("aliases", e->aliases);
        j.key("mention_count");
        j.number(e->mention_count);
        j.key("document_count");
        const std::vector<std::string>& documents = s.documents(*e, read_documents);
        j.number(documents.size());
        j.strings("documents", documents);
        j.optional_field("first_seen", e->first_seen);
        j.optional_field("last_seen", e->last_seen);
        j.end_object();
    }
    for (const detail::SelectedMeeting& sm : s.meetings) {
        const MeetingRecord& m = *sm.record;
        j.begin_object();
        j.field("id", sm.stable_id);
        j.field("label", detail::meeting_label(g, m));
        j.field("type", "MEETING");
        j.optional_field("date", m.date);
        j.optional_field("place", detail::entity_name(g, m.place));
        j.field("mode", to_string(m.mode));
        j.field("status", to_string(m.status));
        j.optional_field("cameo", m.cameo);
        j.optional_field("plover_mode", m.plover_mode);
        j.optional_field("host", detail::entity_name(g, m.host));
        j.optional_field("visitor", detail::entity_name(g, m.visitor));
        j.key("participant_count");
        j.number(sm.participants.size());
        j.key("document_count");
        j.number(m.documents.size());
        j.strings("documents", m.documents);
        std::vector<const Evidence*> evidence;
        for (const Evidence& ev : m.evidence) evidence.push_back(&ev);
        write_evidence(j, sorted_evidence(evidence));
        j.end_object();
    }
    j.end_array();

    j.key("links");
    j.begin_array();
    std::vector<std::vector<Evidence>> read_evidence;
    for (const detail::SelectedEdge& e : s.edges) {
        if (e.from_meeting) continue;
        j.begin_object();
        j.field("source", s.node_id(e.source));
        j.field("target", s.node_id(e.target));
        j.field("key", e.stable_id);
        j.field("relation", to_string(e.type));
        j.key("directed");
        j.boolean(e.directed);
        j.key("count");
        j.number(e.merged);
        j.optional_field("date", e.date);
        j.optional_field("first_date", e.first_date());
        j.optional_field("last_date", e.last_date());
        j.strings("dates", e.dates);
        j.optional_field("place", detail::entity_name(g, e.place));
        std::vector<std::string_view> places;
        for (EntityId p : e.places) places.push_back(detail::entity_name(g, p));
        j.strings("places", places);
        j.optional_field("mode", e.attribute("mode"));
        j.strings("modes", e.values("mode"));
        j.optional_field("title", e.attribute("title"));
        j.strings("titles", e.values("title"));
        j.optional_field("amount", e.attribute("amount"));
        j.strings("amounts", e.values("amount"));
        j.key("weight");
        j.number(e.weight);
        j.strings("documents", e.documents);
        write_evidence(j, sorted_evidence(s, e, read_evidence));
        j.end_object();
    }
    for (const detail::SelectedMeeting& sm : s.meetings) {
        for (std::size_t i = 0; i < sm.participants.size(); ++i) {
            j.begin_object();
            j.field("source", s.node_id(sm.participants[i]));
            j.field("target", sm.stable_id);
            j.field("key", sm.link_ids[i]);
            j.field("relation", detail::kParticipatedIn);
            j.key("directed");
            j.boolean(true);
            j.key("count");
            j.number(std::size_t{1});
            j.optional_field("date", sm.record->date);
            j.key("weight");
            j.number(1.0);
            j.end_object();
        }
    }
    j.end_array();
    j.end_object();
    if (!writer.IsComplete()) throw ExportError("export: JSON document is incomplete");

    stream.Flush();
    out << '\n';
    if (!out) throw ExportError("export: writing JSON failed");
}

}  // namespace kg::output
