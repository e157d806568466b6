// What the GraphML, GEXF, JSON and Neo4j CSV writers keep of collapsed edges and
// of meetings, on the fixture of three Wong-Kamikawa meetings (and a four-party one).

#include <rapidjson/document.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "fixture.h"
#include "xml_helpers.h"

using namespace kg::test;

namespace {

using Fields = std::map<std::string, std::string>;

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, sep)) out.push_back(cur);
    return out;
}

// A tiny RFC 4180 reader: rows of cells.
std::vector<std::vector<std::string>> csv_rows(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += text[++i];
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
        } else {
            cell += c;
        }
    }
    rows.pop_back();  // after the last newline
    return rows;
}

// CSV rows as column name (type suffix dropped) -> cell, plus the header's types.
struct Csv {
    std::map<std::string, std::string> types;
    std::vector<Fields> rows;
};
Csv read_csv(const std::string& text) {
    const auto rows = csv_rows(text);
    Csv out;
    std::vector<std::string> names;
    for (const std::string& h : rows.at(0)) {
        const auto colon = h.rfind(':');
        const std::string name = colon == std::string::npos ? h : h.substr(0, colon);
        names.push_back(name.empty() ? h : name);
        out.types[names.back()] = colon == std::string::npos ? "" : h.substr(colon + 1);
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        REQUIRE(rows[r].size() == names.size());
        Fields f;
        for (std::size_t i = 0; i < names.size(); ++i) f[names[i]] = rows[r][i];
        out.rows.push_back(f);
    }
    return out;
}

Fields graphml_data(xmlNode* n) {
    Fields out;
    for (xmlNode* d : children(n, "data")) out[attr(d, "key")] = text(d);
    return out;
}

Fields gexf_values(xmlNode* n) {
    Fields out;
    for (xmlNode* v : children(child(n, "attvalues"), "attvalue")) out[attr(v, "for")] = attr(v, "value");
    return out;
}

rapidjson::Document json_of(const kg::graph::KnowledgeGraph& g, const kg::output::ExportOptions& opt) {
    std::ostringstream out;
    kg::output::write_json(g, out, opt);
    rapidjson::Document d;
    d.Parse(out.str().c_str());
    REQUIRE(!d.HasParseError());
    return d;
}

std::vector<std::string> strings(const rapidjson::Value& array) {
    std::vector<std::string> out;
    for (const auto& v : array.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
    return out;
}

const std::vector<std::string> kDates = {"2023-04-04", "2023-06-01", "2023-09-10"};

}  // namespace

