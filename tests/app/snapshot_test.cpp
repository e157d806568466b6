// The questions' graph snapshot brought up to date after each change (app/query_base.h,
// rebuild_snapshot): random sequences of ingests, forgets, replaced documents and
// corrections, applied alike to two knowledge bases, one rebuilt incrementally (added
// documents appended to the persisted merge state when that is exact), the other from
// every document each time. Their snapshot tables, merge state included, must be equal
// byte for byte after every step: questions read nothing else.

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "../graph/graph_doc_builder.h"
#include "release_pool.h"
#include "app/query_base.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/reader.h"
#include "model/error.h"
#include "store/graph_snapshot.h"
#include "store/store.h"

namespace {

struct ScratchDir {
    std::string path;
    ScratchDir() {
        path = (std::filesystem::temp_directory_path() / "kg-snapshot-test-XXXXXX").string();
        if (mkdtemp(path.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

// The releases of release_pool.h, extracted once.
const std::vector<kg::DocumentExtraction>& pool() {
    static const std::vector<kg::DocumentExtraction> docs = kg_test::test_releases(40);
    return docs;
}

using kg_test::renamed;

// The merge state kept in the snapshot (its pieces in the order kb_blobs lists them); fails
// the test when a piece is missing or kb_state holds one the list does not name.
std::string merge_state(sqlite3* handle) {
    std::string list, state;
    sqlite3_stmt* q = nullptr;
    REQUIRE(sqlite3_prepare_v2(handle, "SELECT data FROM kb_blobs WHERE name = 'merge_state'", -1, &q, nullptr) ==
            SQLITE_OK);
    if (sqlite3_step(q) == SQLITE_ROW)
        list.assign(static_cast<const char*>(sqlite3_column_blob(q, 0)), static_cast<std::size_t>(sqlite3_column_bytes(q, 0)));
    sqlite3_finalize(q);
    std::vector<std::string> ids;
    for (std::size_t at = 0; !list.empty() && at <= list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        ids.push_back(list.substr(at, comma - at));
        at = comma + 1;
    }
    for (const std::string& id : ids) {
        REQUIRE(sqlite3_prepare_v2(handle, ("SELECT data FROM kb_state WHERE id = " + id).c_str(), -1, &q, nullptr) ==
                SQLITE_OK);
        REQUIRE(sqlite3_step(q) == SQLITE_ROW);
        state.append(static_cast<const char*>(sqlite3_column_blob(q, 0)), static_cast<std::size_t>(sqlite3_column_bytes(q, 0)));
        sqlite3_finalize(q);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    REQUIRE(sqlite3_prepare_v2(handle, "SELECT count(*) FROM kb_state", -1, &q, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(q) == SQLITE_ROW);
    CHECK(static_cast<std::size_t>(sqlite3_column_int64(q, 0)) == ids.size());
    sqlite3_finalize(q);
    return state;
}

// Every row of every snapshot table, column by column, as bytes; without `labels`, not
// the snapshot's generation and change-log labels (which count changes since the counter
// was installed).
std::string snapshot_tables(const std::string& db, bool labels = true) {
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::string out;
    // The merge state's pieces (kb_state) have row ids that depend on the snapshots before;
    // what counts is the state they make up, and that no piece is left over.
    const std::string state = merge_state(handle);
    out += "merge state\n" + state + '\n';
    std::vector<const char*> tables{"kb_state_keys",   "kb_state_mentions", "kb_entities",      "kb_entity_documents",
                                    "kb_entity_names", "kb_names",          "kb_meetings",      "kb_participants",
                                    "kb_relations",    "kb_relation_ends",  "kb_evidence",      "kb_meeting_evidence",
                                    "kb_links",        "kb_adjacency",      "kb_blobs"};
    if (labels) tables.insert(tables.begin(), "kb_snapshot");
    for (const char* table : tables) {
        out += std::string("table ") + table + '\n';
        sqlite3_stmt* q = nullptr;
        std::string sql = std::string("SELECT * FROM ") + table;
        // kb_blobs: the merge state's header (its pieces' list names rows numbered by history).
        if (std::string_view(table) == "kb_blobs") sql += " WHERE name = 'growing'";
        REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &q, nullptr) == SQLITE_OK);
        sql += " ORDER BY 1";  // every column, so that row order is the content's alone
        for (int c = 2; c <= sqlite3_column_count(q); ++c) sql += ", " + std::to_string(c);
        sqlite3_finalize(q);
        REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &q, nullptr) == SQLITE_OK);
        while (sqlite3_step(q) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(q, c));
                const auto size = static_cast<std::size_t>(sqlite3_column_bytes(q, c));
                const int type = sqlite3_column_type(q, c);
                out += std::to_string(type) + ':';
                if (bytes && type == SQLITE_BLOB) {  // in hex, for a readable difference
                    static const char* const digits = "0123456789abcdef";
                    for (std::size_t i = 0; i < size; ++i) {
                        out += digits[static_cast<unsigned char>(bytes[i]) >> 4];
                        out += digits[static_cast<unsigned char>(bytes[i]) & 15];
                    }
                } else if (bytes) {
                    out.append(bytes, size);
                }
                out += '\x1f';
            }
            out += '\n';
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(handle);
    return out;
}

// Runs `sql` on the base `db` behind kg's back.
void execute(const std::string& db, const char* sql) {
    sqlite3* handle = nullptr;
    const bool done = sqlite3_open(db.c_str(), &handle) == SQLITE_OK &&
                      sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    REQUIRE(done);
}

// The first line where two dumps differ, for the failure message.
std::string first_difference(const std::string& a, const std::string& b) {
    std::size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
    const std::size_t line = a.rfind('\n', at) == std::string::npos ? 0 : a.rfind('\n', at) + 1;
    return a.substr(line, std::min<std::size_t>(200, a.size() - line)) + "\n  against\n" +
           b.substr(line, std::min<std::size_t>(200, b.size() - line));
}

// One random sequence of changes applied to two bases; returns how many of the
// incremental base's rebuilds appended. `undone`: how many undid growths after a forget. With
// `recent_forgets`, forgets are more frequent, most take documents stored since the last build
// from every document (which the growths kept undoable added), and there are no corrections.
std::size_t run_sequence(unsigned seed, std::size_t steps, std::size_t& attached, std::size_t& stepped,
                         std::size_t chunk, std::size_t& undone, bool recent_forgets = false) {
    std::mt19937 rng(seed);
    std::mt19937 recent_rng(seed * 7919);  // which forgets take recent documents
    auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    ScratchDir dir;
    const std::string grown = dir.path + "/grown.db";
    const std::string scratch = dir.path + "/scratch.db";
    std::unique_ptr<kg::store::Store> bases[] = {kg::store::open_store(grown, kg::store::Durability::Normal),
                                                 kg::store::open_store(scratch, kg::store::Durability::Normal)};
    std::vector<std::string> stored;  // ids
    std::size_t grown_from = 0;       // stored[grown_from...] came after the last build from every document
    std::size_t next = 0;             // ids grow, so most additions sort after every stored id
    std::size_t appended = 0;
    for (std::size_t step = 0; step < steps; ++step) {
        // Corrections stop appending for good (they are replayed on the whole graph): only
        // in the last third of a sequence.
        const std::size_t op = below(step * 3 >= steps * 2 && !recent_forgets ? 20 : 17);
        std::string what;
        if (op < (recent_forgets ? 9 : 12) || stored.empty()) {
            // Add one to four documents; now and then one whose id sorts before the others.
            const std::size_t n = 1 + below(4);
            std::vector<kg::DocumentExtraction> batch;
            for (std::size_t i = 0; i < n; ++i) {
                const kg::DocumentExtraction& x = pool()[below(pool().size())];
                const std::string number = std::to_string(100000 + next++);
                batch.push_back(renamed(x, (below(20) == 0 ? "a" : "d") + number + "-" + x.document.id));
            }
            what = "add " + std::to_string(n);
            for (auto& base : bases)
                for (const kg::DocumentExtraction& x : batch)
                    base->put(x, kg::store::sha256_hex(x.document.id + x.document.text));
            for (const kg::DocumentExtraction& x : batch) stored.push_back(x.document.id);
        } else if (op < 15) {
            // Any one; or, mostly, with `recent_forgets`, one to three of those stored since the
            // last build from every document.
            std::vector<std::size_t> picked;
            if (recent_forgets && grown_from < stored.size() && recent_rng() % 4 != 0) {
                const std::size_t n = 1 + recent_rng() % 3;
                for (std::size_t k = 0; k < n; ++k) {
                    const std::size_t i = grown_from + recent_rng() % (stored.size() - grown_from);
                    if (std::find(picked.begin(), picked.end(), i) == picked.end()) picked.push_back(i);
                }
            } else {
                picked.push_back(below(stored.size()));
            }
            std::sort(picked.rbegin(), picked.rend());
            what = "forget";
            for (std::size_t i : picked) {
                what += " " + stored[i];
                for (auto& base : bases) base->forget(stored[i]);
                stored.erase(stored.begin() + static_cast<std::ptrdiff_t>(i));
                if (i < grown_from) --grown_from;
            }
        } else if (op < 17) {
            // The same id with other content: a replaced document.
            const std::string& id = stored[below(stored.size())];
            const kg::DocumentExtraction x = renamed(pool()[below(pool().size())], id);
            what = "replace " + id;
            for (auto& base : bases) base->put(x, kg::store::sha256_hex(id + "again" + std::to_string(step)));
        } else {
            // A correction between two people the base knows.
            const std::vector<kg::EntityRecord> entities = kg::cli::QueryBase::open(scratch)->entities();
            std::vector<std::string> people;
            for (const kg::EntityRecord& e : entities)
                if (e.type == kg::EntityType::Person) people.push_back("PERSON:" + e.name);
            if (people.size() < 2) continue;
            kg::store::Correction c;
            c.kind = op == 17   ? kg::store::Correction::Kind::Rename
                     : op == 18 ? kg::store::Correction::Kind::Split
                                : kg::store::Correction::Kind::Merge;
            c.a = people[below(people.size())];
            c.b = c.kind == kg::store::Correction::Kind::Rename ? "Renamed Person " + std::to_string(step)
                  : c.kind == kg::store::Correction::Kind::Split ? std::string()
                                                                 : people[below(people.size())];
            what = "correction " + c.a + " / " + c.b;
            for (auto& base : bases) base->add_correction(c);
        }
        CAPTURE(seed);
        CAPTURE(step);
        CAPTURE(what);
        // The incremental base, when it must be built from every document, goes in steps of a
        // few documents (corrections replayed on each step's snapshot); the other in one.
        const kg::cli::SnapshotBuild built =
            kg::cli::rebuild_snapshot(grown, kg::store::begin_snapshot(grown), kg::cli::Rebuild::Incremental, chunk);
        if (built.undone > 0) {
            CHECK(what.rfind("forget", 0) == 0);
            ++undone;
        } else {
            if (built.incremental) ++appended;
            if (built.attached) ++attached;
        }
        if (!built.incremental) grown_from = stored.size();
        if (built.steps > 1) ++stepped;
        kg::cli::rebuild_snapshot(scratch, kg::store::begin_snapshot(scratch), kg::cli::Rebuild::Full, 0);
        const std::string a = snapshot_tables(grown);
        const std::string b = snapshot_tables(scratch);
        INFO(first_difference(a, b));
        REQUIRE(a == b);
    }
    return appended;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("a snapshot grown by appending documents equals the snapshot built from every document") {
    std::size_t appended = 0, attached = 0, stepped = 0, undone = 0;
    for (unsigned seed = 1; seed <= 6; ++seed)
        appended += run_sequence(seed, 30, attached, stepped, 3 + seed % 3, undone);
    // Sequences whose forgets mostly take documents the growths kept undoable added.
    std::size_t more_attached = 0, more_stepped = 0, recent_undone = 0;
    for (unsigned seed = 7; seed <= 9; ++seed)
        run_sequence(seed, 30, more_attached, more_stepped, 3 + seed % 3, recent_undone, true);
    // The fast paths must have been taken, or this compares two full rebuilds: appending to
    // the state read key by key (step 1's candidates among it), and, where a plain merge is
    // kept beside the graph, to the state restored whole.
    CHECK(appended >= 60);
    CHECK(attached >= 60);
    CHECK(appended - attached >= 2);
    // And the builds from every document in steps, with corrections among them (the last third
    // of each sequence).
    CHECK(stepped >= 20);
    // And forgets of documents that recent growths added, undoing those growths.
    CHECK(recent_undone >= 13);
    MESSAGE("rebuilds that appended: " << appended << " of 180, " << attached << " reading the state key by key, "
                                       << stepped << " built in steps; forgets undoing growths: " << undone
                                       << " of those, " << recent_undone << " of 90 more");
}

TEST_CASE("a snapshot appends documents only when the base changed by additions alone") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    auto put = [&](std::size_t i, const std::string& id) { st->put(renamed(pool()[i], id), kg::store::sha256_hex(id)); };
    put(0, "b1");
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);  // no snapshot yet
    put(1, "b2");
    put(2, "b3");
    CHECK(kg::cli::rebuild_snapshot(db).incremental);
    CHECK(kg::cli::rebuild_snapshot(db).incremental);  // nothing added: the same graph again
    put(3, "a0");                                      // sorts before b1: merged in another order
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    put(4, "c1");
    CHECK(kg::cli::rebuild_snapshot(db).incremental);
    st->forget("b2");
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    put(5, "c2");
    CHECK(kg::cli::rebuild_snapshot(db).incremental);
    st->add_correction({kg::store::Correction::Kind::Merge, "PERSON:Nobody", "PERSON:Nobody Else"});
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    put(6, "c3");
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);  // corrections are replayed on the whole graph
}

TEST_CASE("a forget of documents that recent growths added undoes those growths") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    const std::string reference = dir.path + "/reference.db";
    std::unique_ptr<kg::store::Store> bases[] = {kg::store::open_store(db, kg::store::Durability::Normal),
                                                 kg::store::open_store(reference, kg::store::Durability::Normal)};
    auto put = [&](std::size_t i, const std::string& id) {
        for (auto& base : bases) base->put(renamed(pool()[i], id), kg::store::sha256_hex(id));
    };
    auto forget = [&](const std::string& id) {
        for (auto& base : bases) base->forget(id);
    };
    // The snapshot after each change, against the reference built from every document.
    auto rebuilt = [&] {
        const kg::cli::SnapshotBuild built = kg::cli::rebuild_snapshot(db);
        kg::cli::rebuild_snapshot(reference, kg::cli::Rebuild::Full);
        const std::string a = snapshot_tables(db);
        const std::string b = snapshot_tables(reference);
        INFO(first_difference(a, b));
        CHECK(a == b);
        return built;
    };
    for (std::size_t i = 0; i < 6; ++i) put(i, "b" + std::to_string(i));
    CHECK(rebuilt().undone == 0);
    put(6, "c1");
    put(7, "c2");
    CHECK(rebuilt().incremental);  // growth A
    put(8, "d1");
    put(9, "d2");
    put(10, "d3");
    CHECK(rebuilt().incremental);  // growth B
    forget("d2");               // B undone, d1 and d3 appended again (growth B')
    CHECK(rebuilt().undone == 1);
    forget("c2");               // B' and A undone, c1, d1 and d3 appended again
    CHECK(rebuilt().undone == 2);
    forget("c1");               // that growth undone; d1 and d3 again
    forget("d3");
    CHECK(rebuilt().undone == 1);
    forget("d1");  // the last growth undone: back to the snapshot of b0-b5, nothing appended
    const kg::cli::SnapshotBuild last = rebuilt();
    CHECK(last.undone == 1);
    CHECK(last.incremental);
    forget("b3");  // no kept growth added it: from every document
    CHECK_FALSE(rebuilt().incremental);
    put(11, "e1");
    CHECK(rebuilt().incremental);
    forget("e1");
    put(12, "e2");  // an addition among the changes: not undone
    CHECK(rebuilt().undone == 0);
    put(13, "e3");
    CHECK(rebuilt().incremental);
    // A row the growth wrote, changed behind kg's back: the undo does not apply, and the snapshot
    // is built from every document.
    execute(db, "UPDATE kb_blobs SET data = data || x'00' WHERE name = 'growing'");
    forget("e3");
    CHECK(rebuilt().undone == 0);
    // A growth whose undo is not kept (another kg's, or more documents than kept) leaves none
    // to undo past it.
    put(14, "f1");
    CHECK(rebuilt().incremental);
    execute(db, "DELETE FROM kb_undo");
    forget("f1");
    CHECK(rebuilt().undone == 0);
}

