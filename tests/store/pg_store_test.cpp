// What only the PostgreSQL backend has: URLs and their passwords, kg's tables in a
// database of the server (kg_meta, foreign and newer databases refused untouched), and
// writers of one database in several connections at once. The backend-neutral
// behaviour is tested on both backends in sqlite_store_test.cpp.

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "model/error.h"
#include "store/pg_db.h"
#include "store/pg_mirror.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/pg_test_support.h"
#include "tests/store/store_test_support.h"
#include "tests/store/synthetic.h"

using namespace kg;
using namespace kg::store;
using namespace kg::store::testing;


TEST_SUITE("store") {

TEST_CASE("a PostgreSQL URL is told from a file name, and its passwords are redacted") {
    CHECK(is_postgres_url("postgresql://kg@db.example/kg"));
    CHECK(is_postgres_url("postgres://db.example/kg"));
    CHECK_FALSE(is_postgres_url("kg.db"));
    CHECK_FALSE(is_postgres_url("postgresql.db"));
    CHECK(redacted("postgresql://kg:s3cret@db.example:5432/kg") == "postgresql://kg:***@db.example:5432/kg");
    CHECK(redacted("postgres://kg@db/kg?sslmode=require&password=s3cret&connect_timeout=3") ==
          "postgres://kg@db/kg?sslmode=require&password=***&connect_timeout=3");
    CHECK(redacted("postgresql://db.example/kg") == "postgresql://db.example/kg");
    CHECK(redacted("postgresql://kg:pa/ss@w@rd@db/kg") == "postgresql://kg:***@db/kg");  // unescaped, still hidden
    CHECK(redacted("kg:s3cret@.db") == "kg:s3cret@.db");  // a file name is a file name
    CHECK(has_password("postgresql://kg:s3cret@db/kg"));
    CHECK(has_password("postgresql://kg@db/kg?password=s3cret"));
    CHECK_FALSE(has_password("postgresql://kg@db/kg"));
    CHECK_FALSE(has_password("postgresql://kg:@db/kg"));  // empty: none
}

TEST_CASE("an unreachable server or a bad URL is an error naming the database without its password") {
    // Port 1 on the loopback: nothing listens there, the refusal is immediate.
    const std::string refused = error_of([] { open_store("postgresql://kg:s3cret@127.0.0.1:1/kg"); });
    CHECK(refused.starts_with("postgresql://kg:***@127.0.0.1:1/kg: cannot connect: "));
    CHECK(refused.find("s3cret") == std::string::npos);
    // libpq quotes a malformed part of the URL: the password is not repeated there either.
    const std::string malformed = error_of([] { open_store("postgresql://kg@127.0.0.1:1/kg?password=s3%zzcret"); });
    CHECK(malformed.starts_with("postgresql://kg@127.0.0.1:1/kg?password=***: cannot connect: "));
    CHECK(malformed.find("s3") == std::string::npos);
}

TEST_CASE("a new PostgreSQL base records kg's application id and schema version in kg_meta") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    CHECK(error_of<InputError>([&] { open_postgres_store(pg->url(), Durability::Full, PgOpen::Existing); }) ==
          "no knowledge base at " + pg->url() +
              " (the database holds no kg tables); create it with 'kg --db URL ingest PATH...'");
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0");
    {
        auto st = open_store(pg->url());
        REQUIRE(st->put(synthetic(0), "h0") == PutOutcome::Added);
    }
    CHECK(kg_test::pg_value(pg->url(), "SELECT application_id FROM kg_meta") == std::to_string(0x4B474442));
    CHECK(kg_test::pg_value(pg->url(), "SELECT schema_version FROM kg_meta") == std::to_string(pg_schema_version()));
    CHECK(kg_test::pg_value(pg->url(), "SELECT generation FROM kg_meta") == "1");  // one change committed
    auto st = open_postgres_store(pg->url(), Durability::Normal, PgOpen::Existing);
    CHECK(st->documents().size() == 1);
}

