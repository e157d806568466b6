#include "graph/roles.h"

#include <doctest/doctest.h>

#include "graph/corrections.h"
#include "graph_doc_builder.h"

using kg::EntityId;
using kg::EntityType;
using kg::graph::KnowledgeGraph;
using kg_test::DocBuilder;

namespace {

// NATO's Secretary General stated in 2022, 2023 and 2024 (Stoltenberg) and in 2025 (Rutte).
std::vector<kg::DocumentExtraction> nato_documents() {
    std::vector<kg::DocumentExtraction> xs;
    auto add = [&](const char* id, const char* date, const char* name, const char* title) {
        DocBuilder d(id, date);
        d.role(d.person(name), d.organisation("North Atlantic Treaty Organization"), title);
        xs.push_back(d.x);
    };
    add("a.txt", "2022-02-19", "Jens Stoltenberg", "Secretary General");
    add("b.txt", "2023-04-04", "Jens Stoltenberg", "Secretary-General");
    add("c.txt", "2024-04-04", "Jens Stoltenberg", "Secretary General");
    add("d.txt", "2025-01-20", "Mark Rutte", "Secretary General");
    add("e.txt", "2023-04-04", "Mircea Geoana", "Deputy Secretary General");
    return xs;
}

KnowledgeGraph graph_of(const std::vector<kg::DocumentExtraction>& xs) {
    KnowledgeGraph g;
    for (const auto& x : xs) g.add(x);
    return g;
}

EntityId only(const KnowledgeGraph& g, const char* name, EntityType type) {
    std::vector<EntityId> ids = g.find(name, type);
    REQUIRE(ids.size() == 1);
    return ids.front();
}

}  // namespace

TEST_SUITE("graph") {

TEST_CASE("titles compare without case or punctuation or filler words") {
    using kg::graph::title_key;
    CHECK(title_key("Secretary-General") == title_key("secretary general"));
    CHECK(title_key("Minister of Foreign Affairs") == title_key("Minister for Foreign Affairs"));
    CHECK(title_key("Foreign Minister") == title_key("Minister for Foreign Affairs"));
    CHECK(title_key("Deputy Secretary General") != title_key("Secretary General"));
}

TEST_CASE("a role carries the dates and documents of every statement of it") {
    KnowledgeGraph g = graph_of(nato_documents());
    std::vector<kg::graph::RoleStatement> roles = kg::graph::roles_of(g, only(g, "Stoltenberg", EntityType::Person));
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].dates == std::vector<std::string>{"2022-02-19", "2023-04-04", "2024-04-04"});
    CHECK(roles[0].documents == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
    CHECK(g.entity(roles[0].organisation).name == "North Atlantic Treaty Organization");
    CHECK(g.document_date("d.txt") == "2025-01-20");
    CHECK(g.document_date("unknown.txt").empty());
}

TEST_CASE("the holder of an office on a date is the one last stated in it before then") {
    KnowledgeGraph g = graph_of(nato_documents());
    const EntityId nato = only(g, "North Atlantic Treaty Organization", EntityType::Organization);
    const EntityId stoltenberg = only(g, "Jens Stoltenberg", EntityType::Person);
    const EntityId rutte = only(g, "Mark Rutte", EntityType::Person);
    CHECK(kg::graph::office_holders(g, "Secretary General", nato, "2024-04-04") == std::vector<EntityId>{stoltenberg});
    CHECK(kg::graph::office_holders(g, "Secretary General", nato, "2025-06-24") == std::vector<EntityId>{rutte});
    CHECK(kg::graph::office_holders(g, "Secretary-General", nato, "2024-12-31") == std::vector<EntityId>{stoltenberg});
    SUBCASE("before any statement the earliest holder answers") {
        CHECK(kg::graph::office_holders(g, "Secretary General", nato, "2019-01-01") ==
              std::vector<EntityId>{stoltenberg});
    }
    SUBCASE("a deputy is another office") {
        CHECK(g.entity(kg::graph::office_holders(g, "Deputy Secretary General", nato, "2025-06-24").at(0)).name ==
              "Mircea Geoana");
    }
    SUBCASE("an office nobody is stated in has no holder") {
        CHECK(kg::graph::office_holders(g, "Treasurer", nato, "2024-01-01").empty());
    }
}

TEST_CASE("a surname two people share is resolved by the office its document gives and the date") {
    std::vector<kg::DocumentExtraction> xs;
    DocBuilder a("a.txt", "2020-03-01");
    a.role(a.person("Anna Smith"), a.organisation("Example Organization"), "Secretary General");
    DocBuilder b("b.txt", "2024-02-01");
    b.role(b.person("Bob Smith"), b.organisation("Example Organization"), "Secretary General");
    DocBuilder late("c.txt", "2024-06-01");
    late.role(late.person("Smith"), late.organisation("Example Organization"), "Secretary General");
    DocBuilder early("d.txt", "2021-06-01");
    early.role(early.person("Smith"), early.organisation("Example Organization"), "Secretary-General");
    DocBuilder bare("e.txt", "2024-06-01");
    bare.person("Smith");  // no office: stays apart
    xs = {a.x, b.x, late.x, early.x, bare.x};

    KnowledgeGraph plain = graph_of(xs);
    CHECK(plain.find("Smith", EntityType::Person).size() == 3);  // Anna, Bob and a lone "Smith"

    KnowledgeGraph g = kg::graph::build_graph(xs, {});
    const kg::EntityRecord& bob = g.entity(only(g, "Bob Smith", EntityType::Person));
    const kg::EntityRecord& anna = g.entity(only(g, "Anna Smith", EntityType::Person));
    CHECK(bob.documents == std::vector<std::string>{"b.txt", "c.txt"});
    CHECK(anna.documents == std::vector<std::string>{"a.txt", "d.txt"});
}

}
