// kg show, end to end.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg show prints the entity card with name and type and aliases and documents and roles and meetings") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "show", "Stoltenberg"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Jens Stoltenberg\n") == 0);
    CHECK(r.out.find("type:       PERSON") != std::string::npos);
    CHECK(r.out.find("002_6f339f2360b3421b.txt") != std::string::npos);
    CHECK(r.out.find("roles:      Secretary General, North Atlantic Treaty Organization") != std::string::npos);
    CHECK(r.out.find("meetings:   ") != std::string::npos);
}

TEST_CASE("kg show on an unknown name suggests close names with exit status 1") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "show", "Hayashy"});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("kg: error: no entity named 'Hayashy'; did you mean: ") == 0);
    CHECK(r.err.find("Hayashi") != std::string::npos);
}

}

TEST_SUITE("app") {

TEST_CASE("kg show --json and --csv give the card's fields for scripts") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun json = run_kg({"--db", db, "show", "Stoltenberg", "--json"});
    REQUIRE(json.status == 0);
    rapidjson::Document d;
    d.Parse(json.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["name"].GetString()) == "Jens Stoltenberg");
    CHECK(std::string(d["type"].GetString()) == "PERSON");
    CHECK(d["aliases"].Size() == 3);
    CHECK(d["documents"].Size() == 2);
    CHECK(d["mentions"].GetUint() == 6);
    CHECK(std::string(d["first_seen"].GetString()) == "2023-04-04");
    REQUIRE(d["roles"].Size() == 1);
    CHECK(std::string(d["roles"][0]["title"].GetString()) == "Secretary General");
    CHECK(std::string(d["roles"][0]["organisation"].GetString()) == "North Atlantic Treaty Organization");
    CHECK(d["meetings"].GetUint() == 1);
    CHECK(d["relations"]["VISITED"].GetUint() == 2);
    CHECK(d["merged"].Size() == 1);

    kg_test::KgRun csv = run_kg({"--db", db, "show", "Stoltenberg", "--csv"});
    REQUIRE(csv.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(csv.out);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0] == "FIELD,VALUE\r");
    CHECK(lines[1] == "name,Jens Stoltenberg\r");
    CHECK(csv.out.find("role,\"Secretary General, North Atlantic Treaty Organization (2023-04-04)\"\r\n") !=
          std::string::npos);
    CHECK(csv.out.find("relations,VISITED 2\r\n") != std::string::npos);
    CHECK(run_kg({"--db", db, "show", "Stoltenberg", "--json", "--csv"}).status == 2);
}

}
