#pragma once
// The kg database schema as an ordered list of migrations, private to store/.
// A database at user_version N gets every step with version > N applied, in
// one transaction, so an older kg database is upgraded in place.

#include <cstdint>
#include <span>

namespace kg::store::detail {

// `PRAGMA application_id` of every kg database: "KGDB" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x4B474442;

struct Migration {
    int version;      // user_version after this step
    const char* sql;  // one or more statements
    // Version 3: after `sql`, the store packs every document's rows from the
    // version-1 child tables into extractions.data, then runs `sql_after`.
    bool pack_rows = false;
    const char* sql_after = nullptr;
};

std::span<const Migration> migrations();

// The same schema in PostgreSQL (store/pg_store.cpp): its version numbers are
// SQLite's, so a base at version N holds the same things in either backend. The
// PostgreSQL backend begins at version 5, made in one step; later versions append a
// step to both lists. Version 6 is PostgreSQL's own (the change tracking its questions'
// local copies read; SQLite keeps its snapshot in the base itself); a version both need
// next takes the next free number in both. The version lives in kg_meta.schema_version.
std::span<const Migration> pg_migrations();
// The version the PostgreSQL backend of this build writes (its last migration's).
int pg_schema_version();

// The schema version this build writes: the last migration's version.
int schema_version();

}  // namespace kg::store::detail
