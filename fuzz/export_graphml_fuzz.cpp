// Fuzz target: GraphML export of a graph built from fuzz bytes. The output must be
// well-formed XML (libxml2, strict), with distinct NMTOKEN-safe stable ids, one <node> per
// selected entity carrying the cleaned name, and one <edge> per selected relation
// whose ends are declared nodes.

#include <set>
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
    opt.title = size > 1 ? std::string(reinterpret_cast<const char*>(data), 2) : "";
    const kg::output::detail::Selection selection = kg::output::detail::select(g, opt);
    std::ostringstream out;
    kg::output::write_graphml(g, out, opt);
    const std::string xml = out.str();

    XmlDoc doc = parse_xml(xml);
    KG_FUZZ_CHECK(doc != nullptr, xml);
    xmlNode* graph = child(xmlDocGetRootElement(doc.get()), "graph");
    KG_FUZZ_CHECK(graph != nullptr, xml);
    KG_FUZZ_CHECK(!attr(graph, "edgedefault").empty(), xml);
    const auto nodes = children(graph, "node");
    KG_FUZZ_CHECK(nodes.size() == selection.nodes.size(), xml);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::string id = attr(nodes[i], "id");
        KG_FUZZ_CHECK(id == selection.node_id(selection.nodes[i]->id), xml);
        KG_FUZZ_CHECK(stable_id_shaped(id), id);
        KG_FUZZ_CHECK(ids.insert(id).second, id);
        for (xmlNode* d : children(nodes[i], "data"))
            if (attr(d, "key") == "k_label")
                KG_FUZZ_CHECK(content(d) == kg::output::detail::clean_text(selection.nodes[i]->name), xml);
    }
    const auto edges = children(graph, "edge");
    // A directed graph: one arc per directed edge, two (one each way) per symmetric one.
    std::size_t arcs = 0;
    for (const kg::output::detail::SelectedEdge& e : selection.edges) arcs += e.directed ? 1 : 2;
    KG_FUZZ_CHECK(edges.size() == arcs, xml);
    std::set<std::string> edge_ids;
    for (xmlNode* e : edges) {
        KG_FUZZ_CHECK(stable_id_shaped(attr(e, "id")), attr(e, "id"));
        KG_FUZZ_CHECK(edge_ids.insert(attr(e, "id")).second, attr(e, "id"));
        KG_FUZZ_CHECK(ids.count(attr(e, "source")) == 1, xml);
        KG_FUZZ_CHECK(ids.count(attr(e, "target")) == 1, xml);
    }
    return 0;
}
