// Neo4j bulk-import CSV (neo4j-admin database import): typed header columns,
// RFC 4180 quoting, node and edge ids shared with the other formats (detail/stable_ids.h).

#include <string>

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

}  // namespace

void write_neo4j_csv(const graph::KnowledgeGraph& g, std::ostream& nodes, std::ostream& relationships,
                     const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);
    // Aliases are one " | "-joined string: Neo4j's array delimiter cannot be escaped.
    nodes << "id:ID,:LABEL,name,type,aliases,mention_count:long,document_count:long,first_seen,last_seen\n";
    for (const EntityRecord* e : s.nodes) {
        nodes << s.node_id(e->id) << ",Entity;" << label_of(e->type) << ',' << csv_field(e->name) << ','
              << to_string(e->type) << ',' << csv_field(detail::join(e->aliases)) << ',' << e->mention_count
              << ',' << e->documents.size() << ',' << csv_field(e->first_seen) << ','
              << csv_field(e->last_seen) << '\n';
    }
    relationships << ":START_ID,:END_ID,:TYPE,id,directed:boolean,date,place,mode,title,amount,"
                     "weight:double,evidence_count:long,documents\n";
    for (const detail::SelectedEdge& e : s.edges) {
        relationships << s.node_id(e.source) << ',' << s.node_id(e.target) << ',' << to_string(e.type) << ','
                      << e.stable_id << ','
                      << (e.directed ? "true" : "false") << ',' << csv_field(e.date) << ','
                      << csv_field(detail::entity_name(g, e.place)) << ','
                      << csv_field(e.attribute("mode")) << ','
                      << csv_field(e.attribute("title")) << ','
                      << csv_field(e.attribute("amount")) << ','
                      << detail::format_double(e.weight) << ',' << e.evidence_count << ','
                      << csv_field(detail::join(e.documents)) << '\n';
    }
    if (!nodes || !relationships) throw ExportError("export: writing Neo4j CSV failed");
}

}  // namespace kg::output
