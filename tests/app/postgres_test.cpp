// kg with a PostgreSQL knowledge base (--db postgresql://..., KG_DB), end to end on the
// test server (tests/pg_test_support.h): the same answers and byte-identical exports as
// SQLite through ingest, corrections, forget and reextract; four kg ingest at once equal
// one serial ingest; kg copy between backends keeps everything; bad URLs and
// unreachable servers are clear errors that never show a password.

#include <doctest/doctest.h>

#include <algorithm>
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

// `asked`, asked of both bases: the same exit status and output.
void check_same_answers(const std::string& a, const std::string& b,
                        const std::vector<std::vector<std::string>>& asked) {
    for (const std::vector<std::string>& question : asked) {
        CAPTURE(joined(question));
        const KgRun ra = run_on(a, question);
        const KgRun rb = run_on(b, question);
        CHECK(ra.status == rb.status);
        CHECK(ra.out == rb.out);
        CHECK_FALSE(ra.out.empty());
    }
}

// Every question and export, asked of both bases: the same exit status and output.
void check_same_answers(const std::string& a, const std::string& b) {
    check_same_answers(a, b, {
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
        {"export", "--format", "json", "--meetings-as-nodes", "--ego", "Hayashi", "--depth", "2", "-o", "-"},
        {"export", "--format", "html", "-o", "-"},
        {"export", "--format", "graphml", "--collapse", "--top", "10", "--by", "betweenness", "-o", "-"},
    });
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

namespace {

// The text files of tests/data/corpus, sorted.
std::vector<std::filesystem::path> corpus_texts() {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(kg_test::data_corpus()))
        if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The local copies of PostgreSQL bases under the cache directory `cache`.
std::vector<std::string> local_copies(const std::string& cache) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(cache + "/kg", ec))
        if (e.path().extension() == ".db") out.push_back(e.path().string());
    return out;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The questions of tests/data/corpus's people and places, asked of both bases.
void check_same_corpus_answers(const std::string& a, const std::string& b) {
    check_same_answers(a, b,
                       {{"entities"},
                        {"documents", "--json"},
                        {"met"},
                        {"met", "Kishida"},
                        {"meetings", "--between", "Kishida", "Boris Johnson"},
                        {"path", "Kuleba", "Kishida"},
                        {"neighbors", "Australia", "--depth", "2"},
                        {"rank", "--by", "pagerank"},
                        {"components"},
                        {"communities"},
                        {"timeline", "Kishida"},
                        {"show", "Blinken"},
                        {"export", "--format", "graphml", "-o", "-"}});
}

}  // namespace

