// Neo4j bulk-import CSV (neo4j-admin database import): typed header columns,
// RFC 4180 quoting, node and edge ids shared with the other formats (detail/stable_ids.h).
//
// Column types: dates are `:date` (Neo4j reads "2023", "2023-05" and "2023-05-10";
// anything else is left empty rather than failing the import), counts `:int`,
// weights `:double`, and lists `string[]`/`date[]` joined by ';', the default of
// neo4j-admin's --array-delimiter. Neo4j cannot escape the delimiter, so a ';'
// inside one element is written as U+FF1B (fullwidth semicolon). Every field then
// goes through csv_field, which also neutralises cells a spreadsheet would run.
//
// Nodes: entities (labels Entity and their type) and, with meetings_as_nodes,
// meetings (label Meeting) in one file; columns a row does not have stay empty,
// which neo4j-admin imports as absent properties. Relationships: one row per edge
// (a MET row is one relationship, directed:false, to be matched without direction),
// and PARTICIPATED_IN from each participant to its meeting.

#include <string>
#include <string_view>
#include <vector>

#include "export/detail/format.h"
#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

// Neo4j labels in their usual PascalCase: "Person", "Organization".
std::string label_of(EntityType t) {
    std::string s(to_string(t));
    for (std::size_t i = 1; i < s.size(); ++i) s[i] = static_cast<char>(s[i] - 'A' + 'a');
    return s;
}

// YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a day 01-31: what Neo4j's date() accepts of ours.
bool iso_date(std::string_view d) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (d[i] < '0' || d[i] > '9') return false;
        return true;
    };
    auto two = [&](std::size_t at) { return (d[at] - '0') * 10 + (d[at + 1] - '0'); };
    if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
    if (!digits(0, 4)) return false;
    if (d.size() == 4) return true;
    if (d[4] != '-' || !digits(5, 2) || two(5) < 1 || two(5) > 12) return false;
    if (d.size() == 7) return true;
    return d[7] == '-' && digits(8, 2) && two(8) >= 1 && two(8) <= 31;
}

// A `:date` cell.
std::string date_field(std::string_view d) { return iso_date(d) ? std::string(d) : std::string(); }

// One element of an array cell: ';' would split it.
std::string element(std::string_view v) {
    std::string out;
    for (char c : v) {
        if (c == ';') out += "\xEF\xBC\x9B";  // U+FF1B
        else out += c;
    }
    return out;
}

// A `string[]` (or, with `dates`, `date[]`) cell.
template <class Strings>
std::string array_field(const Strings& values, bool dates = false) {
    std::string joined;
    bool first = true;
    for (const auto& v : values) {
        if (dates && !iso_date(v)) continue;
        if (!first) joined += ';';
        joined += element(v);
        first = false;
    }
    return csv_field(joined);
}

}  // namespace

void write_neo4j_csv(const graph::KnowledgeGraph& g, std::ostream& nodes, std::ostream& relationships,
                     const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    nodes << "id:ID,:LABEL,name,type,aliases:string[],mention_count:int,document_count:int,first_seen:date,"
             "last_seen:date,documents:string[],date:date,place,mode,status,cameo,plover_mode,host,visitor,"
             "participant_count:int\n";
    std::vector<std::string> read;
    for (const EntityRecord* e : s.nodes) {
        const std::vector<std::string>& documents = s.documents(*e, read);
        nodes << s.node_id(e->id) << ",Entity;" << label_of(e->type) << ',' << csv_field(e->name) << ','
              << to_string(e->type) << ',' << array_field(e->aliases) << ',' << e->mention_count << ','
              << documents.size() << ',' << date_field(e->first_seen) << ',' << date_field(e->last_seen) << ','
              << array_field(documents) << ",,,,,,,,,\n";
    }
    for (const detail::SelectedMeeting& sm : s.meetings) {
        const MeetingRecord& m = *sm.record;
        nodes << sm.stable_id << ",Meeting," << csv_field(detail::meeting_label(g, m)) << ",MEETING,,,"
              << m.documents.size() << ",,," << array_field(m.documents) << ',' << date_field(m.date) << ','
              << csv_field(detail::entity_name(g, m.place)) << ',' << to_string(m.mode) << ','
              << to_string(m.status) << ',' << csv_field(m.cameo) << ',' << csv_field(m.plover_mode) << ','
              << csv_field(detail::entity_name(g, m.host)) << ',' << csv_field(detail::entity_name(g, m.visitor))
              << ',' << sm.participants.size() << '\n';
    }
    relationships << ":START_ID,:END_ID,:TYPE,id,directed:boolean,count:int,date:date,first_date:date,"
                     "last_date:date,dates:date[],place,places:string[],mode,modes:string[],title,titles:string[],"
                     "amount,amounts:string[],weight:double,evidence_count:int,documents:string[]\n";
    for (const detail::SelectedEdge& e : s.edges) {
        if (e.from_meeting) continue;
        std::vector<std::string_view> places;
        for (EntityId p : e.places) places.push_back(detail::entity_name(g, p));
        relationships << s.node_id(e.source) << ',' << s.node_id(e.target) << ',' << to_string(e.type) << ','
                      << e.stable_id << ',' << (e.directed ? "true" : "false") << ',' << e.merged << ','
                      << date_field(e.date) << ',' << date_field(e.first_date()) << ','
                      << date_field(e.last_date()) << ',' << array_field(e.dates, true) << ','
                      << csv_field(detail::entity_name(g, e.place)) << ',' << array_field(places) << ','
                      << csv_field(e.attribute("mode")) << ',' << array_field(e.values("mode")) << ','
                      << csv_field(e.attribute("title")) << ',' << array_field(e.values("title")) << ','
                      << csv_field(e.attribute("amount")) << ',' << array_field(e.values("amount")) << ','
                      << detail::format_double(e.weight) << ',' << e.evidence_count << ','
                      << array_field(e.documents) << '\n';
    }
    for (const detail::SelectedMeeting& sm : s.meetings)
        for (std::size_t i = 0; i < sm.participants.size(); ++i)
            relationships << s.node_id(sm.participants[i]) << ',' << sm.stable_id << ','
                          << detail::kParticipatedIn << ',' << sm.link_ids[i] << ",true,1,"
                          << date_field(sm.record->date) << ",,,,,,,,,,,,1,0,\n";
    if (!nodes || !relationships) throw ExportError("export: writing Neo4j CSV failed");
}

}  // namespace kg::output
