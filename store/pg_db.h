#pragma once
// Thin RAII layer over libpq (loaded when first used: store/libpq.h), private to the store module (the PostgreSQL twin of
// sqlite_db.h). Every call's result is checked; failures become kg::StoreError
// naming the database by its URL with any password replaced by "***"
// (redacted_url), the action and the server's message.
//
//   PgConnection db("postgresql://kg@db.example/kg");
//   PgTransaction tx(db, PgTransaction::Write);      // BEGIN + the writers' advisory lock
//   PgResult r = db.query("SELECT doc, sha256 FROM documents WHERE id = $1", {id}, "finding document");
//   if (r.rows() > 0) doc = r.integer(0, 0);
//   tx.commit();
//
// Parameters are sent as text, except those marked binary (bytea); columns come back
// as text, except that bytea columns are decoded to their bytes by PgResult::bytes.

#include "store/libpq.h"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::store::detail {

// One parameter of a query: text, or raw bytes for a bytea column, or NULL.
struct PgParam {
    PgParam(std::string_view v) : value(v) {}  // NOLINT: implicit, for brace lists
    PgParam(const char* v) : value(v) {}        // NOLINT
    PgParam(const std::string& v) : value(v) {}  // NOLINT
    PgParam(std::int64_t v) : value(std::to_string(v)) {}  // NOLINT
    static PgParam binary(std::string_view bytes) {
        PgParam p(bytes);
        p.is_binary = true;
        return p;
    }
    static PgParam null() {
        PgParam p(std::string_view{});
        p.is_null = true;
        return p;
    }

    std::string value;
    bool is_binary = false;
    bool is_null = false;
};

// A query's result. Owned; cleared on destruction.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(PGresult* r) : r_(r) {}
    int rows() const { return r_ ? libpq().ntuples(r_.get()) : 0; }
    bool is_null(int row, int col) const { return libpq().getisnull(r_.get(), row, col) != 0; }
    std::string text(int row, int col) const {
        const std::size_t n = static_cast<std::size_t>(libpq().getlength(r_.get(), row, col));
        return std::string(libpq().getvalue(r_.get(), row, col), n);
    }
    std::int64_t integer(int row, int col) const;
    // A bytea column's bytes (sent by the server in hex form).
    std::string bytes(int row, int col) const;
    // Rows touched by an INSERT, UPDATE or DELETE.
    std::int64_t affected() const;

private:
    struct Clearer {
        void operator()(PGresult* r) const noexcept { libpq().clear(r); }
    };
    std::unique_ptr<PGresult, Clearer> r_;
};

// One connection. Owned; closed on destruction.
class PgConnection {
public:
    // Connects to `url` (postgresql://... or postgres://...). Throws StoreError naming the
    // redacted URL when the server cannot be reached or refuses the connection.
    explicit PgConnection(const std::string& url);

    // The URL with its password, if any, replaced by "***": the only form ever printed.
    const std::string& name() const { return name_; }

    // Runs `sql` with `params` ($1, $2, ...); throws StoreError "<name>: <action>: <reason>".
    PgResult query(std::string_view sql, std::initializer_list<PgParam> params, std::string_view action);
    PgResult query(std::string_view sql, const std::vector<PgParam>& params, std::string_view action);
    // Runs one or more statements with no parameters.
    void exec(std::string_view sql, std::string_view action);
    // The SQLSTATE of the last failed query ("23505" for a unique violation), "" when none.
    const std::string& last_sqlstate() const { return sqlstate_; }
    bool in_transaction() const;
    // True inside a transaction that can go on (not aborted by an error, connection alive).
    bool transaction_usable() const;

    [[noreturn]] void fail(std::string_view action, std::string_view reason) const;

private:
    struct Closer {
        void operator()(PGconn* c) const noexcept { libpq().finish(c); }
    };
    PgResult check(PGresult* r, std::string_view action);
    std::string name_;
    std::string sqlstate_;
    std::unique_ptr<PGconn, Closer> conn_;
};

// BEGIN ... COMMIT; ROLLBACK when destroyed uncommitted. A Write transaction first takes
// kg's transaction-scoped advisory lock, so the writers of one database (any number of
// processes, on any machines) take turns; a Read transaction is a REPEATABLE READ snapshot
// that never waits for them; a Schema transaction takes the lock of creating and
// migrating kg's tables.
class PgTransaction {
public:
    enum Kind { Read, Write, Schema };
    PgTransaction(PgConnection& db, Kind kind);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    void commit();

private:
    PgConnection& db_;
    bool done_ = false;
};

// SAVEPOINT ... RELEASE inside an open transaction; ROLLBACK TO when destroyed unreleased.
class PgSavepoint {
public:
    explicit PgSavepoint(PgConnection& db);
    ~PgSavepoint();
    PgSavepoint(const PgSavepoint&) = delete;
    PgSavepoint& operator=(const PgSavepoint&) = delete;
    void release();

private:
    PgConnection& db_;
    bool done_ = false;
};

// The advisory lock keys of kg (pg_advisory_xact_lock): one for the writers of a
// database, one for creating or migrating its schema.
inline constexpr std::int64_t kWriteLock = 0x4B47444200000001;  // "KGDB" 1
inline constexpr std::int64_t kSchemaLock = 0x4B47444200000002;

}  // namespace kg::store::detail