TEST_CASE("a PostgreSQL database of another program is not a kg database and is left untouched") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    kg_test::pg_admin(pg->url(), "CREATE TABLE invoices(id integer PRIMARY KEY)");
    CHECK(error_of([&] { open_store(pg->url()); }) ==
          pg->url() + ": not a kg database: a PostgreSQL database with 1 tables but no kg_meta table");
    CHECK(kg_test::pg_value(pg->url(), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "1");
}

TEST_CASE("a PostgreSQL base written by a newer kg is refused and left untouched") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    { open_store(pg->url()); }
    kg_test::pg_admin(pg->url(), "UPDATE kg_meta SET schema_version = 99");
    CHECK(error_of([&] { open_store(pg->url()); }) ==
          pg->url() + ": created by a newer kg: schema version 99 > " + std::to_string(pg_schema_version()));
    CHECK(kg_test::pg_value(pg->url(), "SELECT schema_version FROM kg_meta") == "99");
}

TEST_CASE("writers in several connections at once store every document once") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    // Four writers store the same 60 documents in batches of 7, each from another
    // starting point: every document is stored by exactly one of them and is unchanged
    // for the others, whatever the interleaving; no batch fails on a unique index.
    constexpr std::size_t kDocs = 60, kWriters = 4, kBatch = 7;
    std::vector<DocumentExtraction> docs;
    for (std::size_t i = 0; i < kDocs; ++i) docs.push_back(synthetic(i));
    std::vector<std::vector<PutResult>> results(kWriters);
    std::vector<std::string> failures(kWriters);
    std::vector<std::thread> writers;
    for (std::size_t w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            try {
                auto st = open_store(pg->url());  // one Store per thread
                for (std::size_t start = 0; start < kDocs; start += kBatch) {
                    std::vector<PutItem> items;
                    for (std::size_t k = start; k < start + kBatch && k < kDocs; ++k) {
                        const DocumentExtraction& x = docs[(k + w * kDocs / kWriters) % kDocs];
                        items.push_back({&x, sha256_hex(x.document.text), "fp"});
                    }
                    for (PutResult& r : st->put_many(items)) results[w].push_back(std::move(r));
                }
            } catch (const std::exception& e) {
                failures[w] = e.what();
            }
        });
    }
    for (std::thread& t : writers) t.join();
    std::size_t added = 0, unchanged = 0;
    for (std::size_t w = 0; w < kWriters; ++w) {
        CAPTURE(w);
        CHECK(failures[w].empty());
        CHECK(results[w].size() == kDocs);
        for (const PutResult& r : results[w]) {
            CHECK(r.error.empty());
            if (r.outcome == PutOutcome::Added) ++added;
            if (r.outcome == PutOutcome::Unchanged) ++unchanged;
        }
    }
    CHECK(added == kDocs);
    CHECK(unchanged == kDocs * (kWriters - 1));
    auto st = open_store(pg->url());
    const std::vector<DocumentExtraction> all = st->load_all();
    REQUIRE(all.size() == kDocs);
    for (std::size_t i = 0; i < kDocs; ++i) CHECK(describe(all[i]) == describe(synthetic(i)));
}

TEST_CASE("contents reads every document with its path, fingerprint and origin, and the corrections") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        DocumentExtraction a = synthetic(1);
        a.document.path = "/corpus/a.txt";
        const DocumentExtraction b = synthetic(0);
        const std::vector<PutItem> items = {{&a, "ha", "fp-a", "file:/corpus/a.txt"}, {&b, "hb", "fp-b"}};
        st->put_many(items);
        st->add_correction(Correction{Correction::Kind::Rename, "PERSON:X", "Y"});
        const Contents c = st->contents();
        REQUIRE(c.documents.size() == 2);
        REQUIRE(c.extractions.size() == 2);
        CHECK(c.documents[0].id == b.document.id);  // id order
        CHECK(describe(c.extractions[0]) == describe(b));
        CHECK(describe(c.extractions[1]) == describe(a));
        CHECK(c.extractions[1].document.path == "/corpus/a.txt");
        CHECK(c.documents[1].fingerprint == "fp-a");
        CHECK(c.documents[1].origin == "file:/corpus/a.txt");
        REQUIRE(c.corrections.size() == 1);
        CHECK(c.corrections[0].kind == Correction::Kind::Rename);
    });
}

