// kg split, end to end: an automatic merge undone, and kept undone.
#include <doctest/doctest.h>

#include "run_kg.h"

using kg_test::data_corpus;
using kg_test::run_kg;

TEST_SUITE("app") {

// In the corpus, five releases name only "Prime Minister Kishida" (the extractor
// gives no full name); kg merges them with "Fumio Kishida" of the other releases.
TEST_CASE("kg split undoes an automatic merge and the parts stay apart after re-ingest and forget") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", data_corpus()}).status == 0);
    REQUIRE(run_kg({"--db", db, "show", "Kishida"}).out.find("002_6f339f2360b3421b.txt") != std::string::npos);

    kg_test::KgRun r = run_kg({"--db", db, "split", "Fumio Kishida"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "split PERSON:Fumio Kishida into: Fumio Kishida; Kishida\n");

    auto check_split = [&] {
        kg_test::KgRun full = run_kg({"--db", db, "show", "Fumio Kishida"});
        REQUIRE(full.status == 0);
        CHECK(full.out.rfind("Fumio Kishida\n", 0) == 0);
        CHECK(full.out.find("005.txt") != std::string::npos);
        CHECK(full.out.find("002_6f339f2360b3421b.txt") == std::string::npos);
        kg_test::KgRun part = run_kg({"--db", db, "show", "Prime Minister Kishida"});
        REQUIRE(part.status == 0);
        CHECK(part.out.rfind("Kishida\n", 0) == 0);
        CHECK(part.out.find("002_6f339f2360b3421b.txt") != std::string::npos);
        kg_test::KgRun list = run_kg({"--db", db, "entities", "--type", "PERSON", "--match", "Kishida"});
        CHECK(kg_test::lines_of(list.out).size() == 3);  // header, Fumio Kishida, Kishida
    };
    check_split();
    SUBCASE("after the same corpus again") {
        REQUIRE(run_kg({"--db", db, "ingest", data_corpus()}).out == "added 0, unchanged 25, replaced 0, failed 0\n");
        check_split();
    }
    SUBCASE("after forgetting and re-ingesting a document") {
        REQUIRE(run_kg({"--db", db, "forget", "corpus/013.txt"}).status == 0);
        REQUIRE(run_kg({"--db", db, "ingest", data_corpus()}).out == "added 1, unchanged 24, replaced 0, failed 0\n");
        check_split();
    }
}

TEST_CASE("kg split of an entity known by one name only is an error and records nothing") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "split", "NATO"});
    CHECK(r.status == 1);
    CHECK(r.err == "kg: error: cannot split ORGANIZATION:North Atlantic Treaty Organization: its documents use only one name "
                   "for it; nothing to split\n");
}

}