TEST_CASE("only the last growths are kept undoable") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    const std::string reference = dir.path + "/reference.db";
    std::unique_ptr<kg::store::Store> bases[] = {kg::store::open_store(db, kg::store::Durability::Normal),
                                                 kg::store::open_store(reference, kg::store::Durability::Normal)};
    auto put = [&](std::size_t i, const std::string& id) {
        for (auto& base : bases) base->put(renamed(pool()[i % pool().size()], id), kg::store::sha256_hex(id));
    };
    auto kept = [&] {
        sqlite3* handle = nullptr;
        sqlite3_stmt* q = nullptr;
        REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_prepare_v2(handle, "SELECT count(*) FROM kb_undo", -1, &q, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(q) == SQLITE_ROW);
        const auto n = static_cast<std::size_t>(sqlite3_column_int64(q, 0));
        sqlite3_finalize(q);
        sqlite3_close(handle);
        return n;
    };
    put(0, "b0");
    kg::cli::rebuild_snapshot(db);
    const std::size_t growths = kg::store::kUndoKept + 2;
    for (std::size_t g = 1; g <= growths; ++g) {
        put(g, "c" + std::to_string(100 + g));
        REQUIRE(kg::cli::rebuild_snapshot(db).incremental);
    }
    CHECK(kept() == kg::store::kUndoKept);
    for (auto& base : bases) base->forget("c101");  // its growth is no longer kept
    CHECK(kg::cli::rebuild_snapshot(db).undone == 0);
    CHECK(kept() == 0);
    for (std::size_t g = 1; g <= growths; ++g) {
        put(g, "d" + std::to_string(100 + g));
        REQUIRE(kg::cli::rebuild_snapshot(db).incremental);
    }
    // The oldest kept: every kept growth undone, the others' documents appended again.
    const std::string oldest = "d" + std::to_string(100 + growths - kg::store::kUndoKept + 1);
    for (auto& base : bases) base->forget(oldest);
    CHECK(kg::cli::rebuild_snapshot(db).undone == kg::store::kUndoKept);
    kg::cli::rebuild_snapshot(reference, kg::cli::Rebuild::Full);
    // Not the labels: the reference's change log was installed by its only build, after the changes.
    const std::string a = snapshot_tables(db, false);
    const std::string b = snapshot_tables(reference, false);
    INFO(first_difference(a, b));
    CHECK(a == b);
}

