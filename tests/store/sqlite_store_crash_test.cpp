// kill -9 at random moments (RELIABILITY rule 12), on a SQLite file and on a
// PostgreSQL database: a child process ingests synthetic documents and reports each
// committed one; the test kills it with SIGKILL after a random delay, then checks the
// base: integrity_check ok (SQLite), no orphan rows, every stored document complete and equal to one version the
// child wrote, every reported document present. A final uninterrupted run must
// give the same database as a clean ingest.

#include <doctest/doctest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "store/store.h"
#include "tests/store/store_test_support.h"
#include "tests/store/synthetic.h"

extern char** environ;

using namespace kg;
using namespace kg::store;
using namespace kg::store::testing;

namespace {

constexpr std::size_t kDocuments = 1000;  // one uninterrupted pass takes longer than the longest delay
constexpr int kVariants = 3;

struct ChildRun {
    std::vector<std::size_t> committed;  // documents the child reported as stored
    bool killed = false;
    int exit_code = -1;
};

// Runs ingest_child; kills it with SIGKILL after `kill_after` unless nullopt.
ChildRun run_child(const std::string& db, int variant, std::optional<std::chrono::microseconds> kill_after,
                   Durability durability = Durability::Full, std::size_t batch = 1) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    REQUIRE(posix_spawn_file_actions_init(&actions) == 0);
    REQUIRE(posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO) == 0);
    REQUIRE(posix_spawn_file_actions_addclose(&actions, fds[0]) == 0);
    const std::string count = std::to_string(kDocuments);
    const std::string var = std::to_string(variant);
    const std::string sync = durability == Durability::Full ? "full" : "normal";
    const std::string batch_size = std::to_string(batch);
    std::vector<char*> argv = {const_cast<char*>("ingest_child"), const_cast<char*>(db.c_str()),
                               const_cast<char*>(count.c_str()), const_cast<char*>(var.c_str()),
                               const_cast<char*>(sync.c_str()), const_cast<char*>(batch_size.c_str()), nullptr};
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, KG_INGEST_CHILD, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    REQUIRE_MESSAGE(rc == 0, "cannot start " KG_INGEST_CHILD);

    ChildRun run;
    if (kill_after) {
        std::this_thread::sleep_for(*kill_after);
        REQUIRE(kill(pid, SIGKILL) == 0);
    }
    std::string out;
    char buf[4096];
    for (;;) {
        const ssize_t n = read(fds[0], buf, sizeof buf);
        if (n > 0) {
            out.append(buf, static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        break;
    }
    close(fds[0]);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
    std::size_t start = 0;
    for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
        run.committed.push_back(std::stoul(out.substr(start, nl - start)));
    return run;
}

std::size_t doc_number(const std::string& id) { return std::stoul(id.substr(4)); }

// Which variant document `i` holds, or -1 when it matches none (a torn document).
int variant_of(const DocumentExtraction& x) {
    const std::size_t i = doc_number(x.document.id);
    const std::string got = describe(x);
    for (int v = 0; v < kVariants; ++v)
        if (got == describe(synthetic(i, v))) return v;
    return -1;
}

void check_file_consistent(const std::string& path) {
    // Read-write: after a kill the WAL index may need recovery, which a
    // read-only connection cannot do. Nothing else is written.
    RawDb raw(path, SQLITE_OPEN_READWRITE);
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
    CHECK(raw.rows("PRAGMA foreign_key_check").empty());
    // Killed before the schema transaction committed: an empty database.
    if (raw.value("SELECT count(*) FROM sqlite_schema WHERE name = 'documents'") == "0") {
        CHECK(raw.value("SELECT count(*) FROM sqlite_schema") == "0");
        return;
    }
    // Every document row has its extraction row (the content is compared by the caller).
    CHECK(raw.value("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                    "(SELECT 1 FROM extractions x WHERE x.doc = d.doc)") == "0");
    CHECK(raw.value("SELECT count(*) FROM extractions x WHERE NOT EXISTS "
                    "(SELECT 1 FROM documents d WHERE d.doc = x.doc)") == "0");
}

// The PostgreSQL twin of check_file_consistent: no document without its extraction and
// no extraction without its document (the server rolled back the killed transaction).
void check_database_consistent(const std::string& url) {
    if (kg_test::pg_value(url, "SELECT to_regclass('documents') IS NOT NULL") != "t") return;  // killed while creating
    CHECK(kg_test::pg_value(url, "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM extractions x WHERE x.doc = d.doc)") == "0");
    CHECK(kg_test::pg_value(url, "SELECT count(*) FROM extractions x WHERE NOT EXISTS "
                                 "(SELECT 1 FROM documents d WHERE d.doc = x.doc)") == "0");
}

// KG_KILL_ROUNDS, else 100 rounds on SQLite and 20 on PostgreSQL (where each kill is
// the same event for the store: a dropped connection, rolled back by the server).
int rounds(bool postgres) {
    const char* env = std::getenv("KG_KILL_ROUNDS");
    return env ? std::atoi(env) : postgres ? 20 : 100;
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("kill -9 at random moments never leaves a torn document or loses a committed one") {
    on_each_backend([&](const std::string& path) {
        const bool postgres = is_postgres_url(path);
        const unsigned seed = std::random_device{}();
        CAPTURE(seed);
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> delay_us(0, 120000);

        std::map<std::size_t, int> stored;  // document -> variant, as of the last check
        int kills = 0;
        const int n_rounds = rounds(postgres);
        for (int round = 0; round < n_rounds; ++round) {
            CAPTURE(round);
            const int variant = round % kVariants;
            const int delay = delay_us(rng);
            // Both durability levels must keep every committed document across kill -9
            // (Normal may only lose commits on power loss).
            const Durability durability = round % 2 ? Durability::Normal : Durability::Full;
            // Every third round commits in batches (put_many), as kg ingest does.
            const std::size_t batch = round % 3 == 2 ? 5 : 1;
            const ChildRun run = run_child(path, variant, std::chrono::microseconds(delay), durability, batch);
            if (std::getenv("KG_KILL_VERBOSE"))
                MESSAGE(delay << " us, batch " << batch << ": " << run.committed.size() << " committed");
            if (run.killed) ++kills;
            else
                REQUIRE_MESSAGE(run.exit_code == 0, "ingest_child failed");
            if (postgres) {
                check_database_consistent(path);
            } else if (!std::filesystem::exists(path)) {
                CHECK(run.committed.empty());
                continue;  // killed before the file was created
            } else {
                check_file_consistent(path);
            }

            auto st = open_store(path);  // opens and recovers like a user would
            std::map<std::size_t, int> now;
            for (const DocumentExtraction& x : st->load_all()) {
                const int v = variant_of(x);
                CAPTURE(x.document.id);
                REQUIRE_MESSAGE(v >= 0, "document is not any version the child wrote");
                now[doc_number(x.document.id)] = v;
            }
            for (std::size_t i : run.committed) {
                CAPTURE(i);
                REQUIRE(now.count(i));
                CHECK(now[i] == variant);  // committed this round: this round's content
            }
            for (const auto& [i, v] : stored) {
                CAPTURE(i);
                CHECK(now.count(i));  // documents are only ever replaced, never lost
            }
            stored = now;
        }
        MESSAGE(kills << " of " << n_rounds << " rounds killed the writer mid-run; " << stored.size()
                      << " documents stored");
        CHECK(kills > n_rounds / 2);

        // Resume to the end, then compare with a clean ingest.
        const ChildRun last = run_child(path, 0, std::nullopt);
        REQUIRE(last.exit_code == 0);
        if (postgres) {
            check_database_consistent(path);
        } else {
            TempDir dir;
            const std::string clean = dir.file("clean.db");
            REQUIRE(run_child(clean, 0, std::nullopt).exit_code == 0);
            check_file_consistent(path);
            RawDb resumed(path);
            RawDb reference(clean);
            for (const std::string& t : kg_tables()) {
                CAPTURE(t);
                CHECK(resumed.count(t) == reference.count(t));
            }
        }
        auto st = open_store(path);
        const std::vector<DocumentExtraction> all = st->load_all();
        REQUIRE(all.size() == kDocuments);
        for (std::size_t i = 0; i < all.size(); ++i) CHECK(describe(all[i]) == describe(synthetic(i, 0)));
    });
}

}  // TEST_SUITE