// Everything a store holds, one line per document (with its stored details) and correction.
std::vector<std::string> contents_of(const Store& st) {
    std::vector<std::string> out;
    const Contents c = st.contents();
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
        const DocumentInfo& d = c.documents[i];
        out.push_back(d.id + "|" + d.source + "|" + d.date + "|" + d.sha256 + "|" + d.fingerprint + "|" + d.origin +
                      "|" + d.path + "|" + describe(c.extractions[i]));
    }
    for (const Correction& k : c.corrections) out.push_back(k.a + ">" + k.b);
    return out;
}

std::vector<std::string> contents_of(const std::string& path) { return contents_of(*open_store(path)); }

TEST_CASE("a local copy of a PostgreSQL base takes only the changes since it last looked, and misses none") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    const std::string copy = dir.file("copy.db");
    auto st = open_store(pg->url());
    for (std::size_t i = 0; i < 6; ++i) REQUIRE(st->put(synthetic(i), "h" + std::to_string(i)) == PutOutcome::Added);
    MirrorSync sync;
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK(sync.full);
    CHECK(sync.copied == 6);
    CHECK(contents_of(copy) == contents_of(*st));
    // Hand-written SQL takes kg's writers' lock too (the schema spells its number out).
    CHECK(kg_test::pg_value(pg->url(), "SELECT prosrc FROM pg_proc WHERE proname = 'kg_take_write_lock'")
              .find("pg_advisory_xact_lock(" + std::to_string(detail::kWriteLock) + ")") != std::string::npos);

    // A writer's transaction still open while the copy is brought up to date: not seen
    // then (one consistent state), and not lost afterwards.
    const std::string id2 = synthetic(2).document.id;
    PGconn* writer = PQconnectdb(pg->url().c_str());
    REQUIRE(PQstatus(writer) == CONNECTION_OK);
    PQclear(PQexec(writer, "BEGIN"));
    PGresult* r = PQexec(writer, ("UPDATE documents SET source = 'moved' WHERE id = '" + id2 + "'").c_str());
    REQUIRE(PQresultStatus(r) == PGRES_COMMAND_OK);
    PQclear(r);
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK_FALSE(sync.full);
    CHECK(sync.copied == 0);
    PQclear(PQexec(writer, "COMMIT"));
    PQfinish(writer);
    REQUIRE(st->put(synthetic(6), "h6") == PutOutcome::Added);
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK_FALSE(sync.full);
    CHECK(sync.copied == 2);
    CHECK(contents_of(copy) == contents_of(*st));

    // Replaced extractions, a move, a forget, a replaced document, a correction.
    DocumentExtraction again = synthetic(1, 1);
    again.document.id = synthetic(1).document.id;
    st->replace_extractions(std::vector<DocumentExtraction>{again}, "fp2");
    REQUIRE(st->relocate(synthetic(3).document.id, "origin-3", "/new/3.txt", "3.txt"));
    REQUIRE(st->forget(synthetic(4).document.id));
    REQUIRE(st->put(synthetic(5, 1), "h5b") == PutOutcome::Replaced);
    st->add_correction(Correction{Correction::Kind::Merge, "PERSON:A", "PERSON:B"});
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK_FALSE(sync.full);
    CHECK(sync.copied == 3);
    CHECK(sync.removed == 1);
    CHECK(sync.corrections);
    CHECK(contents_of(copy) == contents_of(*st));

    // Nothing changed: nothing copied.
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK_FALSE(sync.full);
    CHECK(sync.copied + sync.unchanged + sync.removed == 0);
    CHECK_FALSE(sync.corrections);

    // A copy that lost a document (changed by hand) is made again whole.
    {
        auto local = open_store(copy);
        REQUIRE(local->forget(synthetic(0).document.id));
    }
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK(sync.full);
    CHECK(sync.why_full.find("the copy would hold 5 documents, the database holds 6") != std::string::npos);
    CHECK(contents_of(copy) == contents_of(*st));

    // TRUNCATE fires no row trigger: it makes the base a new one, copied whole.
    kg_test::pg_admin(pg->url(), "TRUNCATE documents CASCADE");
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK(sync.full);
    CHECK(sync.why_full.find("another database") != std::string::npos);
    CHECK(contents_of(copy) == contents_of(*st));
}

