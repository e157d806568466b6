// kg ingest, end to end: counts, idempotence, failures.
#include <doctest/doctest.h>

#include <filesystem>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg ingest stores every document and reports the counts") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    INFO("stderr: " << r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "added 5, unchanged 0, replaced 0, failed 0\n");
    CHECK(std::filesystem::exists(db));
}

TEST_CASE("ingesting the same documents again leaves them unchanged") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    CHECK(r.status == 0);
    CHECK(r.out == "added 0, unchanged 5, replaced 0, failed 0\n");
}

TEST_CASE("a document whose text changed replaces the stored one") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string doc = dir.file("002_6f339f2360b3421b.txt");
    const std::string text = kg_test::read_text_file(kg_test::corpus_file("002_6f339f2360b3421b.txt"));
    kg_test::write_text_file(doc, text);
    REQUIRE(run_kg({"--db", db, "ingest", doc}).out == "added 1, unchanged 0, replaced 0, failed 0\n");

    kg_test::write_text_file(doc, text + "\nThe two ministers also discussed the situation in the Indo-Pacific.");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", doc});
    CHECK(r.status == 0);
    CHECK(r.out == "added 0, unchanged 0, replaced 1, failed 0\n");
}

TEST_CASE("kg ingest names a missing path and counts it as failed and stores the rest with exit status 1") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::KgRun r =
        run_kg({"--db", db, "ingest", kg_test::corpus_file("002_6f339f2360b3421b.txt"), dir.file("missing.txt")});
    CHECK(r.status == 1);
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 1\n");
    CHECK(r.err.find(dir.file("missing.txt")) != std::string::npos);
}

TEST_CASE("a file that is not a kg database is an error naming it and the file is left alone") {
    kg_test::TempDir dir;
    const std::string db = dir.file("notes.db");
    kg_test::write_text_file(db, "these are my notes, not a database\n");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: ") != std::string::npos);
    CHECK(r.err.find(db) != std::string::npos);
    CHECK(kg_test::read_text_file(db) == "these are my notes, not a database\n");
}

TEST_CASE("a directory without documents is an error and creates no database") {
    kg_test::TempDir dir;
    std::filesystem::create_directory(dir.file("empty"));
    kg_test::KgRun r = run_kg({"--db", dir.file("kg.db"), "ingest", dir.file("empty")});
    CHECK(r.status == 1);
    CHECK(r.err.find("no documents found") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("kg.db")));
}

}
