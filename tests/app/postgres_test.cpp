// kg with a PostgreSQL knowledge base (--db postgresql://..., KG_DB), end to end on the
// test server (tests/pg_test_support.h): the same answers and byte-identical exports as
// SQLite through ingest, corrections, forget and reextract; four kg ingest at once equal
// one serial ingest; kg copy between backends keeps everything; bad URLs and
// unreachable servers are clear errors that never show a password.

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "run_kg.h"
#include "tests/pg_test_support.h"

namespace {

using kg_test::KgRun;
using kg_test::run_kg;
using kg_test::TempDir;

std::string joined(const std::vector<std::string>& args) {
    std::string s;
    for (const std::string& a : args) s += (s.empty() ? "" : " ") + a;
    return s;
}

// `kg --db DB ARGS...`.
KgRun run_on(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all = {"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    return run_kg(all);
}

// Every question and export, asked of both bases: the same exit status and output.
void check_same_answers(const std::string& a, const std::string& b) {
    const std::vector<std::vector<std::string>> asked = {
        {"entities"},
        {"documents", "--json"},
        {"met"},
        {"met", "Hayashi"},
        {"meetings", "--between", "Hayashi", "Stoltenberg"},
        {"path", "Tsuji", "Stoltenberg"},
        {"neighbors", "Japan", "--depth", "2"},
        {"rank", "--by", "pagerank"},
        {"components"},
        {"communities"},
        {"timeline", "Hayashi"},
        {"show", "Stoltenberg"},
        {"export", "--format", "json", "-o", "-"},
        {"export", "--format", "graphml", "-o", "-"},
        {"export", "--format", "gexf", "-o", "-"},
        {"export", "--format", "dot", "-o", "-"},
    };
    for (const std::vector<std::string>& question : asked) {
        CAPTURE(joined(question));
        const KgRun ra = run_on(a, question);
        const KgRun rb = run_on(b, question);
        CHECK(ra.status == rb.status);
        CHECK(ra.out == rb.out);
        CHECK_FALSE(ra.out.empty());
    }
}

// The same change made to both bases, with the same result.
void change_both(const std::string& a, const std::string& b, const std::vector<std::string>& change) {
    CAPTURE(joined(change));
    const KgRun ra = run_on(a, change);
    const KgRun rb = run_on(b, change);
    REQUIRE(ra.status == 0);
    CHECK(rb.status == 0);
    CHECK(ra.out == rb.out);
}

// Sets an environment variable for the kg processes this test starts, restored after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (old_) setenv(name_, old_->c_str(), 1);
        else unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("the example corpus in PostgreSQL answers every question and export as in SQLite, through every change") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    const std::string lite = dir.file("kg.db");
    change_both(lite, pg->url(), {"ingest", kg_test::corpus_dir()});
    check_same_answers(lite, pg->url());
    change_both(lite, pg->url(), {"merge", "Kishida", "Yoshimasa Hayashi"});
    change_both(lite, pg->url(), {"rename", "Geoana", "Mircea Geoană"});
    change_both(lite, pg->url(), {"forget", "corpus/001_f7c9a4d84f27ea13.txt"});
    change_both(lite, pg->url(), {"reextract", "--all"});
    check_same_answers(lite, pg->url());
    // Ingesting again: the stored ones unchanged, the forgotten one back, corrections held.
    change_both(lite, pg->url(), {"ingest", kg_test::corpus_dir()});
    check_same_answers(lite, pg->url());
    CHECK(run_kg({"--db", pg->url(), "show", "Mircea Geoană"}).status == 0);
}

TEST_CASE("KG_DB names the knowledge base when --db is not given") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    {
        ScopedEnv env("KG_DB", pg->url());
        const KgRun r = kg_test::run_kg_in(dir.path(), {"ingest", kg_test::corpus_dir()});
        REQUIRE(r.status == 0);
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("kg.db")));  // not the default file
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM documents") == "5");
    // --db wins over KG_DB.
    ScopedEnv env("KG_DB", "postgresql://kg@127.0.0.1:1/nowhere");
    CHECK(run_kg({"--db", pg->url(), "entities"}).status == 0);
    CHECK(kg_test::run_kg_in(dir.path(), {"entities"}).status == 1);
}

