// SqliteStore: the embedded SQLite backend of kg::store::Store.
// put(): one document = one BEGIN IMMEDIATE ... COMMIT transaction; put_many():
// a batch in one transaction, a SAVEPOINT per document. WAL journal;
// synchronous=FULL so a committed document survives power loss; schema in
// store/schema.cpp. Not thread-safe: one Store per thread.

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>

#include "model/error.h"
#include "store/extraction_codec.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/store_rules.h"

namespace kg::store {
namespace {

using detail::correction_kind_name;
using detail::Database;
using detail::quoted;
using detail::Savepoint;
using detail::Statement;
using detail::StatementUse;
using detail::Transaction;
using detail::TransactionKind;

constexpr int kBusyTimeoutMs = 10000;
constexpr std::int64_t kOwnerRelation = 0;
constexpr std::int64_t kOwnerMeeting = 1;

std::string hex32(std::int64_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(static_cast<std::uint32_t>(v)));
    return buf;
}

std::string_view severity_name(Diagnostic::Severity s) {
    return s == Diagnostic::Severity::Error ? "error" : "warning";
}

// Reads the statement once, yielding a single row's integer.
std::int64_t pragma_int(Database& db, const char* sql) { return db.query_int(sql, std::string("cannot run ") + sql); }

// Schema versions 1 and 2 kept each extraction in nine child tables. These
// readers survive only to pack such a database's rows when it is migrated to
// version 3: each child table read in primary-key order, for all documents.
// (Each query lists its table in primary-key order.)
struct Readers {
    Statement documents, entities, aliases, mentions, relations, attributes, meetings, participants, evidence,
        diagnostics;

    explicit Readers(Database& db)
        : documents(db.prepare("SELECT doc, id, source, title, date, text FROM documents ORDER BY id")),
          entities(db.prepare("SELECT doc, idx, type, name, full_name FROM entities ORDER BY doc, idx")),
          aliases(db.prepare("SELECT doc, entity, idx, alias FROM aliases ORDER BY doc, entity, idx")),
          mentions(db.prepare("SELECT doc, entity, idx, span_begin, span_end, surface FROM mentions "
                              "ORDER BY doc, entity, idx")),
          relations(db.prepare("SELECT doc, idx, type, a, b, date, place FROM relations ORDER BY doc, idx")),
          attributes(db.prepare("SELECT doc, relation, key, value FROM relation_attributes "
                                "ORDER BY doc, relation, key")),
          meetings(db.prepare("SELECT doc, idx, date, place, mode, status, host, visitor, parent_event, cameo, "
                              "plover_mode FROM meetings ORDER BY doc, idx")),
          participants(db.prepare("SELECT doc, meeting, idx, entity FROM meeting_participants "
                                  "ORDER BY doc, meeting, idx")),
          evidence(db.prepare("SELECT doc, owner_kind, owner, idx, doc_id, sentence_begin, sentence_end, rule, "
                              "confidence FROM evidence ORDER BY doc, owner_kind, owner, idx")),
          diagnostics(db.prepare("SELECT doc, idx, severity, source, message FROM diagnostics ORDER BY doc, idx")) {}
};

// Serialises the opening of one database file between processes: while one checks,
// creates, switches to WAL or migrates it, the others wait (flock, which on Linux does not
// touch SQLite's own fcntl locks). The descriptor stays open as long as the store, since
// closing a descriptor of the file would drop the process's SQLite locks on it.
class OpenLock {
public:
    explicit OpenLock(const std::string& path) {
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ < 0 && (errno == EACCES || errno == EROFS)) fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) return;  // SQLite's own open reports why
        while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
        }
    }
    ~OpenLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    OpenLock(const OpenLock&) = delete;
    OpenLock& operator=(const OpenLock&) = delete;
    void release() {
        if (fd_ >= 0) ::flock(fd_, LOCK_UN);
    }

private:
    int fd_ = -1;
};

class SqliteStore final : public Store {
public:
    SqliteStore(const std::string& path, Durability durability);
    // Opens `path` where it is, creating the file if missing (the temporary of create_whole).
    struct InPlace {};
    SqliteStore(const std::string& path, Durability durability, InPlace);

