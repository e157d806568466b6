// kg components, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg components lists the largest component first with its size") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "components", "--type", "PERSON", "--json"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsObject());
    CHECK_FALSE(d.HasMember("modularity"));
    const auto& groups = d["groups"];
    REQUIRE(groups.Size() >= 2);
    // Who met whom: Tsuji with Geoana and Gentzis; Hayashi with Stoltenberg.
    CHECK(groups[0]["size"].GetUint64() == 3);
    CHECK(std::string(groups[0]["members"][0]["name"].GetString()) == "Kiyoto Tsuji");
    CHECK(groups[1]["size"].GetUint64() == 2);
    CHECK(std::string(groups[1]["members"][0]["type"].GetString()) == "PERSON");
}

TEST_CASE("kg components as a table and as CSV") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "components"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == "COMPONENT  SIZE  MEMBERS");
    CHECK(lines[1].find("1          ") == 0);
    CHECK(lines[1].find("Kiyoto Tsuji") != std::string::npos);
    CHECK(lines[1].find(" more)") != std::string::npos);  // only ten names in the table
    kg_test::KgRun csv = run_kg({"--db", db, "components", "--type", "PERSON", "--csv"});
    CHECK(csv.out.find("COMPONENT,NAME,TYPE\r\n1,Kiyoto Tsuji,PERSON\r\n") == 0);
}

}
