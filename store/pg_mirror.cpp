// sync_pg_mirror: the local SQLite copy of a PostgreSQL knowledge base, brought up to
// date from the database's change tracking (store/pg_mirror.h). Documents are copied as
// rows, byte for byte (text, packed extraction, hashes, fingerprint, origin, path, time of
// ingest), so the copy answers exactly as the database would if it were this SQLite file.

#include "store/pg_mirror.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/error.h"
#include "store/pg_db.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace kg::store {
namespace {

using detail::Database;
using detail::PgConnection;
using detail::PgResult;
using detail::PgTransaction;
using detail::Statement;
using detail::StatementUse;
using detail::Transaction;
using detail::TransactionKind;

// Documents read from the database per round trip (a cursor): bounded memory at any size.
constexpr int kFetchRows = 1000;

// One stored document as both backends keep it.
struct Row {
    std::string id, source, title, date, sha256, text, ingested_at, fingerprint, origin, path, data;
    bool operator==(const Row&) const = default;
};

// The columns a Row is read from, in PostgreSQL (d: documents, x: extractions).
constexpr const char* kPgColumns =
    "d.id, d.source, d.title, d.date, d.sha256, d.text, d.ingested_at, d.fingerprint, d.origin, d.path, x.data "
    "FROM documents d LEFT JOIN extractions x ON x.doc = d.doc";

Row pg_row(const PgResult& r, int i, const PgConnection& pg) {
    if (r.is_null(i, 10)) pg.fail("corrupt kg database", "document '" + r.text(i, 0) + "' has no extraction");
    return Row{r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.bytes(i, 5),
               r.text(i, 6), r.text(i, 7), r.text(i, 8), r.text(i, 9), r.bytes(i, 10)};
}

// What the copy says of itself (table kg_mirror); nullopt for a copy without it (new).
struct MirrorState {
    std::string source;  // the database's identity (kg_meta.base_id and its oid)
    std::int64_t change_point = 0;
    std::int64_t documents = 0;   // how many the copy held then
    std::int64_t generation = -1;  // the copy's kb_generation then (-1: none yet)
};

constexpr const char* kMirrorTable = R"sql(
CREATE TABLE IF NOT EXISTS kg_mirror(
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    format        INTEGER NOT NULL,
    source        TEXT NOT NULL,
    change_point  INTEGER NOT NULL,
    documents     INTEGER NOT NULL,
    generation    INTEGER NOT NULL
) STRICT;
)sql";

// The copy's state; nullopt for a new copy, and for one of another format (whose state
// table is made again).
std::optional<MirrorState> read_state(Database& db) {
    {
        Statement f = db.prepare("SELECT format FROM kg_mirror WHERE id = 1");
        if (!f.step("cannot read the copy's state")) return std::nullopt;
        if (f.integer(0) != kMirrorFormat) {
            f.reset();
            db.exec("DROP TABLE kg_mirror", "cannot reset the copy's state");
            db.exec(kMirrorTable, "cannot make the copy's state table");
            return std::nullopt;
        }
    }
    Statement q = db.prepare("SELECT source, change_point, documents, generation FROM kg_mirror WHERE id = 1");
    if (!q.step("cannot read the copy's state")) return std::nullopt;
    return MirrorState{q.text(0), q.integer(1), q.integer(2), q.integer(3)};
}

// The copy's change counter (kb_generation, which the triggers of its graph snapshot bump
// at every change of documents or corrections: store/graph_snapshot.cpp); -1 before the
// copy's first snapshot installed it.
std::int64_t copy_generation(Database& db) {
    if (db.query_int("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'kb_generation'",
                     "cannot read the copy's schema") == 0)
        return -1;
    Statement q = db.prepare("SELECT value FROM kb_generation WHERE id = 1");
    return q.step("cannot read the copy's change counter") ? q.integer(0) : -1;
}

