// The questions' snapshot grown one ingest at a time (issue 12), end to end: every answer
// must be the one a single ingest of the same releases gives.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "run_kg.h"

using kg_test::run_kg;

namespace {

// What the questions and an export answer about the base `db`.
std::vector<std::string> answers(const std::string& db) {
    std::vector<std::string> out;
    for (const std::vector<std::string>& question :
         {std::vector<std::string>{"met", "--json"}, {"entities", "--json"}, {"meetings", "--between", "Hayashi", "Blinken", "--json"},
          {"show", "Hayashi", "--json"}, {"rank", "--by", "degree", "--top", "0", "--csv"}, {"components", "--json"}, {"path", "Kishida", "Stoltenberg", "--json"},
          {"timeline", "Hayashi", "--json"}, {"export", "--format", "graphml"}}) {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), question.begin(), question.end());
        const kg_test::KgRun r = run_kg(args);
        out.push_back(question.front() + " exit " + std::to_string(r.status) + "\n" + r.out + r.err);
    }
    return out;
}

bool has_merge_state(const std::string& db) {
    sqlite3* handle = nullptr;
    sqlite3_stmt* q = nullptr;
    bool found = sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
                 sqlite3_prepare_v2(handle, "SELECT 1 FROM kb_blobs WHERE name = 'growing'", -1, &q, nullptr) ==
                     SQLITE_OK &&
                 sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    sqlite3_close(handle);
    return found;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("releases ingested one at a time answer every question as one ingest of them all") {
    // Two copies of the test corpus (0_NAME.txt, 1_NAME.txt): the second copies state the
    // meetings, relations and names of the first again, so appending them changes records
    // already in the snapshot.
    kg_test::TempDir dir;
    kg_test::write_corpus_copies(dir.file("releases"), 2, 0);
    std::vector<std::string> first, second;
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("releases")))
        (entry.path().filename().string().starts_with("0_") ? first : second).push_back(entry.path().string());
    std::sort(first.begin(), first.end());
    std::sort(second.begin(), second.end());
    REQUIRE(second.size() >= 10);

    const std::string grown = dir.file("grown.db");
    auto ingest = [](const std::string& db, const std::vector<std::string>& files) {
        std::vector<std::string> args{"--db", db, "ingest"};
        args.insert(args.end(), files.begin(), files.end());
        const kg_test::KgRun r = run_kg(args);
        INFO(files.front() << ": " << r.err);
        REQUIRE(r.status == 0);
    };
    ingest(grown, first);
    for (const std::string& f : second) ingest(grown, {f});
    // The base kept its merge state throughout: each ingest after the first could append.
    CHECK(has_merge_state(grown));

    const std::string whole = dir.file("whole.db");
    std::vector<std::string> all = first;
    all.insert(all.end(), second.begin(), second.end());
    ingest(whole, all);

    const std::vector<std::string> a = answers(grown);
    const std::vector<std::string> b = answers(whole);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CAPTURE(a[i].substr(0, a[i].find('\n')));
        CHECK(a[i].size() > 40);  // a real answer, not an error
        CHECK(a[i] == b[i]);
    }
}

}  // TEST_SUITE
