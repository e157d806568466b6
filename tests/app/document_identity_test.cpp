// Document identity, end to end: which stored document an ingested file or record is.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <sqlite3.h>

#include "run_kg.h"

using kg_test::run_kg;
using kg_test::run_kg_in;

namespace {

namespace fs = std::filesystem;

// A short readout naming a meeting, different for every `n`.
std::string readout(const std::string& who, int n) {
    return "On April " + std::to_string(n) + ", 2024, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a "
           "meeting with Mr. " + who + ", Minister of Foreign Affairs of France.\n";
}

// Two folders holding files of the same names and different contents.
void write_two_sets(const kg_test::TempDir& dir) {
    for (int i = 1; i <= 3; ++i) {
        const std::string name = "/00" + std::to_string(i) + ".txt";
        kg_test::write_text_file(dir.file("setA" + name), readout("Jean Aubert", i));
        kg_test::write_text_file(dir.file("setB" + name), readout("Paul Berger", i + 10));
    }
}

// `kg documents --csv`, sorted: the header, then "id,date,source" per stored document.
std::vector<std::string> stored_ids(const std::string& db) {
    kg_test::KgRun r = run_kg({"--db", db, "documents", "--csv"});
    REQUIRE(r.status == 0);
    std::vector<std::string> lines = kg_test::lines_of(r.out);
    for (std::string& line : lines)
        if (!line.empty() && line.back() == '\r') line.pop_back();  // CSV rows end in CRLF
    REQUIRE(!lines.empty());
    CHECK(lines.front() == "ID,DATE,SOURCE");
    std::sort(lines.begin() + 1, lines.end());
    return lines;
}

// Runs `sql` on the database at `path` (to make an older schema by hand).
void run_sql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO("sqlite: " << (error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("two folders with the same file names are all stored, in either order, with the same ids") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string ab = dir.file("ab.db");
    const std::string ba = dir.file("ba.db");
    kg_test::KgRun first = run_kg({"--db", ab, "ingest", dir.file("setA"), dir.file("setB")});
    INFO("stderr: " << first.err);
    CHECK(first.status == 0);
    CHECK(first.out == "added 6, unchanged 0, replaced 0, failed 0\n");
    REQUIRE(run_kg({"--db", ba, "ingest", dir.file("setB")}).status == 0);
    REQUIRE(run_kg({"--db", ba, "ingest", dir.file("setA")}).status == 0);
    CHECK(stored_ids(ab) == stored_ids(ba));
    CHECK(stored_ids(ab).size() == 7);  // a header and six documents
    // Ingesting the folders again, the other way round, changes nothing.
    CHECK(run_kg({"--db", ab, "ingest", dir.file("setB"), dir.file("setA")}).out ==
          "added 0, unchanged 6, replaced 0, failed 0\n");
    // Both meetings of April 1 are there: nothing was overwritten.
    kg_test::KgRun met = run_kg({"--db", ab, "met", "Taro Kono"});
    CHECK(met.out.find("Jean Aubert") != std::string::npos);
    CHECK(met.out.find("Paul Berger") != std::string::npos);
}

TEST_CASE("the same file from another working directory or another relative path is unchanged") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg_in(dir.path(), {"--db", db, "ingest", "setA"}).status == 0);
    CHECK(run_kg_in(dir.file("setA"), {"--db", db, "ingest", "."}).out == "added 0, unchanged 3, replaced 0, failed 0\n");
    CHECK(run_kg_in(dir.file("setB"), {"--db", db, "ingest", "../setA/002.txt", "../setB/../setA/001.txt"}).out ==
          "added 0, unchanged 2, replaced 0, failed 0\n");
    CHECK(run_kg({"--db", db, "ingest", dir.file("setA")}).out == "added 0, unchanged 3, replaced 0, failed 0\n");
}

TEST_CASE("an edited file replaces its own earlier version and nothing else") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setA"), dir.file("setB")}).status == 0);
    kg_test::write_text_file(dir.file("setB/002.txt"), readout("Marc Chevalier", 20));
    CHECK(run_kg({"--db", db, "ingest", dir.file("setA"), dir.file("setB")}).out ==
          "added 0, unchanged 5, replaced 1, failed 0\n");
    kg_test::KgRun met = run_kg({"--db", db, "met", "Taro Kono"});
    CHECK(met.out.find("Marc Chevalier") != std::string::npos);
    CHECK(met.out.find("Jean Aubert") != std::string::npos);  // setA/002.txt is untouched
    CHECK(stored_ids(db).size() == 7);
}

