// kg merge, end to end: the decision is recorded and lasts.
#include <doctest/doctest.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg merge makes two entities one and the decision survives re-ingest and forget") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "merge", "Jens Stoltenberg", "Geoana"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "merged PERSON:Mircea Geoana into PERSON:Jens Stoltenberg\n");

    auto check_merged = [&] {
        kg_test::KgRun show = run_kg({"--db", db, "show", "Geoana"});
        INFO("show stderr: " << show.err);
        REQUIRE(show.status == 0);
        CHECK(show.out.rfind("Jens Stoltenberg\n", 0) == 0);
        CHECK(show.out.find("Mircea Geoana") != std::string::npos);  // now an alias
        CHECK(show.out.find("000_a78d721dc74829b4.txt") != std::string::npos);
        CHECK(show.out.find("002_6f339f2360b3421b.txt") != std::string::npos);
    };
    check_merged();

    SUBCASE("after ingesting a changed copy of a document") {
        // Another file (another path) with an edited text: a new document, not a replacement.
        const std::string doc = dir.file("002_6f339f2360b3421b.txt");
        kg_test::write_text_file(doc, kg_test::read_text_file(kg_test::corpus_file("002_6f339f2360b3421b.txt")) +
                                          "\nBoth sides agreed to meet again.");
        REQUIRE(run_kg({"--db", db, "ingest", doc}).out == "added 1, unchanged 0, replaced 0, failed 0\n");
        check_merged();
    }
    SUBCASE("after forgetting a document and ingesting it again") {
        REQUIRE(run_kg({"--db", db, "forget", "corpus/002_6f339f2360b3421b.txt"}).status == 0);
        REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).out ==
                "added 1, unchanged 4, replaced 0, failed 0\n");
        check_merged();
    }
}

TEST_CASE("kg merge of entities that are already one records nothing") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "merge", "Jens Stoltenberg", "Secretary General Stoltenberg"});
    CHECK(r.status == 0);
    CHECK(r.out == "PERSON:Jens Stoltenberg and PERSON:Jens Stoltenberg: already one entity\n");
}

TEST_CASE("kg merge of entities of different types is an error") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "merge", "Jens Stoltenberg", "NATO"});
    CHECK(r.status == 1);
    CHECK(r.err ==
          "kg: error: cannot merge PERSON:Jens Stoltenberg and ORGANIZATION:North Atlantic Treaty Organization: entities of "
          "different types\n");
}

TEST_CASE("kg merge with an unknown name suggests close names and records nothing") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "merge", "Stoltenburg", "Geoana"});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: no entity named 'Stoltenburg'; did you mean: ") == 0);
    CHECK(run_kg({"--db", db, "show", "Geoana"}).out.rfind("Mircea Geoana\n", 0) == 0);
}

TEST_CASE("kg merge needs two names") {
    kg_test::KgRun r = run_kg({"merge", "Stoltenberg"});
    CHECK(r.status == 2);
}

}