TEST_CASE("four kg ingest at once into one PostgreSQL database equal one serial ingest") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    // Four folders of their own and one every process ingests too: 4 x 50 + 25 releases.
    std::vector<std::string> parts;
    for (int k = 0; k < 4; ++k) {
        parts.push_back(dir.file("part" + std::to_string(k)));
        kg_test::write_corpus_copies(parts.back(), 2, k + 1);
    }
    const std::string shared = dir.file("shared");
    kg_test::write_corpus_copies(shared, 1, 0);
    std::vector<kg_test::KgProcess> running;
    for (const std::string& part : parts) running.push_back(kg_test::start_kg({"--db", pg->url(), "ingest", part, shared}));
    unsigned long added_total = 0, unchanged_total = 0;
    for (kg_test::KgProcess& p : running) {
        const KgRun r = kg_test::wait_kg(p);
        CAPTURE(r.err);
        REQUIRE(r.status == 0);
        unsigned long added = 0, unchanged = 0, replaced = 0;
        REQUIRE(std::sscanf(r.out.c_str(), "added %lu, unchanged %lu, replaced %lu, failed 0", &added, &unchanged,
                            &replaced) == 3);
        CHECK(replaced == 0);
        added_total += added;
        unchanged_total += unchanged;
    }
    CHECK(added_total == 4 * 50 + 25);       // each shared release stored by one process
    CHECK(unchanged_total == 3 * 25);        // and found stored by the three others
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM documents") == "225");

    // The same documents ingested one after another, into SQLite and into PostgreSQL.
    const std::string serial = dir.file("serial.db");
    std::vector<std::string> all = {"--db", serial, "ingest"};
    all.insert(all.end(), parts.begin(), parts.end());
    all.push_back(shared);
    REQUIRE(run_kg(all).status == 0);
    kg_test::PgDatabase serial_pg(kg_test::pg_server_url());
    all[1] = serial_pg.url();
    REQUIRE(run_kg(all).status == 0);
    for (const char* format : {"json", "graphml"}) {
        CAPTURE(format);
        const KgRun concurrent = run_kg({"--db", pg->url(), "export", "--format", format, "-o", "-"});
        REQUIRE(concurrent.status == 0);
        CHECK(concurrent.out == run_kg({"--db", serial, "export", "--format", format, "-o", "-"}).out);
        CHECK(concurrent.out == run_kg({"--db", serial_pg.url(), "export", "--format", format, "-o", "-"}).out);
    }
    CHECK(run_kg({"--db", pg->url(), "entities"}).out == run_kg({"--db", serial, "entities"}).out);
}