// Writes documents into the copy, inside the caller's transaction.
class Writer {
public:
    explicit Writer(Database& db)
        : find_(db.prepare("SELECT d.doc, d.id, d.source, d.title, d.date, d.sha256, d.text, d.ingested_at, "
                           "d.fingerprint, d.origin, d.path, x.data FROM documents d "
                           "LEFT JOIN extractions x ON x.doc = d.doc WHERE d.id = ?1")),
          remove_(db.prepare("DELETE FROM documents WHERE id = ?1")),
          // A row of the copy holding the new row's origin or bytes under another id can
          // only be one the database changed too (it has them once): it goes, and comes
          // back when its own change is copied.
          clear_(db.prepare("DELETE FROM documents WHERE id <> ?1 AND ((origin = ?2 AND origin <> '') OR sha256 = ?3)")),
          insert_(db.prepare("INSERT INTO documents(id, source, title, date, sha256, text, ingested_at, fingerprint, "
                             "origin, path) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
          insert_data_(db.prepare("INSERT INTO extractions(doc, data) VALUES (last_insert_rowid(), ?1)")) {}

    // Makes the copy's document `r.id` equal to `r`: false when it already was.
    bool put(const Row& r) {
        const char* what = "cannot copy a document";
        bool present = false;
        {
            StatementUse use(find_);
            find_.bind(1, r.id);
            if (find_.step(what)) {
                present = true;
                const Row mine{find_.text(1), find_.text(2), find_.text(3), find_.text(4),
                               find_.text(5), find_.text(6), find_.text(7), find_.text(8),
                               find_.text(9), find_.text(10), std::string(find_.blob(11))};
                if (mine == r) return false;
            }
        }
        if (present) remove(r.id);
        {
            StatementUse use(clear_);
            clear_.bind(1, r.id);
            clear_.bind(2, r.origin);
            clear_.bind(3, r.sha256);
            clear_.run(what);
        }
        {
            StatementUse use(insert_);
            const std::string* cols[] = {&r.id,   &r.source,      &r.title,       &r.date,   &r.sha256,
                                         &r.text, &r.ingested_at, &r.fingerprint, &r.origin, &r.path};
            for (int i = 0; i < 10; ++i) insert_.bind(i + 1, *cols[i]);
            insert_.run(what);
        }
        StatementUse use(insert_data_);
        insert_data_.bind_blob(1, r.data);
        insert_data_.run(what);
        return true;
    }

    // Deletes the copy's document `id` (its extraction goes with it): false when absent.
    bool remove(const std::string& id) {
        StatementUse use(remove_);
        remove_.bind(1, id);
        remove_.run("cannot remove a document from the copy");
        return sqlite3_changes64(sqlite3_db_handle(remove_.get())) > 0;
    }

private:
    Statement find_, remove_, clear_, insert_, insert_data_;
};

// Runs `select` (a SELECT of kPgColumns ...) through a cursor, handing each row to `f`.
template <class F>
void each_row(PgConnection& pg, const std::string& select, F&& f) {
    pg.exec("DECLARE kg_mirror_rows NO SCROLL CURSOR FOR " + select, "cannot read documents");
    for (;;) {
        const PgResult r = pg.query("FETCH " + std::to_string(kFetchRows) + " FROM kg_mirror_rows", {},
                                    "cannot read documents");
        for (int i = 0; i < r.rows(); ++i) f(pg_row(r, i, pg));
        if (r.rows() < kFetchRows) break;
    }
    pg.exec("CLOSE kg_mirror_rows", "cannot read documents");
}

struct CorrectionRow {
    std::string kind, a, b, created_at;
    bool operator==(const CorrectionRow&) const = default;
};

void remove_files(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
}

// One attempt at bringing the copy up to date (a full copy with `why_full`). False, with
// nothing changed, when the copy turns out not to hold what the database holds.
bool sync_once(PgConnection& pg, const std::string& path, MirrorSync& sync, const std::string& why_full = {}) {
    // Made or migrated as any SQLite base (closed again: the rows are written below).
    { open_store(path, Durability::Normal); }
    Database db(path, SQLITE_OPEN_READWRITE);
    db.check(sqlite3_busy_timeout(db.get(), 10000), "cannot set busy timeout");
    db.exec("PRAGMA foreign_keys = ON", "cannot enable foreign keys");
    db.exec("PRAGMA synchronous = NORMAL", "cannot set synchronous mode");
    db.exec(kMirrorTable, "cannot make the copy's state table");

    // One consistent state of the database for everything read below.
    PgTransaction tx(pg, PgTransaction::Read);
    const PgResult meta = pg.query(
        "SELECT m.base_id || '/' || (SELECT oid FROM pg_database WHERE datname = current_database())::text, "
        "greatest(coalesce((SELECT max(change_seq) FROM documents), 0), "
        "coalesce((SELECT max(change_seq) FROM kg_forgotten), 0)) FROM kg_meta m",
        {}, "cannot read kg_meta");
    if (meta.rows() != 1) pg.fail("not a kg database", "kg_meta must hold one row");
    const std::string source = meta.text(0, 0);
    const std::int64_t now = meta.integer(0, 1);

    Transaction write(db, TransactionKind::Write);
    const std::optional<MirrorState> state = read_state(db);
    sync.full = true;
    if (!why_full.empty()) sync.why_full = why_full;
    else if (!state) sync.why_full = "no copy yet, or one of another format";
    else if (state->source != source) sync.why_full = "a copy of another database of that URL (made again since)";
    else if (state->change_point > now) sync.why_full = "a copy ahead of the database (restored from a backup?)";
    else sync.full = false;
    sync.from_change = state && !sync.full ? state->change_point : 0;
    sync.to_change = now;

    Writer writer(db);
    if (sync.full) {
        db.exec("DELETE FROM extractions; DELETE FROM documents;", "cannot empty the copy");
        each_row(pg, std::string("SELECT ") + kPgColumns + " ORDER BY d.id", [&](const Row& r) {
            writer.put(r);
            ++sync.copied;
        });
    } else if (now > state->change_point) {
        const std::string since = std::to_string(state->change_point);
        const PgResult gone = pg.query(
            "SELECT f.id FROM kg_forgotten f WHERE f.change_seq > " + since +
                " AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.id) ORDER BY f.id",
            {}, "cannot read the forgotten documents");
        for (int i = 0; i < gone.rows(); ++i)
            if (writer.remove(gone.text(i, 0))) ++sync.removed;
        each_row(pg, std::string("SELECT ") + kPgColumns + " WHERE d.change_seq > " + since + " ORDER BY d.id",
                 [&](const Row& r) {
                     if (writer.put(r)) ++sync.copied;
                     else ++sync.unchanged;
                 });
    }

    // Corrections are few: compared whole, and copied again in their order when they differ.
    const PgResult pc = pg.query("SELECT kind, a, b, created_at FROM corrections ORDER BY id", {},
                                 "cannot list corrections");
    std::vector<CorrectionRow> theirs, mine;
    for (int i = 0; i < pc.rows(); ++i) theirs.push_back({pc.text(i, 0), pc.text(i, 1), pc.text(i, 2), pc.text(i, 3)});
    {
        Statement q = db.prepare("SELECT kind, a, b, created_at FROM corrections ORDER BY id");
        while (q.step("cannot list the copy's corrections")) mine.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    }
    if (mine != theirs) {
        sync.corrections = true;
        db.exec("DELETE FROM corrections", "cannot copy the corrections");
        Statement ins = db.prepare("INSERT INTO corrections(kind, a, b, created_at) VALUES (?1, ?2, ?3, ?4)");
        for (const CorrectionRow& c : theirs) {
            StatementUse use(ins);
            ins.bind(1, c.kind);
            ins.bind(2, c.a);
            ins.bind(3, c.b);
            ins.bind(4, c.created_at);
            ins.run("cannot copy the corrections");
        }
    }

    // A copy that does not hold as many documents as the database missed a change (or
    // was changed by hand): copy everything again. When documents changed, the database's
    // are counted (an index-only scan: 15-25 ms at 100,000 documents); else the copy must
    // hold what it held after the last update, which it does without counting when its
    // change counter has not moved since.
    const bool documents_changed = sync.full || now != state->change_point;
    const std::int64_t generation = copy_generation(db);
    const bool untouched = !documents_changed && !sync.corrections && generation >= 0 &&
                           generation == state->generation;
    const std::int64_t held =
        untouched ? state->documents
                  : db.query_int("SELECT count(*) FROM documents", "cannot count the copy's documents");
    const std::int64_t pg_documents =
        documents_changed ? pg.query("SELECT count(*) FROM documents", {}, "cannot count documents").integer(0, 0)
                          : state->documents;
    if (held != pg_documents) {
        if (sync.full)
            db.fail("cannot copy the database",
                    "the copy holds " + std::to_string(held) + " documents, the database " + std::to_string(pg_documents));
        sync.why_full = "the copy would hold " + std::to_string(held) + " documents, the database holds " +
                        std::to_string(pg_documents);
        return false;  // both transactions roll back
    }

    if (!untouched) {
        Statement q = db.prepare("INSERT OR REPLACE INTO kg_mirror(id, format, source, change_point, documents, "
                                 "generation) VALUES (1, ?1, ?2, ?3, ?4, ?5)");
        q.bind(1, std::int64_t{kMirrorFormat});
        q.bind(2, source);
        q.bind(3, now);
        q.bind(4, held);
        q.bind(5, generation);
        q.run("cannot record the copy's state");
    }
    write.commit();
    tx.commit();
    return true;
}

}  // namespace

MirrorLock::MirrorLock(const std::string& path) {
    const std::string lock = path + ".lock";
    fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw StoreError(lock + ": cannot open the lock of the local copy: " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0) {
        if (errno == EINTR) continue;
        const int e = errno;
        ::close(fd_);
        fd_ = -1;
        throw StoreError(lock + ": cannot lock the local copy: " + std::strerror(e));
    }
}

MirrorLock::~MirrorLock() {
    if (fd_ >= 0) ::close(fd_);  // closing drops the flock
}

MirrorLock& MirrorLock::operator=(MirrorLock&& o) noexcept {
    if (this != &o) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = o.fd_;
        o.fd_ = -1;
    }
    return *this;
}

MirrorLock sync_pg_mirror(const std::string& url, const std::string& path, MirrorSync& sync) {
    MirrorLock lock(path);
    PgConnection pg(url);
    try {
        sync = {};
        if (!sync_once(pg, path, sync)) {
            const std::string why = sync.why_full;
            sync = {};
            if (!sync_once(pg, path, sync, why)) pg.fail("cannot copy the database", sync.why_full);
        }
    } catch (const StoreError& e) {
        // A copy that cannot be read or written (damaged, of a newer kg, not SQLite) is
        // made again from nothing; the database's own errors are not the copy's.
        const std::string message = e.what();
        if (message.compare(0, path.size() + 1, path + ":") != 0) throw;
        remove_files(path);
        sync = {};
        if (!sync_once(pg, path, sync, "the copy could not be used (" + message + ")"))
            pg.fail("cannot copy the database", sync.why_full);
    }
    return lock;
}

}  // namespace kg::store
