#pragma once
// Helpers shared by the store tests: a field-by-field text dump of a
// DocumentExtraction (the model types have no operator==, and a dump gives a
// readable diff), a read-only raw SQLite connection for looking at the file
// behind the Store's back, temporary directories and file bytes, and
// on_each_backend, which runs a test on SQLite and on PostgreSQL.

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/error.h"
#include "model/types.h"
#include "tests/pg_test_support.h"

namespace kg::store::testing {

inline std::string opt(const std::optional<std::size_t>& v) { return v ? std::to_string(*v) : "-"; }

inline void describe_evidence(std::ostringstream& out, const std::vector<Evidence>& evidence) {
    char conf[40];
    for (const Evidence& ev : evidence) {
        std::snprintf(conf, sizeof conf, "%.17g", ev.confidence);
        out << "    evidence [" << ev.doc_id << "] " << ev.sentence.begin << "-" << ev.sentence.end << " ["
            << ev.rule << "] " << conf << "\n";
    }
}

// Every field of `x`, one line per item, in order.
inline std::string describe(const DocumentExtraction& x) {
    std::ostringstream out;
    const Document& d = x.document;
    out << "document [" << d.id << "] [" << d.source << "] [" << d.title << "] [" << d.date << "] text ["
        << d.text << "]\n";
    for (const Entity& e : x.entities) {
        out << "  entity " << to_string(e.type) << " [" << e.name << "] [" << e.full_name << "]\n";
        for (const std::string& a : e.aliases) out << "    alias [" << a << "]\n";
        for (const Mention& m : e.mentions)
            out << "    mention " << m.span.begin << "-" << m.span.end << " [" << m.surface << "]\n";
    }
    for (const Relation& r : x.relations) {
        out << "  relation " << to_string(r.type) << " " << r.a << " " << r.b << " [" << r.date << "] place "
            << opt(r.place) << "\n";
        for (const auto& [k, v] : r.attributes) out << "    attribute [" << k << "]=[" << v << "]\n";
        describe_evidence(out, r.evidence);
    }
    for (const Meeting& m : x.meetings) {
        out << "  meeting [" << m.date << "] place " << opt(m.place) << " " << to_string(m.mode) << " "
            << to_string(m.status) << " host " << opt(m.host) << " visitor " << opt(m.visitor) << " parent "
            << opt(m.parent_event) << " [" << m.cameo << "] [" << m.plover_mode << "] participants";
        for (std::size_t p : m.participants) out << " " << p;
        out << "\n";
        describe_evidence(out, m.evidence);
    }
    for (const Diagnostic& g : x.diagnostics)
        out << "  diagnostic " << (g.severity == Diagnostic::Severity::Error ? "error" : "warning") << " ["
            << g.source << "] [" << g.message << "]\n";
    return out.str();
}

// A read-only connection to inspect what is really in the file.
class RawDb {
public:
    explicit RawDb(const std::string& path, int flags = SQLITE_OPEN_READONLY) {
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            const std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
            sqlite3_close(db_);
            throw std::runtime_error("cannot open " + path + ": " + msg);
        }
    }
    ~RawDb() { sqlite3_close(db_); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    // All rows of a query, each row's columns joined by '|'.
    std::vector<std::string> rows(const std::string& sql) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
        std::vector<std::string> out;
        int rc = 0;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                if (c) row += '|';
                const unsigned char* t = sqlite3_column_text(s, c);
                row += t ? reinterpret_cast<const char*>(t) : "NULL";
            }
            out.push_back(row);
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE) throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
        return out;
    }
    std::string value(const std::string& sql) {
        const std::vector<std::string> r = rows(sql);
        if (r.size() != 1) throw std::runtime_error(sql + ": expected one row, got " + std::to_string(r.size()));
        return r.front();
    }
    long long count(const std::string& table) { return std::stoll(value("SELECT count(*) FROM " + table)); }
    void exec(const std::string& sql) {
        char* err = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string msg = err ? err : "?";
            sqlite3_free(err);
            throw std::runtime_error(sql + ": " + msg);
        }
    }

private:
    sqlite3* db_ = nullptr;
};

// Every table a document's rows live in (documents first).
inline const std::vector<std::string>& kg_tables() {
    static const std::vector<std::string> t = {"documents", "extractions"};
    return t;
}

// A fresh directory removed at scope exit.
class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "kg-store-test-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        path_ = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs `body` once per backend, each time with the location of a fresh, empty knowledge
// base: a SQLite file, then a database on the PostgreSQL test server (that part skipped
// with a message when there is no server outside CI; tests/pg_test_support.h).
inline void on_each_backend(const std::function<void(const std::string&)>& body) {
    SUBCASE("sqlite") {
        TempDir dir;
        body(dir.file("kg.db"));
    }
    SUBCASE("postgresql") {
        if (std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database()) body(pg->url());
    }
}

// The message of the E that `f` throws; "(no error)" when it throws none.
template <class E = StoreError>
std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const E& e) {
        return e.what();
    }
    return "(no error)";
}

inline void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

}  // namespace kg::store::testing