TEST_CASE("a snapshot grown after another kg wrote one is built from every document instead") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    const std::string reference = dir.path + "/reference.db";
    std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    std::unique_ptr<kg::store::Store> ref = kg::store::open_store(reference, kg::store::Durability::Normal);
    auto put = [&](kg::store::Store& base, std::size_t i, const std::string& id) {
        base.put(renamed(pool()[i], id), kg::store::sha256_hex(id));
    };
    auto same_as_reference = [&] {
        kg::cli::rebuild_snapshot(reference, kg::cli::Rebuild::Full);
        const std::string a = snapshot_tables(db, false);
        const std::string b = snapshot_tables(reference, false);
        INFO(first_difference(a, b));
        CHECK(a == b);
    };
    for (std::size_t i = 0; i < 6; ++i) put(*st, i, "b" + std::to_string(i));
    kg::cli::rebuild_snapshot(db);
    put(*st, 6, "c1");
    // This kg reads where to start; another stores c2 and brings the snapshot up to date.
    const kg::store::SnapshotStart early = kg::store::begin_snapshot(db);
    REQUIRE(early.state_header);
    put(*st, 7, "c2");
    CHECK(kg::cli::rebuild_snapshot(db).incremental);
    // This kg's growth would go over the other's snapshot, which it did not read: it builds
    // from every document instead (c2 among them), labelled as of before c2.
    CHECK_FALSE(kg::cli::rebuild_snapshot(db, early, kg::cli::Rebuild::Incremental).incremental);
    for (std::size_t i = 0; i < 6; ++i) put(*ref, i, "b" + std::to_string(i));
    put(*ref, 6, "c1");
    put(*ref, 7, "c2");
    same_as_reference();
    CHECK_FALSE(kg::store::open_graph_snapshot(db));  // outdated by its label
    // The log up to c2 went with the other kg's snapshot: the next one is built from every document.
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    same_as_reference();
}