TEST_CASE("a moved folder is recognised: the documents keep their ids and learn their new paths") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setA")}).status == 0);
    const std::vector<std::string> before = stored_ids(db);
    fs::rename(dir.file("setA"), dir.file("archive"));
    CHECK(run_kg({"--db", db, "ingest", dir.file("archive")}).out ==
          "added 0, unchanged 0, replaced 0, moved 3, failed 0\n");
    CHECK(run_kg({"--db", db, "ingest", dir.file("archive")}).out == "added 0, unchanged 3, replaced 0, failed 0\n");
    const std::vector<std::string> after = stored_ids(db);
    REQUIRE(after.size() == before.size());
    CHECK(after[1].rfind("setA/001.txt,", 0) == 0);  // the id stays
    CHECK(after[1].find("archive/001.txt") != std::string::npos);  // the source is the new path
    // Its path now forgets it.
    CHECK(run_kg({"--db", db, "forget", dir.file("archive/001.txt")}).out == "forgot setA/001.txt\n");
}

TEST_CASE("a copy of a stored file that still exists is reported, naming both, and not stored twice") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setA")}).status == 0);
    fs::copy_file(dir.file("setA/001.txt"), dir.file("copy.txt"));
    kg_test::KgRun r = run_kg({"--db", db, "ingest", dir.file("copy.txt")});
    CHECK(r.status == 0);
    CHECK(r.out == "added 0, unchanged 0, replaced 0, duplicate 1, failed 0\n");
    CHECK(r.err.find("copy.txt: same content as document 'setA/001.txt'") != std::string::npos);
}

TEST_CASE("files of the same name given one by one get ids made longer with their folders") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setA/001.txt")}).status == 0);
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setB/001.txt")}).status == 0);
    const std::vector<std::string> ids = stored_ids(db);
    REQUIRE(ids.size() == 3);
    CHECK(ids[1].rfind("001.txt,", 0) == 0);
    CHECK(ids[2].rfind("setB/001.txt,", 0) == 0);
    CHECK(run_kg({"--db", db, "forget", dir.file("setB/001.txt")}).out == "forgot setB/001.txt\n");
}

TEST_CASE("a file name with a newline and one spelling its escape are two documents") {
    kg_test::TempDir dir;
    kg_test::write_text_file(dir.file("in/a\nb.txt"), readout("Jean Aubert", 1));
    kg_test::write_text_file(dir.file("in/a\\nb.txt"), readout("Paul Berger", 2));
    const std::string db = dir.file("kg.db");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", dir.file("in")});
    INFO("stderr: " << r.err);
    CHECK(r.out == "added 2, unchanged 0, replaced 0, failed 0\n");
    CHECK(run_kg({"--db", db, "forget", dir.file("in/a\nb.txt")}).status == 0);
    CHECK(stored_ids(db).size() == 2);
    CHECK(run_kg({"--db", db, "met", "Paul Berger"}).status == 0);
}

TEST_CASE("JSON Lines records without ids: a deleted line removes its record, the others stay") {
    kg_test::TempDir dir;
    const std::string jsonl = dir.file("news.jsonl");
    std::string lines;
    for (int i = 1; i <= 4; ++i)
        lines += "{\"text\": \"On May " + std::to_string(i) + ", 2024, Mr. Taro Kono met Mr. Jean Roe" + std::to_string(i) +
                 ", Minister of Foreign Affairs of France.\"}\n";
    kg_test::write_text_file(jsonl, lines);
    const std::string db = dir.file("kg.db");
    CHECK(run_kg({"--db", db, "ingest", jsonl}).out == "added 4, unchanged 0, replaced 0, failed 0\n");
    kg_test::write_text_file(jsonl, lines.substr(lines.find('\n') + 1));
    CHECK(run_kg({"--db", db, "ingest", jsonl}).out == "added 0, unchanged 3, replaced 0, removed 1, failed 0\n");
    CHECK(stored_ids(db).size() == 4);
    CHECK(run_kg({"--db", db, "met", "Jean Roe1"}).status == 1);
    CHECK(run_kg({"--db", db, "met", "Jean Roe4"}).status == 0);
}

