// kg entities, end to end.
#include <doctest/doctest.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg entities --type lists only entities of that type") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "entities", "--type", "person"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].find("TYPE") == 0);
    for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].find("PERSON  ") == 0);
    CHECK(r.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(r.out.find("Belgium") == std::string::npos);
}

TEST_CASE("kg entities --match keeps names or aliases containing the text whatever its case") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "entities", "--match", "STOLT"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(r.out.find("Hayashi") == std::string::npos);
}

}
