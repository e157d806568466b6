// Tests export/detail/stable_ids.cpp: node and edge ids that depend on what the
// graph holds, never on the order its documents were added in.
#include "export/detail/stable_ids.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "export/detail/selection.h"
#include "export/exporters.h"
#include "fixture.h"

using kg::output::detail::IdClaim;
using kg::output::detail::slug;
using kg::output::detail::stable_node_ids;
using kg::output::detail::unique_ids;

namespace {

kg::Entity entity(kg::EntityType type, std::string name, std::vector<std::string> aliases = {}) {
    kg::Entity e;
    e.type = type;
    e.name = std::move(name);
    e.aliases = std::move(aliases);
    e.mentions.push_back(kg::Mention{kg::Span{0, 1}, e.name});
    return e;
}

kg::Relation relation(kg::RelationType type, std::size_t a, std::size_t b, std::string date, const std::string& doc,
                      std::size_t begin) {
    kg::Relation r;
    r.type = type;
    r.a = a;
    r.b = b;
    r.date = std::move(date);
    r.evidence.push_back(kg::Evidence{doc, kg::Span{begin, begin + 30}, "test-rule", 0.5});
    return r;
}

// Three press releases sharing people, with parallel MET relations, a ROLE with a
// title, a place and an accented name.
std::vector<kg::DocumentExtraction> documents() {
    using T = kg::EntityType;
    using R = kg::RelationType;
    kg::DocumentExtraction a;
    a.document = kg::Document{"d1", "mem://d1", "One", "2023-04-04", "text"};
    a.entities = {entity(T::Person, "Yoko Kamikawa", {"Minister Kamikawa"}), entity(T::Person, "Penny Wong"),
                  entity(T::Country, "Australia"), entity(T::Location, "Tokyo")};
    kg::Relation met = relation(R::Met, 0, 1, "2023-04-04", "d1", 0);
    met.place = 3;
    met.attributes["mode"] = "in-person";
    a.relations = {met, relation(R::Role, 1, 2, "", "d1", 40)};
    a.relations.back().attributes["title"] = "Foreign Minister";

    kg::DocumentExtraction b;
    b.document = kg::Document{"d2", "mem://d2", "Two", "2023-06-01", "text"};
    b.entities = {entity(T::Person, "Penny Wong"), entity(T::Person, "Yoko Kamikawa"),
                  entity(T::Country, "T\xC3\xBCrkiye"), entity(T::Organization, "NATO")};
    b.relations = {relation(R::Met, 0, 1, "2023-06-01", "d2", 0), relation(R::MemberOf, 2, 3, "", "d2", 50),
                   relation(R::Visited, 0, 2, "2023-06-01", "d2", 90)};

    kg::DocumentExtraction c;
    c.document = kg::Document{"d3", "mem://d3", "Three", "2023-06-01", "text"};
    c.entities = {entity(T::Person, "Yoko Kamikawa"), entity(T::Person, "Penny Wong"),
                  entity(T::Organization, "NATO")};
    c.relations = {relation(R::Met, 1, 0, "2023-06-01", "d3", 10), relation(R::Attended, 0, 2, "2023-06-01", "d3", 70)};
    return {a, b, c};
}

kg::graph::KnowledgeGraph graph_of(const std::vector<kg::DocumentExtraction>& docs,
                                   const std::vector<std::size_t>& order) {
    kg::graph::KnowledgeGraph g;
    for (std::size_t i : order) g.add(docs[i]);
    return g;
}

struct Exports {
    std::string graphml, gexf, json, collapsed_json, dot, meetings_dot, nodes_csv, relationships_csv;
};

Exports exports_of(const kg::graph::KnowledgeGraph& g) {
    Exports x;
    std::ostringstream graphml, gexf, json, collapsed, dot, meetings, nodes, rels;
    kg::output::write_graphml(g, graphml);
    kg::output::write_gexf(g, gexf);
    kg::output::write_json(g, json);
    kg::output::ExportOptions opt;
    opt.collapse = true;
    kg::output::write_json(g, collapsed, opt);
    kg::output::write_dot(g, dot);
    opt = {};
    opt.meetings_as_nodes = true;
    kg::output::write_dot(g, meetings, opt);
    kg::output::write_neo4j_csv(g, nodes, rels);
    return {graphml.str(), gexf.str(), json.str(), collapsed.str(), dot.str(),
            meetings.str(), nodes.str(), rels.str()};
}

// xs:NMTOKEN is wider; the ids keep to lower-case ASCII words joined by '-'.
// (Checked by hand: std::regex trips GCC 12's -Wmaybe-uninitialized in the sanitizer build.)
bool id_shaped(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && !(c == '-' && id[i - 1] != '-')) return false;
    }
    return true;
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("slugs fold case and accents and join words with single dashes") {
    CHECK(slug("Yoshimasa HAYASHI").text == "yoshimasa-hayashi");
    CHECK(slug("T\xC3\xBCrkiye").text == "turkiye");
    CHECK(slug("C\xC3\xB4te d'Ivoire").text == "cote-d-ivoire");
    CHECK(slug("  --Fund <A&B> ]]> \\N end!! ").text == "fund-a-b-n-end");
    CHECK(slug("\xEF\xBC\xA1\xEF\xBC\xB3\xEF\xBC\xA5\xEF\xBC\xA1\xEF\xBC\xAE").text == "asean");  // full-width
    CHECK(slug("\xE6\x9E\x97 \xE8\x8A\xB3\xE6\xAD\xA3").text.empty());                             // 林 芳正
    CHECK(slug("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF").text.empty());                                  // محمد
    CHECK_FALSE(slug("Penny Wong").truncated);
    const auto long_one = slug(std::string(30, 'a') + " " + std::string(30, 'b'));
    CHECK(long_one.truncated);
    CHECK(long_one.text.size() <= kg::output::detail::kMaxSlugBytes);
    CHECK(long_one.text.back() != '-');
}

