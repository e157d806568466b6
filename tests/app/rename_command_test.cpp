// kg rename, end to end: a lasting correction of an entity's canonical name.
#include <doctest/doctest.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg rename gives an entity its right name and the decision lasts") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "rename", "Geoana", "Mircea Geoană"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "renamed PERSON:Mircea Geoana to Mircea Geoană\n");

    auto check_renamed = [&] {
        kg_test::KgRun show = run_kg({"--db", db, "show", "Mircea Geoană", "--json"});
        REQUIRE(show.status == 0);
        CHECK(show.out.find("\"name\":\"Mircea Geoană\"") != std::string::npos);
        CHECK(show.out.find("\"Mircea Geoana\"") != std::string::npos);  // the old name, an alias now
        kg_test::KgRun met = run_kg({"--db", db, "met", "Kiyoto Tsuji", "--csv"});
        CHECK(met.out.find("Mircea Geoană") != std::string::npos);
    };
    check_renamed();
    SUBCASE("after re-extraction") {
        REQUIRE(run_kg({"--db", db, "reextract", "--all"}).status == 0);
        check_renamed();
    }
    SUBCASE("after forgetting another document and ingesting it again") {
        REQUIRE(run_kg({"--db", db, "forget", "corpus/002_6f339f2360b3421b.txt"}).status == 0);
        REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).status == 0);
        check_renamed();
    }
}

TEST_CASE("kg rename refuses another entity's name and unknown entities") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun taken = run_kg({"--db", db, "rename", "Geoana", "Jens Stoltenberg"});
    CHECK(taken.status == 1);
    CHECK(taken.err == "kg: error: cannot rename PERSON:Mircea Geoana to Jens Stoltenberg: another entity is named "
                       "Jens Stoltenberg (kg merge makes two entities one)\n");
    kg_test::KgRun unknown = run_kg({"--db", db, "rename", "Nobody Known", "X"});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.find("kg: error: no entity named 'Nobody Known'") == 0);
    kg_test::KgRun same = run_kg({"--db", db, "rename", "Geoana", "Mircea Geoana"});
    CHECK(same.status == 0);
    CHECK(same.out == "PERSON:Mircea Geoana: already named so\n");
}

}
