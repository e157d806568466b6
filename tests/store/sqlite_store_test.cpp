#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>

#include "model/error.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/store/store_test_support.h"
#include "tests/store/synthetic.h"

using namespace kg;
using namespace kg::store;
using namespace kg::store::testing;

namespace {

DocumentExtraction rich_document() {
    DocumentExtraction x;
    x.document.id = "042.txt";
    x.document.source = "/corpus/dev/042.txt";
    x.document.title = "Japan–Australia Foreign Ministers’ Meeting";
    x.document.date = "2024-03-05";
    x.document.text = std::string("Foreign Minister KAMIKAWA Yōko met H.E. Penny Wong.\nNUL here:") + '\0' +
                      "end; DROP TABLE documents; -- 'quotes' \"and\" \\ 日本";
    Entity kamikawa{EntityType::Person, "Yoko Kamikawa", "", {"Foreign Minister KAMIKAWA", "KAMIKAWA Yōko"},
                    {Mention{Span{0, 32}, "Foreign Minister KAMIKAWA Yōko"}, Mention{Span{80, 88}, "KAMIKAWA"}}};
    Entity wong{EntityType::Person, "Wong", "Penny Wong", {}, {Mention{Span{37, 47}, "Penny Wong"}}};
    Entity japan{EntityType::Country, "Japan", "", {"Japanese"}, {}};
    Entity tokyo{EntityType::Location, "Tokyo", "", {}, {Mention{Span{100, 105}, "Tokyo"}}};
    Entity summit{EntityType::Event, "G7 Summit", "", {}, {}};
    Entity fund{EntityType::Programme, "Green Climate Fund", "", {"GCF"}, {Mention{Span{110, 113}, "GCF"}}};
    x.entities = {kamikawa, wong, japan, tokyo, summit, fund};

    Relation met;
    met.type = RelationType::Met;
    met.a = 0;
    met.b = 1;
    met.date = "2024-03-05";
    met.place = 3;
    met.attributes = {{"mode", "in-person"}, {"meeting", "0"}};
    met.evidence = {Evidence{"042.txt", Span{0, 52}, "met_verb", 0.1},
                    Evidence{"other.txt", Span{3, 9}, "coref", 1.0 / 3.0}};
    Relation role;
    role.type = RelationType::Role;
    role.a = 0;
    role.b = 2;
    role.attributes = {{"title", "Foreign Minister"}};
    role.evidence = {Evidence{"042.txt", Span{0, 20}, "title_before_name", 1.0}};
    Relation contributed;
    contributed.type = RelationType::Contributed;
    contributed.a = 2;
    contributed.b = 5;
    contributed.attributes = {{"amount", "USD 1.65 billion"}};
    x.relations = {met, role, contributed};

    Meeting m;
    m.participants = {0, 1};
    m.date = "2024-03-05";
    m.place = 3;
    m.mode = MeetingMode::Meal;
    m.status = MeetingStatus::Planned;
    m.host = 0;
    m.visitor = 1;
    m.parent_event = 4;
    m.cameo = "042";
    m.plover_mode = "host";
    m.evidence = {Evidence{"042.txt", Span{0, 52}, "meeting", 0.75}};
    Meeting bare;  // every optional empty
    x.meetings = {m, bare};

    x.diagnostics = {Diagnostic{Diagnostic::Severity::Warning, "042.txt", "date line missing"},
                     Diagnostic{Diagnostic::Severity::Error, "042.txt", "bad byte at 17"}};
    return x;
}

DocumentExtraction with_id(DocumentExtraction x, const std::string& id) {
    x.document.id = id;
    return x;
}

// Rows of every kg table, in a fixed order: two databases with equal dumps hold the same data.
std::vector<std::string> dump_tables(const std::string& path, bool with_times = true) {
    RawDb raw(path);
    std::vector<std::string> out;
    for (const std::string& t : kg_tables()) {
        std::string sql = "SELECT doc, hex(data) FROM " + t + " ORDER BY 1";
        if (t == "documents")
            sql = with_times ? "SELECT * FROM documents ORDER BY id"
                             : "SELECT id, source, title, date, sha256, text FROM documents ORDER BY id";
        for (const std::string& r : raw.rows(sql)) out.push_back(t + ": " + r);
    }
    return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("a rich extraction survives a round trip field for field") {
    on_each_backend([&](const std::string& path) {
        const DocumentExtraction x = rich_document();
        {
            auto st = open_store(path);
            CHECK(st->put(x, sha256_hex(x.document.text)) == PutOutcome::Added);
            const std::optional<DocumentExtraction> back = st->load("042.txt");
            REQUIRE(back);
            CHECK(describe(*back) == describe(x));
            CHECK(back->document.text.size() == x.document.text.size());  // the NUL byte survived
        }
        // And again from a fresh connection, through load_all.
        auto st = open_store(path);
        const std::vector<DocumentExtraction> all = st->load_all();
        REQUIRE(all.size() == 1);
        CHECK(describe(all[0]) == describe(x));
    });
}

TEST_CASE("load_all returns every document in id order with its own rows") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        for (std::size_t i : {7u, 2u, 9u, 0u, 5u}) {
            const DocumentExtraction x = synthetic(i);
            REQUIRE(st->put(x, sha256_hex(x.document.text)) == PutOutcome::Added);
        }
        const std::vector<DocumentExtraction> all = st->load_all();
        REQUIRE(all.size() == 5);
        std::size_t k = 0;
        for (std::size_t i : {0u, 2u, 5u, 7u, 9u}) CHECK(describe(all[k++]) == describe(synthetic(i)));

        const std::vector<DocumentInfo> docs = st->documents();
        REQUIRE(docs.size() == 5);
        CHECK(docs[0].id == "doc-00000");
        CHECK(docs[4].id == "doc-00009");
        CHECK(docs[1].source == synthetic(2).document.source);
        CHECK(docs[1].date == synthetic(2).document.date);
        CHECK(docs[1].sha256 == sha256_hex(synthetic(2).document.text));
    });
}