TEST_CASE("unique_ids keeps single bases and settles shared ones by content, not by position") {
    std::vector<IdClaim> claims = {{"person-kim", "k2", 0}, {"person-lee", "x", 1}, {"person-kim", "k1", 2},
                                   {"person-kim", "k1", 3}};
    const auto ids = unique_ids(claims);
    CHECK(ids[1] == "person-lee");
    const std::string h1 = "person-kim-" + kg::output::detail::hex(kg::output::detail::fnv1a64("k1"), 32);
    const std::string h2 = "person-kim-" + kg::output::detail::hex(kg::output::detail::fnv1a64("k2"), 32);
    CHECK(ids[0] == h2);
    CHECK(ids[2] == h1);       // equal keys: the smaller tiebreak keeps the hashed id
    CHECK(ids[3] == h1 + "-2");
    std::reverse(claims.begin(), claims.end());
    const auto reversed = unique_ids(claims);
    CHECK(reversed[3] == h2);
    CHECK(reversed[1] == h1);
    CHECK(reversed[0] == h1 + "-2");
    // A numbered id that is already some other claim's base is skipped.
    const auto taken = unique_ids({{"a", "k", 0}, {"a", "k", 1}, {"a-" + kg::output::detail::hex(
                                                                          kg::output::detail::fnv1a64("k"), 32) + "-2",
                                                                      "z", 2}});
    CHECK(std::set<std::string>(taken.begin(), taken.end()).size() == 3);
    CHECK(taken[1].substr(taken[1].size() - 2) == "-3");
}

TEST_CASE("unique_ids asks for keys only where bases are shared") {
    std::vector<std::size_t> asked;
    const auto ids = unique_ids({{"met-1", "", 0}, {"met-2", "", 0}, {"met-1", "", 0}},
                                [&](std::size_t i, IdClaim& c) {
                                    asked.push_back(i);
                                    c.key = i == 0 ? "b" : "a";
                                    c.tiebreak = i;
                                });
    std::sort(asked.begin(), asked.end());
    CHECK(asked == std::vector<std::size_t>{0, 2});
    CHECK(ids[1] == "met-2");
    CHECK(ids[0] == "met-1-" + kg::output::detail::hex(kg::output::detail::fnv1a64("b"), 32));
    CHECK(ids[2] == "met-1-" + kg::output::detail::hex(kg::output::detail::fnv1a64("a"), 32));
}

TEST_CASE("the same documents added in any order export byte-identical files in every format") {
    const auto docs = documents();
    const kg::graph::KnowledgeGraph forward = graph_of(docs, {0, 1, 2});
    const Exports want = exports_of(forward);
    for (const std::vector<std::size_t>& order :
         std::vector<std::vector<std::size_t>>{{2, 1, 0}, {1, 2, 0}, {2, 0, 1}}) {
        CAPTURE(order[0]);
        const kg::graph::KnowledgeGraph g = graph_of(docs, order);
        // The graph numbers its entities in another order; the exports do not care.
        const auto names = [](const kg::graph::KnowledgeGraph& k) {
            std::vector<std::string> out;
            for (const kg::EntityRecord& e : k.entities()) out.push_back(e.name);
            return out;
        };
        CHECK(names(g) != names(forward));
        const Exports got = exports_of(g);
        CHECK(got.graphml == want.graphml);
        CHECK(got.gexf == want.gexf);
        CHECK(got.json == want.json);
        CHECK(got.collapsed_json == want.collapsed_json);
        CHECK(got.dot == want.dot);
        CHECK(got.meetings_dot == want.meetings_dot);
        CHECK(got.nodes_csv == want.nodes_csv);
        CHECK(got.relationships_csv == want.relationships_csv);
    }
    CHECK(want.graphml.find("<node id=\"person-yoko-kamikawa\">") != std::string::npos);
    CHECK(want.graphml.find("<node id=\"country-turkiye\">") != std::string::npos);
    CHECK(want.graphml.find("<node id=\"organization-nato\">") != std::string::npos);
    CHECK(want.meetings_dot.find("\"meeting-") != std::string::npos);
}