    PutOutcome put(const DocumentExtraction& x, const std::string& sha256) override;
    std::vector<PutResult> put_many(std::span<const PutItem> items) override;
    void replace_extractions(std::span<const DocumentExtraction> extractions, const std::string& fingerprint) override;
    bool relocate(const std::string& id, const std::string& origin, const std::string& path,
                  const std::string& source) override;
    bool forget(const std::string& doc_id) override;
    std::vector<DocumentInfo> documents() const override;
    std::optional<DocumentExtraction> load(const std::string& doc_id) const override;
    using Store::load_all;
    std::vector<DocumentExtraction> load_all(DocumentText text) const override;
    void read_extractions(DocumentText text, const std::function<void(const ExtractionPasses&)>& body) const override;
    void add_correction(const Correction& c) override;
    std::vector<Correction> corrections() const override;
    Contents contents() const override;

private:
    void check_is_kg_database();
    void configure(Durability durability);
    void migrate();
    void prepare_statements();
    void validate(const DocumentExtraction& x, const std::string& sha256, const std::string& what) const;
    PutOutcome write_document(const DocumentExtraction& x, const std::string& sha256, const std::string& fingerprint,
                              const std::string& origin, const std::string& what);
    void pack_legacy_rows();
    std::vector<DocumentExtraction> read_legacy(Readers& r, std::vector<std::int64_t>& rowids) const;
    std::vector<DocumentExtraction> read(Statement& q, std::optional<std::int64_t> doc) const;
    [[noreturn]] void corrupt(std::string_view detail) const;
    void check_before_write();

    OpenLock open_lock_;  // before db_: released after the connection is closed
    bool read_only_ = false;  // the process may not write the file: questions only
    bool checked_ = false;    // PRAGMA quick_check passed before this store's first write
    mutable Database db_;
    // Cached statements (prepared once per Store: ingest speed).
    mutable Statement find_by_id_, find_by_origin_, find_by_hash_, relocate_, delete_by_rowid_, delete_doc_, insert_document_, insert_extraction_,
        update_extraction_, update_document_, list_documents_,
        insert_correction_, list_corrections_, read_one_, read_all_, read_all_without_text_;
};

// A new database appears at its path whole or not at all: it is made under a temporary
// name beside the path and moved there (without replacing anything) only once its schema
// is committed. A process killed while creating it leaves no empty or half-made file that
// later opens would take for a foreign one, only the temporary, which the next creation
// in that folder removes once its process is gone.
const std::string& create_whole(const std::string& path, Durability durability) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 || errno != ENOENT) return path;  // exists (or SQLite says why not)
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const std::string stem = "." + (slash == std::string::npos ? path : path.substr(slash + 1)) + ".kg-new-";
    if (DIR* d = ::opendir(folder.c_str())) {
        while (const dirent* entry = ::readdir(d)) {
            const std::string name = entry->d_name;
            if (name.compare(0, stem.size(), stem) != 0) continue;
            char* rest = nullptr;
            const long pid = std::strtol(name.c_str() + stem.size(), &rest, 10);
            if (pid <= 0 || (*rest != '\0' && *rest != '-')) continue;
            if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) ::unlink((folder + "/" + name).c_str());
        }
        ::closedir(d);
    }
    const std::string temporary = folder + "/" + stem + std::to_string(::getpid());
    auto remove_temporary = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((temporary + suffix).c_str());
    };
    remove_temporary();
    try {
        { SqliteStore fresh(temporary, durability, SqliteStore::InPlace{}); }
        // The last connection's close copies the write-ahead log into the file and deletes
        // it; a log still there means that failed, and the file alone is not the database.
        struct stat log {};
        if (::lstat((temporary + "-wal").c_str(), &log) == 0)
            throw StoreError(temporary + ": cannot create the database: its write-ahead log could not be checkpointed");
    } catch (const StoreError& e) {
        remove_temporary();
        std::string reason = e.what();  // "<temporary>: <action>: <reason>", told of the path
        if (reason.compare(0, temporary.size() + 2, temporary + ": ") == 0) reason.erase(0, temporary.size() + 2);
        throw StoreError(path + ": " + reason);
    }
    // renameat2 with RENAME_NOREPLACE fails if another process created the path meanwhile;
    // where the file system lacks it, link() refuses an existing name just the same.
    int rc = ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) rc = ::link(temporary.c_str(), path.c_str());
    const int error = rc == 0 ? 0 : errno;
    remove_temporary();
    if (error != 0 && error != EEXIST)  // EEXIST: another kg made it first; open theirs
        throw StoreError(path + ": cannot create the database: " + std::strerror(error));
    if (durability == Durability::Full) {
        const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }
    return path;
}

