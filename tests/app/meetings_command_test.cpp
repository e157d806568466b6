// kg meetings --between, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg meetings --between lists when and where two people met") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "meetings", "--between", "Tsuji", "Mircea Geoana", "--json"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 1);
    CHECK(std::string(d[0]["date"].GetString()) == "2024-04-04");
    CHECK(std::string(d[0]["place"].GetString()) == "Brussels");
    CHECK(std::string(d[0]["mode"].GetString()) == "in-person");
    CHECK(d[0]["participants"].Size() == 2);
    CHECK_FALSE(d[0].HasMember("counterparts"));
}

TEST_CASE("kg meetings --between two people who never met prints nothing and exits 0") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "meetings", "--between", "Hayashi", "Geoana"});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "kg: no meetings found\n");
    kg_test::KgRun one = run_kg({"--db", db, "meetings", "--between", "Hayashi"});
    CHECK(one.status == 2);
}

}
