#include <sys/wait.h>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "export/detail/text.h"
#include "export/exporters.h"
#include "fixture.h"
#include "xml_helpers.h"

using namespace kg::test;

namespace {

std::string gexf_of(const kg::graph::KnowledgeGraph& g, const kg::output::ExportOptions& opt = {}) {
    std::ostringstream out;
    kg::output::write_gexf(g, out, opt);
    return out.str();
}

// xmllint's exit status validating `text` offline against the GEXF 1.2 schema copy
// (tests/export/schemas/gexf-1.2, the official one with its viz namespace fixed).
int validate(const std::string& text, const std::string& name) {
    const std::string dir = scratch_dir("gexf_schema_" + name);
    std::ofstream(dir + "/x.gexf", std::ios::binary) << text;
    const std::string cmd = "xmllint --nonet --noout --schema '" + std::string(KG_EXPORT_TEST_DIR) +
                            "/schemas/gexf-1.2/gexf.xsd' '" + dir + "/x.gexf' 2> '" + dir + "/err.txt'";
    const int status = std::system(cmd.c_str());
    const int rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (rc != 0) MESSAGE(slurp(dir + "/err.txt"));
    return rc;
}

std::map<std::string, std::string> attvalues(xmlNode* n) {
    std::map<std::string, std::string> out;
    for (xmlNode* v : children(child(n, "attvalues"), "attvalue")) out[attr(v, "for")] = attr(v, "value");
    return out;
}

// Every spell of every edge lies within the interval of both its ends, and an
// interval is either closed (start and end) or wholly open.
void check_spells_inside_nodes(const std::string& text) {
    XmlDoc doc = parse_xml(text);
    REQUIRE(doc);
    xmlNode* graph = child(xmlDocGetRootElement(doc.get()), "graph");
    std::map<std::string, std::pair<std::string, std::string>> lives;
    for (xmlNode* n : children(child(graph, "nodes"), "node")) {
        lives[attr(n, "id")] = {attr(n, "start"), attr(n, "end")};
        CHECK(attr(n, "start").empty() == attr(n, "end").empty());
    }
    int spells = 0;
    for (xmlNode* e : children(child(graph, "edges"), "edge")) {
        for (xmlNode* sp : children(child(e, "spells"), "spell")) {
            ++spells;
            CHECK(attr(sp, "start") <= attr(sp, "end"));
            for (const char* end : {"source", "target"}) {
                const auto& [from, to] = lives.at(attr(e, end));
                CHECK_MESSAGE(!from.empty(), attr(e, "id"));
                CHECK_MESSAGE(from <= attr(sp, "start"), attr(e, "id"), " ", attr(e, end));
                CHECK_MESSAGE(attr(sp, "end") <= to, attr(e, "id"), " ", attr(e, end));
            }
        }
    }
    CHECK(spells > 0);
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("GEXF is well-formed dynamic GEXF 1.2 with every label intact") {
    const kg::graph::KnowledgeGraph g = hostile_graph();
    const std::string text = gexf_of(g);
    XmlDoc doc = parse_xml(text);
    REQUIRE(doc);
    xmlNode* root = xmlDocGetRootElement(doc.get());
    CHECK(attr(root, "version") == "1.2");
    xmlNode* graph = child(root, "graph");
    REQUIRE(graph);
    CHECK(attr(graph, "mode") == "dynamic");
    CHECK(attr(graph, "timeformat") == "date");
    CHECK(attr(graph, "defaultedgetype") == "directed");
    const auto nodes = children(child(graph, "nodes"), "node");
    REQUIRE(nodes.size() == g.entities().size());
    const auto by_id = entities_by_node_id(g);
    for (xmlNode* n : nodes) {
        const auto found = by_id.find(attr(n, "id"));
        REQUIRE_MESSAGE(found != by_id.end(), attr(n, "id"));
        CHECK(attr(n, "label") == kg::output::detail::clean_text(found->second->name));
        REQUIRE(child(n, "color") != nullptr);
        if (found->second->type == kg::EntityType::Person)
            CHECK(attr(child(n, "color"), "r") == "166");  // PERSON #a6cee3
    }

    // Directed graph: one arc per directed relation, two (one each way) per MET.
    const auto edges = children(child(graph, "edges"), "edge");
    REQUIRE(edges.size() == g.relations().size() + 3);
    // networkx rejects mixed edge types and Gephi "mutual": no per-edge type.
    for (xmlNode* e : edges) CHECK(attr(e, "type").empty());
    xmlNode* met = nullptr;  // Yamada meets the backslash man on 2023-04-04
    xmlNode* back = nullptr;
    for (xmlNode* e : edges) {
        if (attr(e, "target") == "person-taro-the-quote-yamada") met = e;
        if (attr(e, "source") == "person-taro-the-quote-yamada" && attr(e, "target") == "person-ends-with-backslash")
            back = e;
    }
    REQUIRE(met);
    REQUIRE(back);
    CHECK(attr(back, "id") == attr(met, "id") + "-reverse");
    CHECK(attvalues(back)["reverse_of"] == attr(met, "id"));
    CHECK(attvalues(met).count("reverse_of") == 0);
    CHECK(attvalues(met).count("count") == 0);  // without --collapse every edge is one relation
    xmlNode* spells = child(met, "spells");
    REQUIRE(spells);
    CHECK(attr(child(spells, "spell"), "start") == "2023-04-04");
    for (xmlNode* e : edges) {
        const std::string relation = attvalues(e)["relation"];
        CHECK(attvalues(e)["directed"] == (relation == "MET" ? "false" : "true"));
        if (relation == "CONTRIBUTED") {  // "2023-05": the whole month
            REQUIRE(child(e, "spells") != nullptr);
            xmlNode* month = child(child(e, "spells"), "spell");
            CHECK(attr(month, "start") == "2023-05-01");
            CHECK(attr(month, "end") == "2023-05-31");
        }
        if (relation == "ROLE" || relation == "MEMBER_OF") CHECK(child(e, "spells") == nullptr);  // undated: open
    }
}

TEST_CASE("GEXF node intervals cover every spell of their edges") {
    // The hostile graph's one document is dated 2023-04-04, but the relations it
    // reports run to 2023-05 (CONTRIBUTED) and 2023-04-08 (VISITED): the nodes must
    // live long enough for Gephi's timeline to show those edges.
    check_spells_inside_nodes(gexf_of(hostile_graph()));
    XmlDoc doc = parse_xml(gexf_of(hostile_graph()));
    for (xmlNode* n : children(child(child(xmlDocGetRootElement(doc.get()), "graph"), "nodes"), "node"))
        if (attr(n, "id") == "country-node") {  // first seen 2023-04-04, CONTRIBUTED in 2023-05
            CHECK(attr(n, "start") == "2023-04-04");
            CHECK(attr(n, "end") == "2023-05-31");
        }
    kg::output::ExportOptions opt;
    opt.meetings_as_nodes = true;
    check_spells_inside_nodes(gexf_of(meetings_graph(true), opt));
    opt.collapse = true;
    opt.meetings_as_nodes = false;
    check_spells_inside_nodes(gexf_of(meetings_graph(true), opt));
}

TEST_CASE("GEXF validates against the GEXF 1.2 schema") {
    kg::output::ExportOptions opt;
    opt.title = "t <&> \"]]>\"";
    CHECK(validate(gexf_of(hostile_graph(), opt), "hostile") == 0);
    opt.collapse = true;
    CHECK(validate(gexf_of(meetings_graph(true), opt), "collapsed") == 0);
    opt.collapse = false;
    opt.meetings_as_nodes = true;
    CHECK(validate(gexf_of(meetings_graph(true), opt), "meetings") == 0);
}

TEST_CASE("the GEXF schema check rejects an invalid file") {
    // Proves the validation above can fail: a spell date that is no date.
    std::string bad = gexf_of(tiny_graph());
    const std::string spell = "<spell start=\"2023-04-04\"";
    const auto at = bad.find(spell);
    REQUIRE(at != std::string::npos);
    bad.replace(at, spell.size(), "<spell start=\"April\"");
    CHECK(validate(bad, "bad") == 3);
}
}