SqliteStore::SqliteStore(const std::string& path, Durability durability)
    : SqliteStore(create_whole(path, durability), durability, InPlace{}) {}

SqliteStore::SqliteStore(const std::string& path, Durability durability, InPlace)
    : open_lock_(path),
      read_only_(!Database::writable(path) && ::access(path.c_str(), F_OK) == 0),
      db_(read_only_ ? Database::open_read_only(path) : Database(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
    db_.check(sqlite3_busy_timeout(db_.get(), kBusyTimeoutMs), "cannot set busy timeout");
    // Defensive mode: no PRAGMA writable_schema or other ways to corrupt the file by SQL.
    db_.check(sqlite3_db_config(db_.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr), "cannot enable defensive mode");
    check_is_kg_database();  // reads only: a foreign file is left byte-for-byte untouched
    configure(durability);
    migrate();
    prepare_statements();
    open_lock_.release();
}

void SqliteStore::check_is_kg_database() {
    const char* action = "not a kg database";
    std::int64_t app_id = 0;
    try {
        // The first read of page 1 is where a file that is not SQLite shows itself.
        app_id = pragma_int(db_, "PRAGMA application_id");
    } catch (const StoreError&) {
        if ((sqlite3_errcode(db_.get()) & 0xff) == SQLITE_NOTADB)
            db_.fail(action, "the file is not an SQLite database");
        throw;
    }
    const std::int64_t version = pragma_int(db_, "PRAGMA user_version");
    const std::int64_t tables =
        db_.query_int("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                      "cannot list tables");
    if (app_id != 0 && app_id != detail::kApplicationId)
        db_.fail(action, "its application_id is " + hex32(app_id) + ", kg's is " + hex32(detail::kApplicationId));
    if (app_id == 0 && tables > 0)
        db_.fail(action, "an SQLite database with " + std::to_string(tables) + " tables but no kg application_id");
    if (app_id == detail::kApplicationId && version > detail::schema_version())
        db_.fail("created by a newer kg",
                 "schema version " + std::to_string(version) + " > " + std::to_string(detail::schema_version()));
}

void SqliteStore::configure(Durability durability) {
    if (read_only_) return;  // nothing to set up in a file this process only reads
    const std::string mode = db_.query_text("PRAGMA journal_mode = WAL", "cannot switch to WAL mode");
    if (mode != "wal" && mode != "memory") db_.fail("cannot switch to WAL mode", "journal mode stays " + mode);
    // FULL: a document reported as stored survives power loss (RELIABILITY rule 1).
    // NORMAL in WAL mode is still atomic and consistent, and syncs only at checkpoints.
    db_.exec(durability == Durability::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL",
             "cannot set synchronous mode");
    // With NORMAL the only fsyncs are at checkpoints: checkpoint every 16 MB of WAL
    // instead of every 4 MB, so a bulk ingest pays them four times less often.
    if (durability == Durability::Normal)
        db_.exec("PRAGMA wal_autocheckpoint = 4096", "cannot set the checkpoint interval");
    db_.exec("PRAGMA foreign_keys = ON", "cannot enable foreign keys");
    if (pragma_int(db_, "PRAGMA foreign_keys") != 1) db_.fail("cannot enable foreign keys", "not supported");
}

void SqliteStore::migrate() {
    const std::int64_t version = pragma_int(db_, "PRAGMA user_version");
    if (version >= detail::schema_version()) return;
    if (read_only_)
        db_.fail("read-only", "schema version " + std::to_string(version) + " must be migrated to " +
                                  std::to_string(detail::schema_version()) + "; open it once with write access");
    Transaction tx(db_, TransactionKind::Write);
    // Another process may have migrated while this one waited for the lock.
    const std::int64_t current = pragma_int(db_, "PRAGMA user_version");
    for (const detail::Migration& m : detail::migrations()) {
        if (m.version <= current) continue;
        const std::string action = "cannot migrate to schema version " + std::to_string(m.version);
        db_.exec(m.sql, action);
        if (m.pack_rows) pack_legacy_rows();
        if (m.sql_after) db_.exec(m.sql_after, action);
        db_.exec(("PRAGMA user_version = " + std::to_string(m.version)).c_str(), action);
    }
    db_.exec(("PRAGMA application_id = " + std::to_string(detail::kApplicationId)).c_str(),
             "cannot set application_id");
    tx.commit();
}

void SqliteStore::prepare_statements() {
    auto p = [&](const char* sql) { return db_.prepare(sql, true); };
    find_by_id_ = p("SELECT doc, sha256 FROM documents WHERE id = ?1");
    // The "<> ''" term lets SQLite use the partial index documents_by_origin (a bound
    // parameter alone does not prove the row is in it): without it, a table scan each.
    find_by_origin_ = p("SELECT doc, sha256 FROM documents WHERE origin = ?1 AND origin <> ''");
    find_by_hash_ = p("SELECT id FROM documents WHERE sha256 = ?1");
    delete_doc_ = p("DELETE FROM documents WHERE id = ?1");
    delete_by_rowid_ = p("DELETE FROM documents WHERE doc = ?1");
    relocate_ = p("UPDATE documents SET origin = ?2, path = ?3, source = ?4 WHERE id = ?1");
    insert_document_ = p(
        "INSERT INTO documents(id, source, title, date, sha256, text, fingerprint, origin, path, ingested_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    insert_extraction_ = p("INSERT INTO extractions(doc, data) VALUES (?1, ?2)");
    update_extraction_ = p("INSERT OR REPLACE INTO extractions(doc, data) VALUES (?1, ?2)");
    // Touching the documents row also moves the snapshot generation (graph_snapshot.cpp triggers).
    update_document_ = p("UPDATE documents SET date = ?2, fingerprint = ?3 WHERE doc = ?1");
    list_documents_ = p("SELECT id, source, date, sha256, fingerprint, origin, path FROM documents ORDER BY id");
    insert_correction_ = p(
        "INSERT INTO corrections(kind, a, b, created_at) VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
        "ON CONFLICT(kind, a, b) DO NOTHING");
    list_corrections_ = p("SELECT kind, a, b FROM corrections ORDER BY id");
    // Columns as read() expects them; `text` is d.text or '' (load_all without text).
    auto read_sql = [](const char* text, const char* tail) {
        return std::string("SELECT d.doc, d.id, d.source, d.title, d.date, ") + text +
               ", x.data FROM documents d LEFT JOIN extractions x ON x.doc = d.doc " + tail;
    };
    read_one_ = p(read_sql("d.text", "WHERE d.doc = ?1").c_str());
    read_all_ = p(read_sql("d.text", "ORDER BY d.id").c_str());
    read_all_without_text_ = p(read_sql("''", "ORDER BY d.id").c_str());
}

void SqliteStore::corrupt(std::string_view detail) const { db_.fail("corrupt kg database", detail); }

// A damaged file is never written to: a write could spread the damage over pages that are
// still sound (and hide it). Checked once per store, before its first write; questions
// still read what they can.
void SqliteStore::check_before_write() {
    if (checked_) return;
    std::string verdict = db_.query_text("PRAGMA quick_check(1)", "cannot check the database");
    for (char& c : verdict)
        if (c == '\n') c = ' ';
    if (verdict != "ok")
        db_.fail("corrupt kg database, not changed",
                 "PRAGMA quick_check reports \"" + verdict +
                     "\"; copy what can be read with 'sqlite3 FILE .recover' into a new file");
    checked_ = true;
}

void SqliteStore::validate(const DocumentExtraction& x, const std::string& sha256, const std::string& what) const {
    if (const std::string why = detail::invalid_extraction(x, sha256); !why.empty()) db_.fail(what, why);
}

PutOutcome SqliteStore::put(const DocumentExtraction& x, const std::string& sha256) {
    const std::string what = "cannot store document " + quoted(x.document.id);
    validate(x, sha256, what);
    check_before_write();
    Transaction tx(db_, TransactionKind::Write);
    const PutOutcome outcome = write_document(x, sha256, "", "", what);
    tx.commit();  // an Unchanged document wrote nothing: the commit is free
    return outcome;
}

std::vector<PutResult> SqliteStore::put_many(std::span<const PutItem> items) {
    std::vector<PutResult> results(items.size());
    if (items.empty()) return results;
    check_before_write();
    Transaction tx(db_, TransactionKind::Write);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const DocumentExtraction& x = *items[i].extraction;
        const std::string what = "cannot store document " + quoted(x.document.id);
        try {
            validate(x, items[i].sha256, what);
            Savepoint item(db_);
            results[i].outcome = write_document(x, items[i].sha256, items[i].fingerprint, items[i].origin, what);
            item.release();
        } catch (const StoreError& e) {
            // The savepoint undid this document. When SQLite rolled back the whole
            // transaction instead (I/O error, disk full), the batch is lost: say so.
            if (sqlite3_get_autocommit(db_.get())) throw;
            results[i].error = e.what();
        }
    }
    tx.commit();
    return results;
}

void SqliteStore::replace_extractions(std::span<const DocumentExtraction> extractions,
                                      const std::string& fingerprint) {
    check_before_write();
    Transaction tx(db_, TransactionKind::Write);
    for (const DocumentExtraction& x : extractions) {
        const std::string what = "cannot store the new extraction of document " + quoted(x.document.id);
        validate(x, "-", what);
        std::int64_t doc = 0;
        {
            StatementUse use(find_by_id_);
            find_by_id_.bind(1, x.document.id);
            if (!find_by_id_.step(what)) db_.fail(what, "it is not stored");
            doc = find_by_id_.integer(0);
        }
        {
            StatementUse use(update_extraction_);
            update_extraction_.bind(1, doc);
            update_extraction_.bind_blob(2, detail::encode_extraction(x));
            update_extraction_.run(what);
        }
        StatementUse use(update_document_);
        update_document_.bind(1, doc);
        update_document_.bind(2, x.document.date);
        update_document_.bind(3, fingerprint);
        update_document_.run(what);
    }
    tx.commit();
}

// One document inside an open transaction. The stored document it replaces is the
// one of the same origin, or of the same id when there is no origin.
PutOutcome SqliteStore::write_document(const DocumentExtraction& x, const std::string& sha256,
                                       const std::string& fingerprint, const std::string& origin,
                                       const std::string& what) {
    std::optional<std::int64_t> previous;
    {
        Statement& q = origin.empty() ? find_by_id_ : find_by_origin_;
        StatementUse use(q);
        q.bind(1, origin.empty() ? x.document.id : origin);
        if (q.step(what)) {
            if (q.text(1) == sha256) return PutOutcome::Unchanged;  // nothing written
            previous = q.integer(0);
        }
    }
    if (previous) {
        StatementUse use(delete_by_rowid_);  // ON DELETE CASCADE removes the extraction
        delete_by_rowid_.bind(1, *previous);
        delete_by_rowid_.run(what);
    }
    {
        StatementUse use(find_by_hash_);
        find_by_hash_.bind(1, sha256);
        // Keeps the removal of this document's previous version, if any.
        if (find_by_hash_.step(what)) return PutOutcome::Duplicate;
    }
    {
        // Another document already has this id: never replace it under the caller's feet.
        StatementUse use(find_by_id_);
        find_by_id_.bind(1, x.document.id);
        if (find_by_id_.step(what)) db_.fail(what, "the id already names another stored document");
    }
    {
        StatementUse use(insert_document_);
        const Document& d = x.document;
        insert_document_.bind(1, d.id);
        insert_document_.bind(2, d.source);
        insert_document_.bind(3, d.title);
        insert_document_.bind(4, d.date);
        insert_document_.bind(5, sha256);
        insert_document_.bind(6, d.text);
        insert_document_.bind(7, fingerprint);
        insert_document_.bind(8, origin);
        insert_document_.bind(9, d.path);
        insert_document_.run(what);
    }
    {
        StatementUse use(insert_extraction_);
        insert_extraction_.bind(1, static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_.get())));
        insert_extraction_.bind_blob(2, detail::encode_extraction(x));
        insert_extraction_.run(what);
    }
    return previous ? PutOutcome::Replaced : PutOutcome::Added;
}

