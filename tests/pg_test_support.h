#pragma once
// The PostgreSQL test server, for the tests that run against both backends: its URL
// (KG_TEST_PG_URL, else the file the CTest fixture pg_server_start wrote,
// scripts/pg-test-server.sh), and a fresh database on it per test, dropped afterwards.
// Without a server the PostgreSQL half of a test is skipped with a message -- unless CI
// or KG_REQUIRE_PG is set, where a missing server fails the test.
//
//   if (std::optional<kg_test::PgDatabase> pg = kg_test::fresh_pg_database()) {
//       run_kg({"--db", pg->url(), "ingest", corpus});
//   }

#include <doctest/doctest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

namespace kg_test {

inline bool pg_required() {
    for (const char* name : {"CI", "KG_REQUIRE_PG"}) {
        const char* v = std::getenv(name);
        if (v != nullptr && *v != '\0') return true;
    }
    return false;
}

// The test server's URL (naming its maintenance database "postgres"), or "" when none.
inline std::string pg_server_url() {
    if (const char* v = std::getenv("KG_TEST_PG_URL"); v != nullptr && *v != '\0') return v;
#ifdef KG_TEST_PG_URL_FILE
    std::ifstream in(KG_TEST_PG_URL_FILE);
    std::string url;
    if (std::getline(in, url)) return url;
#endif
    return {};
}

// Runs `sql` on the server's maintenance database; throws with the server's message.
inline void pg_admin(const std::string& server, const std::string& sql) {
    PGconn* c = PQconnectdb(server.c_str());
    std::string error;
    if (PQstatus(c) != CONNECTION_OK) {
        error = PQerrorMessage(c);
    } else {
        PGresult* r = PQexec(c, sql.c_str());
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            error = PQresultErrorMessage(r);
        PQclear(r);
    }
    PQfinish(c);
    if (!error.empty()) throw std::runtime_error(sql + ": " + error);
}

// The first column of the first row of `sql` on the database at `url` ("" for NULL or no
// row); throws with the server's message.
inline std::string pg_value(const std::string& url, const std::string& sql) {
    PGconn* c = PQconnectdb(url.c_str());
    std::string error, value;
    if (PQstatus(c) != CONNECTION_OK) {
        error = PQerrorMessage(c);
    } else {
        PGresult* r = PQexec(c, sql.c_str());
        if (PQresultStatus(r) != PGRES_TUPLES_OK) error = PQresultErrorMessage(r);
        else if (PQntuples(r) > 0) value = PQgetvalue(r, 0, 0);
        PQclear(r);
    }
    PQfinish(c);
    if (!error.empty()) throw std::runtime_error(sql + ": " + error);
    return value;
}

// A database of its own on the test server, dropped at scope exit.
class PgDatabase {
public:
    explicit PgDatabase(const std::string& server) : server_(server) {
        static std::atomic<int> counter{0};
        name_ = "kg_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        pg_admin(server_, "CREATE DATABASE " + name_);
        const std::size_t slash = server_.rfind('/');
        const std::size_t query = server_.find('?', slash);
        url_ = server_.substr(0, slash + 1) + name_ + (query == std::string::npos ? "" : server_.substr(query));
    }
    ~PgDatabase() {
        try {
            pg_admin(server_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        } catch (const std::exception&) {
            // The server goes away with its data at the end of the run anyway.
        }
    }
    PgDatabase(PgDatabase&& o) noexcept : server_(o.server_), name_(std::move(o.name_)), url_(std::move(o.url_)) {
        o.name_ = "kg_test_moved";
    }
    PgDatabase(const PgDatabase&) = delete;
    PgDatabase& operator=(const PgDatabase&) = delete;
    const std::string& url() const { return url_; }
    const std::string& name() const { return name_; }

private:
    std::string server_, name_, url_;
};

// A fresh database on the test server; none (with a message saying the PostgreSQL part
// is skipped) when there is no server outside CI; a failed test when there is none in CI.
inline std::optional<PgDatabase> fresh_pg_database() {
    const std::string server = pg_server_url();
    if (server.empty()) {
        if (pg_required()) {
            FAIL("no PostgreSQL test server (CI or KG_REQUIRE_PG is set, so this is a failure): see "
                 "scripts/pg-test-server.sh");
        }
        MESSAGE("PostgreSQL part skipped: no test server (scripts/pg-test-server.sh could not start one)");
        return std::nullopt;
    }
    return std::optional<PgDatabase>(std::in_place, server);
}

}  // namespace kg_test