TEST_CASE("a grown snapshot rewrites the pieces of its link list and merge state that changed") {
    // Thousands of meetings on distinct dates, so that the link list takes more than one piece
    // (4,096 links each); then documents that change an old relation's link (an undated role
    // stated again by an earlier document moves its date) and add new ones at the end.
    ScratchDir dir;
    const std::string grown = dir.path + "/grown.db";
    const std::string scratch = dir.path + "/scratch.db";
    std::unique_ptr<kg::store::Store> bases[] = {kg::store::open_store(grown, kg::store::Durability::Normal),
                                                 kg::store::open_store(scratch, kg::store::Durability::Normal)};
    auto release = [](std::size_t i, const std::string& id, const std::string& date) {
        kg_test::DocBuilder b(id, date);
        b.x.document.text = "Meeting " + id;
        const std::size_t a = b.person("Person Number" + std::to_string(i % 50));
        b.role(a, b.organisation("Organisation Number" + std::to_string(i % 50)), "Director");
        b.met(a, b.person("Person Number" + std::to_string((i * 7 + 1) % 50)));
        b.entity(kg::EntityType::Location, "Every City");  // in every release: 18 parts of documents
        return b.x;
    };
    auto store = [&](const std::vector<kg::DocumentExtraction>& docs) {
        std::vector<kg::store::PutItem> items;
        for (const kg::DocumentExtraction& x : docs) items.push_back({&x, kg::store::sha256_hex(x.document.id), ""});
        for (auto& base : bases) base->put_many(items);
    };
    auto date_of = [](std::size_t i) {
        char date[64];
        std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 1990 + i / 336, 1 + i / 28 % 12, 1 + i % 28);
        return std::string(date);
    };
    std::vector<kg::DocumentExtraction> docs;
    for (std::size_t i = 0; i < 4500; ++i) docs.push_back(release(i, "b" + std::to_string(10000 + i), date_of(i)));
    store(docs);
    kg::cli::rebuild_snapshot(grown);
    auto state_rows = [&] {
        std::vector<std::string> rows;
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open_v2(grown.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* q = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, "SELECT tbl || ':' || hex(key) || ':' || hex(value) FROM kb_state_keys ORDER BY 1",
                                   -1, &q, nullptr) == SQLITE_OK);
        while (sqlite3_step(q) == SQLITE_ROW) rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
        sqlite3_close(handle);
        return rows;
    };
    const std::vector<std::string> rows_before = state_rows();
    docs.clear();
    docs.push_back(release(0, "c1", "1980-06-01"));  // person 0's role: its link now dated 1980
    // 121 more for Every City: its last part (148 documents) fills, and a new one starts.
    for (std::size_t i = 0; i < 120; ++i) docs.push_back(release(i, "c2-" + std::to_string(100 + i), date_of(5000 + i)));
    store(docs);
    CHECK(kg::cli::rebuild_snapshot(grown).attached);
    kg::cli::rebuild_snapshot(scratch, kg::cli::Rebuild::Full);
    const std::string a = snapshot_tables(grown, false);
    const std::string b = snapshot_tables(scratch, false);
    INFO(first_difference(a, b));
    CHECK(a == b);
    const std::unique_ptr<kg::store::GraphSnapshot> snapshot = kg::store::open_graph_snapshot(grown);
    const std::vector<kg::EntityId> city = snapshot->lookup(0, "every city");
    REQUIRE(city.size() == 1);
    CHECK(snapshot->documents_of(city[0]).size() == 4621);
    CHECK(snapshot->document_count(city[0]) == 4621);
    std::vector<kg::store::SnapshotLink> links = snapshot->links();
    REQUIRE(links.size() > 4096);
    // The merge state's rows: the growth added its new relation and meeting keys and left
    // nearly every other row as it was.
    const std::vector<std::string> rows_after = state_rows();
    std::vector<std::string> kept;
    std::set_intersection(rows_before.begin(), rows_before.end(), rows_after.begin(), rows_after.end(),
                          std::back_inserter(kept));
    MESSAGE("merge state rows: " << rows_before.size() << " before, " << kept.size() << " kept, "
                                 << rows_after.size() << " after");
    CHECK(rows_before.size() >= 9000);
    CHECK(kept.size() + 10 >= rows_before.size());
    CHECK(rows_after.size() > rows_before.size());
    // A person's meetings lie in rows of 1,024 meeting ids each (the grown one merged into its
    // last row): read across them, they are the meetings naming the person, in id order, and
    // their count per person is that of the meetings that took place.
    {
        const std::vector<kg::MeetingRecord> all = snapshot->meetings();
        const std::vector<double> counts = snapshot->meeting_counts();
        for (const char* name : {"person number0", "person number7", "person number49"}) {
            CAPTURE(name);
            const std::vector<kg::EntityId> person = snapshot->lookup(0, name);
            REQUIRE(person.size() == 1);
            const std::vector<kg::MeetingRecord> of = snapshot->meetings_of(person[0]);
            std::vector<const kg::MeetingRecord*> expected;
            for (const kg::MeetingRecord& m : all)
                if (std::find(m.participants.begin(), m.participants.end(), person[0]) != m.participants.end())
                    expected.push_back(&m);
            REQUIRE(of.size() == expected.size());
            REQUIRE(of.size() >= 100);
            CHECK(of.front().id.value < 1024);
            CHECK(of.back().id.value >= 4500);
            double happened = 0;
            for (std::size_t i = 0; i < of.size(); ++i) {
                CHECK(of[i].id == expected[i]->id);
                CHECK(of[i].date == expected[i]->date);
                CHECK(of[i].participants == expected[i]->participants);
                CHECK(of[i].documents == expected[i]->documents);
                CHECK(of[i].place == expected[i]->place);
                happened += of[i].status == kg::MeetingStatus::Happened ? 1 : 0;
            }
            CHECK(counts.at(person[0].value) == happened);
        }
    }
    // A damaged row of a person's meetings is refused.
    execute(grown, "UPDATE kb_participants SET data = x'05ff' WHERE part = 1");
    CHECK_THROWS_AS(kg::store::open_graph_snapshot(grown)->meetings_of(snapshot->lookup(0, "person number0").at(0)),
                    kg::StoreError);
    // A damaged link list is refused, not read into a huge allocation.
    execute(grown, "UPDATE kb_links SET piece = 1000000000000 WHERE piece = 1");
    CHECK_THROWS_AS(kg::store::open_graph_snapshot(grown)->links(), kg::StoreError);
    CHECK(std::any_of(links.begin(), links.begin() + 4096,
                      [](const kg::store::SnapshotLink& l) { return l.date == 19800601; }));
}