TEST_CASE("JSON Lines ids: a repeated id is refused naming both lines, and a record never replaces a file") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::write_text_file(dir.file("001.txt"), readout("Jean Aubert", 1));
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("001.txt")}).status == 0);
    kg_test::write_text_file(dir.file("r.jsonl"),
                             "{\"id\": \"x1\", \"text\": \"Mr. Taro Kono met Mr. Paul Berger.\"}\n"
                             "{\"id\": \"x1\", \"text\": \"Mr. Taro Kono met Mr. Marc Chevalier.\"}\n"
                             "{\"id\": \"001.txt\", \"text\": \"Mr. Taro Kono met Mr. Luc Durand.\"}\n");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", dir.file("r.jsonl")});
    CHECK(r.status == 1);
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 2\n");
    CHECK(r.err.find("r.jsonl:2: id 'x1' already names document 'x1' (" + dir.file("r.jsonl") + ":1)") !=
          std::string::npos);
    CHECK(r.err.find("r.jsonl:3: id '001.txt' already names document '001.txt' (" + dir.file("001.txt") + ")") !=
          std::string::npos);
    CHECK(run_kg({"--db", db, "met", "Jean Aubert"}).status == 0);  // the file is untouched
    // A record keeps its id wherever it comes from: the same id in another file is an edit.
    kg_test::write_text_file(dir.file("s.jsonl"), "{\"id\": \"x1\", \"text\": \"Mr. Taro Kono met Mr. Hugo Petit.\"}\n");
    CHECK(run_kg({"--db", db, "ingest", dir.file("s.jsonl")}).out == "added 0, unchanged 0, replaced 1, failed 0\n");
    CHECK(run_kg({"--db", db, "met", "Hugo Petit"}).status == 0);
}

TEST_CASE("a knowledge base from before origins were kept is recognised on the next ingest") {
    kg_test::TempDir dir;
    write_two_sets(dir);
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setA")}).status == 0);
    // As a version 4 base left it: no origins or paths.
    run_sql(db, "DROP INDEX documents_by_origin; ALTER TABLE documents DROP COLUMN origin;"
                "ALTER TABLE documents DROP COLUMN path; PRAGMA user_version = 4;");
    CHECK(run_kg({"--db", db, "ingest", dir.file("setA")}).out == "added 0, unchanged 3, replaced 0, failed 0\n");
    CHECK(stored_ids(db).size() == 4);
    CHECK(run_kg({"--db", db, "forget", dir.file("setA/003.txt")}).out == "forgot setA/003.txt\n");
}

}

TEST_SUITE("app") {

TEST_CASE("four ingests creating one new database at once all store their documents") {
    kg_test::TempDir dir;
    for (int set = 0; set < 4; ++set)
        for (int i = 1; i <= 2; ++i)
            kg_test::write_text_file(dir.file("set" + std::to_string(set) + "/00" + std::to_string(i) + ".txt"),
                                     readout("Jean Set" + std::to_string(set) + "x" + std::to_string(i), set * 2 + i));
    // The race showed in about one round of 30: 40 rounds, or as many as 15 s allow (at least 6)
    // where each kg start is slow (the sanitizer build).
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 40; ++round) {
        if (round >= 6 && std::chrono::steady_clock::now() - start > std::chrono::seconds(15)) break;
        CAPTURE(round);
        const std::string db = dir.file("kg" + std::to_string(round) + ".db");
        std::vector<kg_test::KgRun> runs(4);
        std::vector<std::thread> threads;
        for (int set = 0; set < 4; ++set)
            threads.emplace_back([&, set] { runs[set] = run_kg({"--db", db, "ingest", dir.file("set" + std::to_string(set))}); });
        for (std::thread& t : threads) t.join();
        for (const kg_test::KgRun& r : runs) {
            INFO("stderr: " << r.err);
            CHECK(r.status == 0);
            CHECK(r.out == "added 2, unchanged 0, replaced 0, failed 0\n");
        }
        CHECK(stored_ids(db).size() == 9);  // a header and eight documents
    }
}

}
