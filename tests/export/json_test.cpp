#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <doctest/doctest.h>

#include <sstream>

#include "export/detail/text.h"
#include "export/exporters.h"
#include "fixture.h"

using kg::output::detail::clean_text;

namespace {

rapidjson::Document json_of(const kg::graph::KnowledgeGraph& g, const kg::output::ExportOptions& opt = {}) {
    std::ostringstream out;
    kg::output::write_json(g, out, opt);
    const std::string text = out.str();
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(text.data(), text.size());
    REQUIRE_MESSAGE(!d.HasParseError(), rapidjson::GetParseError_En(d.GetParseError()), " at ", d.GetErrorOffset());
    return d;
}

std::string str(const rapidjson::Value& v, const char* key) {
    REQUIRE(v.IsObject());
    if (!v.HasMember(key)) return "<absent>";
    REQUIRE(v[key].IsString());
    return {v[key].GetString(), v[key].GetStringLength()};
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("JSON re-parses strictly and keeps every hostile name") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const rapidjson::Document d = json_of(g);
    REQUIRE(d.IsObject());
    CHECK(d["directed"].IsFalse());
    CHECK(d["multigraph"].IsTrue());
    CHECK(str(d["graph"], "name") == "kg");
    const auto& nodes = d["nodes"];
    REQUIRE(nodes.IsArray());
    REQUIRE(nodes.Size() == g.entities().size());
    for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
        const kg::EntityRecord& e = g.entities()[i];
        CHECK(str(nodes[i], "id") == "n" + std::to_string(e.id.value));
        CHECK(str(nodes[i], "label") == clean_text(e.name));
        CHECK(str(nodes[i], "type") == std::string(kg::to_string(e.type)));
        CHECK(nodes[i]["aliases"].Size() == e.aliases.size());
        CHECK(nodes[i]["mention_count"].GetUint64() == e.mention_count);
    }
    CHECK(std::string(nodes[0]["aliases"][1].GetString()) == "Yamada <Taro>");
}

TEST_CASE("JSON links carry relation and date and direction and evidence") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const rapidjson::Document d = json_of(g);
    const auto& links = d["links"];
    REQUIRE(links.Size() == g.relations().size());
    const auto& met = links[0];
    CHECK(str(met, "source") == "n0");
    CHECK(str(met, "target") == "n1");
    CHECK(str(met, "key") == "e0");
    CHECK(str(met, "relation") == "MET");
    CHECK(met["directed"].IsFalse());
    CHECK(str(met, "date") == "2023-04-04");
    CHECK(str(met, "place") == "-.5");
    CHECK(str(met, "mode") == "in-person");
    CHECK(met["weight"].GetDouble() == 1.0);
    REQUIRE(met["evidence"].Size() == 1);
    const auto& ev = met["evidence"][0];
    CHECK(str(ev, "doc") == "doc<1>&\"");
    CHECK(ev["begin"].GetUint64() == 0);
    CHECK(ev["end"].GetUint64() == 40);
    CHECK(str(ev, "rule") == "test-rule");
    CHECK(ev["confidence"].GetDouble() == 0.75);
    bool role = false;
    for (const auto& l : links.GetArray())
        if (str(l, "relation") == "ROLE") {
            role = true;
            CHECK(l["directed"].IsTrue());
            CHECK(str(l, "title") == "Minister \"for\" <Foreign> Affairs\\");
            CHECK(str(l, "date") == "<absent>");
        }
    CHECK(role);
}

TEST_CASE("JSON of a collapsed graph folds parallel edges into a weight") {
    kg::output::ExportOptions opt;
    opt.collapse = true;
    const rapidjson::Document d = json_of(kg::test::tiny_graph(), opt);
    const auto& links = d["links"];
    REQUIRE(links.Size() == 2);
    CHECK(str(links[0], "relation") == "MET");
    CHECK(links[0]["weight"].GetDouble() == 2.0);
    CHECK(links[0]["evidence"].Size() == 2);
    CHECK(links[0]["dates"].Size() == 2);
    CHECK(str(links[0], "date") == "2023-04-04");
}
}