TEST_CASE("loading an unknown document gives an empty optional") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        CHECK_FALSE(st->load("nope.txt"));
        CHECK(st->load_all().empty());
        CHECK(st->documents().empty());
    });
}

TEST_CASE("put reports Added then Unchanged for the same hash then Replaced for a new hash") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    auto st = open_store(path);
    const DocumentExtraction v0 = synthetic(3, 0);
    const DocumentExtraction v1 = synthetic(8, 1);  // more entities and relations than v0
    const DocumentExtraction v1_as_3 = with_id(v1, v0.document.id);
    REQUIRE(st->put(v0, "hash-0") == PutOutcome::Added);
    const std::string stamp = RawDb(path).value("SELECT ingested_at FROM documents");

    SUBCASE("same hash writes nothing") {
        const std::vector<std::string> before = dump_tables(path);
        CHECK(st->put(v1_as_3, "hash-0") == PutOutcome::Unchanged);  // content ignored: hash decides
        CHECK(dump_tables(path) == before);
        CHECK(describe(*st->load(v0.document.id)) == describe(v0));
    }
    SUBCASE("new hash replaces every row of the document") {
        CHECK(st->put(v1_as_3, "hash-1") == PutOutcome::Replaced);
        CHECK(describe(*st->load(v0.document.id)) == describe(v1_as_3));
        RawDb raw(path);
        CHECK(raw.count("documents") == 1);
        CHECK(raw.count("extractions") == 1);
        CHECK(raw.value("SELECT sha256 FROM documents") == "hash-1");
        CHECK(st->put(v1_as_3, "hash-1") == PutOutcome::Unchanged);
    }
    CHECK(RawDb(path).value("SELECT length(ingested_at) = 24 FROM documents") == "1");
    CHECK_FALSE(stamp.empty());
}

TEST_CASE("the same content under another id is a duplicate and adds nothing") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        const DocumentExtraction a = synthetic(1);
        REQUIRE(st->put(a, "same-bytes") == PutOutcome::Added);
        CHECK(st->put(with_id(a, "copy-of-1.txt"), "same-bytes") == PutOutcome::Duplicate);
        REQUIRE(st->documents().size() == 1);
        CHECK(st->documents()[0].id == a.document.id);

        SUBCASE("a stored document whose file now repeats another one loses its old version") {
            REQUIRE(st->put(synthetic(2), "other-bytes") == PutOutcome::Added);
            CHECK(st->put(synthetic(2), "same-bytes") == PutOutcome::Duplicate);
            CHECK_FALSE(st->load(synthetic_id(2)));
            CHECK(st->load_all().size() == 1);
        }
    });
}

TEST_CASE("forget removes every row of the document and nothing else") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    const std::string only_b = dir.file("only_b.db");
    const DocumentExtraction a = rich_document();
    const DocumentExtraction b = synthetic(4);
    {
        auto st = open_store(only_b);
        REQUIRE(st->put(b, "b") == PutOutcome::Added);
    }
    auto st = open_store(path);
    REQUIRE(st->put(a, "a") == PutOutcome::Added);
    REQUIRE(st->put(b, "b") == PutOutcome::Added);
    st->add_correction(Correction{Correction::Kind::Merge, "PERSON:Wong", "PERSON:Penny Wong"});

    CHECK(st->forget(a.document.id));
    CHECK_FALSE(st->load(a.document.id));
    CHECK(describe(*st->load(b.document.id)) == describe(b));
    RawDb raw(path);
    RawDb expected(only_b);
    for (const std::string& t : kg_tables()) {
        CAPTURE(t);
        CHECK(raw.count(t) == expected.count(t));
    }
    CHECK(raw.count("corrections") == 1);  // corrections are not per document
    CHECK_FALSE(st->forget(a.document.id));
    CHECK_FALSE(st->forget("never-seen"));
}

TEST_CASE("ingesting the same documents twice leaves identical content") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    auto st = open_store(path);
    for (std::size_t i = 0; i < 30; ++i)
        REQUIRE(st->put(synthetic(i), sha256_hex(synthetic(i).document.text)) == PutOutcome::Added);
    const std::vector<std::string> once = dump_tables(path);
    for (std::size_t i = 0; i < 30; ++i)
        CHECK(st->put(synthetic(i), sha256_hex(synthetic(i).document.text)) == PutOutcome::Unchanged);
    CHECK(dump_tables(path) == once);

    // A second database fed in another order holds the same data.
    const std::string other = dir.file("other.db");
    auto st2 = open_store(other);
    for (std::size_t i = 30; i-- > 0;) REQUIRE(st2->put(synthetic(i), sha256_hex(synthetic(i).document.text)) == PutOutcome::Added);
    std::vector<std::string> a = dump_tables(path, false), b = dump_tables(other, false);
    // documents.doc surrogate keys differ with insertion order; compare through load_all instead.
    const auto xs = st->load_all();
    const auto ys = st2->load_all();
    REQUIRE(xs.size() == ys.size());
    for (std::size_t i = 0; i < xs.size(); ++i) CHECK(describe(xs[i]) == describe(ys[i]));
    CHECK(a.size() == b.size());
}

