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
    const auto by_id = kg::test::entities_by_node_id(g);
    for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
        const auto found = by_id.find(str(nodes[i], "id"));
        REQUIRE_MESSAGE(found != by_id.end(), str(nodes[i], "id"));
        const kg::EntityRecord& e = *found->second;
        CHECK(str(nodes[i], "label") == clean_text(e.name));
        CHECK(str(nodes[i], "type") == std::string(kg::to_string(e.type)));
        CHECK(nodes[i]["aliases"].Size() == e.aliases.size());
        CHECK(nodes[i]["mention_count"].GetUint64() == e.mention_count);
    }
    const kg::EntityRecord& yamada = *by_id.at("person-taro-the-quote-yamada");
    REQUIRE(yamada.aliases.size() == 2);
    CHECK(yamada.aliases[1] == "Yamada <Taro>");
    for (const auto& n : nodes.GetArray())
        if (str(n, "id") == "person-taro-the-quote-yamada") CHECK(std::string(n["aliases"][1].GetString()) == "Yamada <Taro>");
}

TEST_CASE("JSON links carry relation and date and direction and evidence") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const rapidjson::Document d = json_of(g);
    const auto& links = d["links"];
    REQUIRE(links.Size() == g.relations().size());
    rapidjson::SizeType at = links.Size();
    for (rapidjson::SizeType i = 0; i < links.Size(); ++i)
        if (str(links[i], "target") == "person-taro-the-quote-yamada") at = i;
    REQUIRE(at < links.Size());
    const auto& met = links[at];
    CHECK(str(met, "source") == "person-ends-with-backslash");  // symmetric: the smaller node id first
    CHECK(str(met, "key").rfind("met-", 0) == 0);
    CHECK(str(met, "key").size() == 4 + 16);
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
    CHECK(str(links[0], "relation") == "ROLE");  // penny-wong -> country-australia sorts first
    const auto& met = links[1];
    CHECK(str(met, "relation") == "MET");
    CHECK(met["weight"].GetDouble() == 2.0);
    CHECK(met["evidence"].Size() == 2);
    CHECK(met["count"].GetUint64() == 2);
    CHECK(met["dates"].Size() == 2);
    CHECK(str(met, "date") == "<absent>");  // two dates: no single one
    CHECK(str(met, "first_date") == "2023-04-04");
    CHECK(str(met, "last_date") == "2023-06-01");
    REQUIRE(met["modes"].Size() == 1);
    CHECK(str(met, "mode") == "<absent>");  // the 2023-06-01 meeting has no mode
}
}