TEST_CASE("a plain merge whose pieces repeat is kept whole through growths that share them") {
    // The plain merge kept beside a graph step 1 changed is bytes to the store: one made of a
    // random block twice has equal pieces, which a growth then keeps as one row named twice;
    // a later one must not lose it.
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    st->put(renamed(pool()[0], "b1"), kg::store::sha256_hex("b1"));
    std::mt19937_64 rng(7);
    std::string block(600 * 1024, '\0');
    for (char& c : block) c = static_cast<char>(rng());
    const std::vector<kg::EntityRecord> entities;
    const std::vector<kg::RelationRecord> relations;
    const std::vector<kg::MeetingRecord> meetings;
    const std::vector<kg::store::SnapshotName> names;
    const std::function<std::string(const kg::RelationRecord&)> link_date = [](const kg::RelationRecord&) {
        return std::string();
    };
    auto write = [&](const std::string& first, bool grown) {
        const kg::store::SnapshotStart start = kg::store::begin_snapshot(db);
        REQUIRE(start.state_header.has_value() == grown);
        if (!grown) {
            const kg::store::MergeStateRows state{"header", {}, {}, first, {}};
            kg::store::write_graph_snapshot(db, start, {entities, relations, meetings, names, link_date, &state});
            return;
        }
        kg::store::SnapshotDelta delta;
        delta.header = "header";
        delta.first = first;
        CHECK(kg::store::write_grown_snapshot(db, start, delta));
    };
    write(block + block, false);
    write(block + block, true);  // the second block's pieces are the first's rows again
    write(block, true);          // the rows the second block used once must stay
    REQUIRE(kg::store::begin_snapshot(db).state_header);
    CHECK(kg::store::open_graph_snapshot(db)->state_first() == block);
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    CHECK(merge_state(handle) == block);  // and no piece left over
    sqlite3_close(handle);
}