TEST_CASE("a text file is not a kg database and is left untouched") {
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    const std::string bytes = "Japan-Australia Foreign Ministers' Meeting\nThis is not a database.\n";
    write_file(path, bytes);
    const std::string msg = error_of([&] { open_store(path); });
    CHECK(msg == path + ": not a kg database: the file is not an SQLite database");
    CHECK(file_bytes(path) == bytes);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path + "-shm"));
    CHECK_THROWS_AS(open_store(path), StoreError);
}

TEST_CASE("an SQLite database of another program is not a kg database and is left untouched") {
    TempDir dir;
    const std::string path = dir.file("other.sqlite");
    SUBCASE("tables but no application_id") {
        {
            RawDb raw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            raw.exec("CREATE TABLE documents(x); INSERT INTO documents VALUES (1);");
        }
        const std::string bytes = file_bytes(path);
        CHECK(error_of([&] { open_store(path); }) ==
              path + ": not a kg database: an SQLite database with 1 tables but no kg application_id");
        CHECK(file_bytes(path) == bytes);
        CHECK(RawDb(path).value("PRAGMA journal_mode") == "delete");
    }
    SUBCASE("another application_id, even without tables") {
        {
            RawDb raw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            raw.exec("PRAGMA application_id = 1234;");
        }
        const std::string bytes = file_bytes(path);
        CHECK(error_of([&] { open_store(path); }) ==
              path + ": not a kg database: its application_id is 0x000004D2, kg's is 0x4B474442");
        CHECK(file_bytes(path) == bytes);
    }
}

TEST_CASE("a database written by a newer kg is refused and left untouched") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    {
        auto st = open_store(path);
        REQUIRE(st->put(synthetic(1), "h") == PutOutcome::Added);
    }
    {
        RawDb raw(path, SQLITE_OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 99;");
    }
    const std::string bytes = file_bytes(path);
    CHECK(error_of([&] { open_store(path); }) == path + ": created by a newer kg: schema version 99 > " + std::to_string(kg::store::schema_version()));
    CHECK(file_bytes(path) == bytes);
}

TEST_CASE("a database that cannot be opened is reported with its path") {
    TempDir dir;
    const std::string path = dir.file("missing-dir/kg.db");
    const std::string msg = error_of([&] { open_store(path); });
    CHECK(msg.rfind(path + ": cannot open database: ", 0) == 0);
}

TEST_CASE("a new database appears at its path only whole, and temporaries of dead creators are removed") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    // A creator that died before moving its file into place, and one still running.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) _exit(0);
    REQUIRE(waitpid(child, nullptr, 0) == child);
    const std::string dead = dir.file(".kg.db.kg-new-" + std::to_string(child));
    const std::string alive = dir.file(".kg.db.kg-new-" + std::to_string(getppid()));
    for (const std::string& f : {dead, alive}) std::fclose(std::fopen(f.c_str(), "w"));
    struct stat st {};
    {
        auto store = open_store(path);
        REQUIRE(store->put(synthetic(0), "h") == PutOutcome::Added);
    }
    CHECK(stat(dead.c_str(), &st) != 0);
    CHECK(stat(alive.c_str(), &st) == 0);
    CHECK(stat(dir.file(".kg.db.kg-new-" + std::to_string(getpid())).c_str(), &st) != 0);
    RawDb raw(path);
    CHECK(raw.value("PRAGMA user_version") == std::to_string(kg::store::schema_version()));
    CHECK(raw.value("SELECT count(*) FROM documents") == "1");
}

TEST_CASE("a new database carries kg's application_id and schema version and uses WAL mode") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    SUBCASE("absent file") {}
    SUBCASE("empty file") { write_file(path, ""); }
    auto st = open_store(path);
    RawDb raw(path);
    CHECK(raw.value("PRAGMA application_id") == std::to_string(0x4B474442));
    CHECK(raw.value("PRAGMA user_version") == std::to_string(kg::store::schema_version()));
    CHECK(raw.value("PRAGMA journal_mode") == "wal");
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
    // Reopening an existing kg database keeps it as it is.
    REQUIRE(st->put(synthetic(0), "h") == PutOutcome::Added);
    st.reset();
    st = open_store(path);
    CHECK(describe(*st->load(synthetic_id(0))) == describe(synthetic(0)));
}

TEST_CASE("load_all without document text gives the same extractions with empty texts") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        for (std::size_t i = 0; i < 5; ++i) REQUIRE(st->put(synthetic(i), "h" + std::to_string(i)) == PutOutcome::Added);
        const std::vector<DocumentExtraction> full = st->load_all();
        const std::vector<DocumentExtraction> lean = st->load_all(Store::DocumentText::Omit);
        REQUIRE(lean.size() == full.size());
        for (std::size_t i = 0; i < full.size(); ++i) {
            CHECK_FALSE(full[i].document.text.empty());
            CHECK(lean[i].document.text.empty());
            DocumentExtraction expected = full[i];
            expected.document.text.clear();
            CHECK(describe(lean[i]) == describe(expected));
        }
    });
}

