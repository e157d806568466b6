// Fuzz target: DOT export of a graph built from fuzz bytes. The output must re-read
// with cgraph's agmemread, with one node per selected entity, one edge per selected
// relation, and every node label equal to the escString of the entity's name.

#include <graphviz/cgraph.h>

#include <memory>
#include <sstream>

#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "fuzz/fuzz_check.h"
#include "fuzz/graph_from_bytes.h"

namespace {

struct AgraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};

int ignore_graphviz_message(char*) { return 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const kg::graph::KnowledgeGraph g = kg::fuzz::graph_from_bytes(data, size);
    kg::output::ExportOptions opt;
    opt.collapse = size > 0 && (data[0] & 0x80) != 0;
    const kg::output::detail::Selection selection = kg::output::detail::select(g, opt);
    std::ostringstream out;
    kg::output::write_dot(g, out, opt);
    const std::string dot = out.str();

    agseterrf(ignore_graphviz_message);
    std::unique_ptr<Agraph_t, AgraphCloser> parsed(agmemread(dot.c_str()));
    KG_FUZZ_CHECK(parsed != nullptr, dot);
    KG_FUZZ_CHECK(agnnodes(parsed.get()) == static_cast<int>(selection.nodes.size()), dot);
    KG_FUZZ_CHECK(agnedges(parsed.get()) == static_cast<int>(selection.edges.size()), dot);
    char label_name[] = "label";
    for (const kg::EntityRecord* e : selection.nodes) {
        std::string id(selection.node_id(e->id));
        Agnode_t* n = agnode(parsed.get(), id.data(), 0);
        KG_FUZZ_CHECK(n != nullptr, id);
        const char* label = agget(n, label_name);
        KG_FUZZ_CHECK(label != nullptr, id);
        KG_FUZZ_CHECK(label == kg::output::detail::dot_escstring(e->name), std::string(label) + "\n---\n" + dot);
    }
    return 0;
}
