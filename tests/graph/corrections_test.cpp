#include "graph/corrections.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "graph_doc_builder.h"

using kg::EntityId;
using kg::EntityType;
using kg::graph::IdentityCorrection;
using kg::graph::KnowledgeGraph;
using kg_test::DocBuilder;

namespace {

// "Hayashi" alone in one release and "Yoshimasa Hayashi" in two: kg merges them.
// "Taro Kono" is someone else entirely.
std::vector<kg::DocumentExtraction> documents() {
    DocBuilder a("a.txt", "2022-01-01");
    a.met(a.person("Hayashi"), a.person("Antony Blinken"));
    DocBuilder b("b.txt", "2023-01-01");
    b.met(b.person("Yoshimasa Hayashi"), b.person("Jens Stoltenberg"));
    DocBuilder c("c.txt", "2023-02-01");
    c.met(c.person("Yoshimasa Hayashi"), c.person("Taro Kono"));
    return {a.x, b.x, c.x};
}

std::vector<std::string> names_of(const KnowledgeGraph& g, EntityType type) {
    std::vector<std::string> out;
    for (const kg::EntityRecord& e : g.entities())
        if (e.type == type) out.push_back(e.name);
    std::sort(out.begin(), out.end());
    return out;
}

const kg::EntityRecord& named(const KnowledgeGraph& g, const char* ref) {
    std::optional<EntityId> id = kg::graph::resolve_ref(g, ref);
    REQUIRE(id);
    return g.entity(*id);
}

}  // namespace

