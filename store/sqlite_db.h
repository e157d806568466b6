#pragma once
// Thin RAII layer over the SQLite C API, private to the store module.
// Every call's return code is checked; failures become kg::StoreError
// naming the database file, the action and sqlite3_errmsg.
//
//   Database db("kg.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
//   Statement q = db.prepare("SELECT id FROM documents WHERE sha256 = ?1");
//   StatementUse use(q);            // resets the statement on scope exit
//   q.bind(1, hash);
//   while (q.step("finding document")) ids.push_back(q.text(0));

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kg::store::detail {

class Database;

// One prepared statement. Owned; finalized on destruction.
class Statement {
public:
    Statement() = default;
    Statement(Database& db, std::string_view sql, bool persistent);

    void bind(int i, std::string_view text);
    void bind(int i, std::int64_t v);
    void bind(int i, double v);
    void bind_index(int i, std::size_t v);
    void bind_optional_index(int i, const std::optional<std::size_t>& v);
    void bind_null(int i);
    void bind_blob(int i, std::string_view bytes);

    // True when a row is available, false when done; throws StoreError otherwise.
    bool step(std::string_view action);
    // Runs a statement that returns no rows.
    void run(std::string_view action);

    // Column readers. NULL reads as empty / 0 / nullopt; OOM throws.
    std::string text(int col) const;
    // The same bytes without a copy, valid until the next step or reset.
    std::string_view text_view(int col) const;
    // A BLOB column's bytes, valid until the next step or reset.
    std::string_view blob(int col) const;
    std::int64_t integer(int col) const;
    double real(int col) const;
    std::size_t index(int col) const;  // a non-negative integer
    std::optional<std::size_t> optional_index(int col) const;
    bool is_null(int col) const;

    // Returns to the initial state and drops bindings; releases read locks.
    void reset() noexcept;
    sqlite3_stmt* get() const { return stmt_.get(); }

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
    };
    void check_bind(int rc, int i);
    Database* db_ = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// Resets a cached statement on scope exit, so an early return or exception
// never leaves it mid-step (holding a read snapshot or a write lock).
class StatementUse {
public:
    explicit StatementUse(Statement& s) noexcept : s_(s) { s_.reset(); }
    ~StatementUse() { s_.reset(); }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;

private:
    Statement& s_;
};

// One connection. Owned; closed on destruction.
class Database {
public:
    Database(std::string path, int flags);

    // Opens a database the process cannot write (the file or its folder is not writable:
    // writable() is false) for reading only: "mode=ro", or, when SQLite cannot make the
    // WAL index beside it, "immutable=1" (nothing may write it meanwhile: nobody here can).
    // `flags` are added to the open flags (SQLITE_OPEN_NOMUTEX for a connection one thread uses).
    static Database open_read_only(const std::string& path, int flags = 0);
    // True when this process may write the file and create files beside it (-wal, -shm).
    static bool writable(const std::string& path);

    const std::string& path() const { return path_; }
    sqlite3* get() const { return db_.get(); }

    Statement prepare(std::string_view sql, bool persistent = false) { return Statement(*this, sql, persistent); }
    // Runs one or more statements with no bound values and no rows of interest.
    void exec(const char* sql, std::string_view action);
    // Runs a statement that yields a single integer (a PRAGMA or a count).
    std::int64_t query_int(std::string_view sql, std::string_view action);
    std::string query_text(std::string_view sql, std::string_view action);

    // Throws StoreError "<path>: <action>: <sqlite3_errmsg>".
    [[noreturn]] void fail(std::string_view action) const;
    [[noreturn]] void fail(std::string_view action, std::string_view reason) const;
    void check(int rc, std::string_view action) const {
        if (rc != SQLITE_OK) fail(action);
    }

private:
    struct Closer {
        void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
    };
    std::string path_;
    std::unique_ptr<sqlite3, Closer> db_;
};

enum class TransactionKind { Read, Write };

// BEGIN (DEFERRED for reads, IMMEDIATE for writes) ... COMMIT; ROLLBACK when
// destroyed uncommitted, including during stack unwinding.
class Transaction {
public:
    Transaction(Database& db, TransactionKind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

// SAVEPOINT ... RELEASE inside an open transaction; ROLLBACK TO (undoing only
// what was done since the savepoint) when destroyed unreleased.
class Savepoint {
public:
    explicit Savepoint(Database& db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace kg::store::detail