TEST_CASE("questions against PostgreSQL copy only the documents changed since the last one, and answer as SQLite") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    const std::string cache = dir.file("cache");
    ScopedEnv cache_env("XDG_CACHE_HOME", cache);
    ScopedEnv debug("KG_DEBUG_MIRROR", "1");
    // Two folders: set A with the first 15 releases, set B (ids after A's) with the others.
    const std::vector<std::filesystem::path> texts = corpus_texts();
    REQUIRE(texts.size() > 20);
    for (std::size_t i = 0; i < texts.size(); ++i)
        kg_test::write_text_file(dir.file(std::string(i < 15 ? "a" : "b") + "/" + texts[i].filename().string()),
                                 kg_test::read_text_file(texts[i].string()));
    const std::string lite = dir.file("kg.db");
    const std::string pg_url = pg->url();
    auto note_of = [&](const std::vector<std::string>& question) {
        const KgRun r = run_on(pg_url, question);
        CHECK(r.status == 0);
        return r.err;
    };

    change_both(lite, pg_url, {"ingest", dir.file("a")});
    std::string note = note_of({"met"});
    CHECK(contains(note, "full copy (no copy yet"));
    CHECK(contains(note, "copied 15, unchanged 0, removed 0"));
    REQUIRE(local_copies(cache).size() == 1);
    // The copy is named by the URL without a password and holds none.
    CHECK_FALSE(contains(local_copies(cache).front(), pg->name()));
    note = note_of({"entities"});
    CHECK(contains(note, "copied 0, unchanged 0, removed 0, corrections kept; snapshot current"));
    CHECK_FALSE(contains(note, "full copy"));

    // Set B added, one release of A forgotten, one edited, a merge: only those are read.
    const std::size_t b_count = texts.size() - 15;
    change_both(lite, pg_url, {"ingest", dir.file("b")});
    std::filesystem::remove(dir.file("a/" + texts[3].filename().string()));
    change_both(lite, pg_url, {"forget", dir.file("a/" + texts[3].filename().string())});
    kg_test::write_text_file(dir.file("a/" + texts[5].filename().string()),
                             kg_test::read_text_file(texts[5].string()) + "\nEdited for the test.\n");
    change_both(lite, pg_url, {"ingest", dir.file("a")});
    change_both(lite, pg_url, {"merge", "Kishida", "Yoshimasa Hayashi"});
    note = note_of({"met"});
    CHECK_FALSE(contains(note, "full copy"));
    CHECK(contains(note, "copied " + std::to_string(b_count + 1) + ", unchanged 0, removed 1, corrections copied"));
    check_same_corpus_answers(lite, pg_url);

    // Added documents only: the copy's snapshot grows instead of being rebuilt.
    kg_test::write_text_file(dir.file("c/zz-extra.txt"), kg_test::read_text_file(texts[0].string()) + "\nA copy.\n");
    change_both(lite, pg_url, {"ingest", dir.file("c")});
    note = note_of({"met"});
    CHECK(contains(note, "copied 1, unchanged 0, removed 0, corrections kept"));
    check_same_corpus_answers(lite, pg_url);

    // Two questions at once: one brings the copy up to date, the other waits for it.
    change_both(lite, pg_url, {"forget", dir.file("c/zz-extra.txt")});
    kg_test::KgProcess one = kg_test::start_kg({"--db", pg_url, "met"});
    kg_test::KgProcess two = kg_test::start_kg({"--db", pg_url, "met"});
    const KgRun r1 = kg_test::wait_kg(one), r2 = kg_test::wait_kg(two);
    CHECK(r1.status == 0);
    CHECK(r2.status == 0);
    CHECK(r1.out == r2.out);
    CHECK(r1.out == run_on(lite, {"met"}).out);
    CHECK(contains(r1.err + r2.err, "removed 1"));
    CHECK(contains(r1.err + r2.err, "copied 0, unchanged 0, removed 0"));

    // A copy changed by hand (here by kg itself) is copied again whole; unchanged, it is
    // trusted without counting its documents.
    REQUIRE(local_copies(cache).size() == 1);
    note = note_of({"met"});
    CHECK(contains(note, "copied 0, unchanged 0, removed 0, corrections kept; snapshot current"));
    REQUIRE(run_on(local_copies(cache).front(), {"forget", dir.file("b/" + texts[20].filename().string())}).status == 0);
    note = note_of({"met"});
    CHECK(contains(note, "full copy (the copy would hold"));
    CHECK(run_on(pg_url, {"met"}).out == run_on(lite, {"met"}).out);

    // A damaged copy is made again from the database.
    REQUIRE(local_copies(cache).size() == 1);
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(local_copies(cache).front() + suffix);
    kg_test::write_text_file(local_copies(cache).front(), std::string(8192, 'x'));
    note = note_of({"met"});
    CHECK(contains(note, "full copy (the copy could not be used"));
    CHECK(run_on(pg_url, {"met"}).out == run_on(lite, {"met"}).out);

    // Without a cache folder kg may write, a question copies the whole base to a scratch file.
    {
        ScopedEnv no_cache("XDG_CACHE_HOME", "/proc/kg-no-cache");
        const KgRun r = run_on(pg_url, {"met"});
        CHECK(r.status == 0);
        CHECK_FALSE(contains(r.err, "local copy"));
        CHECK(r.out == run_on(lite, {"met"}).out);
    }

    // The database dropped and made again under the same URL: never answered from the old copy.
    kg_test::pg_admin(kg_test::pg_server_url(), "DROP DATABASE " + pg->name() + " WITH (FORCE)");
    kg_test::pg_admin(kg_test::pg_server_url(), "CREATE DATABASE " + pg->name());
    const std::string lite2 = dir.file("kg2.db");
    change_both(lite2, pg_url, {"ingest", dir.file("b")});
    note = note_of({"met"});
    CHECK(contains(note, "full copy (a copy of another database of that URL"));
    CHECK(contains(note, "copied " + std::to_string(b_count) + ","));
    check_same_answers(lite2, pg_url,
                       {{"entities"}, {"documents", "--json"}, {"met"}, {"components"}, {"rank", "--by", "pagerank"}});
}