TEST_CASE("read_extractions visits what load_all gives, pass after pass, of one state while another writes") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        auto other = open_store(path);
        for (std::size_t i = 0; i < 7; ++i) REQUIRE(st->put(synthetic(i), "h" + std::to_string(i)) == PutOutcome::Added);
        for (Store::DocumentText text : {Store::DocumentText::Include, Store::DocumentText::Omit}) {
            const std::vector<DocumentExtraction> all = st->load_all(text);
            std::size_t passes = 0;
            st->read_extractions(text, [&](const Store::ExtractionPasses& each) {
                for (int pass = 0; pass < 3; ++pass) {
                    std::vector<std::string> seen;
                    each([&](const DocumentExtraction& x) { seen.push_back(describe(x)); });
                    REQUIRE(seen.size() == all.size());
                    for (std::size_t i = 0; i < all.size(); ++i) CHECK(seen[i] == describe(all[i]));
                    ++passes;
                    // A writer between passes is not seen by the next one.
                    if (pass == 0 && text == Store::DocumentText::Include)
                        REQUIRE(other->put(synthetic(100), "h100") == PutOutcome::Added);
                }
            });
            CHECK(passes == 3);
        }
        CHECK(st->load_all().size() == 8);
    });
}

TEST_CASE("a store with Normal durability keeps the same data and file format") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    {
        auto st = open_store(path, Durability::Normal);
        for (std::size_t i = 0; i < 10; ++i) REQUIRE(st->put(synthetic(i), "h" + std::to_string(i)) == PutOutcome::Added);
    }
    auto st = open_store(path);
    const std::vector<DocumentExtraction> all = st->load_all();
    REQUIRE(all.size() == 10);
    for (std::size_t i = 0; i < 10; ++i) CHECK(describe(all[i]) == describe(synthetic(i)));
    CHECK(RawDb(path).value("PRAGMA journal_mode") == "wal");
}

TEST_CASE("a failure in the middle of put leaves nothing half-written") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    auto st = open_store(path);
    const DocumentExtraction v0 = synthetic(6, 0);
    REQUIRE(st->put(v0, "v0") == PutOutcome::Added);
    // The extraction row is written last: by then the old version is deleted and the
    // new document row inserted. A trigger makes that last insert fail.
    RawDb(path, SQLITE_OPEN_READWRITE)
        .exec("CREATE TRIGGER fail_extraction BEFORE INSERT ON extractions "
              "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
    const std::vector<std::string> before = dump_tables(path);
    const DocumentExtraction v1 = synthetic(6, 1);

    SUBCASE("replacing a stored document") {
        const std::string msg = error_of([&] { st->put(v1, "v1"); });
        CHECK(msg == path + ": cannot store document \"doc-00006\": injected failure");
        CHECK(dump_tables(path) == before);
        CHECK(describe(*st->load(v0.document.id)) == describe(v0));
    }
    SUBCASE("adding a new document") {
        const std::string msg = error_of([&] { st->put(with_id(v1, "new.txt"), "v1"); });
        CHECK(contains(msg, "cannot store document \"new.txt\": injected failure"));
        CHECK(dump_tables(path) == before);
        CHECK_FALSE(st->load("new.txt"));
    }
    SUBCASE("one document of a batch: the others are stored") {
        const DocumentExtraction a = synthetic(7), b = synthetic(8);
        RawDb(path, SQLITE_OPEN_READWRITE)
            .exec("DROP TRIGGER fail_extraction; CREATE TRIGGER fail_extraction BEFORE INSERT ON extractions "
                  "WHEN (SELECT id FROM documents WHERE doc = NEW.doc) = 'doc-00006' "
                  "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
        const std::vector<PutItem> items = {{&a, "a", ""}, {&v1, "v1", ""}, {&b, "b", ""}};
        const std::vector<PutResult> results = st->put_many(items);
        REQUIRE(results.size() == 3);
        CHECK(results[0].outcome == PutOutcome::Added);
        CHECK_FALSE(results[1].outcome);
        CHECK(contains(results[1].error, "cannot store document \"doc-00006\": injected failure"));
        CHECK(results[2].outcome == PutOutcome::Added);
        CHECK(describe(*st->load(v0.document.id)) == describe(v0));  // the old version is back
        CHECK(describe(*st->load(a.document.id)) == describe(a));
        CHECK(describe(*st->load(b.document.id)) == describe(b));
    }
    // The store stays usable after the rollback.
    RawDb(path, SQLITE_OPEN_READWRITE).exec("DROP TRIGGER fail_extraction");
    CHECK(st->put(v1, "v1") == PutOutcome::Replaced);
    CHECK(describe(*st->load(v0.document.id)) == describe(v1));
    CHECK(RawDb(path).value("PRAGMA integrity_check") == "ok");
}

TEST_CASE("put_many stores a batch in one transaction with each document's own outcome") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        REQUIRE(st->put(synthetic(0), "h0") == PutOutcome::Added);
        REQUIRE(st->put(synthetic(1), "h1") == PutOutcome::Added);
        DocumentExtraction bad = synthetic(5);
        bad.relations[0].a = 99;
        const DocumentExtraction d0 = synthetic(0), d1 = synthetic(1, 1), d2 = synthetic(2), d3 = synthetic(3);
        const DocumentExtraction copy = with_id(synthetic(2), "copy-of-2.txt");
        const std::vector<PutItem> items = {{&d0, "h0", ""}, {&d1, "h1-new", ""}, {&d2, "h2", ""}, {&bad, "h5", ""},
                                            {&copy, "h2", ""}, {&d3, "h3", ""}};
        const std::vector<PutResult> r = st->put_many(items);
        REQUIRE(r.size() == 6);
        CHECK(r[0].outcome == PutOutcome::Unchanged);
        CHECK(r[1].outcome == PutOutcome::Replaced);
        CHECK(r[2].outcome == PutOutcome::Added);
        CHECK_FALSE(r[3].outcome);
        CHECK(r[3].error == path + ": cannot store document \"doc-00005\": relation 0 a refers to entity 99 of " +
                                std::to_string(bad.entities.size()));
        CHECK(r[4].outcome == PutOutcome::Duplicate);  // a duplicate of a document earlier in the same batch
        CHECK(r[5].outcome == PutOutcome::Added);
        for (std::size_t k = 0; k < 6; ++k) CHECK(r[k].outcome.has_value() == r[k].error.empty());
        CHECK(st->documents().size() == 4);
        CHECK(describe(*st->load(synthetic_id(1))) == describe(d1));
        CHECK_FALSE(st->load("doc-00005"));
        CHECK(st->put_many({}).empty());
        if (!is_postgres_url(path)) CHECK(RawDb(path).value("PRAGMA integrity_check") == "ok");
    });
}

