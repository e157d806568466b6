// Fuzz target: node-link JSON export of a graph built from fuzz bytes. The output
// must re-parse with RapidJSON validating UTF-8 (iteratively), with one node per
// selected entity whose label is the cleaned name, and one link per selected relation.

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <sstream>

#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "fuzz/fuzz_check.h"
#include "fuzz/graph_from_bytes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const kg::graph::KnowledgeGraph g = kg::fuzz::graph_from_bytes(data, size);
    kg::output::ExportOptions opt;
    opt.collapse = size > 0 && (data[0] & 0x80) != 0;
    const kg::output::detail::Selection selection = kg::output::detail::select(g, opt);
    std::ostringstream out;
    kg::output::write_json(g, out, opt);
    const std::string json = out.str();

    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(json.data(), json.size());
    KG_FUZZ_CHECK(!d.HasParseError(), std::string(rapidjson::GetParseError_En(d.GetParseError())) + " at " +
                                          std::to_string(d.GetErrorOffset()) + "\n" + json);
    KG_FUZZ_CHECK(d.IsObject() && d.HasMember("nodes") && d["nodes"].IsArray(), json);
    KG_FUZZ_CHECK(d.HasMember("links") && d["links"].IsArray(), json);
    const auto& nodes = d["nodes"];
    KG_FUZZ_CHECK(nodes.Size() == selection.nodes.size(), json);
    for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
        KG_FUZZ_CHECK(nodes[i].IsObject() && nodes[i].HasMember("label") && nodes[i]["label"].IsString(), json);
        const std::string label(nodes[i]["label"].GetString(), nodes[i]["label"].GetStringLength());
        KG_FUZZ_CHECK(label == kg::output::detail::clean_text(selection.nodes[i]->name), json);
        KG_FUZZ_CHECK(nodes[i].HasMember("id") && nodes[i]["id"].IsString() &&
                          nodes[i]["id"].GetString() == selection.node_id(selection.nodes[i]->id),
                      json);
    }
    KG_FUZZ_CHECK(d["links"].Size() == selection.edges.size(), json);
    return 0;
}