TEST_CASE("a growth that meets a damaged row of the merge state builds from every document instead") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    const std::string reference = dir.path + "/reference.db";
    std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    std::unique_ptr<kg::store::Store> ref = kg::store::open_store(reference, kg::store::Durability::Normal);
    for (std::size_t i = 0; i < 6; ++i)
        for (auto* base : {st.get(), ref.get()})
            base->put(renamed(pool()[i], "b" + std::to_string(i)), kg::store::sha256_hex("b" + std::to_string(i)));
    kg::cli::rebuild_snapshot(db);
    // Every exact key and name list unreadable: the next document's names meet them.
    execute(db, "UPDATE kb_state_keys SET value = x'ff' WHERE tbl IN (1, 7)");
    for (auto* base : {st.get(), ref.get()}) base->put(renamed(pool()[0], "c1"), kg::store::sha256_hex("c1"));
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    kg::cli::rebuild_snapshot(reference, kg::cli::Rebuild::Full);
    const std::string a = snapshot_tables(db, false);
    const std::string b = snapshot_tables(reference, false);
    INFO(first_difference(a, b));
    CHECK(a == b);
}

TEST_CASE("a snapshot written by a kg of an older format is rebuilt from every document") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    st->put(renamed(pool()[0], "b1"), kg::store::sha256_hex("b1"));
    kg::cli::rebuild_snapshot(db);
    // What a kg before issue 12 leaves: its label table has no last_change, its format is 2.
    execute(db, "DROP TABLE kb_snapshot; CREATE TABLE kb_snapshot(format INTEGER NOT NULL, generation INTEGER NOT "
                "NULL); INSERT INTO kb_snapshot SELECT 4005, value FROM kb_generation");
    st->put(renamed(pool()[1], "b2"), kg::store::sha256_hex("b2"));
    kg::cli::SnapshotBuild built;
    CHECK_NOTHROW(built = kg::cli::rebuild_snapshot(db));
    CHECK_FALSE(built.incremental);
    CHECK(kg::store::open_graph_snapshot(db));
}

