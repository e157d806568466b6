// kg ingest killed with SIGKILL at random moments, several times, on a corpus of
// a few thousand releases: after each kill the database passes integrity_check and
// opens; a final run completes, and the knowledge base then equals one built by a
// single uninterrupted ingest (same documents, same entities).

#include <doctest/doctest.h>
#include <signal.h>
#include <spawn.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "run_kg.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using kg_test::KgRun;
using kg_test::run_kg;
using kg_test::TempDir;

constexpr int kCopies = 120;  // x 25 releases of tests/data/corpus = 3,000 documents

// Copies of the development corpus, each copy's bytes made unique by a reference
// line; another `edition` changes every file's bytes (so a run replaces them all).
std::size_t write_corpus(const std::string& dir, int edition) {
    fs::create_directories(dir);
    std::size_t n = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(std::string(KG_TEST_DATA_DIR) + "/corpus")) {
        if (e.path().extension() != ".txt") continue;
        const std::string text = kg_test::read_text_file(e.path().string());
        for (int k = 0; k < kCopies; ++k) {
            kg_test::write_text_file(dir + "/" + std::to_string(k) + "_" + e.path().filename().string(),
                                     text + "\n(Reference " + std::to_string(k) + ", edition " +
                                         std::to_string(edition) + ")\n");
            ++n;
        }
    }
    return n;
}

// Starts `kg --db DB ingest DIR` and kills it after `delay`. True when it was killed
// (rather than having finished first).
bool ingest_and_kill(const std::string& db, const std::string& dir, std::chrono::microseconds delay) {
    posix_spawn_file_actions_t actions;
    REQUIRE(posix_spawn_file_actions_init(&actions) == 0);
    REQUIRE(posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0) == 0);
    REQUIRE(posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0) == 0);
    std::vector<std::string> args = {KG_BINARY, "--db", db, "ingest", dir};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, KG_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    std::this_thread::sleep_for(delay);
    kill(pid, SIGKILL);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
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

}  // namespace

TEST_CASE("kg ingest killed at random moments leaves an intact database that a re-run completes") {
    TempDir dir;
    const std::string corpus = dir.file("corpus");
    const std::size_t documents = write_corpus(corpus, 0);
    REQUIRE(documents == 25 * kCopies);

    // The reference: one uninterrupted ingest, timed to place the kills inside it.
    const std::string clean = dir.file("clean.db");
    const auto start = std::chrono::steady_clock::now();
    const KgRun reference = run_kg({"--db", clean, "ingest", corpus});
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    REQUIRE(reference.status == 0);
    CHECK(reference.out == "added " + std::to_string(documents) + ", unchanged 0, replaced 0, failed 0\n");

    const unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    long long window = took.count();
    const std::string db = dir.file("killed.db");
    int killed = 0;
    // Each round ingests a new edition of every file, so each has the whole corpus to
    // replace (a kill never finds only unchanged documents left); until four kills. A run
    // that finished before its kill (the reference was timed on a busier machine) makes
    // the window of later kills shorter.
    for (int round = 1; round <= 24 && killed < 4; ++round) {
        CAPTURE(round);
        write_corpus(corpus, round);
        if (ingest_and_kill(db, corpus, std::chrono::microseconds(std::uniform_int_distribution<long long>(0, window)(rng))))
            ++killed;
        else
            window = window * 2 / 3;
        if (!fs::exists(db)) continue;  // killed before the database was created
        CHECK(sqlite_value(db, "PRAGMA integrity_check") == "ok");
        // Whatever was committed is whole: every document row has its extraction.
        CHECK(sqlite_value(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                               "(SELECT 1 FROM extractions x WHERE x.doc = d.doc)") == "0");
        CHECK(run_kg({"--db", db, "entities", "--type", "COUNTRY"}).status == 0);  // opens, answers
    }
    CHECK(killed >= 3);

    // Back to the reference's edition: the re-run completes, replacing what the killed
    // runs left of other editions and adding what they never reached.
    write_corpus(corpus, 0);
    const KgRun last = run_kg({"--db", db, "ingest", corpus});
    REQUIRE(last.status == 0);
    unsigned long added = 0, unchanged = 0, replaced = 0;
    REQUIRE(std::sscanf(last.out.c_str(), "added %lu, unchanged %lu, replaced %lu, failed 0", &added, &unchanged,
                        &replaced) == 3);
    CHECK(added + unchanged + replaced == documents);
    CHECK(sqlite_value(db, "SELECT count(*) FROM documents") == std::to_string(documents));
    // The same knowledge base as the uninterrupted ingest.
    const KgRun a = run_kg({"--db", db, "entities"});
    const KgRun b = run_kg({"--db", clean, "entities"});
    REQUIRE(a.status == 0);
    CHECK(kg_test::lines_of(a.out).size() > 100);
    CHECK(a.out == b.out);
    const KgRun graph_a = run_kg({"--db", db, "export", "--format", "json", "-o", "-"});
    const KgRun graph_b = run_kg({"--db", clean, "export", "--format", "json", "-o", "-"});
    REQUIRE(graph_a.status == 0);
    CHECK(graph_a.out == graph_b.out);
}
