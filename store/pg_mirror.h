#pragma once
// A local SQLite copy of a PostgreSQL knowledge base, kept between questions and brought
// up to date by reading only what changed in the database since the copy last looked
// (documents.change_seq and kg_forgotten, PostgreSQL schema version 6), so that questions
// cost work in proportion to the changes, not to the base. The copy is an ordinary kg
// SQLite base (same tables, same bytes of every stored extraction) plus one row of its
// own (kg_mirror: which database, and up to which change); its graph snapshot is then
// brought up to date as any SQLite base's (store/graph_snapshot.h), incrementally when
// the changes allow.
//
//   kg::store::MirrorSync sync;
//   kg::store::MirrorLock lock = kg::store::sync_pg_mirror(url, "/home/a/.cache/kg/pg-....db", sync);
//   ... build and open the copy's graph snapshot while `lock` is held ...
//
// The database is read in one REPEATABLE READ transaction (one consistent state, never
// waiting for writers). A copy of another database (dropped and made again under the
// same URL: kg_meta.base_id differs), of another format, ahead of the database (a
// restored backup) or one that cannot be read is replaced by a full copy.

#include <cstdint>
#include <string>

namespace kg::store {

// What one sync_pg_mirror did.
struct MirrorSync {
    bool full = false;              // copied every document (a new, foreign or damaged copy)
    std::string why_full;           // the reason, when full
    std::size_t copied = 0;         // documents written into the copy (added or replaced)
    std::size_t unchanged = 0;      // changed in the database but equal to the copy's (nothing written)
    std::size_t removed = 0;        // documents deleted from the copy
    bool corrections = false;       // the corrections were copied again (they differed)
    std::int64_t from_change = 0;   // the copy's change point before, and after
    std::int64_t to_change = 0;
};

// An exclusive lock on one copy (flock on PATH.lock), so that two kg processes never
// bring it up to date at once; released when destroyed.
class MirrorLock {
public:
    MirrorLock() = default;
    explicit MirrorLock(const std::string& path);
    ~MirrorLock();
    MirrorLock(MirrorLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    MirrorLock& operator=(MirrorLock&& o) noexcept;
    MirrorLock(const MirrorLock&) = delete;
    MirrorLock& operator=(const MirrorLock&) = delete;

private:
    int fd_ = -1;
};

// Brings the copy at `path` (a SQLite file, created when missing) up to date with the
// PostgreSQL base at `url` (an existing kg database, already opened and migrated), under
// the copy's lock, which the caller keeps while it reads the copy into a snapshot.
// `sync` says what was done. Throws StoreError when the database cannot be read or the
// copy cannot be written even afresh.
MirrorLock sync_pg_mirror(const std::string& url, const std::string& path, MirrorSync& sync);

// The format of the copies this build writes (kg_mirror.format); a copy of another format
// is made again.
inline constexpr int kMirrorFormat = 3;

}  // namespace kg::store
