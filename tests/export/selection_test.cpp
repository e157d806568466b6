// Tests export/detail/selection.cpp: ExportOptions as every writer applies them.
#include "export/detail/selection.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>

#include "fixture.h"
#include "model/error.h"

using kg::output::ExportOptions;
using kg::output::detail::select;

namespace {

std::size_t count_type(const kg::output::detail::Selection& s, kg::RelationType t) {
    return static_cast<std::size_t>(std::count_if(s.edges.begin(), s.edges.end(),
                                                  [t](const auto& e) { return e.type == t; }));
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("the default selection is the whole graph sorted by node id and then edge ends") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const auto s = select(g, {});
    CHECK(s.nodes.size() == g.entities().size());
    CHECK(s.edges.size() == g.relations().size());
    CHECK(std::is_sorted(s.nodes.begin(), s.nodes.end(),
                         [&](const auto* a, const auto* b) { return s.node_id(a->id) < s.node_id(b->id); }));
    CHECK(std::is_sorted(s.edges.begin(), s.edges.end(), [&](const auto& a, const auto& b) {
        return std::pair(s.node_id(a.source), s.node_id(a.target)) < std::pair(s.node_id(b.source), s.node_id(b.target));
    }));
    for (const auto& e : s.edges)
        if (!e.directed) CHECK(s.node_id(e.source) < s.node_id(e.target));
    for (const auto& e : s.edges) CHECK(e.weight == 1.0);
}

TEST_CASE("a type filter keeps only those entities and the edges between them") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    ExportOptions opt;
    opt.types = {kg::EntityType::Person};
    const auto s = select(g, opt);
    CHECK(s.nodes.size() == 5);
    for (const auto* n : s.nodes) CHECK(n->type == kg::EntityType::Person);
    CHECK(s.edges.size() == 3);
    CHECK(count_type(s, kg::RelationType::Met) == 3);
}

TEST_CASE("a relation filter keeps those relations and drops entities left without edges") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    ExportOptions opt;
    opt.relations = {kg::RelationType::Visited};
    const auto s = select(g, opt);
    CHECK(s.edges.size() == 2);
    CHECK(s.nodes.size() == 4);
}

TEST_CASE("a date window keeps relations dated inside it (partial dates included) and undated ones") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    ExportOptions opt;
    opt.from = "2023-04-05";
    opt.to = "2023-05";
    const auto s = select(g, opt);
    for (const auto& e : s.edges) {
        if (e.date.empty()) continue;
        CHECK(e.date >= "2023-04-05");
        CHECK(e.date.substr(0, 7) <= "2023-05");
    }
    CHECK(count_type(s, kg::RelationType::Contributed) == 1);  // "2023-05"
    CHECK(count_type(s, kg::RelationType::Role) == 1);         // undated
    CHECK(std::none_of(s.edges.begin(), s.edges.end(), [](const auto& e) { return e.date == "2023-04-04"; }));
}

TEST_CASE("collapse folds parallel relations of one type into one weighted edge") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    ExportOptions opt;
    opt.collapse = true;
    const auto s = select(g, opt);
    REQUIRE(s.edges.size() == 2);
    const auto& met = s.edges[1];  // ROLE of penny-wong -> country-australia comes first
    CHECK(met.type == kg::RelationType::Met);
    CHECK(met.merged == 2);
    CHECK(met.weight == 2.0);
    // The lists live in the selection's arena (std::pmr::vector).
    CHECK(std::vector<std::string_view>(met.dates.begin(), met.dates.end()) ==
          std::vector<std::string_view>{"2023-04-04", "2023-06-01"});
    CHECK(std::vector<std::string_view>(met.documents.begin(), met.documents.end()) ==
          std::vector<std::string_view>{"d1", "d2"});
    CHECK(met.records.size() == 2);
    CHECK(met.evidence_count == 2);
    // Only the first meeting has a mode, so no single mode describes the edge; the
    // list keeps it, and the single date gives way to first and last.
    CHECK(met.attribute("mode").empty());
    CHECK(met.values("mode") == std::vector<std::string_view>{"in-person"});
    CHECK(met.date.empty());
    CHECK(met.first_date() == "2023-04-04");
    CHECK(met.last_date() == "2023-06-01");
    CHECK(s.edges[0].weight == 1.0);
    CHECK(s.edges[0].attribute("title") == "Foreign Minister");  // one relation: its own values
}

