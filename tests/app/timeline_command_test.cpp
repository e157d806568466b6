// kg timeline, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg timeline lists meetings and roles and attended events in date order") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "timeline", "HAYASHI Yoshimasa"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].find("DATE") == 0);
    CHECK(lines[1].find("2023-04-04        MEETING   with Jens Stoltenberg (in-person)") == 0);
    CHECK(lines[2].find("2023-04-04 (doc)  ROLE      Minister for Foreign Affairs, Japan") == 0);
    CHECK(lines[5].find("2023-04-05 (doc)  ATTENDED") == 0);
}

TEST_CASE("kg timeline --from --json keeps later entries and marks document dates") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "timeline", "Hayashi", "--from", "2023-04-05", "--json"});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 2);
    CHECK(std::string(d[0]["kind"].GetString()) == "ATTENDED");
    CHECK(d[0]["date_from_document"].GetBool());
    CHECK(std::string(d[0]["document"].GetString()) == "corpus/001_f7c9a4d84f27ea13.txt");
    kg_test::KgRun none = run_kg({"--db", db, "timeline", "Hayashi", "--from", "2030"});
    CHECK(none.status == 0);
    CHECK(none.out.empty());
    CHECK(none.err == "kg: nothing dated found for Yoshimasa Hayashi\n");
}

}

TEST_SUITE("app") {

TEST_CASE("kg timeline --csv keeps the table's (doc) marker in its own column") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun table = run_kg({"--db", db, "timeline", "Stoltenberg"});
    REQUIRE(table.status == 0);
    CHECK(table.out.find("2023-04-04 (doc)  ROLE") != std::string::npos);
    kg_test::KgRun r = run_kg({"--db", db, "timeline", "Stoltenberg", "--csv"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0] == "DATE,KIND,WHAT,DOCUMENT,DATE_FROM_DOCUMENT\r");
    CHECK(lines[1] == "2023-04-04,MEETING,with Yoshimasa Hayashi (in-person),corpus/002_6f339f2360b3421b.txt,false\r");
    CHECK(lines[2] ==
          "2023-04-04,ROLE,\"Secretary General, North Atlantic Treaty Organization\",corpus/002_6f339f2360b3421b.txt,true\r");
}

}