TEST_CASE("a snapshot built in steps equals the snapshot built from every document at once") {
    // Random sets of the pool's releases (step 1's Smiths among them now and then) stored in
    // two bases: one built in steps of a few documents (rebuild_snapshot's chunks: the first
    // written whole and unfinished, the others appended), the other in one; then both grown by
    // a few more and brought up to date. Every snapshot table, labels and merge state included,
    // must be the same bytes.
    std::size_t in_steps = 0, whole = 0;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 rng(seed);
        auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
        ScratchDir dir;
        const std::string stepped = dir.path + "/stepped.db";
        const std::string once = dir.path + "/once.db";
        std::unique_ptr<kg::store::Store> bases[] = {kg::store::open_store(stepped, kg::store::Durability::Normal),
                                                     kg::store::open_store(once, kg::store::Durability::Normal)};
        std::size_t next = 0;
        auto add = [&](std::size_t n) {
            for (std::size_t i = 0; i < n; ++i) {
                const kg::DocumentExtraction& x = pool()[below(pool().size())];
                const kg::DocumentExtraction y = renamed(x, "d" + std::to_string(100000 + next++) + "-" + x.document.id);
                for (auto& base : bases) base->put(y, kg::store::sha256_hex(y.document.id));
            }
        };
        auto same = [&] {
            const std::string a = snapshot_tables(stepped);
            const std::string b = snapshot_tables(once);
            INFO(first_difference(a, b));
            REQUIRE(a == b);
        };
        const std::size_t documents = 5 + below(40);
        const std::size_t chunk = 1 + below(9);
        CAPTURE(seed);
        CAPTURE(documents);
        CAPTURE(chunk);
        add(documents);
        const kg::cli::SnapshotBuild built =
            kg::cli::rebuild_snapshot(stepped, kg::store::begin_snapshot(stepped), kg::cli::Rebuild::Full, chunk);
        kg::cli::rebuild_snapshot(once, kg::store::begin_snapshot(once), kg::cli::Rebuild::Full, 0);
        // In steps unless appending was refused (then built whole, in one).
        CHECK((built.steps == 1 || built.steps == (documents + chunk - 1) / chunk));
        (built.steps > 1 ? in_steps : whole) += 1;
        same();
        add(1 + below(5));
        kg::cli::rebuild_snapshot(stepped);
        kg::cli::rebuild_snapshot(once, kg::store::begin_snapshot(once), kg::cli::Rebuild::Full, 0);
        same();
    }
    CHECK(in_steps >= 6);  // or this compares whole builds
    MESSAGE("built in steps: " << in_steps << " of 12, whole after appending was refused: " << whole);
}

