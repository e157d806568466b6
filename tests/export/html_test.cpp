#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "export/exporters.h"
#include "fixture.h"

namespace {

std::string page_of(const kg::graph::KnowledgeGraph& g, const kg::output::ExportOptions& opt = {},
                    const kg::output::EvidenceText& text = {}) {
    std::ostringstream out;
    kg::output::write_html(g, out, opt, text);
    return out.str();
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

// The page's data element, parsed strictly.
rapidjson::Document data_of(const std::string& page) {
    const std::string marker = "<script type=\"application/json\" id=\"kg-data\">";
    const std::size_t begin = page.find(marker);
    REQUIRE(begin != std::string::npos);
    const std::size_t from = begin + marker.size();
    const std::size_t end = lower(page).find("</script", from);
    REQUIRE(end != std::string::npos);
    const std::string text = page.substr(from, end - from);
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    REQUIRE_MESSAGE(!d.HasParseError(), rapidjson::GetParseError_En(d.GetParseError()), " at ", d.GetErrorOffset());
    REQUIRE(d.IsObject());
    return d;
}

std::string str(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

// Two people who met in a place named to close the script element, with the text of
// every evidence sentence known.
kg::graph::KnowledgeGraph script_graph() {
    kg::DocumentExtraction x;
    x.document = kg::Document{"d1", "mem://d1", "Talks", "2024-01-02", "text"};
    const auto entity = [](kg::EntityType t, std::string name) {
        kg::Entity e;
        e.type = t;
        e.name = std::move(name);
        e.mentions.push_back(kg::Mention{kg::Span{0, 1}, e.name});
        return e;
    };
    x.entities = {entity(kg::EntityType::Person, "Ann </script><script>alert(1)</script> Lee"),
                  entity(kg::EntityType::Person, "Bo </SCRIPT > Chan"), entity(kg::EntityType::Country, "Ruritania")};
    kg::Relation met;
    met.type = kg::RelationType::Met;
    met.a = 0;
    met.b = 1;
    met.date = "2024-01-02";
    met.evidence.push_back(kg::Evidence{"d1", kg::Span{0, 20}, "test-rule", 0.75});
    kg::Relation role;
    role.type = kg::RelationType::Role;
    role.a = 0;
    role.b = 2;
    role.attributes["title"] = "Envoy <b>";
    role.evidence.push_back(kg::Evidence{"d1", kg::Span{20, 40}, "test-role", 0.5});
    x.relations = {met, role};
    kg::graph::KnowledgeGraph g;
    g.add(x);
    return g;
}

std::string sentence(const kg::Evidence& ev) {
    return "sentence " + ev.doc_id + ":" + std::to_string(ev.sentence.begin) + " </script> end";
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("HTML explorer is one self-contained page with d3 inlined") {
    const std::string page = page_of(kg::test::meetings_graph(true));
    const std::string low = lower(page);
    CHECK(low.rfind("<!doctype html>", 0) == 0);
    // Nothing loaded from elsewhere: no src or href at all, no <link>, and a CSP that
    // forbids any fetch.
    CHECK(low.find("src=") == std::string::npos);
    CHECK(low.find("href=") == std::string::npos);
    CHECK(low.find("<link") == std::string::npos);
    CHECK(page.find("default-src 'none'") != std::string::npos);
    // Debian's d3, whole, in a script element of its own.
    std::ifstream in(KG_D3_JS, std::ios::binary);
    std::ostringstream d3;
    d3 << in.rdbuf();
    REQUIRE(d3.str().size() > 100000);
    CHECK(page.find("<script>" + d3.str() + "</script>") != std::string::npos);
    // The explorer's own script and style are embedded, every template marker replaced.
    CHECK(page.find("d3.behavior.zoom()") != std::string::npos);
    CHECK(page.find("#panel") != std::string::npos);
    CHECK(page.find("{{") == std::string::npos);
    CHECK(count(low, "</script>") == 3);
}

TEST_CASE("HTML explorer data holds the selection: entities, meetings, edges, participant links") {
    const kg::graph::KnowledgeGraph g = kg::test::meetings_graph(true);
    const rapidjson::Document d = data_of(page_of(g));
    const auto by_id = kg::test::entities_by_node_id(g);
    const auto& nodes = d["nodes"];
    REQUIRE(nodes.IsArray());
    std::size_t entities = 0, meetings = 0;
    std::set<std::pair<double, double>> places;
    for (const auto& n : nodes.GetArray()) {
        REQUIRE(n["x"].IsNumber());
        CHECK(std::isfinite(n["x"].GetDouble()));
        CHECK(std::isfinite(n["y"].GetDouble()));
        places.emplace(n["x"].GetDouble(), n["y"].GetDouble());
        if (str(n["type"]) == "MEETING") {
            ++meetings;
            CHECK(n["participants"].Size() >= 2);
            CHECK(n["evidence"].Size() >= 1);
            continue;
        }
        ++entities;
        const auto found = by_id.find(str(n["id"]));
        REQUIRE(found != by_id.end());
        CHECK(str(n["label"]) == found->second->name);
        CHECK(str(n["keys"][0]) == kg::graph::name_key(found->second->name));
        CHECK(n["keys"].Size() == 1 + found->second->aliases.size());
    }
    CHECK(entities == g.entities().size());
    CHECK(meetings == g.meetings().size());
    CHECK(places.size() == nodes.Size());  // Graphviz gave every node a place of its own

    // Every relation is an edge (MET ones marked as coming from a meeting), and every
    // meeting is linked to each of its participants.
    std::size_t met = 0, links = 0;
    for (const auto& e : d["edges"].GetArray()) {
        REQUIRE(e["s"].GetUint() < nodes.Size());
        REQUIRE(e["t"].GetUint() < nodes.Size());
        if (str(e["relation"]) == "PARTICIPATED_IN") {
            ++links;
            CHECK(str(nodes[e["t"].GetUint()]["type"]) == "MEETING");
            continue;
        }
        CHECK(str(e["relation"]) == "MET");
        CHECK(e["fromMeeting"].IsTrue());
        CHECK(e["evidence"].Size() >= 1);
        ++met;
    }
    CHECK(met == g.relations().size());
    std::size_t participants = 0;
    for (const kg::MeetingRecord& m : g.meetings()) participants += m.participants.size();
    CHECK(links == participants);
    CHECK(d["meetingsAsNodes"].IsFalse());
    CHECK(d["documents"]["m4"].GetString() == std::string("2023-11-08"));
}

TEST_CASE("HTML explorer follows the export selection and starts with meetings as nodes when asked") {
    const kg::graph::KnowledgeGraph g = kg::test::meetings_graph(true);
    kg::output::ExportOptions opt;
    opt.from = "2023-06-01";
    opt.to = "2023-09-30";
    opt.meetings_as_nodes = true;
    opt.title = "Two <meetings>";
    const std::string page = page_of(g, opt);
    CHECK(page.find("<title>Two &lt;meetings&gt;</title>") != std::string::npos);
    const rapidjson::Document d = data_of(page);
    CHECK(d["meetingsAsNodes"].IsTrue());
    std::set<std::string> dates;
    for (const auto& e : d["edges"].GetArray())
        for (const auto& date : e["dates"].GetArray()) dates.insert(str(date));
    CHECK(dates == std::set<std::string>{"2023-06-01", "2023-09-10"});
}

TEST_CASE("HTML explorer quotes evidence sentences, and no name or sentence closes its script") {
    const kg::graph::KnowledgeGraph g = script_graph();
    const std::string page = page_of(g, {}, sentence);
    // Only the three script elements of the template end; the names' and the
    // sentences' "</script" stay inside the JSON as \u003c.
    CHECK(count(lower(page), "</script") == 3);
    const rapidjson::Document d = data_of(page);
    std::set<std::string> labels;
    for (const auto& n : d["nodes"].GetArray()) labels.insert(str(n["label"]));
    CHECK(labels.count("Ann </script><script>alert(1)</script> Lee") == 1);
    CHECK(labels.count("Bo </SCRIPT > Chan") == 1);
    // The MET edge's evidence points at its sentence's text.
    bool met = false;
    for (const auto& e : d["edges"].GetArray()) {
        if (str(e["relation"]) != "MET") continue;
        met = true;
        REQUIRE(e["evidence"].Size() == 1);
        const auto& ev = e["evidence"][0];
        CHECK(str(ev["doc"]) == "d1");
        CHECK(str(ev["rule"]) == "test-rule");
        REQUIRE(ev["sentence"].IsUint());
        CHECK(str(d["sentences"][ev["sentence"].GetUint()]) == "sentence d1:0 </script> end");
    }
    CHECK(met);
    // The person's card lists the ROLE with its title.
    for (const auto& n : d["nodes"].GetArray()) {
        if (str(n["label"]).rfind("Ann", 0) != 0) continue;
        REQUIRE(n["roles"].Size() == 1);
        CHECK(str(n["roles"][0]["title"]) == "Envoy <b>");
        CHECK(str(n["roles"][0]["of"]) == "Ruritania");
    }
    // Without the text, the evidence says so rather than inventing it.
    const rapidjson::Document bare = data_of(page_of(g));
    CHECK(bare["sentences"].Size() == 0);
    std::size_t quoted = 0;
    for (const auto& e : bare["edges"].GetArray()) {
        if (!e.HasMember("evidence")) continue;  // (an edge may have none to quote)
        for (const auto& ev : e["evidence"].GetArray()) {
            CHECK(ev["sentence"].GetDouble() == -1.0);
            ++quoted;
        }
    }
    CHECK(quoted > 0);
}
}
