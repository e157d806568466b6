// kg ingest killed with SIGKILL at random moments, several times, on a corpus of
// a few thousand releases, into a SQLite file and into a PostgreSQL database: after
// each kill the base is intact (SQLite: integrity_check) and every stored document has
// its extraction; it opens and answers; a final run completes, and the knowledge base
// then equals one built by a single uninterrupted ingest (same documents, same entities).

#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "run_kg.h"
#include "tests/pg_test_support.h"

namespace {

namespace fs = std::filesystem;
using kg_test::KgRun;
using kg_test::run_kg;
using kg_test::TempDir;

// Starts `kg --db DB ingest DIR` and kills it after `delay`. True when it was killed
// (rather than having finished first).
bool ingest_and_kill(const std::string& db, const std::string& dir, std::chrono::microseconds delay) {
    kg_test::KgProcess p = kg_test::start_kg({"--db", db, "ingest", dir}, "/dev/null");
    std::this_thread::sleep_for(delay);
    kill(p.pid, SIGKILL);
    return kg_test::wait_kg(p).status == 128 + SIGKILL;
}

std::string sqlite_value(const std::string& db, const std::string& sql) {
    const std::string command = "sqlite3 '" + db + "' '" + sql + "' 2>&1";
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[256];
        while (fgets(buf, sizeof buf, p)) out += buf;
        pclose(p);
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// Kills `kg ingest` into `db` until four kills, checking the base after each with
// `value` (the first column of an SQL query on it, "" when the base does not exist
// yet), then lets a run complete and compares it with `clean`, ingested uninterrupted.
void kill_and_complete(const std::string& db, const std::string& clean, int copies,
                       const std::function<std::string(const std::string&)>& value) {
    TempDir dir;
    const std::string corpus = dir.file("corpus");
    const std::size_t documents = kg_test::write_corpus_copies(corpus, copies, 0);
    REQUIRE(documents == 25 * static_cast<std::size_t>(copies));

    // The reference: one uninterrupted ingest, timed to place the kills inside it.
    const auto start = std::chrono::steady_clock::now();
    const KgRun reference = run_kg({"--db", clean, "ingest", corpus});
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    REQUIRE(reference.status == 0);
    CHECK(reference.out == "added " + std::to_string(documents) + ", unchanged 0, replaced 0, failed 0\n");

    const unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    long long window = took.count();
    int killed = 0;
    // Each round ingests a new edition of every file, so each has the whole corpus to
    // replace (a kill never finds only unchanged documents left); until four kills. A run
    // that finished before its kill (the reference was timed on a busier machine) makes
    // the window of later kills shorter.
    for (int round = 1; round <= 24 && killed < 4; ++round) {
        CAPTURE(round);
        kg_test::write_corpus_copies(corpus, copies, round);
        if (ingest_and_kill(db, corpus, std::chrono::microseconds(std::uniform_int_distribution<long long>(0, window)(rng))))
            ++killed;
        else
            window = window * 2 / 3;
        if (value("SELECT count(*) FROM documents").empty()) continue;  // killed before the base was made
        // Whatever was committed is whole: every document row has its extraction.
        CHECK(value("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                    "(SELECT 1 FROM extractions x WHERE x.doc = d.doc)") == "0");
        CHECK(run_kg({"--db", db, "entities", "--type", "COUNTRY"}).status == 0);  // opens, answers
    }
    CHECK(killed >= 3);

    // Back to the reference's edition: the re-run completes, replacing what the killed
    // runs left of other editions and adding what they never reached.
    kg_test::write_corpus_copies(corpus, copies, 0);
    const KgRun last = run_kg({"--db", db, "ingest", corpus});
    REQUIRE(last.status == 0);
    unsigned long added = 0, unchanged = 0, replaced = 0;
    REQUIRE(std::sscanf(last.out.c_str(), "added %lu, unchanged %lu, replaced %lu, failed 0", &added, &unchanged,
                        &replaced) == 3);
    CHECK(added + unchanged + replaced == documents);
    CHECK(value("SELECT count(*) FROM documents") == std::to_string(documents));
    // The same knowledge base as the uninterrupted ingest.
    const KgRun a = run_kg({"--db", db, "entities"});
    const KgRun b = run_kg({"--db", clean, "entities"});
    REQUIRE(a.status == 0);
    CHECK(kg_test::lines_of(a.out).size() > 50);
    CHECK(a.out == b.out);
    const KgRun graph_a = run_kg({"--db", db, "export", "--format", "json", "-o", "-"});
    const KgRun graph_b = run_kg({"--db", clean, "export", "--format", "json", "-o", "-"});
    REQUIRE(graph_a.status == 0);
    CHECK(graph_a.out == graph_b.out);
}

}  // namespace

TEST_CASE("kg ingest killed at random moments leaves an intact database that a re-run completes") {
    TempDir dir;
    const std::string db = dir.file("killed.db");
    kill_and_complete(db, dir.file("clean.db"), 120, [&](const std::string& sql) -> std::string {
        if (!fs::exists(db)) return "";
        CHECK(sqlite_value(db, "PRAGMA integrity_check") == "ok");
        return sqlite_value(db, sql);
    });
}

TEST_CASE("kg ingest into PostgreSQL killed at random moments leaves an intact base that a re-run completes") {
    std::optional<kg_test::PgDatabase> killed = kg_test::fresh_pg_database();
    if (!killed) return;
    kg_test::PgDatabase clean(kg_test::pg_server_url());
    // 300 releases: the server rolls back whatever transaction a kill cuts off, so fewer
    // are needed than for a file whose pages a kill may leave half-synced (and the test
    // stays within seconds).
    kill_and_complete(killed->url(), clean.url(), 12, [&](const std::string& sql) -> std::string {
        if (kg_test::pg_value(killed->url(), "SELECT to_regclass('documents') IS NOT NULL") != "t") return "";
        return kg_test::pg_value(killed->url(), sql);
    });
}
