// Writes the hostile test graph in every format (GraphML, GEXF, JSON, DOT, SVG,
// PNG, Neo4j CSV) into a directory, and GraphML, GEXF, JSON and CSV again with
// meetings as nodes (hostile-meetings.*), plus expected.json (node id -> cleaned label
// and type, edge count) for check_loaders.py, so the real consumers are tested
// on the same names.
//   export_sample_writer <dir>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>

#include "export/detail/stable_ids.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "fixture.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: export_sample_writer <dir>\n";
        return 2;
    }
    try {
        const std::string dir = argv[1];
        const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
        kg::output::write_file(dir + "/hostile.graphml",
                               [&](std::ostream& o) { kg::output::write_graphml(g, o); });
        kg::output::write_file(dir + "/hostile.json", [&](std::ostream& o) { kg::output::write_json(g, o); });
        kg::output::write_file(dir + "/hostile.gexf", [&](std::ostream& o) { kg::output::write_gexf(g, o); });
        kg::output::write_file(dir + "/hostile.dot", [&](std::ostream& o) { kg::output::write_dot(g, o); });
        kg::output::ExportOptions drawing;
        drawing.title = "Hostile <names> & \"quotes\" \\";
        drawing.caption = "Source: ]]> fixture";
        drawing.meetings_as_nodes = true;
        for (const char* format : {"svg", "png"})
            kg::output::write_file(dir + "/hostile." + format,
                                   [&](std::ostream& o) { kg::output::render(g, format, o, drawing); });
        std::ostringstream nodes, relationships;
        kg::output::write_neo4j_csv(g, nodes, relationships);
        kg::output::write_file(dir + "/hostile-nodes.csv", [&](std::ostream& o) { o << nodes.str(); });
        kg::output::write_file(dir + "/hostile-relationships.csv", [&](std::ostream& o) { o << relationships.str(); });
        // The same graph with meetings as nodes, for the formats other than drawings.
        kg::output::ExportOptions meetings;
        meetings.meetings_as_nodes = true;
        kg::output::write_file(dir + "/hostile-meetings.graphml",
                               [&](std::ostream& o) { kg::output::write_graphml(g, o, meetings); });
        kg::output::write_file(dir + "/hostile-meetings.gexf",
                               [&](std::ostream& o) { kg::output::write_gexf(g, o, meetings); });
        kg::output::write_file(dir + "/hostile-meetings.json",
                               [&](std::ostream& o) { kg::output::write_json(g, o, meetings); });
        std::ostringstream meeting_nodes, meeting_relationships;
        kg::output::write_neo4j_csv(g, meeting_nodes, meeting_relationships, meetings);
        kg::output::write_file(dir + "/hostile-meetings-nodes.csv", [&](std::ostream& o) { o << meeting_nodes.str(); });
        kg::output::write_file(dir + "/hostile-meetings-relationships.csv",
                               [&](std::ostream& o) { o << meeting_relationships.str(); });

        rapidjson::StringBuffer buf;
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        w.StartObject();
        w.Key("edges");
        w.Uint64(g.relations().size());
        w.Key("nodes");
        w.StartObject();
        const std::vector<std::string> ids = kg::output::detail::stable_node_ids(g);
        for (const kg::EntityRecord& e : g.entities()) {
            const std::string& id = ids[e.id.value];
            const std::string label = kg::output::detail::clean_text(e.name);
            w.Key(id.c_str());
            w.StartArray();
            w.String(label.c_str(), static_cast<rapidjson::SizeType>(label.size()));
            w.String(std::string(kg::to_string(e.type)).c_str());
            w.EndArray();
        }
        w.EndObject();
        w.EndObject();
        kg::output::write_file(dir + "/expected.json",
                               [&](std::ostream& o) { o.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize())); });
    } catch (const std::exception& e) {
        std::cerr << "export_sample_writer: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