TEST_SUITE("export") {
TEST_CASE("a collapsed edge of three meetings keeps all three in every format") {
    const kg::graph::KnowledgeGraph g = meetings_graph();
    kg::output::ExportOptions opt;
    opt.collapse = true;

    // JSON: one link, with the count, first and last date and every list.
    const rapidjson::Document j = json_of(g, opt);
    REQUIRE(j["links"].Size() == 1);
    const auto& link = j["links"][0];
    CHECK(link["count"].GetUint64() == 3);
    CHECK(link["weight"].GetDouble() == 3.0);
    CHECK(strings(link["dates"]) == kDates);
    CHECK(std::string(link["first_date"].GetString()) == "2023-04-04");
    CHECK(std::string(link["last_date"].GetString()) == "2023-09-10");
    CHECK(strings(link["places"]) == std::vector<std::string>{"Melbourne", "London"});
    CHECK(strings(link["modes"]) == std::vector<std::string>{"in-person", "telephone"});
    CHECK(strings(link["documents"]) == std::vector<std::string>{"m1", "m2", "m3"});
    CHECK(link["evidence"].Size() == 3);
    // No single date, place or mode: none is true of all three meetings.
    for (const char* single : {"date", "place", "mode"}) CHECK_MESSAGE(!link.HasMember(single), single);

    // GraphML: two arcs (MET is symmetric), each with the whole edge.
    std::ostringstream graphml;
    kg::output::write_graphml(g, graphml, opt);
    XmlDoc doc = parse_xml(graphml.str());
    REQUIRE(doc);
    const auto arcs = children(child(xmlDocGetRootElement(doc.get()), "graph"), "edge");
    REQUIRE(arcs.size() == 2);
    for (xmlNode* a : arcs) {
        Fields d = graphml_data(a);
        CHECK(d["k_count"] == "3");
        CHECK(d["k_dates"] == "2023-04-04 | 2023-06-01 | 2023-09-10");
        CHECK(d["k_first_date"] == "2023-04-04");
        CHECK(d["k_last_date"] == "2023-09-10");
        CHECK(d["k_places"] == "Melbourne | London");
        CHECK(d["k_modes"] == "in-person | telephone");
        CHECK(d["k_documents"] == "m1 | m2 | m3");
        for (const char* single : {"k_date", "k_place", "k_mode"}) CHECK_MESSAGE(d.count(single) == 0, single);
    }

    // GEXF: the same values, and a spell for each meeting.
    std::ostringstream gexf;
    kg::output::write_gexf(g, gexf, opt);
    XmlDoc gdoc = parse_xml(gexf.str());
    REQUIRE(gdoc);
    const auto gexf_arcs = children(child(child(xmlDocGetRootElement(gdoc.get()), "graph"), "edges"), "edge");
    REQUIRE(gexf_arcs.size() == 2);
    for (xmlNode* a : gexf_arcs) {
        Fields v = gexf_values(a);
        CHECK(v["count"] == "3");
        CHECK(v["dates"] == "2023-04-04 | 2023-06-01 | 2023-09-10");
        CHECK(v["places"] == "Melbourne | London");
        CHECK(v["modes"] == "in-person | telephone");
        CHECK(v.count("place") == 0);
        std::vector<std::string> starts;
        for (xmlNode* sp : children(child(a, "spells"), "spell")) starts.push_back(attr(sp, "start"));
        CHECK(starts == kDates);
    }

    // Neo4j CSV: typed count and lists.
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(g, nodes, rels, opt);
    const Csv r = read_csv(rels.str());
    REQUIRE(r.rows.size() == 1);
    Fields row = r.rows[0];
    CHECK(row["count"] == "3");
    CHECK(split(row["dates"], ';') == kDates);
    CHECK(row["first_date"] == "2023-04-04");
    CHECK(row["last_date"] == "2023-09-10");
    CHECK(row["places"] == "Melbourne;London");
    CHECK(row["modes"] == "in-person;telephone");
    CHECK(row["documents"] == "m1;m2;m3");
    CHECK(row["date"].empty());
    CHECK(row["place"].empty());

    // Without --collapse: three edges, each with its own single values.
    const rapidjson::Document plain = json_of(g, {});
    REQUIRE(plain["links"].Size() == 3);
    std::vector<std::string> dates;
    for (const auto& l : plain["links"].GetArray()) {
        CHECK(l["count"].GetUint64() == 1);
        dates.emplace_back(l["date"].GetString());
    }
    std::sort(dates.begin(), dates.end());
    CHECK(dates == kDates);
}

TEST_CASE("meetings as nodes: a four-party meeting is one MEETING node in every format") {
    const kg::graph::KnowledgeGraph g = meetings_graph(true);
    kg::output::ExportOptions opt;
    opt.meetings_as_nodes = true;
    const std::vector<std::string> quad = {"person-antony-blinken", "person-penny-wong", "person-s-jaishankar",
                                           "person-yoko-kamikawa"};

    // JSON: four meeting nodes, no MET link, PARTICIPATED_IN links to each meeting.
    const rapidjson::Document j = json_of(g, opt);
    std::string quad_id;
    int meetings = 0;
    for (const auto& n : j["nodes"].GetArray()) {
        if (std::string(n["type"].GetString()) != "MEETING") continue;
        ++meetings;
        if (n.HasMember("place") && std::string(n["place"].GetString()) == "Tokyo") {
            quad_id = n["id"].GetString();
            CHECK(std::string(n["date"].GetString()) == "2023-11-08");
            CHECK(std::string(n["mode"].GetString()) == "multilateral");
            CHECK(std::string(n["cameo"].GetString()) == "043");
            CHECK(std::string(n["plover_mode"].GetString()) == "meet");
            CHECK(n["participant_count"].GetUint64() == 4);
            CHECK(n["evidence"].Size() == 1);
        }
    }
    CHECK(meetings == 4);
    REQUIRE(quad_id.rfind("meeting-", 0) == 0);
    std::vector<std::string> members;
    for (const auto& l : j["links"].GetArray()) {
        CHECK(std::string(l["relation"].GetString()) == "PARTICIPATED_IN");
        if (quad_id == l["target"].GetString()) members.emplace_back(l["source"].GetString());
    }
    std::sort(members.begin(), members.end());
    CHECK(members == quad);

    // GraphML: the same node and arcs.
    std::ostringstream graphml;
    kg::output::write_graphml(g, graphml, opt);
    XmlDoc doc = parse_xml(graphml.str());
    REQUIRE(doc);
    xmlNode* graph = child(xmlDocGetRootElement(doc.get()), "graph");
    Fields node;
    for (xmlNode* n : children(graph, "node"))
        if (attr(n, "id") == quad_id) node = graphml_data(n);
    CHECK(node["k_type"] == "MEETING");
    CHECK(node["k_meeting_place"] == "Tokyo");
    CHECK(node["k_cameo"] == "043");
    CHECK(node["k_plover_mode"] == "meet");
    CHECK(node["k_participant_count"] == "4");
    members.clear();
    for (xmlNode* e : children(graph, "edge")) {
        CHECK(graphml_data(e)["k_relation"] == "PARTICIPATED_IN");
        if (attr(e, "target") == quad_id) members.push_back(attr(e, "source"));
    }
    CHECK(members == quad);

    // GEXF: the same node, living on the meeting's day, and arcs with that spell.
    std::ostringstream gexf;
    kg::output::write_gexf(g, gexf, opt);
    XmlDoc gdoc = parse_xml(gexf.str());
    REQUIRE(gdoc);
    xmlNode* ggraph = child(xmlDocGetRootElement(gdoc.get()), "graph");
    bool found = false;
    for (xmlNode* n : children(child(ggraph, "nodes"), "node"))
        if (attr(n, "id") == quad_id) {
            found = true;
            CHECK(attr(n, "start") == "2023-11-08");
            CHECK(gexf_values(n)["cameo"] == "043");
            CHECK(gexf_values(n)["type"] == "MEETING");
        }
    CHECK(found);
    members.clear();
    for (xmlNode* e : children(child(ggraph, "edges"), "edge"))
        if (attr(e, "target") == quad_id) {
            members.push_back(attr(e, "source"));
            CHECK(attr(child(child(e, "spells"), "spell"), "start") == "2023-11-08");
        }
    CHECK(members == quad);

    // Neo4j CSV: a Meeting row and four PARTICIPATED_IN rows to it.
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(g, nodes, rels, opt);
    Fields meeting;
    for (const Fields& f : read_csv(nodes.str()).rows)
        if (f.at("id") == quad_id) meeting = f;
    CHECK(meeting[":LABEL"] == "Meeting");
    CHECK(meeting["date"] == "2023-11-08");
    CHECK(meeting["place"] == "Tokyo");
    CHECK(meeting["cameo"] == "043");
    CHECK(meeting["participant_count"] == "4");
    members.clear();
    for (const Fields& f : read_csv(rels.str()).rows) {
        CHECK(f.at(":TYPE") == "PARTICIPATED_IN");
        if (f.at(":END_ID") == quad_id) members.push_back(f.at(":START_ID"));
    }
    CHECK(members == quad);

    // Without the option: MET edges, and no meeting anywhere.
    const rapidjson::Document plain = json_of(g, {});
    for (const auto& n : plain["nodes"].GetArray()) CHECK(std::string(n["type"].GetString()) != "MEETING");
    CHECK(plain["links"].Size() == 3 + 6);
}

TEST_CASE("Neo4j CSV header types: dates, string arrays, ints") {
    const kg::graph::KnowledgeGraph g = meetings_graph(true);
    kg::output::ExportOptions opt;
    opt.meetings_as_nodes = true;
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(g, nodes, rels, opt);
    const Csv n = read_csv(nodes.str());
    const std::map<std::string, std::string> node_types = {
        {"id", "ID"},           {":LABEL", "LABEL"},         {"aliases", "string[]"}, {"mention_count", "int"},
        {"document_count", "int"}, {"first_seen", "date"},    {"last_seen", "date"},   {"documents", "string[]"},
        {"date", "date"},       {"participant_count", "int"}, {"name", ""},           {"place", ""}};
    for (const auto& [name, type] : node_types) CHECK_MESSAGE(n.types.at(name) == type, name);
    const Csv r = read_csv(rels.str());
    const std::map<std::string, std::string> rel_types = {
        {":START_ID", "START_ID"}, {":END_ID", "END_ID"},    {":TYPE", "TYPE"},      {"directed", "boolean"},
        {"count", "int"},          {"date", "date"},         {"first_date", "date"}, {"last_date", "date"},
        {"dates", "date[]"},       {"places", "string[]"},   {"modes", "string[]"},  {"titles", "string[]"},
        {"amounts", "string[]"},   {"weight", "double"},     {"evidence_count", "int"},
        {"documents", "string[]"}};
    for (const auto& [name, type] : rel_types) CHECK_MESSAGE(r.types.at(name) == type, name);

    // The values fit their types: each column of a type holds only what Neo4j parses as it.
    const auto fits = [](const std::string& type, const std::string& cell) {
        const auto date = [](const std::string& d) {
            return (d.size() == 4 || d.size() == 7 || d.size() == 10) &&
                   std::all_of(d.begin(), d.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
        };
        if (cell.empty()) return true;
        if (type == "date") return date(cell);
        if (type == "date[]") {
            const auto parts = split(cell, ';');
            return std::all_of(parts.begin(), parts.end(), date);
        }
        if (type == "int") return std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (type == "boolean") return cell == "true" || cell == "false";
        return true;
    };
    int dated = 0;
    for (const Csv* file : {&n, &r})
        for (const Fields& row : file->rows)
            for (const auto& [name, cell] : row) {
                CHECK_MESSAGE(fits(file->types.at(name), cell), name, "=", cell);
                if (file->types.at(name) == "date" && !cell.empty()) ++dated;
            }
    CHECK(dated > 0);
    // A document list is one cell of ';'-separated ids.
    for (const Fields& row : n.rows)
        if (row.at("id") == "person-penny-wong") CHECK(split(row.at("documents"), ';') ==
                                                       std::vector<std::string>{"m1", "m2", "m3", "m4"});
}

TEST_CASE("Neo4j CSV arrays keep a semicolon inside a value as one element") {
    // Aliases are sorted; the second holds the array delimiter.
    kg::DocumentExtraction x;
    x.document = kg::Document{"d;1", "mem://d", "Semicolons", "2023-04-04", "text"};
    kg::Entity a;
    a.type = kg::EntityType::Person;
    a.name = "Ana Example";
    a.aliases = {"A. Example", "Example; Ana"};
    a.mentions.push_back(kg::Mention{kg::Span{0, 1}, a.name});
    x.entities = {a};
    kg::graph::KnowledgeGraph g;
    g.add(x);
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(g, nodes, rels);
    const Csv n = read_csv(nodes.str());
    REQUIRE(n.rows.size() == 1);
    const auto aliases = split(n.rows[0].at("aliases"), ';');
    REQUIRE(aliases.size() == 2);
    CHECK(aliases[1] == "Example\xEF\xBC\x9B Ana");  // U+FF1B
    CHECK(n.rows[0].at("documents") == "d\xEF\xBC\x9B" "1");
}

TEST_CASE("Neo4j CSV date cells hold only what Neo4j parses as a date, and nothing else") {
    kg::graph::KnowledgeGraph g;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"2023", "2023"},       {"2023-04", "2023-04"}, {"2023-04-04", "2023-04-04"}, {"2023-13-01", ""},
        {"2023-04-32", ""},     {"2023-00", ""},        {"Spring 2023", ""},          {"202-04-04", ""},
        {"2023-04-04T10", ""},  {"2023/04/04", ""}};
    for (std::size_t i = 0; i < cases.size(); ++i) {
        kg::DocumentExtraction x;
        x.document = kg::Document{"d" + std::to_string(i), "mem://d", "Dates", cases[i].first, "text"};
        kg::Entity a;
        a.type = kg::EntityType::Person;
        a.name = "Person Number" + std::string(1, static_cast<char>('A' + i));
        a.mentions.push_back(kg::Mention{kg::Span{0, 1}, a.name});
        x.entities = {a};
        g.add(x);
    }
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(g, nodes, rels);
    const Csv n = read_csv(nodes.str());
    REQUIRE(n.rows.size() == cases.size());
    for (const Fields& row : n.rows) {
        const std::size_t i = static_cast<std::size_t>(row.at("name").back() - 'A');
        REQUIRE(i < cases.size());
        CHECK_MESSAGE(row.at("first_seen") == cases[i].second, cases[i].first);
    }
}
}
