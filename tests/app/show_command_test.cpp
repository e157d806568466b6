// kg show, end to end.
#include <doctest/doctest.h>

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