TEST_SUITE("graph") {

TEST_CASE("entity references carry the type before a colon") {
    auto [type, name] = kg::graph::parse_entity_ref("PERSON:Yoshimasa Hayashi");
    CHECK(type == EntityType::Person);
    CHECK(name == "Yoshimasa Hayashi");
    auto [no_type, whole] = kg::graph::parse_entity_ref("Re: Meeting");
    CHECK_FALSE(no_type);
    CHECK(whole == "Re: Meeting");
}

TEST_CASE("without corrections build_graph merges like adding every document") {
    KnowledgeGraph g = kg::graph::build_graph(documents(), {});
    CHECK(names_of(g, EntityType::Person) ==
          std::vector<std::string>{"Antony Blinken", "Jens Stoltenberg", "Taro Kono", "Yoshimasa Hayashi"});
    CHECK(named(g, "PERSON:Yoshimasa Hayashi").documents == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
}

TEST_CASE("a merge makes two entities one under the first one's name with all documents and meetings") {
    std::vector<kg::graph::CorrectionResult> results;
    KnowledgeGraph g = kg::graph::build_graph(
        documents(), {{IdentityCorrection::Kind::Merge, "PERSON:Yoshimasa Hayashi", "PERSON:Taro Kono"}}, &results);
    REQUIRE(results.size() == 1);
    CHECK(results[0].applied);
    CHECK(names_of(g, EntityType::Person) ==
          std::vector<std::string>{"Antony Blinken", "Jens Stoltenberg", "Yoshimasa Hayashi"});
    const kg::EntityRecord& merged = named(g, "PERSON:Yoshimasa Hayashi");
    CHECK(merged.documents == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
    CHECK(std::find(merged.aliases.begin(), merged.aliases.end(), "Taro Kono") != merged.aliases.end());
    CHECK(g.find("Kono", EntityType::Person) == std::vector<EntityId>{merged.id});
    // c.txt's meeting of Hayashi with Kono is now a meeting of one person: not with anyone else.
    CHECK(g.meetings_of(merged.id).size() == 2);
}

TEST_CASE("a split gives each name its documents use its own entity again") {
    std::vector<kg::graph::CorrectionResult> results;
    KnowledgeGraph g = kg::graph::build_graph(
        documents(), {{IdentityCorrection::Kind::Split, "PERSON:Yoshimasa Hayashi", ""}}, &results);
    REQUIRE(results.size() == 1);
    CHECK(results[0].applied);
    CHECK(names_of(g, EntityType::Person) ==
          std::vector<std::string>{"Antony Blinken", "Hayashi", "Jens Stoltenberg", "Taro Kono", "Yoshimasa Hayashi"});
    CHECK(named(g, "PERSON:Hayashi").documents == std::vector<std::string>{"a.txt"});
    CHECK(named(g, "PERSON:Yoshimasa Hayashi").documents == std::vector<std::string>{"b.txt", "c.txt"});
}

TEST_CASE("corrections replay in order so a merge after a split joins the chosen parts only") {
    KnowledgeGraph g = kg::graph::build_graph(
        documents(), {{IdentityCorrection::Kind::Split, "PERSON:Yoshimasa Hayashi", ""},
                      {IdentityCorrection::Kind::Merge, "PERSON:Taro Kono", "PERSON:Hayashi"}});
    CHECK(named(g, "PERSON:Taro Kono").documents == std::vector<std::string>{"a.txt", "c.txt"});
    CHECK(named(g, "PERSON:Yoshimasa Hayashi").documents == std::vector<std::string>{"b.txt", "c.txt"});
}

TEST_CASE("a correction naming no single entity is skipped and says why") {
    std::vector<kg::graph::CorrectionResult> results;
    KnowledgeGraph g = kg::graph::build_graph(
        documents(), {{IdentityCorrection::Kind::Merge, "PERSON:Nobody Known", "PERSON:Taro Kono"},
                      {IdentityCorrection::Kind::Split, "PERSON:Taro Kono", ""},
                      {IdentityCorrection::Kind::Merge, "PERSON:Hayashi", "PERSON:Yoshimasa Hayashi"}},
        &results);
    REQUIRE(results.size() == 3);
    CHECK_FALSE(results[0].applied);
    CHECK(results[0].note == "no single entity named PERSON:Nobody Known");
    CHECK_FALSE(results[1].applied);
    CHECK(results[1].note.find("only one name") != std::string::npos);
    CHECK(results[2].applied);
    CHECK(results[2].note == "already one entity");
    CHECK(names_of(g, EntityType::Person).size() == 4);
}

TEST_CASE("a correction still applies after documents come and go") {
    std::vector<kg::DocumentExtraction> xs = documents();
    DocBuilder d("d.txt", "2024-01-01");
    d.person("Taro Kono");
    xs.push_back(d.x);
    xs.erase(xs.begin() + 2);  // c.txt forgotten
    KnowledgeGraph g = kg::graph::build_graph(
        xs, {{IdentityCorrection::Kind::Merge, "PERSON:Yoshimasa Hayashi", "PERSON:Taro Kono"}});
    CHECK(named(g, "PERSON:Yoshimasa Hayashi").documents == std::vector<std::string>{"a.txt", "b.txt", "d.txt"});
}

}

TEST_SUITE("graph") {

TEST_CASE("a rename gives an entity another canonical name, its old one kept as an alias") {
    std::vector<kg::graph::CorrectionResult> results;
    KnowledgeGraph g = kg::graph::build_graph(
        documents(), {{IdentityCorrection::Kind::Rename, "PERSON:Taro Kono", "Taro Kōno"}}, &results);
    REQUIRE(results.size() == 1);
    CHECK(results[0].applied);
    CHECK(results[0].note.empty());
    CHECK(names_of(g, EntityType::Person) ==
          std::vector<std::string>{"Antony Blinken", "Jens Stoltenberg", "Taro Kōno", "Yoshimasa Hayashi"});
    const kg::EntityRecord& renamed = named(g, "PERSON:Taro Kōno");
    CHECK(renamed.documents == std::vector<std::string>{"c.txt"});
    CHECK(std::find(renamed.aliases.begin(), renamed.aliases.end(), "Taro Kono") != renamed.aliases.end());
    CHECK(g.meetings_of(renamed.id).size() == 1);
}

TEST_CASE("a rename to another entity's name or to nothing is refused, to its own name changes nothing") {
    std::vector<kg::graph::CorrectionResult> results;
    KnowledgeGraph g = kg::graph::build_graph(
        documents(), {{IdentityCorrection::Kind::Rename, "PERSON:Taro Kono", "Jens Stoltenberg"},
                      {IdentityCorrection::Kind::Rename, "PERSON:Taro Kono", " ."},
                      {IdentityCorrection::Kind::Rename, "PERSON:Taro Kono", "Taro Kono"}},
        &results);
    REQUIRE(results.size() == 3);
    CHECK_FALSE(results[0].applied);
    CHECK(results[0].note == "another entity is named Jens Stoltenberg (kg merge makes two entities one)");
    CHECK_FALSE(results[1].applied);
    CHECK(results[1].note == "the new name is empty");
    CHECK(results[2].applied);
    CHECK(results[2].note == "already named so");
    CHECK(names_of(g, EntityType::Person).size() == 4);
}

}
