#include "store/sqlite_db.h"

#include <unistd.h>

#include <limits>

#include "model/error.h"

namespace kg::store::detail {

Database::Database(std::string path, int flags) : path_(std::move(path)) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path_.c_str(), &raw, flags, nullptr);
    db_.reset(raw);  // even a failed open returns a handle that must be closed
    if (rc != SQLITE_OK) {
        if (!raw) throw StoreError(path_ + ": cannot open database: out of memory");
        fail("cannot open database");
    }
    check(sqlite3_extended_result_codes(raw, 1), "cannot enable extended result codes");
}

namespace {

// A path as a SQLite URI ("file:" + the path with %, ?, # and non-ASCII bytes escaped).
std::string file_uri(const std::string& path, const char* query) {
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c >= 0x7F) {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?" + query;
}

}  // namespace

bool Database::writable(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    return ::access(path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK) == 0;
}

Database Database::open_read_only(const std::string& path, int flags) {
    const int open_flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | flags;
    {
        Database db(file_uri(path, "mode=ro"), open_flags);
        db.path_ = path;
        // The first read is where a WAL database shows it needs a -shm file it cannot create.
        if (sqlite3_exec(db.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK)
            return db;
    }
    Database db(file_uri(path, "immutable=1"), open_flags);
    db.path_ = path;
    return db;
}

void Database::fail(std::string_view action) const {
    fail(action, db_ ? sqlite3_errmsg(db_.get()) : "no connection");
}

void Database::fail(std::string_view action, std::string_view reason) const {
    std::string msg = path_;
    msg += ": ";
    msg += action;
    msg += ": ";
    msg += reason;
    throw StoreError(msg);
}

void Database::exec(const char* sql, std::string_view action) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string reason = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        fail(action, reason);
    }
}

std::int64_t Database::query_int(std::string_view sql, std::string_view action) {
    Statement q = prepare(sql);
    if (!q.step(action)) fail(action, "no result row");
    return q.integer(0);
}

std::string Database::query_text(std::string_view sql, std::string_view action) {
    Statement q = prepare(sql);
    if (!q.step(action)) fail(action, "no result row");
    return q.text(0);
}

Statement::Statement(Database& db, std::string_view sql, bool persistent) : db_(&db) {
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        db.fail("cannot prepare statement", "statement too long");
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()),
                                      persistent ? SQLITE_PREPARE_PERSISTENT : 0u, &raw, nullptr);
    stmt_.reset(raw);
    if (rc != SQLITE_OK) db.fail("cannot prepare statement");
    if (!raw) db.fail("cannot prepare statement", "empty statement");
}

void Statement::check_bind(int rc, int i) {
    if (rc != SQLITE_OK) db_->fail("cannot bind parameter " + std::to_string(i));
}

void Statement::bind(int i, std::string_view text) {
    // Explicit length: embedded NULs and any byte sequence survive unchanged.
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        db_->fail("cannot bind parameter " + std::to_string(i), "string too long");
    check_bind(sqlite3_bind_text(stmt_.get(), i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
               i);
}

void Statement::bind(int i, std::int64_t v) { check_bind(sqlite3_bind_int64(stmt_.get(), i, v), i); }

void Statement::bind(int i, double v) { check_bind(sqlite3_bind_double(stmt_.get(), i, v), i); }

void Statement::bind_index(int i, std::size_t v) {
    if (v > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max()))
        db_->fail("cannot bind parameter " + std::to_string(i), "value out of range");
    bind(i, static_cast<std::int64_t>(v));
}

void Statement::bind_optional_index(int i, const std::optional<std::size_t>& v) {
    if (v)
        bind_index(i, *v);
    else
        bind_null(i);
}

void Statement::bind_blob(int i, std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        db_->fail("cannot bind parameter " + std::to_string(i), "blob too long");
    check_bind(sqlite3_bind_blob(stmt_.get(), i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT), i);
}

void Statement::bind_null(int i) { check_bind(sqlite3_bind_null(stmt_.get(), i), i); }

bool Statement::step(std::string_view action) {
    const int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_->fail(action);
}

void Statement::run(std::string_view action) {
    while (step(action)) {
    }
}

std::string_view Statement::blob(int col) const {
    const void* p = sqlite3_column_blob(stmt_.get(), col);
    const int n = sqlite3_column_bytes(stmt_.get(), col);
    if (!p) {
        if (n > 0 || sqlite3_errcode(db_->get()) == SQLITE_NOMEM) db_->fail("cannot read column " + std::to_string(col));
        return {};
    }
    return {static_cast<const char*>(p), static_cast<std::size_t>(n)};
}

std::string Statement::text(int col) const { return std::string(text_view(col)); }

std::string_view Statement::text_view(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_.get(), col);
    const int n = sqlite3_column_bytes(stmt_.get(), col);
    if (!p) {
        // NULL is either an SQL NULL or a failed conversion for lack of memory.
        if (sqlite3_column_type(stmt_.get(), col) != SQLITE_NULL || sqlite3_errcode(db_->get()) == SQLITE_NOMEM)
            db_->fail("cannot read column " + std::to_string(col));
        return {};
    }
    return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)};
}

std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(stmt_.get(), col); }

double Statement::real(int col) const { return sqlite3_column_double(stmt_.get(), col); }

bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }

std::size_t Statement::index(int col) const {
    const std::int64_t v = integer(col);
    if (v < 0 || static_cast<std::uint64_t>(v) > std::numeric_limits<std::size_t>::max())
        db_->fail("corrupt database", "negative index in column " + std::to_string(col));
    return static_cast<std::size_t>(v);
}

std::optional<std::size_t> Statement::optional_index(int col) const {
    if (is_null(col)) return std::nullopt;
    return index(col);
}

void Statement::reset() noexcept {
    // sqlite3_reset repeats the error of the last step, which step() has already
    // reported; clearing bindings cannot fail on a valid statement.
    if (!stmt_) return;
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

Transaction::Transaction(Database& db, TransactionKind kind) : db_(db) {
    // A transaction left open by a failed ROLLBACK would make BEGIN fail
    // forever; try once more to close it first.
    if (!sqlite3_get_autocommit(db_.get())) db_.exec("ROLLBACK", "cannot roll back a stale transaction");
    db_.exec(kind == TransactionKind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", "cannot begin transaction");
}

Transaction::~Transaction() {
    if (done_) return;
    // SQLite rolls back by itself after some errors (SQLITE_FULL, IOERR, NOMEM);
    // only an open transaction needs an explicit ROLLBACK. Its failure cannot be
    // reported from a destructor; the next Transaction retries it.
    if (!sqlite3_get_autocommit(db_.get())) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT", "cannot commit transaction");
    done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.exec("SAVEPOINT kg_item", "cannot begin savepoint"); }

Savepoint::~Savepoint() {
    if (done_) return;
    // After SQLITE_FULL, IOERR or NOMEM SQLite may already have rolled back the whole
    // transaction; then there is no savepoint left to return to.
    if (!sqlite3_get_autocommit(db_.get()))
        sqlite3_exec(db_.get(), "ROLLBACK TO kg_item; RELEASE kg_item", nullptr, nullptr, nullptr);
}

void Savepoint::release() {
    db_.exec("RELEASE kg_item", "cannot release savepoint");
    done_ = true;
}

}  // namespace kg::store::detail
