// Fuzz target: GEXF export of a graph built from fuzz bytes. The output must be
// well-formed XML (libxml2, strict), one <node> per selected entity whose label
// attribute reads back as the cleaned name, one <edge> per selected directed relation and two per symmetric one.

#include <sstream>

#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "fuzz/fuzz_check.h"
#include "fuzz/graph_from_bytes.h"
#include "fuzz/xml_checks.h"

using namespace kg::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    quiet_libxml2();
    const kg::graph::KnowledgeGraph g = graph_from_bytes(data, size);
    kg::output::ExportOptions opt;
    opt.collapse = size > 0 && (data[0] & 0x80) != 0;
    const kg::output::detail::Selection selection = kg::output::detail::select(g, opt);
    std::ostringstream out;
    kg::output::write_gexf(g, out, opt);
    const std::string xml = out.str();

    XmlDoc doc = parse_xml(xml);
    KG_FUZZ_CHECK(doc != nullptr, xml);
    xmlNode* graph = child(xmlDocGetRootElement(doc.get()), "graph");
    KG_FUZZ_CHECK(graph != nullptr, xml);
    const auto nodes = children(child(graph, "nodes"), "node");
    KG_FUZZ_CHECK(nodes.size() == selection.nodes.size(), xml);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        KG_FUZZ_CHECK(attr(nodes[i], "id") == selection.node_id(selection.nodes[i]->id), xml);
        KG_FUZZ_CHECK(stable_id_shaped(attr(nodes[i], "id")), xml);
        KG_FUZZ_CHECK(attr(nodes[i], "label") == kg::output::detail::clean_text(selection.nodes[i]->name), xml);
    }
    const auto edges = children(child(graph, "edges"), "edge");
    // A directed graph: one arc per directed edge, two (one each way) per symmetric one.
    std::size_t arcs = 0;
    for (const kg::output::detail::SelectedEdge& e : selection.edges) arcs += e.directed ? 1 : 2;
    KG_FUZZ_CHECK(edges.size() == arcs, xml);
    return 0;
}