TEST_CASE("adding a document keeps the ids of everything exported before") {
    const auto docs = documents();
    const kg::graph::KnowledgeGraph before = graph_of(docs, {0, 1});
    const kg::graph::KnowledgeGraph after = graph_of(docs, {2, 0, 1});
    const auto s_before = kg::output::detail::select(before, {});
    const auto s_after = kg::output::detail::select(after, {});
    std::set<std::string, std::less<>> nodes_after, edges_after;
    for (const auto* e : s_after.nodes) nodes_after.emplace(s_after.node_id(e->id));
    for (const auto& e : s_after.edges) edges_after.emplace(e.stable_id);
    for (const auto* e : s_before.nodes) CHECK(nodes_after.count(s_before.node_id(e->id)) == 1);
    for (const auto& e : s_before.edges) CHECK(edges_after.count(e.stable_id) == 1);
}

TEST_CASE("hostile names get unique id-shaped node ids") {
    using T = kg::EntityType;
    const std::string long_name = "The Extraordinarily Long Official Name Of An International Programme Number ";
    kg::DocumentExtraction x;
    x.document = kg::Document{"d1", "mem://d1", "Hostile", "2023-04-04", "text"};
    std::vector<std::string> names = kg::test::hostile_names();
    for (const char* n : {"\"quoted\"", "<tag>", "A & B", "]]>", "back\\slash\\", "!!!", "\xE2\x80\x94",
                          "\xE6\x97\xA5\xE6\x9C\xAC",  // 日本
                          "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"})  // שלום
        names.push_back(n);
    names.push_back(long_name + "One");
    names.push_back(long_name + "Two");
    names.push_back(std::string(500, 'x'));
    for (const std::string& n : names) x.entities.push_back(entity(T::Programme, n));
    kg::graph::KnowledgeGraph g;
    g.add(x);
    REQUIRE(g.entities().size() >= names.size() - 3);  // a few have no name key and may be dropped
    const std::vector<std::string> ids = stable_node_ids(g);
    REQUIRE(ids.size() == g.entities().size());
    std::set<std::string> distinct;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CAPTURE(g.entities()[i].name);
        CHECK(id_shaped(ids[i]));
        CHECK(ids[i].rfind("programme-", 0) == 0);
        CHECK(ids[i].size() <= std::string("programme-").size() + kg::output::detail::kMaxSlugBytes + 9);
        distinct.insert(ids[i]);
    }
    CHECK(distinct.size() == ids.size());
    // Every export of it names its nodes and edges that way too.
    const kg::graph::KnowledgeGraph hostile = kg::test::hostile_graph();
    const auto s = kg::output::detail::select(hostile, {});
    for (const auto* e : s.nodes) CHECK(id_shaped(s.node_id(e->id)));
    for (const auto& e : s.edges) CHECK(id_shaped(std::string(e.stable_id)));
}

TEST_CASE("two entities of the same name (a split) get distinct ids that do not depend on which came first") {
    kg::DocumentExtraction a;
    a.document = kg::Document{"d1", "mem://d1", "One", "2023-04-04", "text"};
    a.entities = {entity(kg::EntityType::Person, "Kim Sung"), entity(kg::EntityType::Country, "Korea")};
    a.relations = {relation(kg::RelationType::Visited, 0, 1, "2023-04-04", "d1", 0)};
    kg::DocumentExtraction b = a;
    b.document = kg::Document{"d2", "mem://d2", "Two", "2023-05-05", "text"};
    b.relations[0].evidence[0].doc_id = "d2";
    b.relations[0].date = "2023-05-05";

    kg::graph::KnowledgeGraph g;
    g.add(a);
    g.add_pinned(b, {"Kim Sung", ""});  // the second Kim Sung is someone else
    std::vector<std::size_t> kims;
    for (const kg::EntityRecord& e : g.entities())
        if (e.name == "Kim Sung") kims.push_back(e.id.value);
    REQUIRE(kims.size() == 2);
    const std::vector<std::string> ids = stable_node_ids(g);
    CHECK(ids[kims[0]] != ids[kims[1]]);
    for (std::size_t k : kims) {
        CHECK(ids[k].rfind("person-kim-sung-", 0) == 0);
        CHECK(ids[k].size() == std::string("person-kim-sung-").size() + 8);
    }
    // Each twin keeps its id when the graph makes them the other way round.
    kg::graph::KnowledgeGraph h;
    h.add(b);
    h.add_pinned(a, {"Kim Sung", ""});
    REQUIRE(h.entities()[0].documents == std::vector<std::string>{"d2"});
    const std::vector<std::string> h_ids = stable_node_ids(h);
    std::size_t compared = 0;
    for (const kg::EntityRecord& e : h.entities()) {
        if (e.name != "Kim Sung") continue;
        const std::size_t twin = e.documents == g.entities()[kims[0]].documents ? kims[0] : kims[1];
        CHECK(h_ids[e.id.value] == ids[twin]);
        ++compared;
    }
    CHECK(compared == 2);
    // Their VISITED edges stay apart too.
    const auto s = kg::output::detail::select(g, {});
    REQUIRE(s.edges.size() == 2);
    CHECK(s.edges[0].stable_id != s.edges[1].stable_id);
}
}