TEST_CASE("indices out of range are rejected before anything is written") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        DocumentExtraction x = synthetic(0);
        SUBCASE("relation end") {
            x.relations[1].b = 99;
            CHECK(error_of([&] { st->put(x, "h"); }) ==
                  path + ": cannot store document \"doc-00000\": relation 1 b refers to entity 99 of 3");
        }
        SUBCASE("meeting host") {
            x.meetings[0].host = 3;
            CHECK(error_of([&] { st->put(x, "h"); }) ==
                  path + ": cannot store document \"doc-00000\": meeting 0 host refers to entity 3 of 3");
        }
        SUBCASE("a mention or evidence span that ends before it begins, a confidence that is not a number") {
            DocumentExtraction y = x;
            y.entities.back().mentions.back().span = Span{20, 10};
            CHECK(contains(error_of([&] { st->put(y, "h"); }), "entity 2 has a mention ending before it begins"));
            y = x;
            y.relations[0].evidence[0].sentence = Span{9, 3};
            CHECK(contains(error_of([&] { st->put(y, "h"); }), "relation 0 has evidence ending before it begins"));
            y = x;
            y.meetings.back().evidence.back().confidence = std::numeric_limits<double>::quiet_NaN();
            CHECK(contains(error_of([&] { st->put(y, "h"); }), "has a confidence outside [0, 1]"));
        }
        SUBCASE("empty id and empty hash") {
            CHECK(contains(error_of([&] { st->put(with_id(x, ""), "h"); }), "empty document id"));
            CHECK(contains(error_of([&] { st->put(x, ""); }), "empty content hash"));
        }
        CHECK(st->documents().empty());
        CHECK(st->load_all().empty());
    });
}

TEST_CASE("corrections are kept in order and once each across forget and reopen") {
    on_each_backend([&](const std::string& path) {
        {
            auto st = open_store(path);
            REQUIRE(st->put(synthetic(0), "h") == PutOutcome::Added);
            st->add_correction(Correction{Correction::Kind::Merge, "PERSON:Kishida", "PERSON:Fumio Kishida"});
            st->add_correction(Correction{Correction::Kind::Split, "PERSON:Wang", ""});
            st->add_correction(Correction{Correction::Kind::Merge, "PERSON:Kishida", "PERSON:Fumio Kishida"});
            st->forget(synthetic_id(0));
        }
        auto st = open_store(path);
        const std::vector<Correction> cs = st->corrections();
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].kind == Correction::Kind::Merge);
        CHECK(cs[0].a == "PERSON:Kishida");
        CHECK(cs[0].b == "PERSON:Fumio Kishida");
        CHECK(cs[1].kind == Correction::Kind::Split);
        CHECK(cs[1].a == "PERSON:Wang");
        CHECK(cs[1].b.empty());
    });
}

TEST_CASE("two connections to one database both write without losing documents") {
    on_each_backend([&](const std::string& path) {
        auto first = open_store(path);
        auto second = open_store(path);
        for (std::size_t i = 0; i < 20; ++i) {
            Store& st = i % 2 ? *first : *second;
            REQUIRE(st.put(synthetic(i), sha256_hex(synthetic(i).document.text)) == PutOutcome::Added);
        }
        CHECK(first->load_all().size() == 20);
        CHECK(second->documents().size() == 20);
        CHECK(second->put(synthetic(3), sha256_hex(synthetic(3).document.text)) == PutOutcome::Unchanged);
    });
}