bool SqliteStore::relocate(const std::string& id, const std::string& origin, const std::string& path,
                           const std::string& source) {
    const std::string what = "cannot record the new origin of document " + quoted(id);
    check_before_write();
    StatementUse use(relocate_);  // one statement: atomic on its own
    relocate_.bind(1, id);
    relocate_.bind(2, origin);
    relocate_.bind(3, path);
    relocate_.bind(4, source);
    relocate_.run(what);
    return sqlite3_changes64(db_.get()) > 0;
}

bool SqliteStore::forget(const std::string& doc_id) {
    const std::string what = "cannot forget document " + quoted(doc_id);
    check_before_write();
    Transaction tx(db_, TransactionKind::Write);
    StatementUse use(delete_doc_);
    delete_doc_.bind(1, doc_id);
    delete_doc_.run(what);
    const bool removed = sqlite3_changes64(db_.get()) > 0;
    tx.commit();
    return removed;
}

std::vector<DocumentInfo> SqliteStore::documents() const {
    std::vector<DocumentInfo> out;
    Statement& q = list_documents_;
    StatementUse use(q);
    while (q.step("cannot list documents"))
        out.push_back(DocumentInfo{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)});
    return out;
}

std::optional<DocumentExtraction> SqliteStore::load(const std::string& doc_id) const {
    const std::string what = "cannot load document " + quoted(doc_id);
    Transaction tx(db_, TransactionKind::Read);  // one snapshot across the table reads
    std::optional<std::int64_t> doc;
    {
        Statement& q = find_by_id_;
        StatementUse use(q);
        q.bind(1, doc_id);
        if (q.step(what)) doc = q.integer(0);
    }
    if (!doc) return std::nullopt;
    std::vector<DocumentExtraction> xs = read(read_one_, doc);
    tx.commit();
    if (xs.size() != 1) corrupt("document " + quoted(doc_id) + " vanished while loading");
    return std::move(xs.front());
}

