// The graph snapshot's writes (store/graph_snapshot.h) when several kg processes bring it up
// to date at once: their steps interleaved by hand, each as the process would take it.

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "model/error.h"
#include "store/graph_snapshot.h"
#include "store/store.h"
#include "tests/store/store_test_support.h"
#include "tests/store/synthetic.h"

using namespace kg;
using namespace kg::store;
using namespace kg::store::testing;

namespace {

// The entity a snapshot of these tests holds (id 0), stated by `documents`.
EntityRecord alpha(const std::vector<std::string>& documents) {
    EntityRecord e;
    e.id = EntityId{0};
    e.type = EntityType::Person;
    e.name = "Alpha";
    e.documents = documents;
    return e;
}

// A snapshot of Alpha alone, with a merge state (so that it can be grown); returns its serial.
std::uint64_t write_whole(const std::string& db, const SnapshotStart& start, const std::vector<std::string>& documents) {
    const std::vector<EntityRecord> entities{alpha(documents)};
    const std::vector<RelationRecord> relations;
    const std::vector<MeetingRecord> meetings;
    const std::vector<SnapshotName> names;
    const std::function<std::string(const RelationRecord&)> link_date = [](const RelationRecord&) { return std::string(); };
    const MergeStateRows state{"header", {}, {}, {}, {}};
    return write_graph_snapshot(db, start, {entities, relations, meetings, names, link_date, &state});
}

// Alpha's growth by `grown` (its documents after the `before` the snapshot holds).
SnapshotDelta growth(const EntityRecord& grown, std::size_t before) {
    SnapshotDelta delta;
    delta.entities = {&grown};
    delta.documents_before = {before};
    delta.header = "header";
    return delta;
}

// A base holding the synthetic documents d1 and, after store_d2(), d2.
struct Base {
    TempDir dir;
    std::string db = dir.file("kg.db");
    std::unique_ptr<Store> st = open_store(db);
    std::string d1 = synthetic_id(1), d2 = synthetic_id(2);
    Base() { st->put(synthetic(1), "hash-1"); }
    void store_d2() { st->put(synthetic(2), "hash-2"); }
};

}  // namespace

TEST_SUITE("store") {

TEST_CASE("a growth is not written over another snapshot labelled alike") {
    Base base;
    const std::string& db = base.db;
    const std::string &d1 = base.d1, &d2 = base.d2;
    // Process A reads where to start; before it reads the documents, d2 is stored, so the
    // snapshot it builds holds d1 and d2 while labelled as of d1 alone.
    const SnapshotStart a = begin_snapshot(db);
    // Process B builds from the same start before d2: d1 alone, labelled alike.
    const std::uint64_t b_serial = write_whole(db, a, {d1});
    base.store_d2();
    // Process C starts from B's snapshot, with d2 to add, and reads what it grows.
    const SnapshotStart c = begin_snapshot(db);
    REQUIRE(c.state_header);
    REQUIRE(c.added == std::vector<std::string>{d2});
    CHECK(c.snapshot_serial == b_serial);
    std::size_t before = 0;
    {
        const std::unique_ptr<GraphSnapshot> read = open_graph_snapshot(db, Staleness::Accept);
        REQUIRE(read);
        CHECK(read->serial() == c.snapshot_serial);
        before = read->document_count(EntityId{0});
    }
    CHECK(before == 1);
    // A writes its snapshot now, labelled as B's: same generation and change, other documents.
    const std::uint64_t a_serial = write_whole(db, a, {d1, d2});
    CHECK(a_serial != b_serial);
    {
        const std::unique_ptr<GraphSnapshot> read = open_graph_snapshot(db, Staleness::Accept);
        REQUIRE(read);
        CHECK(read->labels() == std::pair(c.snapshot_generation, c.snapshot_last_change));  // what fooled C
        CHECK(read->serial() == a_serial);  // what tells C it is not the snapshot it read
    }
    // C's growth, read from B's snapshot (Alpha's one document there, d2 after it), must not go
    // over A's: it would read Alpha's part as damaged, or, where the counts fell alike, append
    // d2 twice. Nothing is written; C builds from every document instead.
    const EntityRecord grown = alpha({d2});
    const SnapshotDelta delta = growth(grown, before);
    std::optional<std::uint64_t> written;
    REQUIRE_NOTHROW(written = write_grown_snapshot(db, c, delta));
    CHECK_FALSE(written);
    const std::unique_ptr<GraphSnapshot> after = open_graph_snapshot(db, Staleness::Accept);
    REQUIRE(after);
    CHECK(after->serial() == a_serial);
    CHECK(after->documents_of(EntityId{0}) == std::vector<std::string>{d1, d2});
}

TEST_CASE("a growth over the very snapshot it read is written, with a serial of its own") {
    Base base;
    const std::string& db = base.db;
    const std::string &d1 = base.d1, &d2 = base.d2;
    const std::uint64_t first = write_whole(db, begin_snapshot(db), {d1});
    base.store_d2();
    const SnapshotStart c = begin_snapshot(db);
    REQUIRE(c.state_header);
    CHECK(c.snapshot_serial == first);
    const EntityRecord grown = alpha({d2});
    const SnapshotDelta delta = growth(grown, 1);
    const std::optional<std::uint64_t> written = write_grown_snapshot(db, c, delta);
    REQUIRE(written);
    CHECK(*written > first);
    const std::unique_ptr<GraphSnapshot> after = open_graph_snapshot(db);
    REQUIRE(after);
    CHECK(after->serial() == *written);
    CHECK(after->documents_of(EntityId{0}) == std::vector<std::string>{d1, d2});
    // The next start reads the growth's serial: a second growth from c is refused.
    CHECK(begin_snapshot(db).snapshot_serial == *written);
    CHECK_FALSE(write_grown_snapshot(db, c, delta));
}

}  // TEST_SUITE