TEST_CASE("the database passes integrity and foreign key checks after a mixed workload") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    {
        auto st = open_store(path);
        for (std::size_t i = 0; i < 40; ++i) st->put(synthetic(i), "h" + std::to_string(i));
        for (std::size_t i = 0; i < 40; i += 3) st->put(synthetic(i, 2), "r" + std::to_string(i));
        for (std::size_t i = 1; i < 40; i += 4) st->forget(synthetic_id(i));
    }
    RawDb raw(path);
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
    CHECK(raw.rows("PRAGMA foreign_key_check").empty());
    for (const std::string& t : kg_tables()) {
        if (t == "documents") continue;
        CAPTURE(t);
        CHECK(raw.value("SELECT count(*) FROM " + t + " WHERE doc NOT IN (SELECT doc FROM documents)") == "0");
    }
    CHECK(raw.count("documents") == 30);
}

}  // TEST_SUITE

TEST_SUITE("store") {

// SQL literal: 'text' with quotes doubled, or NULL.
std::string lit(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}
std::string lit(std::size_t v) { return std::to_string(v); }
std::string lit(const std::optional<std::size_t>& v) { return v ? std::to_string(*v) : "NULL"; }
std::string real_literal(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);  // round-trips every double
    return buf;
}

// Writes x as schema versions 1 and 2 did: one row per entity, alias, mention,
// relation, attribute, meeting, participant, piece of evidence and diagnostic.
void insert_version2_rows(RawDb& raw, std::size_t doc, const DocumentExtraction& x, const std::string& sha) {
    const std::string d = std::to_string(doc);
    std::string sql = "INSERT INTO documents VALUES (" + d + ", " + lit(x.document.id) + ", " + lit(x.document.source) +
                      ", " + lit(x.document.title) + ", " + lit(x.document.date) + ", " + lit(sha) + ", " +
                      lit(x.document.text) + ", '2026-01-01T00:00:00.000Z');";
    for (std::size_t e = 0; e < x.entities.size(); ++e) {
        const Entity& ent = x.entities[e];
        sql += "INSERT INTO entities VALUES (" + d + ", " + lit(e) + ", " + lit(std::string(to_string(ent.type))) + ", " +
               lit(ent.name) + ", " + lit(ent.full_name) + ");";
        for (std::size_t a = 0; a < ent.aliases.size(); ++a)
            sql += "INSERT INTO aliases VALUES (" + d + ", " + lit(e) + ", " + lit(a) + ", " + lit(ent.aliases[a]) + ");";
        for (std::size_t m = 0; m < ent.mentions.size(); ++m)
            sql += "INSERT INTO mentions VALUES (" + d + ", " + lit(e) + ", " + lit(m) + ", " +
                   lit(ent.mentions[m].span.begin) + ", " + lit(ent.mentions[m].span.end) + ", " +
                   lit(ent.mentions[m].surface) + ");";
    }
    auto evidence = [&](int kind, std::size_t owner, const std::vector<Evidence>& list) {
        for (std::size_t i = 0; i < list.size(); ++i)
            sql += "INSERT INTO evidence VALUES (" + d + ", " + std::to_string(kind) + ", " + lit(owner) + ", " + lit(i) +
                   ", " + (list[i].doc_id == x.document.id ? std::string("NULL") : lit(list[i].doc_id)) + ", " +
                   lit(list[i].sentence.begin) + ", " + lit(list[i].sentence.end) + ", " + lit(list[i].rule) + ", " +
                   real_literal(list[i].confidence) + ");";
    };
    for (std::size_t k = 0; k < x.relations.size(); ++k) {
        const Relation& r = x.relations[k];
        sql += "INSERT INTO relations VALUES (" + d + ", " + lit(k) + ", " + lit(std::string(to_string(r.type))) + ", " +
               lit(r.a) + ", " + lit(r.b) + ", " + lit(r.date) + ", " + lit(r.place) + ");";
        for (const auto& [key, value] : r.attributes)
            sql += "INSERT INTO relation_attributes VALUES (" + d + ", " + lit(k) + ", " + lit(key) + ", " + lit(value) + ");";
        evidence(0, k, r.evidence);
    }
    for (std::size_t k = 0; k < x.meetings.size(); ++k) {
        const Meeting& m = x.meetings[k];
        sql += "INSERT INTO meetings VALUES (" + d + ", " + lit(k) + ", " + lit(m.date) + ", " + lit(m.place) + ", " +
               lit(std::string(to_string(m.mode))) + ", " + lit(std::string(to_string(m.status))) + ", " + lit(m.host) +
               ", " + lit(m.visitor) + ", " + lit(m.parent_event) + ", " + lit(m.cameo) + ", " + lit(m.plover_mode) + ");";
        for (std::size_t i = 0; i < m.participants.size(); ++i)
            sql += "INSERT INTO meeting_participants VALUES (" + d + ", " + lit(k) + ", " + lit(i) + ", " +
                   lit(m.participants[i]) + ");";
        evidence(1, k, m.evidence);
    }
    for (std::size_t k = 0; k < x.diagnostics.size(); ++k)
        sql += "INSERT INTO diagnostics VALUES (" + d + ", " + lit(k) + ", " +
               (x.diagnostics[k].severity == Diagnostic::Severity::Error ? "'error', " : "'warning', ") +
               lit(x.diagnostics[k].source) +
               ", " + lit(x.diagnostics[k].message) + ");";
    raw.exec(sql);
}

