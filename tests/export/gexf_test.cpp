#include <doctest/doctest.h>

#include <sstream>

#include "export/detail/text.h"
#include "export/exporters.h"
#include "fixture.h"
#include "xml_helpers.h"

using namespace kg::test;

TEST_SUITE("export") {
TEST_CASE("GEXF is well-formed dynamic GEXF 1.2 with every label intact") {
    const kg::graph::KnowledgeGraph g = hostile_graph();
    std::ostringstream out;
    kg::output::write_gexf(g, out);
    XmlDoc doc = parse_xml(out.str());
    REQUIRE(doc);
    xmlNode* root = xmlDocGetRootElement(doc.get());
    CHECK(attr(root, "version") == "1.2");
    xmlNode* graph = child(root, "graph");
    REQUIRE(graph);
    CHECK(attr(graph, "mode") == "dynamic");
    CHECK(attr(graph, "timeformat") == "date");
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

    const auto edges = children(child(graph, "edges"), "edge");
    REQUIRE(edges.size() == g.relations().size());
    // networkx rejects mixed edge types: direction is an attribute, never type="directed".
    for (xmlNode* e : edges) CHECK(attr(e, "type").empty());
    xmlNode* met = nullptr;  // Yamada meets the backslash man on 2023-04-04
    for (xmlNode* e : edges)
        if (attr(e, "target") == "person-taro-the-quote-yamada") met = e;
    REQUIRE(met);
    xmlNode* spells = child(met, "spells");
    REQUIRE(spells);
    CHECK(attr(child(spells, "spell"), "start") == "2023-04-04");
    for (xmlNode* e : edges) {
        const std::string label = attr(e, "label");
        std::string directed;
        for (xmlNode* v : children(child(e, "attvalues"), "attvalue"))
            if (attr(v, "for") == "directed") directed = attr(v, "value");
        CHECK(directed == (label == "MET" ? "false" : "true"));
        if (label == "CONTRIBUTED") CHECK(child(e, "spells") == nullptr);  // "2023-05" is not a full date
    }
}
}