TEST_CASE("kg copy moves a base SQLite to PostgreSQL to SQLite with its corrections, and refuses a full target") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    const std::string original = dir.file("original.db");
    kg_test::ingest_corpus(original);
    REQUIRE(run_kg({"--db", original, "merge", "Kishida", "Yoshimasa Hayashi"}).status == 0);
    REQUIRE(run_kg({"--db", original, "rename", "Geoana", "Mircea Geoană"}).status == 0);

    const KgRun there = run_kg({"copy", "--from", original, "--to", pg->url()});
    REQUIRE(there.status == 0);
    CHECK(there.out == "copied 5 documents and 2 corrections from " + original + " to " + pg->url() + "\n");
    const std::string back = dir.file("back.db");
    const KgRun again = run_kg({"copy", "--from", pg->url(), "--to", back});
    REQUIRE(again.status == 0);
    const std::string twin = dir.file("twin.db");
    REQUIRE(run_kg({"copy", "--from", back, "--to", twin}).status == 0);  // SQLite to SQLite
    check_same_answers(original, pg->url());
    check_same_answers(original, back);
    CHECK(run_kg({"--db", twin, "export", "--format", "json", "-o", "-"}).out ==
          run_kg({"--db", original, "export", "--format", "json", "-o", "-"}).out);
    // What is stored per document came along: fingerprints (nothing to re-extract),
    // origins (the same files are recognised), the corrections in order.
    CHECK(run_kg({"--db", back, "reextract"}).out == run_kg({"--db", original, "reextract"}).out);
    CHECK(run_kg({"--db", back, "ingest", kg_test::corpus_dir()}).out ==
          "added 0, unchanged 5, replaced 0, failed 0\n");
    CHECK(run_kg({"--db", back, "documents", "--json"}).out == run_kg({"--db", original, "documents", "--json"}).out);

    // A target with documents is refused, untouched, unless --append says so.
    const KgRun refused = run_kg({"copy", "--from", original, "--to", pg->url()});
    CHECK(refused.status == 1);
    CHECK(refused.err == "kg: error: " + pg->url() +
                             " already holds 5 documents; nothing copied. Give --append to add the documents of " +
                             original + " to it, or choose an empty target\n");
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM corrections") == "2");
    const KgRun appended = run_kg({"copy", "--append", "--from", original, "--to", pg->url()});
    CHECK(appended.status == 0);
    CHECK(appended.out == "copied 0 documents (5 already there) and 2 corrections from " + original + " to " +
                              pg->url() + "\n");
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM corrections") == "2");
    CHECK(run_kg({"copy", "--from", original, "--to", original}).status == 2);
    CHECK(run_kg({"copy", "--from", dir.file("missing.db"), "--to", dir.file("new.db")}).status == 1);
}

TEST_CASE("a bad URL or an unreachable server is a clear error naming the database, never its password") {
    TempDir dir;
    const KgRun refused = run_kg({"--db", "postgresql://kg@127.0.0.1:1/kgbase", "met", "Hayashi"});
    CHECK(refused.status == 1);
    CHECK(refused.err.starts_with("kg: error: postgresql://kg@127.0.0.1:1/kgbase: cannot connect: "));

    // On the command line a password is refused before anything is tried, and not echoed.
    const KgRun typed = run_kg({"--db", "postgresql://kg:s3cret@127.0.0.1:1/kgbase", "entities"});
    CHECK(typed.status == 2);
    CHECK(typed.err.find("--db: a password in a URL on the command line is visible") != std::string::npos);
    CHECK(typed.err.find("s3cret") == std::string::npos);
    CHECK(run_kg({"copy", "--from", "postgres://kg:s3cret@h/db", "--to", dir.file("x.db")}).err.find("s3cret") ==
          std::string::npos);

    // From the environment it is used, and redacted in the error.
    ScopedEnv env("KG_DB", "postgresql://kg:s3cret@127.0.0.1:1/kgbase");
    const KgRun from_env = kg_test::run_kg_in(dir.path(), {"entities"});
    CHECK(from_env.status == 1);
    CHECK(from_env.err.starts_with("kg: error: postgresql://kg:***@127.0.0.1:1/kgbase: cannot connect: "));
    CHECK(from_env.err.find("s3cret") == std::string::npos);
}

TEST_CASE("questions on a PostgreSQL database without kg's tables say there is no knowledge base") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    for (const std::vector<std::string>& asked :
         std::vector<std::vector<std::string>>{{"met", "Hayashi"}, {"entities"}, {"export", "--format", "json"}}) {
        const KgRun r = run_on(pg->url(), asked);
        CAPTURE(joined(asked));
        CHECK(r.status == 1);
        CHECK(r.err == "kg: error: no knowledge base at " + pg->url() +
                           " (the database holds no kg tables); create it with 'kg --db URL ingest PATH...'\n");
    }
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0");
}
