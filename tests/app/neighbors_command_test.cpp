// kg neighbors, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg neighbors lists direct neighbours with the relation types linking them") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "neighbors", "Hayashi"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].find("DEPTH  TYPE") == 0);
    bool stoltenberg = false;
    for (const std::string& line : lines)
        if (line.find("Jens Stoltenberg") != std::string::npos) {
            stoltenberg = true;
            CHECK(line.find("1      PERSON") == 0);
            CHECK(line.substr(line.size() - 3) == "MET");
        }
    CHECK(stoltenberg);
    CHECK(r.out.find("Japan") != std::string::npos);
    CHECK(r.out.find("Kiyoto Tsuji") == std::string::npos);  // two hops away
}

TEST_CASE("kg neighbors --depth --type --relation narrow the neighbourhood") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "neighbors", "Hayashi", "--depth", "2", "--type", "person", "--json"});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsArray());
    std::vector<std::string> names;
    for (const auto& n : d.GetArray()) {
        CHECK(std::string(n["type"].GetString()) == "PERSON");
        names.push_back(n["name"].GetString());
    }
    REQUIRE(names.size() >= 2);
    CHECK(names[0] == "Jens Stoltenberg");
    CHECK(std::find(names.begin(), names.end(), "Yoko Kamikawa") != names.end());
    // Tsuji attended the NATO Partner Session of 2024, Hayashi the one of 2023: two events, so
    // Tsuji is not two steps from Hayashi
    CHECK(std::find(names.begin(), names.end(), "Kiyoto Tsuji") == names.end());
    CHECK(d[d.Size() - 1]["depth"].GetUint64() == 2);
    CHECK(d[0]["depth"].GetUint64() == 1);
    CHECK(std::string(d[0]["relations"][0].GetString()) == "MET");

    kg_test::KgRun met = run_kg({"--db", db, "neighbors", "Hayashi", "--relation", "MET", "--csv"});
    REQUIRE(met.status == 0);
    CHECK(met.out == "DEPTH,TYPE,NAME,RELATIONS\r\n1,PERSON,Jens Stoltenberg,MET\r\n");
}

TEST_CASE("kg neighbors of an entity without relations prints nothing and exits 0") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "neighbors", "Brussels"});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "kg: no neighbours found\n");
}

}

TEST_SUITE("app") {

TEST_CASE("kg neighbors --json and --csv carry the relation counts the table shows") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    // The bundled development corpus: Hayashi met Stoltenberg in three releases.
    REQUIRE(run_kg({"--db", db, "ingest", std::string(KG_TEST_DATA_DIR) + "/corpus"}).status == 0);
    kg_test::KgRun table = run_kg({"--db", db, "neighbors", "Yoshimasa Hayashi", "--type", "PERSON"});
    REQUIRE(table.status == 0);
    CHECK(table.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(table.out.find("MET x3") != std::string::npos);
    kg_test::KgRun json = run_kg({"--db", db, "neighbors", "Yoshimasa Hayashi", "--type", "PERSON", "--json"});
    REQUIRE(json.status == 0);
    rapidjson::Document d;
    d.Parse(json.out.c_str());
    REQUIRE(d.IsArray());
    bool found = false;
    for (const auto& n : d.GetArray()) {
        if (std::string(n["name"].GetString()) != "Jens Stoltenberg") continue;
        found = true;
        CHECK(std::string(n["relations"][0].GetString()) == "MET");
        CHECK(n["relation_counts"]["MET"].GetUint() == 3);
    }
    CHECK(found);
    kg_test::KgRun csv = run_kg({"--db", db, "neighbors", "Yoshimasa Hayashi", "--type", "PERSON", "--csv"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find(",Jens Stoltenberg,MET x3\r\n") != std::string::npos);
}

}
