// Questions while another process writes the knowledge base.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <string>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("a question while another process holds the write lock answers from the last snapshot and says so") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    sqlite3* writer = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &writer) == SQLITE_OK);
    // A committed change (the snapshot is now one behind), then a writer that keeps the lock,
    // as an ingest does while it stores a batch.
    REQUIRE(sqlite3_exec(writer,
                         "INSERT INTO corrections(kind, a, b, created_at) VALUES ('split', 'PERSON:Nobody', '', 'now');"
                         "BEGIN IMMEDIATE; UPDATE documents SET date = date;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto start = std::chrono::steady_clock::now();
    const kg_test::KgRun met = run_kg({"--db", db, "met", "Hayashi"});
    const auto waited = std::chrono::steady_clock::now() - start;
    INFO("stderr: " << met.err);
    CHECK(met.status == 0);
    CHECK(met.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(met.err.find("kg: note: the knowledge base is being changed by another kg; answering from it as it was 1 "
                       "change ago") != std::string::npos);
    CHECK(waited < std::chrono::seconds(5));  // not the 10 s busy wait of a rebuild
    REQUIRE(sqlite3_exec(writer, "ROLLBACK;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(writer);
    // With the writer gone the next question brings the snapshot up to date: no note.
    const kg_test::KgRun again = run_kg({"--db", db, "met", "Hayashi"});
    CHECK(again.status == 0);
    CHECK(again.err.empty());
}

}