TEST_CASE("a version 2 database is migrated in place (through version 3), every extraction packed intact") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    DocumentExtraction rich = rich_document();
    for (char& c : rich.document.text) c = c == '\0' ? ' ' : c;  // the raw SQL below stops at a NUL
    const std::vector<DocumentExtraction> docs = {synthetic(0), synthetic(1), synthetic(2), rich};
    {
        // A version 2 database, built from the schema's own first two steps.
        RawDb raw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        for (const detail::Migration& m : detail::migrations())
            if (m.version <= 2) raw.exec(m.sql);
        raw.exec("PRAGMA user_version = 2; PRAGMA application_id = " + std::to_string(detail::kApplicationId) + ";"
                 "INSERT INTO corrections(kind, a, b, created_at) VALUES ('split', 'PERSON:A', '', '2026');");
        for (std::size_t i = 0; i < docs.size(); ++i) insert_version2_rows(raw, i + 1, docs[i], "h" + std::to_string(i));
    }
    auto st = open_store(path);
    const std::vector<DocumentExtraction> all = st->load_all();
    REQUIRE(all.size() == docs.size());
    for (const DocumentExtraction& x : docs) CHECK(describe(*st->load(x.document.id)) == describe(x));
    CHECK(st->corrections().size() == 1);
    CHECK(st->put(docs[1], "h1") == PutOutcome::Unchanged);  // hashes carried over
    st.reset();
    RawDb raw(path);
    CHECK(raw.value("PRAGMA user_version") == std::to_string(kg::store::schema_version()));
    CHECK(raw.value("SELECT count(*) FROM sqlite_schema WHERE name IN ('entities', 'mentions', 'evidence')") == "0");
    CHECK(raw.count("extractions") == static_cast<long long>(docs.size()));
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
}

}

TEST_SUITE("store") {

TEST_CASE("a document records the fingerprint of what produced its extraction") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        const DocumentExtraction a = synthetic(0);
        const DocumentExtraction b = synthetic(1);
        const std::vector<PutItem> items = {{&a, "ha", "rules-1"}, {&b, "hb", "rules-1"}};
        st->put_many(items);
        REQUIRE(st->put(synthetic(2), "hc") == PutOutcome::Added);
        const std::vector<DocumentInfo> docs = st->documents();
        REQUIRE(docs.size() == 3);
        CHECK(docs[0].fingerprint == "rules-1");
        CHECK(docs[1].fingerprint == "rules-1");
        CHECK(docs[2].fingerprint.empty());  // put() records none
    });
}

TEST_CASE("replace_extractions swaps stored extractions and fingerprints, all or nothing") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        const DocumentExtraction a = synthetic(0);
        const DocumentExtraction b = synthetic(1);
        const std::vector<PutItem> items = {{&a, "ha", "old"}, {&b, "hb", "old"}};
        st->put_many(items);

        // The same documents extracted anew: another extraction of the same text.
        DocumentExtraction a2 = synthetic(0, 1);
        a2.document = a.document;
        a2.document.date = "2030-01-01";
        SUBCASE("known documents") {
            const std::vector<DocumentExtraction> again = {a2};
            st->replace_extractions(again, "new");
            CHECK(describe(*st->load(a.document.id)) == describe(a2));
            CHECK(describe(*st->load(b.document.id)) == describe(b));
            const std::vector<DocumentInfo> docs = st->documents();
            CHECK(docs[0].fingerprint == "new");
            CHECK(docs[0].date == "2030-01-01");
            CHECK(docs[0].sha256 == "ha");  // the text and its hash stay
            CHECK(docs[1].fingerprint == "old");
        }
        SUBCASE("one of them not stored: nothing changes") {
            DocumentExtraction stranger = synthetic(7);
            const std::vector<DocumentExtraction> again = {a2, stranger};
            CHECK(contains(error_of([&] { st->replace_extractions(again, "new"); }),
                           "cannot store the new extraction of document \"" + stranger.document.id + "\": it is not stored"));
            CHECK(describe(*st->load(a.document.id)) == describe(a));
            CHECK(st->documents()[0].fingerprint == "old");
        }
        CHECK(st->load_all().size() == 2);
        st.reset();
        if (!is_postgres_url(path)) CHECK(RawDb(path).value("PRAGMA integrity_check") == "ok");
    });
}