std::vector<DocumentExtraction> SqliteStore::load_all(DocumentText text) const {
    Transaction tx(db_, TransactionKind::Read);
    std::vector<DocumentExtraction> xs =
        read(text == DocumentText::Include ? read_all_ : read_all_without_text_, std::nullopt);
    tx.commit();
    return xs;
}

void SqliteStore::read_extractions(DocumentText text, const std::function<void(const ExtractionPasses&)>& body) const {
    const char* what = "cannot load documents";
    Transaction tx(db_, TransactionKind::Read);  // every pass reads this one state of the file
    body([&](const ExtractionVisitor& visit) {
        Statement& q = text == DocumentText::Include ? read_all_ : read_all_without_text_;
        StatementUse use(q);
        DocumentExtraction x;
        while (q.step(what)) {
            x = DocumentExtraction{};
            x.document = Document{q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
            if (q.is_null(6)) corrupt("document " + quoted(x.document.id) + " has no extraction");
            const std::string error = detail::decode_extraction(q.blob(6), x);
            if (!error.empty()) corrupt("extraction of document " + quoted(x.document.id) + ": " + error);
            visit(x);
        }
    });
    tx.commit();
}

Contents SqliteStore::contents() const {
    Contents c;
    Transaction tx(db_, TransactionKind::Read);  // one state of the file for the three reads
    c.documents = documents();
    c.extractions = read(read_all_, std::nullopt);
    c.corrections = corrections();
    tx.commit();
    // Both lists are in id order, one entry per document (a document without an
    // extraction is reported by read()).
    if (c.documents.size() != c.extractions.size()) corrupt("documents and extractions differ in number");
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
        if (c.documents[i].id != c.extractions[i].document.id) corrupt("documents and extractions differ");
        c.extractions[i].document.path = c.documents[i].path;
    }
    return c;
}

