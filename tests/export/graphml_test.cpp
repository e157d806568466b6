#include <sys/wait.h>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "export/detail/text.h"
#include "export/exporters.h"
#include "fixture.h"
#include "xml_helpers.h"

using kg::output::detail::clean_text;
using namespace kg::test;

namespace {

std::string graphml_of(const kg::graph::KnowledgeGraph& g, const kg::output::ExportOptions& opt = {}) {
    std::ostringstream out;
    kg::output::write_graphml(g, out, opt);
    return out.str();
}

// xmllint's exit status validating `path` offline against the GraphML schema copy.
int xmllint_schema(const std::string& path, const std::string& err) {
    const std::string s = std::string(KG_EXPORT_TEST_DIR) + "/schemas";
    const std::string cmd = "XML_CATALOG_FILES='" + s + "/catalog.xml' xmllint --nonet --noout --schema '" + s +
                            "/graphml.xsd' '" + path + "' 2> '" + err + "'";
    const int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// data key -> text for one <node> or <edge>.
std::map<std::string, std::string> data_of(xmlNode* n) {
    std::map<std::string, std::string> out;
    for (xmlNode* d : children(n, "data")) out[attr(d, "key")] = text(d);
    return out;
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("GraphML of the hostile graph validates against the GraphML schema") {
    const std::string dir = scratch_dir("graphml_schema");
    kg::output::ExportOptions opt;
    opt.title = "t <&> \"]]>\"";
    {
        std::ofstream f(dir + "/hostile.graphml", std::ios::binary);
        kg::output::write_graphml(hostile_graph(), f, opt);
    }
    CHECK_MESSAGE(xmllint_schema(dir + "/hostile.graphml", dir + "/err.txt") == 0, slurp(dir + "/err.txt"));
}

TEST_CASE("the schema check rejects a GraphML file with a dangling edge") {
    // Proves the validation above can fail: the schema copy and catalog are really used.
    const std::string dir = scratch_dir("graphml_schema_negative");
    std::string bad = graphml_of(tiny_graph());
    const std::string target = "target=\"person-yoko-kamikawa\"";
    const auto at = bad.find(target);
    REQUIRE(at != std::string::npos);
    bad.replace(at, target.size(), "target=\"person-nobody\"");
    std::ofstream(dir + "/bad.graphml", std::ios::binary) << bad;
    CHECK(xmllint_schema(dir + "/bad.graphml", dir + "/err.txt") == 3);
}

TEST_CASE("GraphML reads back with every label and type and alias intact") {
    const kg::graph::KnowledgeGraph g = hostile_graph();
    const std::string xml = graphml_of(g);
    XmlDoc doc = parse_xml(xml);
    REQUIRE(doc);
    xmlNode* graph = child(xmlDocGetRootElement(doc.get()), "graph");
    REQUIRE(graph);
    CHECK(attr(graph, "edgedefault") == "directed");
    const auto nodes = children(graph, "node");
    REQUIRE(nodes.size() == g.entities().size());
    const auto by_id = entities_by_node_id(g);
    std::map<std::string, std::map<std::string, std::string>> node_data;
    for (xmlNode* n : nodes) {
        const auto found = by_id.find(attr(n, "id"));
        REQUIRE_MESSAGE(found != by_id.end(), attr(n, "id"));
        const kg::EntityRecord& e = *found->second;
        auto d = data_of(n);
        node_data[attr(n, "id")] = d;
        const std::string name = clean_text(e.name);
        if (name.empty()) CHECK(d.count("k_label") == 0);
        else CHECK(d["k_label"] == name);
        CHECK(d["k_type"] == std::string(kg::to_string(e.type)));
        CHECK(d["k_mention_count"] == std::to_string(e.mention_count));
    }
    CHECK(node_data["person-taro-the-quote-yamada"]["k_aliases"] == "T. \"Q\" Yamada | Yamada <Taro>");

    // A symmetric relation is two arcs, one each way; every other one arc.
    const auto edges = children(graph, "edge");
    std::size_t symmetric = 0;
    for (const kg::RelationRecord& r : g.relations()) symmetric += kg::is_symmetric(r.type) ? 1 : 0;
    CHECK(symmetric == 3);
    REQUIRE(edges.size() == g.relations().size() + symmetric);
    std::set<std::string> ids;
    for (xmlNode* e : edges) ids.insert(attr(e, "id"));
    CHECK(ids.size() == edges.size());
    std::map<std::string, std::string> met, back;
    std::string met_id, back_id;
    for (xmlNode* e : edges) {
        if (attr(e, "source") == "person-ends-with-backslash" && attr(e, "target") == "person-taro-the-quote-yamada") {
            met = data_of(e);
            met_id = attr(e, "id");
        }
        if (attr(e, "source") == "person-taro-the-quote-yamada" && attr(e, "target") == "person-ends-with-backslash") {
            back = data_of(e);
            back_id = attr(e, "id");
        }
    }
    CHECK(back_id == met_id + "-reverse");
    CHECK(met.count("k_reverse_of") == 0);
    CHECK(back["k_reverse_of"] == met_id);
    CHECK(back["k_date"] == "2023-04-04");
    CHECK(met["k_relation"] == "MET");
    CHECK(met["k_directed"] == "false");
    CHECK(met["k_date"] == "2023-04-04");
    CHECK(met["k_place"] == "-.5");
    CHECK(met["k_mode"] == "in-person");
    CHECK(met["k_weight"] == "1");
    CHECK(met.count("k_count") == 0);  // without --collapse every edge is one relation
    CHECK(met.count("k_dates") == 0);  // nor lists: the single values say it all
    CHECK(met["k_evidence_count"] == "1");
    CHECK(met["k_documents"] == "doc<1>&\"");
    bool role_found = false;
    for (xmlNode* e : edges) {
        auto d = data_of(e);
        if (d["k_relation"] != "ROLE") continue;
        role_found = true;
        CHECK(d["k_directed"] == "true");
        CHECK(d.count("k_reverse_of") == 0);  // one arc, subject -> object
        CHECK(attr(e, "source") == "person-taro-the-quote-yamada");
        CHECK(d["k_title"] == "Minister \"for\" <Foreign> Affairs\\");
    }
    CHECK(role_found);
}

TEST_CASE("GraphML keys are typed and scoped and avoid Gephi's magic ids") {
    XmlDoc doc = parse_xml(graphml_of(tiny_graph()));
    REQUIRE(doc);
    const std::set<std::string> magic = {"d3", "d7", "x", "y", "size", "r", "g", "b", "color", "weight", "label"};
    const std::set<std::string> types = {"string", "int", "long", "float", "double", "boolean"};
    const auto keys = children(xmlDocGetRootElement(doc.get()), "key");
    CHECK(keys.size() >= 18);
    std::set<std::string> names;
    for (xmlNode* k : keys) {
        CHECK(magic.count(attr(k, "id")) == 0);
        CHECK(types.count(attr(k, "attr.type")) == 1);
        CHECK(!attr(k, "for").empty());
        names.insert(attr(k, "for") + ":" + attr(k, "attr.name"));
    }
    for (const char* n : {"node:label", "node:type", "node:aliases", "node:mention_count", "node:document_count",
                          "node:first_seen", "node:last_seen", "edge:relation", "edge:date", "edge:place",
                          "edge:mode", "edge:title", "edge:amount", "edge:weight", "edge:evidence_count",
                          "edge:documents", "edge:count", "edge:reverse_of", "edge:first_date", "edge:last_date",
                          "edge:dates", "edge:places", "edge:modes", "edge:titles", "edge:amounts",
                          "node:documents", "node:date", "node:place", "node:mode", "node:cameo",
                          "node:plover_mode", "node:participant_count"})
        CHECK_MESSAGE(names.count(n) == 1, n);
}
}