TEST_CASE("a version 3 database gains the fingerprint column and renames, every document and correction kept") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    const std::vector<DocumentExtraction> docs = {synthetic(0), synthetic(1), synthetic(2)};
    {
        auto st = open_store(path);
        for (std::size_t i = 0; i < docs.size(); ++i) REQUIRE(st->put(docs[i], "h" + std::to_string(i)) == PutOutcome::Added);
        st->add_correction({Correction::Kind::Merge, "PERSON:A", "PERSON:B"});
    }
    {
        // Back to the version 3 layout: no fingerprint column, and corrections merge or split only.
        RawDb raw(path, SQLITE_OPEN_READWRITE);
        raw.exec("DROP INDEX documents_by_origin; ALTER TABLE documents DROP COLUMN origin;"
                 "ALTER TABLE documents DROP COLUMN path; ALTER TABLE documents DROP COLUMN fingerprint;"
                 "CREATE TABLE c3(id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),"
                 " a TEXT NOT NULL, b TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (kind, a, b)) STRICT;"
                 "INSERT INTO c3 SELECT id, kind, a, b, created_at FROM corrections; DROP TABLE corrections;"
                 "ALTER TABLE c3 RENAME TO corrections; PRAGMA user_version = 3;");
    }
    auto st = open_store(path);
    const std::vector<DocumentInfo> infos = st->documents();
    REQUIRE(infos.size() == docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        CHECK(describe(*st->load(docs[i].document.id)) == describe(docs[i]));
        CHECK(infos[i].fingerprint.empty());
        CHECK(infos[i].sha256 == "h" + std::to_string(i));
    }
    st->add_correction({Correction::Kind::Rename, "PERSON:A", "Anna"});
    const std::vector<Correction> corrections = st->corrections();
    REQUIRE(corrections.size() == 2);
    CHECK(corrections[0].kind == Correction::Kind::Merge);
    CHECK(corrections[1].kind == Correction::Kind::Rename);
    CHECK(corrections[1].b == "Anna");
    st.reset();
    RawDb raw(path);
    CHECK(raw.value("PRAGMA user_version") == std::to_string(kg::store::schema_version()));
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
}

TEST_CASE("a version 4 database gains document origins, every document kept and recognised by id") {
    TempDir dir;
    const std::string path = dir.file("kg.db");
    const std::vector<DocumentExtraction> docs = {synthetic(0), synthetic(1)};
    {
        auto st = open_store(path);
        for (std::size_t i = 0; i < docs.size(); ++i) REQUIRE(st->put(docs[i], "h" + std::to_string(i)) == PutOutcome::Added);
    }
    {
        RawDb raw(path, SQLITE_OPEN_READWRITE);
        raw.exec("DROP INDEX documents_by_origin; ALTER TABLE documents DROP COLUMN origin;"
                 "ALTER TABLE documents DROP COLUMN path; PRAGMA user_version = 4;");
    }
    auto st = open_store(path);
    const std::vector<DocumentInfo> infos = st->documents();
    REQUIRE(infos.size() == docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        CHECK(describe(*st->load(docs[i].document.id)) == describe(docs[i]));
        CHECK(infos[i].origin.empty());
        CHECK(infos[i].path.empty());
    }
    // A document of unknown origin can be given one, and is then found by it.
    CHECK(st->relocate(docs[0].document.id, "file:/data/a.txt", "/data/a.txt", "a.txt"));
    CHECK_FALSE(st->relocate("no such id", "file:/data/b.txt", "/data/b.txt", "b.txt"));
    CHECK(st->documents()[0].origin == "file:/data/a.txt");
    DocumentExtraction edited = docs[0];
    edited.document.title = "Edited";
    const PutItem item{&edited, "h-new", "fp", "file:/data/a.txt"};
    const std::vector<PutResult> r = st->put_many(std::span<const PutItem>(&item, 1));
    REQUIRE(r[0].outcome);
    CHECK(*r[0].outcome == PutOutcome::Replaced);
    CHECK(st->documents().size() == docs.size());
    st.reset();
    RawDb raw(path);
    CHECK(raw.value("PRAGMA user_version") == std::to_string(kg::store::schema_version()));
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
}

TEST_CASE("a document is replaced through its origin, and a new one never takes another's id") {
    on_each_backend([&](const std::string& path) {
        auto st = open_store(path);
        DocumentExtraction a = synthetic(0);
        a.document.id = "a.txt";
        a.document.path = "/one/a.txt";
        const PutItem first{&a, "h1", "fp", "file:/one/a.txt"};
        REQUIRE(*st->put_many(std::span<const PutItem>(&first, 1))[0].outcome == PutOutcome::Added);
        CHECK(st->documents()[0].path == "/one/a.txt");

        // Another file whose reader id is the same: an error, and the stored one is untouched.
        DocumentExtraction b = synthetic(1);
        b.document.id = "a.txt";
        const PutItem clash{&b, "h2", "fp", "file:/two/a.txt"};
        const std::vector<PutResult> r = st->put_many(std::span<const PutItem>(&clash, 1));
        CHECK_FALSE(r[0].outcome);
        CHECK(r[0].error.find("already names another stored document") != std::string::npos);
        REQUIRE(st->documents().size() == 1);
        CHECK(st->documents()[0].sha256 == "h1");

        // The same origin under the id it was stored with: unchanged, then replaced.
        CHECK(*st->put_many(std::span<const PutItem>(&first, 1))[0].outcome == PutOutcome::Unchanged);
        DocumentExtraction a2 = synthetic(1);
        a2.document.id = "a.txt";
        const PutItem edit{&a2, "h3", "fp", "file:/one/a.txt"};
        CHECK(*st->put_many(std::span<const PutItem>(&edit, 1))[0].outcome == PutOutcome::Replaced);
        CHECK(st->documents().size() == 1);
        CHECK(st->documents()[0].sha256 == "h3");

        // Two documents cannot share an origin.
        DocumentExtraction c = synthetic(2);
        c.document.id = "c.txt";
        const PutItem third{&c, "h4", "fp", "file:/three/c.txt"};
        REQUIRE(*st->put_many(std::span<const PutItem>(&third, 1))[0].outcome == PutOutcome::Added);
        CHECK_THROWS_AS(st->relocate("c.txt", "file:/one/a.txt", "/one/a.txt", "a.txt"), StoreError);
    });
}

}