std::vector<DocumentExtraction> SqliteStore::read(Statement& q, std::optional<std::int64_t> doc) const {
    const char* what = "cannot load documents";
    std::vector<DocumentExtraction> xs;
    StatementUse use(q);
    if (doc) q.bind(1, *doc);
    while (q.step(what)) {
        DocumentExtraction& x = xs.emplace_back();
        x.document = Document{q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
        if (q.is_null(6)) corrupt("document " + quoted(x.document.id) + " has no extraction");
        const std::string error = detail::decode_extraction(q.blob(6), x);
        if (!error.empty()) corrupt("extraction of document " + quoted(x.document.id) + ": " + error);
    }
    return xs;
}

// Version 1-2 rows -> version 3 packed rows, inside the migration's transaction.
void SqliteStore::pack_legacy_rows() {
    const char* what = "cannot migrate to schema version 3";
    Readers legacy(db_);
    std::vector<std::int64_t> rowids;
    const std::vector<DocumentExtraction> xs = read_legacy(legacy, rowids);
    Statement insert = db_.prepare("INSERT INTO extractions(doc, data) VALUES (?1, ?2)");
    for (std::size_t i = 0; i < xs.size(); ++i) {
        StatementUse use(insert);
        insert.bind(1, rowids[i]);
        insert.bind_blob(2, detail::encode_extraction(xs[i]));
        insert.run(what);
    }
}

// Every document of a version 1-2 database; rowids[i] is xs[i]'s documents.doc.
std::vector<DocumentExtraction> SqliteStore::read_legacy(Readers& r, std::vector<std::int64_t>& rowids) const {
    const char* what = "cannot load documents";
    std::vector<DocumentExtraction> xs;
    std::unordered_map<std::int64_t, std::size_t> pos;  // documents.doc -> index in xs

    // Runs one child-table query, handing each row and its document to `f`.
    auto each = [&](Statement& q, auto&& f) {
        StatementUse use(q);
        while (q.step(what)) {
            const auto it = pos.find(q.integer(0));
            if (it == pos.end()) corrupt("row of unknown document " + std::to_string(q.integer(0)));
            f(q, xs[it->second]);
        }
    };
    // Child rows come in primary-key order, so each index must be the next one.
    auto next = [&](std::size_t idx, std::size_t size, const char* table) {
        if (idx != size) corrupt(std::string("gap in ") + table + " indices");
    };
    auto entity_at = [&](DocumentExtraction& x, std::size_t e, const char* table) -> Entity& {
        if (e >= x.entities.size()) corrupt(std::string(table) + " row refers to a missing entity");
        return x.entities[e];
    };

    {
        StatementUse use(r.documents);
        while (r.documents.step(what)) {
            Statement& q = r.documents;
            pos.emplace(q.integer(0), xs.size());
            rowids.push_back(q.integer(0));
            DocumentExtraction& x = xs.emplace_back();
            x.document = Document{q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
        }
    }
    each(r.entities, [&](Statement& q, DocumentExtraction& x) {
        next(q.index(1), x.entities.size(), "entities");
        const std::string type = q.text(2);
        const std::optional<EntityType> t = parse_entity_type(type);
        if (!t) corrupt("unknown entity type " + quoted(type));
        Entity& e = x.entities.emplace_back();
        e.type = *t;
        e.name = q.text(3);
        e.full_name = q.text(4);
    });
    each(r.aliases, [&](Statement& q, DocumentExtraction& x) {
        Entity& e = entity_at(x, q.index(1), "aliases");
        next(q.index(2), e.aliases.size(), "aliases");
        e.aliases.push_back(q.text(3));
    });
    each(r.mentions, [&](Statement& q, DocumentExtraction& x) {
        Entity& e = entity_at(x, q.index(1), "mentions");
        next(q.index(2), e.mentions.size(), "mentions");
        e.mentions.push_back(Mention{Span{q.index(3), q.index(4)}, q.text(5)});
    });
    each(r.relations, [&](Statement& q, DocumentExtraction& x) {
        next(q.index(1), x.relations.size(), "relations");
        const std::string type = q.text(2);
        const std::optional<RelationType> t = parse_relation_type(type);
        if (!t) corrupt("unknown relation type " + quoted(type));
        Relation& rel = x.relations.emplace_back();
        rel.type = *t;
        rel.a = q.index(3);
        rel.b = q.index(4);
        rel.date = q.text(5);
        rel.place = q.optional_index(6);
    });
    each(r.attributes, [&](Statement& q, DocumentExtraction& x) {
        const std::size_t k = q.index(1);
        if (k >= x.relations.size()) corrupt("attribute of a missing relation");
        x.relations[k].attributes.emplace(q.text(2), q.text(3));
    });
    each(r.meetings, [&](Statement& q, DocumentExtraction& x) {
        next(q.index(1), x.meetings.size(), "meetings");
        Meeting& m = x.meetings.emplace_back();
        m.date = q.text(2);
        m.place = q.optional_index(3);
        const std::string mode = q.text(4);
        const std::optional<MeetingMode> parsed = parse_meeting_mode(mode);
        if (!parsed) corrupt("unknown meeting mode " + quoted(mode));
        m.mode = *parsed;
        const std::string status = q.text(5);
        if (status == to_string(MeetingStatus::Happened))
            m.status = MeetingStatus::Happened;
        else if (status == to_string(MeetingStatus::Planned))
            m.status = MeetingStatus::Planned;
        else
            corrupt("unknown meeting status " + quoted(status));
        m.host = q.optional_index(6);
        m.visitor = q.optional_index(7);
        m.parent_event = q.optional_index(8);
        m.cameo = q.text(9);
        m.plover_mode = q.text(10);
    });
    each(r.participants, [&](Statement& q, DocumentExtraction& x) {
        const std::size_t k = q.index(1);
        if (k >= x.meetings.size()) corrupt("participant of a missing meeting");
        next(q.index(2), x.meetings[k].participants.size(), "meeting_participants");
        x.meetings[k].participants.push_back(q.index(3));
    });
    each(r.evidence, [&](Statement& q, DocumentExtraction& x) {
        const std::int64_t kind = q.integer(1);
        const std::size_t k = q.index(2);
        std::vector<Evidence>* list = nullptr;
        if (kind == kOwnerRelation && k < x.relations.size()) list = &x.relations[k].evidence;
        if (kind == kOwnerMeeting && k < x.meetings.size()) list = &x.meetings[k].evidence;
        if (!list) corrupt("evidence of a missing relation or meeting");
        next(q.index(3), list->size(), "evidence");
        Evidence& ev = list->emplace_back();
        ev.doc_id = q.is_null(4) ? x.document.id : q.text(4);
        ev.sentence = Span{q.index(5), q.index(6)};
        ev.rule = q.text(7);
        ev.confidence = q.real(8);
    });
    each(r.diagnostics, [&](Statement& q, DocumentExtraction& x) {
        next(q.index(1), x.diagnostics.size(), "diagnostics");
        const std::string severity = q.text(2);
        Diagnostic& d = x.diagnostics.emplace_back();
        if (severity == severity_name(Diagnostic::Severity::Error))
            d.severity = Diagnostic::Severity::Error;
        else if (severity == severity_name(Diagnostic::Severity::Warning))
            d.severity = Diagnostic::Severity::Warning;
        else
            corrupt("unknown diagnostic severity " + quoted(severity));
        d.source = q.text(3);
        d.message = q.text(4);
    });
    return xs;
}

void SqliteStore::add_correction(const Correction& c) {
    check_before_write();
    StatementUse use(insert_correction_);  // one statement: atomic on its own
    insert_correction_.bind(1, correction_kind_name(c.kind));
    insert_correction_.bind(2, c.a);
    insert_correction_.bind(3, c.b);
    insert_correction_.run("cannot record correction");
}

std::vector<Correction> SqliteStore::corrections() const {
    std::vector<Correction> out;
    Statement& q = list_corrections_;
    StatementUse use(q);
    while (q.step("cannot list corrections")) {
        const std::string kind = q.text(0);
        Correction c;
        const std::optional<Correction::Kind> parsed = detail::parse_correction_kind(kind);
        if (!parsed) corrupt("unknown correction kind " + quoted(kind));
        c.kind = *parsed;
        c.a = q.text(1);
        c.b = q.text(2);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

int schema_version() { return detail::schema_version(); }

int pg_schema_version() { return detail::pg_schema_version(); }

bool writable(const std::string& path) { return is_postgres_url(path) || Database::writable(path); }

std::unique_ptr<Store> open_store(const std::string& path) { return open_store(path, Durability::Full); }

std::unique_ptr<Store> open_store(const std::string& path, Durability durability) {
    if (is_postgres_url(path)) return open_postgres_store(path, durability, PgOpen::Create);
    return std::make_unique<SqliteStore>(path, durability);
}

}  // namespace kg::store