TEST_CASE("a PostgreSQL base of schema version 5 is migrated to 6, then copied whole once and by changes after") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    const std::string copy = dir.file("copy.db");
    {
        auto st = open_store(pg->url());
        for (std::size_t i = 0; i < 4; ++i) REQUIRE(st->put(synthetic(i), "h" + std::to_string(i)) == PutOutcome::Added);
    }
    // Back to what a kg of version 5 made.
    kg_test::pg_admin(pg->url(),
                      "DROP FUNCTION kg_take_write_lock, kg_document_changed, kg_document_forgotten, "
                      "kg_extraction_changed, kg_documents_truncated CASCADE; DROP TABLE kg_forgotten; "
                      "DROP INDEX documents_by_change; ALTER TABLE documents DROP COLUMN change_seq; "
                      "DROP SEQUENCE kg_change_seq; ALTER TABLE kg_meta DROP COLUMN base_id; "
                      "UPDATE kg_meta SET schema_version = 5");
    auto st = open_store(pg->url());
    CHECK(kg_test::pg_value(pg->url(), "SELECT schema_version FROM kg_meta") == "6");
    MirrorSync sync;
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK(sync.full);
    CHECK(sync.copied == 4);
    REQUIRE(st->put(synthetic(4), "h4") == PutOutcome::Added);
    REQUIRE(st->forget(synthetic(0).document.id));
    { sync_pg_mirror(pg->url(), copy, sync); }
    CHECK_FALSE(sync.full);
    CHECK(sync.copied == 1);
    CHECK(sync.removed == 1);
    CHECK(contents_of(copy) == contents_of(*st));
}

TEST_CASE("a local copy equals its PostgreSQL base after every update, through random changes") {
    std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database();
    if (!pg) return;
    TempDir dir;
    const std::string copy = dir.file("copy.db");
    auto st = open_store(pg->url());
    std::mt19937 rng(20261205);
    MirrorSync sync;
    std::size_t syncs = 0, copied = 0, changes = 0;  // changes since the last update of the copy
    auto stored = [&](const std::string& id) {
        for (const DocumentInfo& d : st->documents())
            if (d.id == id) return true;
        return false;
    };
    for (int step = 0; step < 150; ++step) {
        CAPTURE(step);
        const std::size_t i = rng() % 20;
        const int v = static_cast<int>(rng() % 3);
        const std::string id = synthetic_id(i);
        ++changes;
        switch (rng() % 6) {
        case 0:
        case 1: st->put(synthetic(i, v), "h-" + std::to_string(i) + "-" + std::to_string(v)); break;
        case 2: st->forget(id); break;
        case 3:
            if (stored(id)) {
                DocumentExtraction x = synthetic(i, v + 3);
                st->replace_extractions(std::vector<DocumentExtraction>{x}, "fp-" + std::to_string(step));
            }
            break;
        case 4:
            if (stored(id)) st->relocate(id, "origin-" + std::to_string(step), "/p/" + id, "s" + std::to_string(step));
            break;
        default:
            st->add_correction(Correction{Correction::Kind::Merge, "PERSON:x" + std::to_string(i),
                                          "PERSON:y" + std::to_string(step % 7)});
        }
        if (rng() % 5 == 0 || step == 149) {
            { sync_pg_mirror(pg->url(), copy, sync); }
            CHECK(sync.full == (syncs == 0));
            // Only what changed is read: at most a document per change since the last update.
            if (!sync.full) CHECK(sync.copied + sync.unchanged + sync.removed <= changes);
            ++syncs;
            changes = 0;
            copied += sync.copied;
            REQUIRE(contents_of(copy) == contents_of(*st));
        }
    }
    CHECK(syncs > 20);
    CHECK(copied > 20);
}

}  // TEST_SUITE