TEST_CASE("a base with corrections built in steps equals the base built from every document at once") {
    // Random sets of the pool's releases with one to four merge, split and rename corrections
    // (of people the base knows, some of which change nothing or do not apply) stored in two
    // bases: one built in steps of a few documents (the plain merge in steps, each correction
    // resolved on its snapshot and every document merged again in steps with its pins), the
    // other in one. Every snapshot table, labels included, must be the same bytes, and so must
    // every question's answer the tests below read (the tables are all they read); then both
    // grown by a few more documents (a corrected base is built again) and compared again.
    std::size_t in_steps = 0, whole = 0, changed = 0;
    for (unsigned seed = 1; seed <= 16; ++seed) {
        std::mt19937 rng(seed);
        auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
        ScratchDir dir;
        const std::string stepped = dir.path + "/stepped.db";
        const std::string once = dir.path + "/once.db";
        std::unique_ptr<kg::store::Store> bases[] = {kg::store::open_store(stepped, kg::store::Durability::Normal),
                                                     kg::store::open_store(once, kg::store::Durability::Normal)};
        std::size_t next = 0;
        auto add = [&](std::size_t n) {
            for (std::size_t i = 0; i < n; ++i) {
                const kg::DocumentExtraction& x = pool()[below(pool().size())];
                const kg::DocumentExtraction y = renamed(x, "d" + std::to_string(100000 + next++) + "-" + x.document.id);
                for (auto& base : bases) base->put(y, kg::store::sha256_hex(y.document.id));
            }
        };
        const std::size_t documents = 8 + below(40);
        const std::size_t chunk = 1 + below(7);
        CAPTURE(seed);
        CAPTURE(documents);
        CAPTURE(chunk);
        add(documents);
        auto same = [&] {
            const std::string a = snapshot_tables(stepped);
            const std::string b = snapshot_tables(once);
            INFO(first_difference(a, b));
            REQUIRE(a == b);
        };
        std::size_t steps = 0;  // the most steps a build of `stepped` went in
        auto build_both = [&](kg::cli::Rebuild how) {
            const kg::cli::SnapshotBuild built =
                kg::cli::rebuild_snapshot(stepped, kg::store::begin_snapshot(stepped), how, chunk);
            steps = std::max(steps, built.steps);
            kg::cli::rebuild_snapshot(once, kg::store::begin_snapshot(once), kg::cli::Rebuild::Full, 0);
            same();
        };
        build_both(kg::cli::Rebuild::Full);
        const std::size_t corrections = 1 + below(4);
        for (std::size_t k = 0; k < corrections; ++k) {
            std::vector<std::string> people;
            const std::vector<kg::EntityRecord> entities = kg::cli::QueryBase::open(once)->entities();
            for (const kg::EntityRecord& e : entities)
                if (e.type == kg::EntityType::Person) people.push_back("PERSON:" + e.name);
            if (people.size() < 2) break;
            kg::store::Correction c;
            const std::size_t kind = below(3);
            c.kind = kind == 0 ? kg::store::Correction::Kind::Merge
                     : kind == 1 ? kg::store::Correction::Kind::Split
                                 : kg::store::Correction::Kind::Rename;
            c.a = people[below(people.size())];
            if (kind == 0) c.b = people[below(people.size())];
            if (kind == 2) c.b = "Renamed Person " + std::to_string(k);
            CAPTURE(c.a);
            CAPTURE(c.b);
            for (auto& base : bases) base->add_correction(c);
            // The graph with it (the next correction's names), in steps and whole.
            build_both(kg::cli::Rebuild::Incremental);
        }
        (steps > 1 ? in_steps : whole) += 1;
        // Some correction changed the graph (else this compares plain merges).
        {
            ScratchDir plain_dir;
            const std::string plain = plain_dir.path + "/plain.db";
            std::unique_ptr<kg::store::Store> p = kg::store::open_store(plain, kg::store::Durability::Normal);
            for (const kg::DocumentExtraction& x : bases[1]->load_all(kg::store::Store::DocumentText::Include))
                p->put(x, kg::store::sha256_hex(x.document.id));
            kg::cli::rebuild_snapshot(plain, kg::store::begin_snapshot(plain), kg::cli::Rebuild::Full, 0);
            auto names = [](const std::string& db) {
                std::vector<std::string> out;
                const std::vector<kg::EntityRecord> entities = kg::cli::QueryBase::open(db)->entities();
                for (const kg::EntityRecord& e : entities) out.push_back(e.name);
                return out;
            };
            if (names(plain) != names(once)) ++changed;
        }
        add(1 + below(5));
        build_both(kg::cli::Rebuild::Incremental);
    }
    CHECK(in_steps >= 8);  // or this compares whole builds
    CHECK(changed >= 8);   // or this compares bases the corrections left alone
    MESSAGE("corrected bases built in steps: " << in_steps << " of 16 (" << changed
                                               << " changed by their corrections), whole: " << whole);
}

TEST_CASE("no question reads an unfinished snapshot, and the next build replaces it") {
    ScratchDir dir;
    const std::string db = dir.path + "/kg.db";
    std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    for (std::size_t i = 0; i < 6; ++i) st->put(renamed(pool()[i], "b" + std::to_string(i)), kg::store::sha256_hex(std::to_string(i)));
    kg::cli::rebuild_snapshot(db);
    REQUIRE(kg::store::open_graph_snapshot(db));
    // What a build in steps leaves when it stops after a step: labelled unfinished.
    execute(db, ("UPDATE kb_snapshot SET generation = " + std::to_string(kg::store::kUnfinishedGeneration) +
                 ", last_change = -5")
                    .c_str());
    CHECK_FALSE(kg::store::open_graph_snapshot(db));
    CHECK_FALSE(kg::store::open_graph_snapshot(db, kg::store::Staleness::Accept));
    const std::unique_ptr<kg::store::GraphSnapshot> unfinished =
        kg::store::open_graph_snapshot(db, kg::store::Staleness::Unfinished);
    REQUIRE(unfinished);
    CHECK(unfinished->labels() == std::pair(kg::store::kUnfinishedGeneration, std::int64_t{-5}));
    CHECK_FALSE(kg::store::begin_snapshot(db).state_header);  // never grown from
    st->put(renamed(pool()[6], "c1"), kg::store::sha256_hex("c1"));
    CHECK_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    CHECK(kg::store::open_graph_snapshot(db));
    CHECK_FALSE(kg::store::open_graph_snapshot(db, kg::store::Staleness::Unfinished));
}

}  // TEST_SUITE