TEST_CASE("an ego selection keeps the neighbourhood of the ego") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    ExportOptions opt;
    opt.ego = kg::EntityId{2};  // Australia: only Penny Wong is one hop away
    const auto s = select(g, opt);
    const auto expected = g.neighbourhood(kg::EntityId{2}, 1);
    REQUIRE(s.nodes.size() == 2);
    CHECK(s.nodes[0]->id == kg::EntityId{2});  // country-australia
    CHECK(s.nodes[1]->id == kg::EntityId{1});  // person-penny-wong
    REQUIRE(s.edges.size() == 1);
    CHECK(s.edges[0].type == kg::RelationType::Role);
    CHECK(s.nodes.size() == expected.size());
    for (const auto* n : s.nodes) CHECK(std::find(expected.begin(), expected.end(), n->id) != expected.end());
    for (const auto& e : s.edges) {
        CHECK(std::find(expected.begin(), expected.end(), e.source) != expected.end());
        CHECK(std::find(expected.begin(), expected.end(), e.target) != expected.end());
    }
}

TEST_CASE("a deeper ego selection reaches two hops") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    ExportOptions opt;
    opt.ego = kg::EntityId{2};
    opt.ego_depth = 2;
    const auto s = select(g, opt);
    CHECK(s.nodes.size() == 3);
    CHECK(s.edges.size() == 3);
}

TEST_CASE("an ego that is not an entity is an ExportError") {
    ExportOptions opt;
    opt.ego = kg::EntityId{99};
    CHECK_THROWS_WITH_AS(select(kg::test::tiny_graph(), opt),
                         "export: ego entity id 99 does not exist (the graph has 3 entities)", kg::ExportError);
}

TEST_CASE("min weight keeps pairs with that many parallel relations whether or not they are collapsed") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    ExportOptions opt;
    opt.min_weight = 2;
    SUBCASE("as a multigraph both parallel MET edges stay, each of weight one") {
        const auto s = select(g, opt);
        REQUIRE(s.edges.size() == 2);
        for (const auto& e : s.edges) {
            CHECK(e.type == kg::RelationType::Met);
            CHECK(e.weight == 1.0);
        }
        CHECK(s.nodes.size() == 2);  // Australia lost its only edge (ROLE, weight 1)
    }
    SUBCASE("collapsed they are one edge of weight two") {
        opt.collapse = true;
        const auto s = select(g, opt);
        REQUIRE(s.edges.size() == 1);
        CHECK(s.edges[0].weight == 2.0);
        CHECK(s.nodes.size() == 2);
    }
    SUBCASE("a weight no pair reaches leaves nothing") {
        opt.min_weight = 3;
        const auto s = select(g, opt);
        CHECK(s.edges.empty());
        CHECK(s.nodes.empty());
    }
}

TEST_CASE("top keeps the entities ranked highest by the centrality and the edges among them") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    ExportOptions opt;
    opt.top = 3;
    opt.top_by = kg::graph::Centrality::Degree;
    const auto s = select(g, opt);
    auto scores = g.rank(kg::graph::Centrality::Degree);
    std::stable_sort(scores.begin(), scores.end(), [&](const auto& a, const auto& b) {
        return a.value != b.value ? a.value > b.value : s.node_id(a.entity) < s.node_id(b.entity);
    });
    REQUIRE(s.nodes.size() == 3);
    std::vector<kg::EntityId> expected{scores[0].entity, scores[1].entity, scores[2].entity};
    std::sort(expected.begin(), expected.end(), [&](kg::EntityId a, kg::EntityId b) { return s.node_id(a) < s.node_id(b); });
    for (std::size_t i = 0; i < 3; ++i) CHECK(s.nodes[i]->id == expected[i]);
    std::sort(expected.begin(), expected.end());
    for (const auto& e : s.edges) {
        CHECK(std::binary_search(expected.begin(), expected.end(), e.source));
        CHECK(std::binary_search(expected.begin(), expected.end(), e.target));
    }
    // The leader by degree is Taro Yamada (MET, ROLE, ATTENDED ... ) or one of equal degree.
    CHECK(scores[0].value >= scores[3].value);
}

TEST_CASE("top with an ego keeps the ego even when it ranks lower") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    ExportOptions opt;
    opt.top = 1;
    opt.ego = kg::EntityId{2};  // Australia: degree 1, below Penny Wong
    opt.ego_depth = 2;
    const auto s = select(g, opt);
    REQUIRE(s.nodes.size() == 2);
    CHECK(s.nodes[0]->id == kg::EntityId{2});
    CHECK(s.nodes[1]->id == kg::EntityId{1});
    REQUIRE(s.edges.size() == 1);
    CHECK(s.edges[0].type == kg::RelationType::Role);
}
}
