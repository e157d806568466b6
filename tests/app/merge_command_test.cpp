// kg merge, end to end: the decision is recorded and lasts.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <string>
#include <vector>

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

// Every kb_ table's rows, ordered by every column, but the write counter kb_snapshot_serial
// (a build in steps writes the snapshot more often) and the growths kept undoable, which name
// snapshots by it.
static std::string snapshot_dump(const std::string& db) {
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::vector<std::string> tables;
    {
        sqlite3_stmt* q = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle,
                                   "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'kb\\_%' ESCAPE '\\' "
                                   "AND name NOT IN ('kb_snapshot_serial', 'kb_undo') ORDER BY name",
                                   -1, &q, nullptr) == SQLITE_OK);
        while (sqlite3_step(q) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
    }
    std::string out;
    for (const std::string& table : tables) {
        out += "table " + table + '\n';
        sqlite3_stmt* q = nullptr;
        std::string sql = "SELECT * FROM " + table;
        REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &q, nullptr) == SQLITE_OK);
        sql += " ORDER BY 1";
        for (int c = 2; c <= sqlite3_column_count(q); ++c) sql += ", " + std::to_string(c);
        sqlite3_finalize(q);
        REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &q, nullptr) == SQLITE_OK);
        while (sqlite3_step(q) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(q, c));
                out += std::to_string(sqlite3_column_type(q, c)) + ':';
                if (bytes) out.append(bytes, static_cast<std::size_t>(sqlite3_column_bytes(q, c)));
                out += '\x1f';
            }
            out += '\n';
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(handle);
    return out;
}

TEST_SUITE("app") {

TEST_CASE("kg merge, split and rename on a base built in steps say and store what they do on one built whole") {
    // KG_SNAPSHOT_CHUNK=3: the corpus's 25 documents are more than a step, so the names are
    // resolved on the snapshot and each decision tried in steps (every correction replayed on
    // a step's snapshot); KG_SNAPSHOT_CHUNK=0: merged whole, as a base of no more than a step.
    kg_test::TempDir stepped, whole;
    const std::vector<std::vector<std::string>> commands{
        {"merge", "Jens Stoltenberg", "Geoana"},
        {"merge", "Jens Stoltenberg", "Mircea Geoana"},  // already one
        {"merge", "Jens Stoltenberg", "Stoltenbergg"},   // unknown: suggestions
        {"merge", "Jens Stoltenberg", "NATO"},           // of different types
        {"rename", "NATO", "The Alliance"},
        {"rename", "The Alliance", "The Alliance"},      // named so already
        {"split", "Fumio Kishida"},
        {"split", "The Alliance"},                       // one name only
        {"forget", "corpus/013.txt"},
        {"met", "Kishida"},
        {"export", "--format", "json", "-o", "-"},
    };
    for (const char* chunk : {"3", "0"}) {
        const kg_test::TempDir& dir = std::string(chunk) == "3" ? stepped : whole;
        REQUIRE(setenv("KG_SNAPSHOT_CHUNK", chunk, 1) == 0);
        REQUIRE(kg_test::run_kg_in(dir.path(), {"--db", "kg.db", "ingest", kg_test::data_corpus()}).status == 0);
    }
    for (const std::vector<std::string>& command : commands) {
        CAPTURE(command.front());
        CAPTURE(command.back());
        std::vector<std::string> args{"--db", "kg.db"};
        args.insert(args.end(), command.begin(), command.end());
        REQUIRE(setenv("KG_SNAPSHOT_CHUNK", "3", 1) == 0);
        const kg_test::KgRun a = kg_test::run_kg_in(stepped.path(), args);
        REQUIRE(setenv("KG_SNAPSHOT_CHUNK", "0", 1) == 0);
        const kg_test::KgRun b = kg_test::run_kg_in(whole.path(), args);
        CHECK(a.status == b.status);
        CHECK(a.out == b.out);
        CHECK(a.err == b.err);
        CHECK(snapshot_dump(stepped.file("kg.db")) == snapshot_dump(whole.file("kg.db")));
    }
    unsetenv("KG_SNAPSHOT_CHUNK");
}

}
