#include "store/pg_db.h"

#include <cstdlib>
#include <limits>
#include <utility>

#include "model/error.h"
#include "store/store.h"

namespace kg::store::detail {
namespace {

// Where the passwords of a connection URL are: the password of its user information
// and the value of any "password=" query parameter, as (offset, length).
std::vector<std::pair<std::size_t, std::size_t>> password_ranges(std::string_view url) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return out;
    const std::size_t query = url.find('?', scheme + 3);
    // The user information ends at the last '@' before the query: a password written
    // with an unescaped '/' or '@' is still found (a '@' in a database name costs only
    // some of the name being shown as "***").
    const std::size_t at = url.substr(0, query).rfind('@');
    if (at != std::string_view::npos && at > scheme) {
        const std::size_t colon = url.find(':', scheme + 3);
        if (colon < at) out.emplace_back(colon + 1, at - colon - 1);
    }
    for (std::size_t start = query; start != std::string_view::npos && start < url.size();) {
        ++start;  // past '?' or '&'
        const std::size_t amp = url.find('&', start);
        const std::size_t end = amp == std::string_view::npos ? url.size() : amp;
        if (url.substr(start, end - start).starts_with("password=")) out.emplace_back(start + 9, end - start - 9);
        start = amp;
    }
    return out;
}

std::vector<std::string> passwords_in(std::string_view url) {
    std::vector<std::string> out;
    for (const auto& [at, n] : password_ranges(url)) out.emplace_back(url.substr(at, n));
    return out;
}

void replace_all(std::string& s, const std::string& what, std::string_view with) {
    if (what.empty()) return;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
        s.replace(at, what.size(), with);
}

// A percent-decoded URL component (libpq's messages quote decoded values).
std::string percent_decoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const std::string hex(s.substr(i + 1, 2));
            char* end = nullptr;
            const long v = std::strtol(hex.c_str(), &end, 16);
            if (end == hex.c_str() + 2) {
                out += static_cast<char>(v);
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// `message` with every password of `url` (as written and decoded) replaced by "***".
std::string scrubbed(std::string message, std::string_view url) {
    for (const std::string& p : passwords_in(url)) {
        replace_all(message, p, "***");
        replace_all(message, percent_decoded(p), "***");
    }
    return message;
}

// libpq's messages end with a newline and may span lines: one line for kg's messages.
std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\t') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

}  // namespace kg::store::detail

namespace kg::store {

bool is_postgres_url(std::string_view db) {
    return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

bool has_password(std::string_view db) {
    if (!is_postgres_url(db)) return false;
    for (const std::string& p : detail::passwords_in(db))
        if (!p.empty()) return true;
    return false;
}

std::string redacted(std::string_view db) {
    std::string out(db);
    if (!is_postgres_url(db)) return out;
    const auto ranges = detail::password_ranges(db);
    for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) out.replace(it->first, it->second, "***");
    return out;
}

}  // namespace kg::store

namespace kg::store::detail {

std::int64_t PgResult::integer(int row, int col) const {
    const char* v = libpq().getvalue(r_.get(), row, col);
    char* end = nullptr;
    const long long n = std::strtoll(v, &end, 10);
    if (end == v || *end != '\0') throw StoreError(std::string("corrupt kg database: not an integer: ") + v);
    return n;
}

std::string PgResult::bytes(int row, int col) const {
    std::size_t n = 0;
    unsigned char* raw =
        libpq().unescapeBytea(reinterpret_cast<const unsigned char*>(libpq().getvalue(r_.get(), row, col)), &n);
    if (!raw) throw StoreError("cannot decode a bytea column: out of memory");
    std::string out(reinterpret_cast<const char*>(raw), n);
    libpq().freemem(raw);
    return out;
}

std::int64_t PgResult::affected() const {
    const char* n = libpq().cmdTuples(r_.get());
    return *n ? std::strtoll(n, nullptr, 10) : 0;
}

PgConnection::PgConnection(const std::string& url) : name_(redacted(url)) {
    try {
        libpq();
    } catch (const StoreError& e) {
        fail("cannot connect", e.what());
    }
    // A URL libpq cannot parse returns a connection in CONNECTION_BAD with the reason.
    conn_.reset(libpq().connectdb(url.c_str()));
    if (!conn_) throw StoreError(name_ + ": cannot connect: out of memory");
    if (libpq().status(conn_.get()) != CONNECTION_OK)
        fail("cannot connect", scrubbed(one_line(libpq().errorMessage(conn_.get())), url));
    if (libpq().setClientEncoding(conn_.get(), "UTF8") != 0)
        fail("cannot set the client encoding to UTF8", one_line(libpq().errorMessage(conn_.get())));
    // Notices (e.g. "relation already exists, skipping") are not kg's messages.
    libpq().setNoticeProcessor(conn_.get(), [](void*, const char*) {}, nullptr);
}

void PgConnection::fail(std::string_view action, std::string_view reason) const {
    std::string msg = name_;
    msg += ": ";
    msg += action;
    msg += ": ";
    msg += reason;
    throw StoreError(msg);
}

PgResult PgConnection::check(PGresult* raw, std::string_view action) {
    PgResult r(raw);
    const ExecStatusType status = raw ? libpq().resultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        sqlstate_.clear();
        return r;
    }
    const char* state = raw ? libpq().resultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    sqlstate_ = state ? state : "";
    const char* primary = raw ? libpq().resultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    fail(action, one_line(primary ? primary : libpq().errorMessage(conn_.get())));
}

PgResult PgConnection::query(std::string_view sql, std::initializer_list<PgParam> params, std::string_view action) {
    return query(sql, std::vector<PgParam>(params), action);
}

PgResult PgConnection::query(std::string_view sql, const std::vector<PgParam>& params, std::string_view action) {
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    for (const PgParam& p : params) {
        if (p.value.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
            fail(action, "a value is too long for PostgreSQL");
        // Text parameters travel NUL-terminated: an embedded NUL would cut the value short.
        if (!p.is_binary && p.value.find('\0') != std::string::npos)
            fail(action, "a text value holds a NUL byte, which PostgreSQL text cannot store");
        values.push_back(p.is_null ? nullptr : p.value.c_str());
        lengths.push_back(static_cast<int>(p.value.size()));
        formats.push_back(p.is_binary ? 1 : 0);
    }
    const std::string text(sql);
    return check(libpq().execParams(conn_.get(), text.c_str(), static_cast<int>(params.size()), nullptr,
                                    values.data(), lengths.data(), formats.data(), 0),
                 action);
}

void PgConnection::exec(std::string_view sql, std::string_view action) {
    const std::string text(sql);
    check(libpq().exec(conn_.get(), text.c_str()), action);
}

bool PgConnection::in_transaction() const { return libpq().transactionStatus(conn_.get()) != PQTRANS_IDLE; }

bool PgConnection::transaction_usable() const { return libpq().transactionStatus(conn_.get()) == PQTRANS_INTRANS; }

PgTransaction::PgTransaction(PgConnection& db, Kind kind) : db_(db) {
    // A transaction left open by a failed ROLLBACK would make BEGIN warn and nest nothing.
    if (db_.in_transaction()) db_.exec("ROLLBACK", "cannot roll back a stale transaction");
    if (kind != Read) {
        db_.exec("BEGIN", "cannot begin transaction");
        db_.query("SELECT pg_advisory_xact_lock($1)", {kind == Write ? kWriteLock : kSchemaLock},
                  kind == Write ? "cannot take the writers' lock" : "cannot take the schema lock");
    } else {
        db_.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "cannot begin transaction");
    }
}

PgTransaction::~PgTransaction() {
    if (done_) return;
    try {
        if (db_.in_transaction()) db_.exec("ROLLBACK", "cannot roll back");
    } catch (const StoreError&) {
        // Cannot be reported from a destructor; the next transaction retries the rollback.
    }
}

void PgTransaction::commit() {
    db_.exec("COMMIT", "cannot commit transaction");
    done_ = true;
}

PgSavepoint::PgSavepoint(PgConnection& db) : db_(db) { db_.exec("SAVEPOINT kg_item", "cannot begin savepoint"); }

PgSavepoint::~PgSavepoint() {
    if (done_) return;
    try {
        db_.exec("ROLLBACK TO SAVEPOINT kg_item; RELEASE SAVEPOINT kg_item", "cannot roll back to savepoint");
    } catch (const StoreError&) {
        // The transaction is lost as a whole; its COMMIT reports that.
    }
}

void PgSavepoint::release() {
    db_.exec("RELEASE SAVEPOINT kg_item", "cannot release savepoint");
    done_ = true;
}

}  // namespace kg::store::detail
