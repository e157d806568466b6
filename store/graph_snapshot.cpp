// The graph snapshot tables (kb_*): written in one transaction from merged
// records, read through indexed queries. They are a cache outside the schema
// migrations: dropping them loses nothing, and a kg that does not know them
// ignores them.

#include "store/graph_snapshot.h"

// The session extension (changesets) records what a growth writes so that it can be undone
// (kb_undo, undo_forgotten). Debian's libsqlite3 is built with it; its declarations come after
// sqlite3.h's include guard, so they are seen even when another file included it first.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "graph/merge_version.h"
#include "model/byte_codec.h"
#include "model/error.h"
#include "store/sqlite_db.h"

namespace kg::store {
namespace {

using detail::Database;
using detail::Statement;
using detail::StatementUse;
using detail::Transaction;
using detail::TransactionKind;

constexpr int kBusyTimeoutMs = 10000;
// Bump the first number when the tables or the packing change; the graph's merge rules are part of
// it (a snapshot merged by other rules is rebuilt); odd values are little-endian files.
constexpr std::int64_t kFormat =
    (17 + 1000 * graph::kMergeVersion) * 2 + (std::endian::native == std::endian::little ? 1 : 0);
constexpr char kSeparator = '\x1f';  // never in stored text: ingest drops C0 controls
constexpr char kPairSeparator = '\x1e';

constexpr const char* kGenerationSql = R"sql(
CREATE TABLE IF NOT EXISTS kb_generation(id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
INSERT OR IGNORE INTO kb_generation(id, value) VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS kb_documents_inserted AFTER INSERT ON documents
  BEGIN UPDATE kb_generation SET value = value + 1; END;
CREATE TRIGGER IF NOT EXISTS kb_documents_deleted AFTER DELETE ON documents
  BEGIN UPDATE kb_generation SET value = value + 1; END;
CREATE TRIGGER IF NOT EXISTS kb_documents_updated AFTER UPDATE ON documents
  BEGIN UPDATE kb_generation SET value = value + 1; END;
CREATE TRIGGER IF NOT EXISTS kb_corrections_inserted AFTER INSERT ON corrections
  BEGIN UPDATE kb_generation SET value = value + 1; END;
CREATE TRIGGER IF NOT EXISTS kb_corrections_deleted AFTER DELETE ON corrections
  BEGIN UPDATE kb_generation SET value = value + 1; END;
CREATE TRIGGER IF NOT EXISTS kb_corrections_updated AFTER UPDATE ON corrections
  BEGIN UPDATE kb_generation SET value = value + 1; END;
)sql";

// The change log: one row per change the generation counts, with the id of an inserted
// document, NULL for any other change (a document replaced, updated or deleted, a
// correction). A snapshot keeps the last row it saw; the rows after it say whether
// documents were only added since. AUTOINCREMENT: a row number is never used twice.
// A deleted (forgotten) document's id is kept beside its row in kb_forgotten (a table of
// its own, so that a kg that knows only kb_changes reads the log as before): a forget of
// documents that recent growths added is undone rather than built from every document.
constexpr const char* kChangeLogSql = R"sql(
CREATE TABLE IF NOT EXISTS kb_changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, added TEXT);
CREATE TRIGGER IF NOT EXISTS kb_log_documents_inserted AFTER INSERT ON documents
  BEGIN INSERT INTO kb_changes(added) VALUES (NEW.id); END;
CREATE TABLE IF NOT EXISTS kb_forgotten(seq INTEGER PRIMARY KEY, id TEXT NOT NULL);
DROP TRIGGER IF EXISTS kb_log_documents_deleted;
CREATE TRIGGER IF NOT EXISTS kb_log_documents_forgotten AFTER DELETE ON documents
  BEGIN INSERT INTO kb_changes(added) VALUES (NULL);
        INSERT INTO kb_forgotten(seq, id) SELECT max(seq), OLD.id FROM kb_changes; END;
CREATE TRIGGER IF NOT EXISTS kb_log_documents_updated AFTER UPDATE ON documents
  BEGIN INSERT INTO kb_changes(added) VALUES (NULL); END;
CREATE TRIGGER IF NOT EXISTS kb_log_corrections_inserted AFTER INSERT ON corrections
  BEGIN INSERT INTO kb_changes(added) VALUES (NULL); END;
CREATE TRIGGER IF NOT EXISTS kb_log_corrections_deleted AFTER DELETE ON corrections
  BEGIN INSERT INTO kb_changes(added) VALUES (NULL); END;
CREATE TRIGGER IF NOT EXISTS kb_log_corrections_updated AFTER UPDATE ON corrections
  BEGIN INSERT INTO kb_changes(added) VALUES (NULL); END;
)sql";

// Which write of the snapshot the current one is: bumped by every write, whole or grown, in
// its transaction, and kept across whole writes (which drop the kb_* tables below). The labels
// do not tell two snapshots apart: a snapshot is labelled with the generation read before its
// documents, and a build reads them later, so two builds labelled alike may hold different
// documents (one read before another kg stored some, one after). A growth is written only over
// the very write it read (SnapshotStart::snapshot_serial).
constexpr const char* kSerialSql = R"sql(
CREATE TABLE IF NOT EXISTS kb_snapshot_serial(id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
INSERT OR IGNORE INTO kb_snapshot_serial(id, value) VALUES (1, 0);
UPDATE kb_snapshot_serial SET value = value + 1;
)sql";

constexpr const char* kTablesSql = R"sql(
DROP TABLE IF EXISTS kb_snapshot;
DROP TABLE IF EXISTS kb_entities;
DROP TABLE IF EXISTS kb_entity_documents;
DROP TABLE IF EXISTS kb_entity_names;
DROP TABLE IF EXISTS kb_names;
DROP TABLE IF EXISTS kb_meetings;
DROP TABLE IF EXISTS kb_participants;
DROP TABLE IF EXISTS kb_relations;
DROP TABLE IF EXISTS kb_relation_ends;
DROP TABLE IF EXISTS kb_evidence;
DROP TABLE IF EXISTS kb_meeting_evidence;
DROP TABLE IF EXISTS kb_blobs;
DROP TABLE IF EXISTS kb_links;
DROP TABLE IF EXISTS kb_adjacency;
DROP TABLE IF EXISTS kb_state;
DROP TABLE IF EXISTS kb_state_keys;
DROP TABLE IF EXISTS kb_state_mentions;
CREATE TABLE kb_snapshot(format INTEGER NOT NULL, generation INTEGER NOT NULL, last_change INTEGER NOT NULL);
CREATE TABLE kb_entities(id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
  doc_count INTEGER NOT NULL, mention_count INTEGER NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
  merge_reasons TEXT NOT NULL);
CREATE TABLE kb_entity_names(part INTEGER PRIMARY KEY, names BLOB NOT NULL);
CREATE TABLE kb_entity_documents(id INTEGER NOT NULL, part INTEGER NOT NULL, documents TEXT NOT NULL,
  PRIMARY KEY (id, part)) WITHOUT ROWID;
CREATE TABLE kb_names(key TEXT NOT NULL, tbl INTEGER NOT NULL, entity INTEGER NOT NULL,
  PRIMARY KEY (key, tbl, entity)) WITHOUT ROWID;
CREATE INDEX kb_names_entity ON kb_names(entity);
CREATE TABLE kb_meetings(id INTEGER PRIMARY KEY, date TEXT NOT NULL, place INTEGER, mode TEXT NOT NULL,
  status TEXT NOT NULL, host INTEGER, visitor INTEGER, event INTEGER, cameo TEXT NOT NULL, plover TEXT NOT NULL,
  participants TEXT NOT NULL, documents TEXT NOT NULL, evidence INTEGER NOT NULL);
CREATE TABLE kb_participants(entity INTEGER NOT NULL, part INTEGER NOT NULL, happened INTEGER NOT NULL,
  data BLOB NOT NULL, PRIMARY KEY (entity, part)) WITHOUT ROWID;
CREATE TABLE kb_relations(id INTEGER PRIMARY KEY, type TEXT NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL,
  date TEXT NOT NULL, place INTEGER, meeting INTEGER, attributes TEXT NOT NULL, evidence INTEGER NOT NULL,
  link_date TEXT NOT NULL);
CREATE TABLE kb_relation_ends(entity INTEGER NOT NULL, relation INTEGER NOT NULL,
  PRIMARY KEY (entity, relation)) WITHOUT ROWID;
CREATE TABLE kb_evidence(relation INTEGER NOT NULL, idx INTEGER NOT NULL, doc_id TEXT NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (relation, idx)) WITHOUT ROWID;
CREATE TABLE kb_meeting_evidence(meeting INTEGER NOT NULL, idx INTEGER NOT NULL, doc_id TEXT NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (meeting, idx)) WITHOUT ROWID;
CREATE TABLE kb_blobs(name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE kb_links(piece INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE kb_adjacency(entity INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE kb_state(id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE kb_state_keys(tbl INTEGER NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL,
  PRIMARY KEY (tbl, key)) WITHOUT ROWID;
CREATE TABLE kb_state_mentions(seq INTEGER PRIMARY KEY, surname BLOB NOT NULL, data BLOB NOT NULL);
CREATE INDEX kb_state_mentions_surname ON kb_state_mentions(surname);
DROP TABLE IF EXISTS kb_undo;
CREATE TABLE kb_undo(serial INTEGER PRIMARY KEY, before INTEGER NOT NULL, documents TEXT NOT NULL, data BLOB NOT NULL);
)sql";

// What a growth wrote, kept so that forgetting the documents it added can undo it: one row of
// kb_undo per growth (the last kUndoKept growths since the snapshot was written whole, as many of
// them as kUndoBytes holds), the
// serial of the snapshot it wrote and of the one it grew from, the documents it added, and a
// changeset (SQLite's session extension) that turns every row of kUndoTables it inserted,
// changed or deleted back into what it was. Undoing the growths back to one that grew from
// snapshot S restores S row for row; S equalled the build from its documents, which are still
// stored as they were (any other change since builds the snapshot whole, which empties kb_undo).
constexpr const char* kUndoTables[] = {"kb_entities",      "kb_entity_names",     "kb_entity_documents", "kb_names",
                                       "kb_meetings",      "kb_participants",     "kb_relations",        "kb_relation_ends",
                                       "kb_evidence",      "kb_meeting_evidence", "kb_blobs",            "kb_links",
                                       "kb_adjacency",     "kb_state",            "kb_state_keys",       "kb_state_mentions"};

// The entities' canonical names are kept kNamesPerPart to a row of kb_entity_names too (part p
// holds those of ids p * kNamesPerPart onwards, each with its length first): kg met of a busy
// person prints some 6,400 names, which as rows of kb_entities read one by one were a sixth of
// its instructions.
constexpr std::uint32_t kNamesPerPart = 256;

// A participant's meetings are kept in rows of kb_participants by meeting id, the meetings
// p * kMeetingsPerPart up to (p + 1) * kMeetingsPerPart of one row (part p), each as its id,
// its length and pack_meeting's bytes, in id order: a busy person's meetings (26,000 of a
// million) are about a thousand rows to read instead of 26,000, a rare person's one row a
// meeting as before, and a changed meeting rewrites the few meetings of its row.
constexpr std::uint32_t kMeetingsPerPart = 1024;

// An entity's documents are kept kDocumentsPerPart to a row of kb_entity_documents (part p
// holds documents p * kDocumentsPerPart onwards), so that documents added to a busy entity
// rewrite its last part, not its whole list.
constexpr std::size_t kDocumentsPerPart = 256;

// Links are packed as five words: a, b, relation, type, date (YYYYMMDD, zeros
// for missing month or day, 0 when undated), kLinksPerPiece relations to a row of
// kb_links (piece p holds relations p * kLinksPerPiece onwards), so that a grown
// snapshot rewrites only the pieces holding relations that changed.
constexpr std::size_t kLinkWords = 5;
constexpr std::size_t kLinksPerPiece = 4096;
constexpr std::size_t kLinkBytes = kLinkWords * sizeof(std::uint32_t);
// An entity's neighbours are packed as three words: neighbour, type, relation (see write_adjacency).
constexpr std::size_t kAdjacentWords = 3;
constexpr std::size_t kAdjacentBytes = kAdjacentWords * sizeof(std::uint32_t);
static_assert(sizeof(std::array<std::uint32_t, kAdjacentWords>) == kAdjacentBytes);

std::unique_ptr<Database> connect(const std::string& path) {
    // One thread uses a connection: without SQLite's mutex, reading a column is no lock and
    // unlock (a fifth of kg met's instructions at 1,000,000 releases).
    auto db = std::make_unique<Database>(Database::writable(path)
                                             ? Database(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX)
                                             : Database::open_read_only(path, SQLITE_OPEN_NOMUTEX));
    db->check(sqlite3_busy_timeout(db->get(), kBusyTimeoutMs), "cannot set busy timeout");
    return db;
}

bool table_exists(Database& db, std::string_view name) {
    Statement q = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    q.bind(1, name);
    return q.step("cannot read the schema");
}

std::string joined(const std::vector<std::string>& parts, char separator = kSeparator) {
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) s += separator;
        s += parts[i];
    }
    return s;
}

std::vector<std::string> split(std::string_view s, char separator = kSeparator) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = s.find(separator, start);
        out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

std::string joined_ids(const std::vector<EntityId>& ids) {
    std::string s;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) s += ',';
        s += std::to_string(ids[i].value);
    }
    return s;
}

// Ids as joined_ids writes them; a part that is not a number (a damaged row) reads as 0,
// one too large for an id as its low bits.
std::vector<EntityId> split_ids(std::string_view s) {
    std::vector<EntityId> out;
    if (s.empty()) return out;
    std::uint32_t v = 0;
    for (char c : s) {
        if (c == ',') {
            out.push_back(EntityId{v});
            v = 0;
        } else if (c >= '0' && c <= '9') {
            v = v * 10 + static_cast<std::uint32_t>(c - '0');
        }
    }
    out.push_back(EntityId{v});
    return out;
}

void bind_optional_id(Statement& q, int i, const std::optional<EntityId>& id) {
    if (id) q.bind(i, static_cast<std::int64_t>(id->value));
    else q.bind_null(i);
}

std::optional<EntityId> optional_id(const Statement& q, int col) {
    if (q.is_null(col)) return std::nullopt;
    return EntityId{static_cast<std::uint32_t>(q.integer(col))};
}

// A meeting as a participant's row of kb_participants keeps it (all but its id and evidence):
// one packed column (model/byte_codec.h), not twelve, since kg met of a busy person reads
// tens of thousands of these rows and decoding SQLite's columns one by one was most of it.
std::string pack_meeting(const MeetingRecord& m) {
    ByteWriter w;
    auto id = [&](const std::optional<EntityId>& e) { w.optional_index(e ? std::optional<std::size_t>(e->value) : std::nullopt); };
    w.string(m.date);
    id(m.place);
    w.number(static_cast<std::uint64_t>(m.mode));
    w.number(static_cast<std::uint64_t>(m.status));
    id(m.host);
    id(m.visitor);
    id(m.parent_event);
    w.string(m.cameo);
    w.string(m.plover_mode);
    w.number(m.participants.size());
    for (EntityId p : m.participants) w.number(p.value);
    w.number(m.documents.size());
    for (const std::string& d : m.documents) w.string(d);
    return w.take();
}

// Reads pack_meeting's bytes: ByteReader's form, decoded inline (a busy person's meetings
// are tens of thousands of rows). A read past the end or a number too long leaves ok false.
class MeetingBytes {
public:
    explicit MeetingBytes(std::string_view bytes)
        : at_(reinterpret_cast<const unsigned char*>(bytes.data())), end_(at_ + bytes.size()) {}
    bool ok() const { return ok_; }
    bool at_end() const { return at_ == end_; }
    std::uint64_t number() {
        if (at_ < end_ && *at_ < 0x80) return *at_++;  // most numbers are one byte
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ == end_) return fail();
            const unsigned char byte = *at_++;
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0) return v;
        }
        return fail();
    }
    std::uint32_t id() {
        const std::uint64_t v = number();
        return v > std::numeric_limits<std::uint32_t>::max() ? static_cast<std::uint32_t>(fail()) : static_cast<std::uint32_t>(v);
    }
    std::optional<EntityId> optional_id() {
        const std::uint64_t v = number();
        if (v == 0) return std::nullopt;
        if (v - 1 > std::numeric_limits<std::uint32_t>::max()) return fail(), std::nullopt;
        return EntityId{static_cast<std::uint32_t>(v - 1)};
    }
    std::string_view string() {
        const std::uint64_t n = number();
        if (n > static_cast<std::uint64_t>(end_ - at_)) return fail(), std::string_view();
        const std::string_view s(reinterpret_cast<const char*>(at_), static_cast<std::size_t>(n));
        at_ += n;
        return s;
    }
    // A count of items each at least one byte long (so never more than the bytes left).
    std::size_t count() {
        const std::uint64_t n = number();
        return n > static_cast<std::uint64_t>(end_ - at_) ? static_cast<std::size_t>(fail()) : static_cast<std::size_t>(n);
    }

private:
    std::uint64_t fail() {
        ok_ = false;
        at_ = end_;
        return 0;
    }
    const unsigned char* at_;
    const unsigned char* end_;
    bool ok_ = true;
};

// pack_meeting's bytes back into `m` (its id set by the caller); false when damaged.
bool unpack_meeting(std::string_view bytes, MeetingRecord& m) {
    MeetingBytes r(bytes);
    m.date = r.string();
    m.place = r.optional_id();
    const std::uint64_t mode = r.number();
    const std::uint64_t status = r.number();
    if (mode > static_cast<std::uint64_t>(MeetingMode::Multilateral) ||
        status > static_cast<std::uint64_t>(MeetingStatus::Planned))
        return false;
    m.mode = static_cast<MeetingMode>(mode);
    m.status = static_cast<MeetingStatus>(status);
    m.host = r.optional_id();
    m.visitor = r.optional_id();
    m.parent_event = r.optional_id();
    m.cameo = r.string();
    m.plover_mode = r.string();
    m.participants.resize(r.count());
    for (EntityId& p : m.participants) p = EntityId{r.id()};
    m.documents.resize(r.count());
    for (std::string& d : m.documents) d = r.string();
    return r.ok() && r.at_end();
}

// A row of kb_participants: each meeting as its id, its length and its bytes.
void append_meeting(std::string& data, std::uint32_t id, std::string_view bytes) {
    ByteWriter w;
    w.number(id);
    w.string(bytes);
    data += w.take();
}

class MeetingPart {
public:
    explicit MeetingPart(std::string_view data) : r_(data) {}
    // The next meeting's id and bytes; none at the end or when damaged (then ok() is false).
    std::optional<std::pair<std::uint32_t, std::string_view>> next() {
        if (r_.at_end()) return std::nullopt;
        const std::uint32_t id = r_.id();
        const std::string_view bytes = r_.string();
        if (!r_.ok()) return std::nullopt;
        return std::pair(id, bytes);
    }
    bool ok() const { return r_.ok(); }

private:
    MeetingBytes r_;
};

// The merge state is kept in pieces (rows of kb_state; kb_blobs 'merge_state' lists their
// ids in order, joined by commas), cut where a rolling hash of the last 64 bytes says, so
// that a change moves only the boundaries near it: the state of a grown graph shares most
// pieces with the state it grew from, and only its new pieces are written.
constexpr std::size_t kStateMinPiece = 16 * 1024;
constexpr std::size_t kStateMaxPiece = 256 * 1024;
constexpr std::uint64_t kStateCut = 0xFFFFull << 48;  // a cut about every 64 KB past the minimum

std::vector<std::string_view> state_pieces(std::string_view bytes) {
    static const std::array<std::uint64_t, 256> gear = [] {
        std::array<std::uint64_t, 256> g{};
        std::uint64_t x = 0;
        for (std::uint64_t& v : g) {  // splitmix64
            x += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            v = z ^ (z >> 31);
        }
        return g;
    }();
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < bytes.size()) {
        const std::size_t end = std::min(bytes.size(), start + kStateMaxPiece);
        std::size_t cut = end;
        std::uint64_t h = 0;
        for (std::size_t i = start + kStateMinPiece; i < end; ++i) {
            h = (h << 1) + gear[static_cast<unsigned char>(bytes[i])];
            if ((h & kStateCut) == 0) {
                cut = i + 1;
                break;
            }
        }
        out.push_back(bytes.substr(start, cut - start));
        start = cut;
    }
    return out;
}

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : bytes) h = (h ^ c) * 0x100000001B3ull;
    return h;
}

// Writes `state` in pieces, keeping the rows of `old` (the state the snapshot holds, in the
// rows `old_ids`) whose bytes recur, and deleting the others.
void write_state(Database& db, std::string_view state, std::string_view old, const std::vector<std::int64_t>& old_ids,
                 const char* what) {
    std::vector<std::string_view> old_pieces = state_pieces(old);
    if (old_pieces.size() != old_ids.size()) old_pieces.clear();
    std::unordered_multimap<std::uint64_t, std::size_t> by_hash;
    for (std::size_t i = 0; i < old_pieces.size(); ++i) by_hash.emplace(fnv1a(old_pieces[i]), i);
    std::unordered_set<std::int64_t> kept;  // rows of `old` the new state uses (one may serve twice)
    std::string list;
    Statement insert = db.prepare("INSERT INTO kb_state(data) VALUES (?1)");
    for (std::string_view piece : state_pieces(state)) {
        std::optional<std::int64_t> id;
        const auto [first, last] = by_hash.equal_range(fnv1a(piece));
        for (auto it = first; it != last && !id; ++it)
            if (old_pieces[it->second] == piece) {
                id = old_ids[it->second];
                kept.insert(*id);
            }
        if (!id) {
            StatementUse use(insert);
            insert.bind_blob(1, piece);
            insert.run(what);
            id = sqlite3_last_insert_rowid(db.get());
        }
        if (!list.empty()) list += ',';
        list += std::to_string(*id);
    }
    Statement drop = db.prepare("DELETE FROM kb_state WHERE id = ?1");
    for (std::int64_t id : old_ids) {
        if (!kept.insert(id).second) continue;  // used, or deleted already
        StatementUse use(drop);
        drop.bind(1, id);
        drop.run(what);
    }
    if (state.empty()) return;
    Statement q = db.prepare("INSERT INTO kb_blobs(name, data) VALUES ('merge_state', ?1)");
    q.bind_blob(1, list);
    q.run(what);
}

// The merge state `db` holds, with its pieces' ids; empty when it has none or misses a piece.
std::optional<std::string> read_state(Database& db, std::vector<std::int64_t>& ids, const char* what) {
    std::string list;
    {
        Statement q = db.prepare("SELECT data FROM kb_blobs WHERE name = 'merge_state'");
        if (!q.step(what)) return std::nullopt;
        list = std::string(q.blob(0));
    }
    std::string state;
    Statement piece = db.prepare("SELECT data FROM kb_state WHERE id = ?1");
    for (const std::string& id : split(list, ',')) {
        if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos || id.size() > 18)
            return std::nullopt;
        ids.push_back(std::stoll(id));
        StatementUse use(piece);
        piece.bind(1, ids.back());
        if (!piece.step(what)) return std::nullopt;
        state += piece.blob(0);
    }
    return state;
}

}  // namespace

std::uint32_t pack_date(std::string_view d) {
    auto digits = [&](std::size_t pos, std::size_t n) -> std::uint32_t {
        std::uint32_t v = 0;
        for (std::size_t i = pos; i < pos + n && i < d.size(); ++i) {
            if (d[i] < '0' || d[i] > '9') return 0;
            v = v * 10 + static_cast<std::uint32_t>(d[i] - '0');
        }
        return v;
    };
    if (d.size() < 4) return 0;
    std::uint32_t v = digits(0, 4) * 10000;
    if (d.size() >= 7) v += digits(5, 2) * 100;
    if (d.size() >= 10) v += digits(8, 2);
    return v;
}

namespace {

struct SnapshotLabels {
    std::uint64_t generation = 0;
    std::int64_t last_change = 0;
    std::uint64_t serial = 0;  // kb_snapshot_serial
};

// The serial of the snapshot `db` holds (see kSerialSql); 0 before any was written.
std::uint64_t snapshot_serial(Database& db) {
    if (!table_exists(db, "kb_snapshot_serial")) return 0;
    return static_cast<std::uint64_t>(
        db.query_int("SELECT coalesce(max(value), 0) FROM kb_snapshot_serial", "cannot read the graph snapshot"));
}

// The current snapshot's labels when it is of this format: one written by another kg
// (its table may lack last_change) has none.
std::optional<SnapshotLabels> snapshot_labels(Database& db) {
    const char* what = "cannot read the graph snapshot";
    if (!table_exists(db, "kb_snapshot")) return std::nullopt;
    {
        Statement q = db.prepare("SELECT format FROM kb_snapshot");
        if (!q.step(what) || q.integer(0) != kFormat) return std::nullopt;
    }
    Statement q = db.prepare("SELECT generation, last_change FROM kb_snapshot");
    if (!q.step(what)) return std::nullopt;
    return SnapshotLabels{static_cast<std::uint64_t>(q.integer(0)), q.integer(1), snapshot_serial(db)};
}

}  // namespace

SnapshotStart begin_snapshot(const std::string& path) {
    const char* what = "cannot read the snapshot generation";
    std::unique_ptr<Database> db = connect(path);
    if (!table_exists(*db, "kb_generation") || !table_exists(*db, "kb_changes") || !table_exists(*db, "kb_forgotten")) {
        Transaction tx(*db, TransactionKind::Write);
        db->exec(kGenerationSql, "cannot install the snapshot generation counter");
        db->exec(kChangeLogSql, "cannot install the snapshot change log");
        tx.commit();
    }
    Transaction tx(*db, TransactionKind::Read);
    SnapshotStart start;
    start.generation = static_cast<std::uint64_t>(db->query_int("SELECT value FROM kb_generation WHERE id = 1", what));
    start.last_change = db->query_int("SELECT coalesce(max(seq), 0) FROM kb_changes", what);
    const std::optional<SnapshotLabels> labels = snapshot_labels(*db);
    if (!labels || labels->generation == kUnfinishedGeneration) return start;
    start.snapshot_generation = labels->generation;
    start.snapshot_last_change = labels->last_change;
    start.snapshot_serial = labels->serial;
    const std::uint64_t behind = start.generation - start.snapshot_generation;
    const std::int64_t since = start.snapshot_last_change;
    // Every change since the snapshot must be in the log, and an insert.
    std::vector<std::string> added;
    {
        Statement q = db->prepare("SELECT added FROM kb_changes WHERE seq > ?1 ORDER BY seq");
        q.bind(1, since);
        while (q.step(what)) {
            if (q.is_null(0)) return start;
            added.push_back(q.text(0));
        }
    }
    if (added.size() != behind) return start;
    Statement q = db->prepare("SELECT data FROM kb_blobs WHERE name = 'growing'");
    if (!q.step(what)) return start;
    start.state_header = std::string(q.blob(0));
    start.added = std::move(added);
    return start;
}

namespace {

// The evidence rows of one meeting or relation (its id first, then index, document,
// sentence span, rule, confidence), numbered from `first`; with `forget`, the old ones are
// deleted first.
void write_evidence(Statement* forget, Statement& insert, std::uint64_t id, const std::vector<Evidence>& evidence,
                    std::size_t first, const char* what) {
    if (forget) {
        StatementUse use(*forget);
        forget->bind(1, static_cast<std::int64_t>(id));
        forget->run(what);
    }
    for (std::size_t k = 0; k < evidence.size(); ++k) {
        const Evidence& e = evidence[k];
        StatementUse use(insert);
        insert.bind(1, static_cast<std::int64_t>(id));
        insert.bind_index(2, first + k);
        insert.bind(3, e.doc_id);
        insert.bind_index(4, e.sentence.begin);
        insert.bind_index(5, e.sentence.end);
        insert.bind(6, e.rule);
        insert.bind(7, e.confidence);
        insert.run(what);
    }
}

using AdjacentRow = std::vector<std::array<std::uint32_t, kAdjacentWords>>;

// Sorted by neighbour and type, one entry per pair: the lowest-numbered relation. Not written
// when it has `unchanged` entries (a row read back that new relations added nothing to).
void put_adjacency(Database& db, Statement& put, std::size_t entity, AdjacentRow& list, const char* what,
                   std::optional<std::size_t> unchanged = std::nullopt) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end(),
                           [](const auto& x, const auto& y) { return x[0] == y[0] && x[1] == y[1]; }),
               list.end());
    if (unchanged && list.size() == *unchanged) return;
    StatementUse use(put);
    put.bind(1, static_cast<std::int64_t>(entity));
    db.check(sqlite3_bind_blob64(put.get(), 2, static_cast<const void*>(list.data()),
                                 static_cast<sqlite3_uint64>(list.size() * kAdjacentBytes), SQLITE_STATIC),
             what);
    put.run(what);
}

// Each entity's neighbours, once per relation type with the lowest relation of that type
// between them (what a path search needs: store::GraphSnapshot::adjacent), as a row of
// kb_adjacency: kAdjacentWords words each, sorted by neighbour and type; self links left out.
void write_adjacency(Database& db, const std::vector<RelationRecord>& relations, const char* what) {
    std::size_t n = 0;
    for (const RelationRecord& r : relations) n = std::max<std::size_t>(n, std::max(r.a.value, r.b.value) + std::size_t{1});
    std::vector<AdjacentRow> adjacent(n);
    for (const RelationRecord& r : relations) {
        if (r.a == r.b) continue;
        const auto type = static_cast<std::uint32_t>(r.type);
        adjacent[r.a.value].push_back({r.b.value, type, r.id.value});
        adjacent[r.b.value].push_back({r.a.value, type, r.id.value});
    }
    Statement put = db.prepare("INSERT OR REPLACE INTO kb_adjacency(entity, data) VALUES (?1, ?2)");
    for (std::size_t e = 0; e < n; ++e)
        if (!adjacent[e].empty()) put_adjacency(db, put, e, adjacent[e], what);
}

// The neighbour rows of the ends of new relations (a relation's ends and type never change,
// and a new one has a higher number than any before it, so only new ones add entries).
void grow_adjacency(Database& db, const SnapshotDelta& d, const char* what) {
    std::unordered_map<std::uint32_t, AdjacentRow> adjacent;
    for (const RelationRecord* r : d.relations) {
        if (r->id.value < d.relations_before || r->a == r->b) continue;
        const auto type = static_cast<std::uint32_t>(r->type);
        adjacent[r->a.value].push_back({r->b.value, type, r->id.value});
        adjacent[r->b.value].push_back({r->a.value, type, r->id.value});
    }
    std::vector<std::uint32_t> entities;
    for (const auto& [e, list] : adjacent) entities.push_back(e);
    std::sort(entities.begin(), entities.end());
    Statement old = db.prepare("SELECT data FROM kb_adjacency WHERE entity = ?1");
    Statement put = db.prepare("INSERT OR REPLACE INTO kb_adjacency(entity, data) VALUES (?1, ?2)");
    for (std::uint32_t e : entities) {
        AdjacentRow& list = adjacent[e];
        std::size_t had = 0;  // entries the row holds: new relations between neighbours it lists add none
        {
            StatementUse use(old);
            old.bind(1, static_cast<std::int64_t>(e));
            if (old.step(what)) {
                const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(old.get(), 0));
                if (bytes % kAdjacentBytes != 0) db.fail(what, "a damaged list of neighbours");
                had = bytes / kAdjacentBytes;
                const std::size_t added = list.size();
                list.resize(added + had);
                if (bytes) std::memcpy(list.data() + added, sqlite3_column_blob(old.get(), 0), bytes);
            }
        }
        put_adjacency(db, put, e, list, what, had > 0 ? std::optional(had) : std::nullopt);
    }
}

// True when the snapshot is the very write `start` was read beside (its labels are not enough:
// see kSerialSql).
bool unchanged_since(Database& db, const SnapshotStart& start) {
    const std::optional<SnapshotLabels> labels = snapshot_labels(db);
    return start.state_header && labels && labels->generation == start.snapshot_generation &&
           labels->last_change == start.snapshot_last_change && labels->serial == start.snapshot_serial;
}

// Records the writes to kUndoTables made on `db` from its making on (SQLite's session
// extension), and gives the changeset that undoes them.
class UndoRecorder {
public:
    explicit UndoRecorder(Database& db) : db_(db) {
        check(sqlite3session_create(db.get(), "main", &session_));
        for (const char* table : kUndoTables) check(sqlite3session_attach(session_, table));
    }
    ~UndoRecorder() {
        if (session_) sqlite3session_delete(session_);
    }
    UndoRecorder(const UndoRecorder&) = delete;
    UndoRecorder& operator=(const UndoRecorder&) = delete;

    std::string inverse() {
        int size = 0;
        void* changes = nullptr;
        check(sqlite3session_changeset(session_, &size, &changes));
        int inverted_size = 0;
        void* inverted = nullptr;
        const int rc = sqlite3changeset_invert(size, changes, &inverted_size, &inverted);
        sqlite3_free(changes);
        check(rc);
        std::string out(static_cast<const char*>(inverted), static_cast<std::size_t>(inverted_size));
        sqlite3_free(inverted);
        return out;
    }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) db_.fail("cannot record the graph snapshot's changes", sqlite3_errstr(rc));
    }
    Database& db_;
    sqlite3_session* session_ = nullptr;
};

// Applies a changeset kept by UndoRecorder; false, having changed nothing, when a row is not
// as the changeset expects (it was written since: the undo does not apply).
bool apply_undo(Database& db, std::string_view changes, const char* what) {
    const auto conflict = [](void*, int, sqlite3_changeset_iter*) -> int { return SQLITE_CHANGESET_ABORT; };
    const int rc = sqlite3changeset_apply(db.get(), static_cast<int>(changes.size()),
                                          const_cast<char*>(changes.data()), nullptr, conflict, nullptr);
    if (rc == SQLITE_ABORT) return false;
    db.check(rc, what);
    return true;
}

// The writes of a snapshot's rows, shared by a whole snapshot and a grown one.
class SnapshotWriter {
public:
    explicit SnapshotWriter(Database& db)
        : db_(db),
          entity_(db.prepare("INSERT OR REPLACE INTO kb_entities(id, type, name, aliases, doc_count, mention_count, "
                             "first_seen, last_seen, merge_reasons) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")),
          names_row_(db.prepare("INSERT OR REPLACE INTO kb_entity_names(part, names) VALUES (?1, ?2)")),
          names_part_(db.prepare("SELECT names FROM kb_entity_names WHERE part = ?1")),
          documents_(db.prepare("INSERT OR REPLACE INTO kb_entity_documents(id, part, documents) VALUES (?1, ?2, ?3)")),
          last_part_(db.prepare("SELECT documents FROM kb_entity_documents WHERE id = ?1 AND part = ?2")),
          meeting_(db.prepare("INSERT OR REPLACE INTO kb_meetings(id, date, place, mode, status, host, visitor, event, "
                              "cameo, plover, participants, documents, evidence) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")),
          participant_(db.prepare("INSERT OR REPLACE INTO kb_participants(entity, part, happened, data) "
                                  "VALUES (?1, ?2, ?3, ?4)")),
          participant_part_(db.prepare("SELECT data FROM kb_participants WHERE entity = ?1 AND part = ?2")),
          forget_meeting_evidence_(db.prepare("DELETE FROM kb_meeting_evidence WHERE meeting = ?1")),
          meeting_evidence_(db.prepare("INSERT INTO kb_meeting_evidence(meeting, idx, doc_id, sentence_begin, "
                                       "sentence_end, rule, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
          relation_(db.prepare("INSERT OR REPLACE INTO kb_relations(id, type, a, b, date, place, meeting, attributes, "
                               "evidence, link_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
          end_(db.prepare("INSERT OR IGNORE INTO kb_relation_ends(entity, relation) VALUES (?1, ?2)")),
          forget_relation_evidence_(db.prepare("DELETE FROM kb_evidence WHERE relation = ?1")),
          relation_evidence_(db.prepare("INSERT INTO kb_evidence(relation, idx, doc_id, sentence_begin, sentence_end, "
                                        "rule, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
          name_(db.prepare("INSERT OR IGNORE INTO kb_names(key, tbl, entity) VALUES (?1, ?2, ?3)")),
          state_row_(db.prepare("INSERT OR REPLACE INTO kb_state_keys(tbl, key, value) VALUES (?1, ?2, ?3)")),
          mention_(db.prepare("INSERT OR REPLACE INTO kb_state_mentions(seq, surname, data) VALUES (?1, ?2, ?3)")) {}

    // An entity's row; its list of documents (tens of thousands for a busy one) has a table of
    // its own, so that entity rows stay small and many share a page: kg met reads thousands of
    // them one by one. With `before`, the record lists only the documents after the `before`
    // the snapshot holds, appended to them.
    void entity(const EntityRecord& e, std::optional<std::size_t> before) {
        names_.emplace_back(e.id.value, &e.name);
        {
            StatementUse use(entity_);
            entity_.bind(1, static_cast<std::int64_t>(e.id.value));
            entity_.bind(2, to_string(e.type));
            entity_.bind(3, e.name);
            entity_.bind(4, joined(e.aliases));
            entity_.bind_index(5, e.documents.size() + before.value_or(0));
            entity_.bind_index(6, e.mention_count);
            entity_.bind(7, e.first_seen);
            entity_.bind(8, e.last_seen);
            entity_.bind(9, joined(e.merge_reasons));
            entity_.run(what_);
        }
        // The parts from the one the new documents start in: that one read back when it holds
        // documents before them.
        std::size_t part = before.value_or(0) / kDocumentsPerPart;
        std::vector<std::string> documents;
        if (before && *before % kDocumentsPerPart != 0) {
            StatementUse use(last_part_);
            last_part_.bind(1, static_cast<std::int64_t>(e.id.value));
            last_part_.bind_index(2, part);
            if (!last_part_.step(what_)) db_.fail(what_, "an entity's documents are missing");
            documents = split(last_part_.text_view(0));
            if (documents.size() != *before % kDocumentsPerPart) db_.fail(what_, "an entity's documents are damaged");
        }
        const std::vector<std::string>* list = &e.documents;
        if (!documents.empty()) {
            documents.insert(documents.end(), e.documents.begin(), e.documents.end());
            list = &documents;
        }
        for (std::size_t at = 0; at < list->size(); at += kDocumentsPerPart, ++part) {
            const std::vector<std::string> piece(list->begin() + static_cast<std::ptrdiff_t>(at),
                                                 list->begin() + static_cast<std::ptrdiff_t>(
                                                                     std::min(list->size(), at + kDocumentsPerPart)));
            StatementUse use(documents_);
            documents_.bind(1, static_cast<std::int64_t>(e.id.value));
            documents_.bind_index(2, part);
            documents_.bind(3, joined(piece));
            documents_.run(what_);
        }
    }

    // The rows of kb_entity_names holding the names of the entities written. With `merge` (a
    // grown snapshot), the other names of a row written are read back from it; else the
    // table is empty. Entity ids are consecutive from 0.
    void entity_names(bool merge) {
        std::sort(names_.begin(), names_.end());
        std::vector<std::string_view> part;
        std::string old;
        for (std::size_t i = 0; i < names_.size();) {
            const std::uint32_t number = names_[i].first / kNamesPerPart;
            part.clear();
            if (merge) {
                StatementUse use(names_part_);
                names_part_.bind(1, static_cast<std::int64_t>(number));
                if (names_part_.step(what_)) {
                    old.assign(names_part_.blob(0));
                    MeetingBytes r(old);
                    while (r.ok() && !r.at_end()) part.push_back(r.string());
                    if (!r.ok() || part.size() > kNamesPerPart) db_.fail(what_, "a damaged row of names");
                }
            }
            for (; i < names_.size() && names_[i].first / kNamesPerPart == number; ++i) {
                const std::size_t at = names_[i].first % kNamesPerPart;
                if (part.size() <= at) part.resize(at + 1);
                part[at] = *names_[i].second;
            }
            ByteWriter w;
            for (std::string_view name : part) w.string(name);
            StatementUse use(names_row_);
            names_row_.bind(1, static_cast<std::int64_t>(number));
            names_row_.bind_blob(2, w.take());
            names_row_.run(what_);
        }
        names_.clear();
    }

    // How a record's evidence is written: into empty tables, over what the snapshot holds,
    // or after the `before` pieces it holds (the record holds only the new ones).
    struct EvidenceWrite {
        bool replace = false;
        std::optional<std::size_t> before;
    };

    // A meeting's row and its evidence; its participants' copies are written by participants().
    void meeting(const MeetingRecord& m, EvidenceWrite how) {
        {
            StatementUse use(meeting_);
            bind_meeting(meeting_, m);
            meeting_.bind_index(13, how.before.value_or(0) + m.evidence.size());
            meeting_.run(what_);
        }
        if (!m.participants.empty()) {
            packed_.push_back(pack_meeting(m));
            for (EntityId e : m.participants)
                seats_.push_back(Seat{e.value, m.id.value, packed_.size() - 1, m.status == MeetingStatus::Happened});
        }
        write_evidence(how.replace ? &forget_meeting_evidence_ : nullptr, meeting_evidence_, m.id.value, m.evidence,
                       how.before.value_or(0), what_);
    }
    // Each participant's rows hold the meeting too (see kMeetingsPerPart), so that a person's
    // meetings are one stretch of the table (kg met reads them without visiting kb_meetings at
    // random). A meeting's participants never change. With `merge` (a grown snapshot), the
    // other meetings of a row written are read back from it; else the table is empty. Written
    // in the table's key order: appended, not scattered over its pages.
    void participants(bool merge) {
        std::sort(seats_.begin(), seats_.end(), [](const Seat& x, const Seat& y) {
            return std::pair(x.entity, x.meeting) < std::pair(y.entity, y.meeting);
        });
        struct Entry {
            std::uint32_t meeting = 0;
            std::string_view bytes;
            bool happened = false;
        };
        std::vector<Entry> part;
        std::string old, data;
        for (std::size_t i = 0; i < seats_.size();) {
            const std::uint32_t entity = seats_[i].entity, number = seats_[i].meeting / kMeetingsPerPart;
            part.clear();
            for (; i < seats_.size() && seats_[i].entity == entity && seats_[i].meeting / kMeetingsPerPart == number; ++i)
                part.push_back(Entry{seats_[i].meeting, packed_[seats_[i].packed], seats_[i].happened});
            if (merge) {
                StatementUse use(participant_part_);
                participant_part_.bind(1, static_cast<std::int64_t>(entity));
                participant_part_.bind(2, static_cast<std::int64_t>(number));
                if (participant_part_.step(what_)) {
                    old.assign(participant_part_.blob(0));
                    const std::size_t changed = part.size();
                    MeetingPart stored(old);
                    while (const std::optional<std::pair<std::uint32_t, std::string_view>> m = stored.next()) {
                        const auto end = part.begin() + static_cast<std::ptrdiff_t>(changed);
                        auto at = std::lower_bound(part.begin(), end, m->first,
                                                   [](const Entry& x, std::uint32_t id) { return x.meeting < id; });
                        if (at != end && at->meeting == m->first) continue;  // replaced
                        MeetingRecord kept;
                        if (!unpack_meeting(m->second, kept)) db_.fail(what_, "a damaged meeting row");
                        part.push_back(Entry{m->first, m->second, kept.status == MeetingStatus::Happened});
                    }
                    if (!stored.ok()) db_.fail(what_, "a damaged meeting row");
                    std::sort(part.begin(), part.end(),
                              [](const Entry& x, const Entry& y) { return x.meeting < y.meeting; });
                }
            }
            data.clear();
            std::size_t happened = 0;
            for (const Entry& e : part) {
                append_meeting(data, e.meeting, e.bytes);
                happened += e.happened ? 1 : 0;
            }
            StatementUse use(participant_);
            participant_.bind(1, static_cast<std::int64_t>(entity));
            participant_.bind(2, static_cast<std::int64_t>(number));
            participant_.bind_index(3, happened);
            participant_.bind_blob(4, data);
            participant_.run(what_);
        }
        seats_.clear();
        packed_.clear();
    }

    // A relation's row (with the date of its link, kept for growing it: see SnapshotLink::date)
    // and its evidence.
    void relation(const RelationRecord& r, const std::string& link_date, EvidenceWrite how) {
        {
            StatementUse use(relation_);
            relation_.bind(1, static_cast<std::int64_t>(r.id.value));
            relation_.bind(2, to_string(r.type));
            relation_.bind(3, static_cast<std::int64_t>(r.a.value));
            relation_.bind(4, static_cast<std::int64_t>(r.b.value));
            relation_.bind(5, r.date);
            bind_optional_id(relation_, 6, r.place);
            if (r.meeting) relation_.bind(7, static_cast<std::int64_t>(r.meeting->value));
            else relation_.bind_null(7);
            std::string attributes;
            for (const auto& [k, v] : r.attributes) {
                if (!attributes.empty()) attributes += kPairSeparator;
                attributes += k;
                attributes += kSeparator;
                attributes += v;
            }
            relation_.bind(8, attributes);
            relation_.bind_index(9, how.before.value_or(0) + r.evidence.size());
            relation_.bind(10, link_date);
            relation_.run(what_);
        }
        ends_.emplace_back(r.a.value, r.id.value);
        ends_.emplace_back(r.b.value, r.id.value);
        write_evidence(how.replace ? &forget_relation_evidence_ : nullptr, relation_evidence_, r.id.value, r.evidence,
                       how.before.value_or(0), what_);
    }
    void relation_ends() {
        std::sort(ends_.begin(), ends_.end());  // in the table's key order, as participants
        for (const auto& [e, r] : ends_) {
            StatementUse use(end_);
            end_.bind(1, static_cast<std::int64_t>(e));
            end_.bind(2, static_cast<std::int64_t>(r));
            end_.run(what_);
        }
        ends_.clear();
    }

    void name(const SnapshotName& n) {
        StatementUse use(name_);
        name_.bind(1, n.key);
        name_.bind(2, static_cast<std::int64_t>(n.table));
        name_.bind(3, static_cast<std::int64_t>(n.entity.value));
        name_.run(what_);
    }

    void state_row(const StateKeyRow& row) {
        if (!row.value) {
            Statement q = db_.prepare("DELETE FROM kb_state_keys WHERE tbl = ?1 AND key = ?2");
            q.bind(1, static_cast<std::int64_t>(row.table));
            q.bind_blob(2, row.key);
            q.run(what_);
            return;
        }
        StatementUse use(state_row_);
        state_row_.bind(1, static_cast<std::int64_t>(row.table));
        state_row_.bind_blob(2, row.key);
        state_row_.bind_blob(3, *row.value);
        state_row_.run(what_);
    }
    void mention(std::size_t seq, const std::string& surname, const std::string& bytes) {
        StatementUse use(mention_);
        mention_.bind_index(1, seq);
        mention_.bind_blob(2, surname);
        mention_.bind_blob(3, bytes);
        mention_.run(what_);
    }
    void header(const std::string& bytes) {
        Statement q = db_.prepare("INSERT OR REPLACE INTO kb_blobs(name, data) VALUES ('growing', ?1)");
        q.bind_blob(1, bytes);
        q.run(what_);
    }

    // The link list's pieces `pieces` (ascending), relations `count` in all: `link(id, words)`
    // packs the changed ones; with `keep`, the other links of a piece are read back from it.
    void links(const std::vector<std::size_t>& pieces, std::size_t count, bool keep,
               const std::function<void(std::size_t first, std::size_t count, std::uint32_t* words)>& fill) {
        Statement old_piece = db_.prepare("SELECT data FROM kb_links WHERE piece = ?1");
        Statement put = db_.prepare("INSERT OR REPLACE INTO kb_links(piece, data) VALUES (?1, ?2)");
        std::vector<std::uint32_t> packed, old;
        for (std::size_t p : pieces) {
            const std::size_t first = p * kLinksPerPiece;
            const std::size_t n = std::min(kLinksPerPiece, count - first);
            packed.assign(n * kLinkWords, 0);
            old.clear();
            if (keep) {
                StatementUse use(old_piece);
                old_piece.bind(1, static_cast<std::int64_t>(p));
                if (old_piece.step(what_)) {
                    const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(old_piece.get(), 0));
                    if (bytes % kLinkBytes != 0 || bytes > n * kLinkBytes)
                        db_.fail(what_, "a damaged piece of the link list");
                    if (bytes) std::memcpy(packed.data(), sqlite3_column_blob(old_piece.get(), 0), bytes);
                    old.assign(packed.begin(), packed.begin() + static_cast<std::ptrdiff_t>(bytes / sizeof(std::uint32_t)));
                }
            }
            fill(first, n, packed.data());
            // A relation that changed keeps its link unless its date moved: most pieces stay.
            if (keep && old == packed) continue;
            StatementUse use(put);
            put.bind(1, static_cast<std::int64_t>(p));
            db_.check(sqlite3_bind_blob64(put.get(), 2, static_cast<const void*>(packed.data()),
                                          static_cast<sqlite3_uint64>(packed.size() * sizeof(std::uint32_t)),
                                          SQLITE_STATIC),
                      what_);
            put.run(what_);
        }
    }

private:
    static void bind_meeting(Statement& s, const MeetingRecord& m) {
        s.bind(1, static_cast<std::int64_t>(m.id.value));
        s.bind(2, m.date);
        bind_optional_id(s, 3, m.place);
        s.bind(4, to_string(m.mode));
        s.bind(5, to_string(m.status));
        bind_optional_id(s, 6, m.host);
        bind_optional_id(s, 7, m.visitor);
        bind_optional_id(s, 8, m.parent_event);
        s.bind(9, m.cameo);
        s.bind(10, m.plover_mode);
        s.bind(11, joined_ids(m.participants));
        s.bind(12, joined(m.documents));
    }

    const char* what_ = "cannot write the graph snapshot";
    Database& db_;
    Statement entity_, names_row_, names_part_, documents_, last_part_, meeting_, participant_, participant_part_, forget_meeting_evidence_, meeting_evidence_,
        relation_, end_, forget_relation_evidence_, relation_evidence_, name_, state_row_, mention_;
    struct Seat {
        std::uint32_t entity = 0;
        std::uint32_t meeting = 0;
        std::size_t packed = 0;  // index into packed_
        bool happened = false;
    };
    std::vector<Seat> seats_;  // a participant's row of a meeting
    std::vector<std::pair<std::uint32_t, const std::string*>> names_;  // entity, its name
    std::vector<std::string> packed_;  // the meetings' rows (pack_meeting)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends_;          // entity, relation
};

// The snapshot's labels, and the change log up to them dropped (read into it); returns the
// snapshot's serial.
std::uint64_t label(Database& db, const SnapshotStart& start, const char* what) {
    auto run = [&](const char* sql, auto bind) {
        Statement q = db.prepare(sql);
        bind(q);
        q.run(what);
    };
    run("DELETE FROM kb_snapshot", [](Statement&) {});
    run("INSERT INTO kb_snapshot(format, generation, last_change) VALUES (?1, ?2, ?3)", [&](Statement& q) {
        q.bind(1, kFormat);
        q.bind(2, static_cast<std::int64_t>(start.generation));
        q.bind(3, start.last_change);
    });
    run("DELETE FROM kb_changes WHERE seq <= ?1", [&](Statement& q) { q.bind(1, start.last_change); });
    if (table_exists(db, "kb_forgotten"))
        run("DELETE FROM kb_forgotten WHERE seq <= ?1", [&](Statement& q) { q.bind(1, start.last_change); });
    db.exec(kSerialSql, what);
    return snapshot_serial(db);
}

void pack_link(const RelationRecord& r, const std::string& date, std::uint32_t* w) {
    const std::uint32_t words[kLinkWords] = {r.a.value, r.b.value, r.id.value, static_cast<std::uint32_t>(r.type),
                                             pack_date(date)};
    std::memcpy(w, words, sizeof words);
}

}  // namespace

std::uint64_t write_graph_snapshot(const std::string& path, const SnapshotStart& start, const SnapshotContent& c) {
    const char* what = "cannot write the graph snapshot";
    std::unique_ptr<Database> db = connect(path);
    Transaction tx(*db, TransactionKind::Write);
    db->exec(kTablesSql, what);
    const std::uint64_t serial = label(*db, start, what);
    SnapshotWriter w(*db);
    if (c.state) {
        w.header(c.state->header);
        for (const StateKeyRow& row : c.state->rows) w.state_row(row);
        if (c.state->more_rows) c.state->more_rows([&](const StateKeyRow& row) { w.state_row(row); });
        for (std::size_t i = 0; i < c.state->mentions.size(); ++i)
            w.mention(i, c.state->mentions[i].first, c.state->mentions[i].second);
        write_state(*db, c.state->first, {}, {}, what);
    }
    for (const EntityRecord& e : c.entities) w.entity(e, std::nullopt);
    w.entity_names(false);
    for (const SnapshotName& n : c.names) w.name(n);
    for (const MeetingRecord& m : c.meetings) w.meeting(m, {});
    w.participants(false);
    std::vector<std::string> link_dates;
    link_dates.reserve(c.relations.size());
    for (const RelationRecord& r : c.relations) {
        link_dates.push_back(c.link_date(r));
        w.relation(r, link_dates.back(), {});
    }
    w.relation_ends();
    std::vector<std::size_t> pieces;
    for (std::size_t p = 0; p * kLinksPerPiece < c.relations.size(); ++p) pieces.push_back(p);
    w.links(pieces, c.relations.size(), false, [&](std::size_t first, std::size_t n, std::uint32_t* words) {
        for (std::size_t i = 0; i < n; ++i) {
            pack_link(c.relations[first + i], link_dates[first + i], words + i * kLinkWords);
        }
    });
    write_adjacency(*db, c.relations, what);
    tx.commit();
    return serial;
}

std::optional<std::uint64_t> write_grown_snapshot(const std::string& path, const SnapshotStart& start,
                                                  const SnapshotDelta& d) {
    const char* what = "cannot write the graph snapshot";
    std::unique_ptr<Database> db = connect(path);
    Transaction tx(*db, TransactionKind::Write);
    // Another process may have written a snapshot since begin_snapshot: then build it whole.
    if (!unchanged_since(*db, start)) return std::nullopt;
    std::optional<UndoRecorder> recorder;
    if (d.undoable && d.added.size() <= kUndoDocuments) recorder.emplace(*db);
    const std::uint64_t serial = label(*db, start, what);
    SnapshotWriter w(*db);
    w.header(d.header);
    for (const StateKeyRow& row : d.rows) w.state_row(row);
    for (std::size_t i = 0; i < d.new_mentions.size(); ++i)
        w.mention(d.mentions_before + i, d.new_mentions[i].first, d.new_mentions[i].second);
    if (d.first) {
        // The pieces the plain merge shares with the one it grew from stay.
        std::vector<std::int64_t> old_ids;
        std::optional<std::string> old = read_state(*db, old_ids, what);
        db->exec("DELETE FROM kb_blobs WHERE name = 'merge_state'", what);
        write_state(*db, *d.first, old ? std::string_view(*old) : std::string_view(), old ? old_ids : std::vector<std::int64_t>{},
                    what);
    }
    for (std::size_t i = 0; i < d.entities.size(); ++i)
        w.entity(*d.entities[i], d.documents_before.empty() ? std::nullopt : std::optional(d.documents_before[i]));
    w.entity_names(true);
    {
        Statement forget = db->prepare("DELETE FROM kb_names WHERE key = ?1 AND tbl = ?2");
        for (const auto& [table, key] : d.name_keys) {
            StatementUse use(forget);
            forget.bind(1, key);
            forget.bind(2, static_cast<std::int64_t>(table));
            forget.run(what);
        }
        for (const SnapshotName& n : d.names) w.name(n);
    }
    // Records holding the new evidence only (the delta says how much is stored) append it;
    // others replace what is stored.
    auto how = [](const std::vector<std::size_t>& before, std::size_t i) {
        return before.empty() ? SnapshotWriter::EvidenceWrite{true, std::nullopt}
                              : SnapshotWriter::EvidenceWrite{false, before[i]};
    };
    for (std::size_t i = 0; i < d.meetings.size(); ++i) w.meeting(*d.meetings[i], how(d.meeting_evidence_before, i));
    w.participants(true);
    for (std::size_t i = 0; i < d.relations.size(); ++i)
        w.relation(*d.relations[i], d.link_dates[i], how(d.relation_evidence_before, i));
    w.relation_ends();
    // The link list's pieces holding a changed relation. A relation's link changes only with
    // the relation (its ends and type never do, its date with its evidence), so the other
    // links of a rewritten piece are kept.
    std::vector<std::size_t> pieces;
    for (const RelationRecord* r : d.relations) pieces.push_back(r->id.value / kLinksPerPiece);
    pieces.erase(std::unique(pieces.begin(), pieces.end()), pieces.end());  // ids ascend
    std::size_t next = 0;
    w.links(pieces, d.relation_count, true, [&](std::size_t first, std::size_t n, std::uint32_t* words) {
        while (next < d.relations.size() && d.relations[next]->id.value < first + n) {
            const RelationRecord& r = *d.relations[next];
            if (r.id.value >= first) pack_link(r, d.link_dates[next], words + (r.id.value - first) * kLinkWords);
            ++next;
        }
    });
    grow_adjacency(*db, d, what);
    if (recorder) {
        Statement keep = db->prepare("INSERT INTO kb_undo(serial, before, documents, data) VALUES (?1, ?2, ?3, ?4)");
        keep.bind(1, static_cast<std::int64_t>(serial));
        keep.bind(2, static_cast<std::int64_t>(start.snapshot_serial));
        keep.bind(3, joined(d.added));
        keep.bind_blob(4, recorder->inverse());
        keep.run(what);
        // The newest growths, while they take no more than kUndoBytes (the newest always).
        std::int64_t oldest_kept = static_cast<std::int64_t>(serial);
        {
            Statement q = db->prepare("SELECT serial, length(data) FROM kb_undo ORDER BY serial DESC");
            std::size_t kept = 0, bytes = 0;
            while (q.step(what)) {
                bytes += q.index(1);
                if (++kept > kUndoKept || (kept > 1 && bytes > kUndoBytes)) break;
                oldest_kept = q.integer(0);
            }
        }
        Statement old = db->prepare("DELETE FROM kb_undo WHERE serial < ?1");
        old.bind(1, oldest_kept);
        old.run(what);
    } else {
        // The growths before cannot be undone past this one.
        db->exec("DELETE FROM kb_undo", what);
    }
    tx.commit();
    return serial;
}

std::optional<UndoneGrowths> undo_forgotten(const std::string& path, const SnapshotStart& start, std::int64_t token) {
    const char* what = "cannot undo a growth of the graph snapshot";
    std::unique_ptr<Database> db = connect(path);
    if (!table_exists(*db, "kb_forgotten") || !table_exists(*db, "kb_undo")) return std::nullopt;
    Transaction tx(*db, TransactionKind::Write);
    const std::optional<SnapshotLabels> labels = snapshot_labels(*db);
    if (!labels || labels->generation == kUnfinishedGeneration || labels->generation != start.snapshot_generation ||
        labels->last_change != start.snapshot_last_change || labels->serial != start.snapshot_serial)
        return std::nullopt;
    const auto generation =
        static_cast<std::uint64_t>(db->query_int("SELECT value FROM kb_generation WHERE id = 1", what));
    const std::int64_t last_change = db->query_int("SELECT coalesce(max(seq), 0) FROM kb_changes", what);
    // Every change since the snapshot must be a forgotten document.
    std::unordered_set<std::string> forgotten;
    std::uint64_t changes = 0;
    {
        Statement q = db->prepare("SELECT c.added IS NULL, f.id FROM kb_changes c LEFT JOIN kb_forgotten f "
                                  "ON f.seq = c.seq WHERE c.seq > ?1 ORDER BY c.seq");
        q.bind(1, labels->last_change);
        while (q.step(what)) {
            if (q.integer(0) == 0 || q.is_null(1)) return std::nullopt;
            forgotten.insert(q.text(1));
            ++changes;
        }
    }
    if (forgotten.empty() || generation < labels->generation || changes != generation - labels->generation)
        return std::nullopt;
    // The growths kept, newest first, each having grown from the one after it, back to the
    // earliest that added a forgotten document.
    struct Growth {
        std::int64_t serial = 0;
        std::int64_t before = 0;
        std::vector<std::string> documents;
        std::string changes;
    };
    std::vector<Growth> growths;
    {
        Statement q = db->prepare("SELECT serial, before, documents, data FROM kb_undo ORDER BY serial DESC");
        auto expected = static_cast<std::int64_t>(labels->serial);
        std::size_t found = 0;
        while (found < forgotten.size() && q.step(what)) {
            Growth g{q.integer(0), q.integer(1), split(q.text_view(2)), std::string(q.blob(3))};
            if (g.serial != expected) return std::nullopt;
            for (const std::string& id : g.documents) found += forgotten.count(id);
            expected = g.before;
            growths.push_back(std::move(g));
        }
        if (found < forgotten.size()) return std::nullopt;
    }
    for (const Growth& g : growths)
        if (!apply_undo(*db, g.changes, what)) return std::nullopt;
    UndoneGrowths out;
    out.growths = growths.size();
    for (const Growth& g : growths)
        for (const std::string& id : g.documents)
            if (!forgotten.count(id)) out.again.push_back(id);
    std::sort(out.again.begin(), out.again.end());
    // Current when nothing is to be appended again; else unfinished until it is (no question
    // reads a snapshot of some of the documents).
    SnapshotStart labelled;
    labelled.generation = out.again.empty() ? generation : kUnfinishedGeneration;
    labelled.last_change = out.again.empty() ? last_change : token;
    const std::uint64_t serial = label(*db, labelled, what);
    {
        // The growths undone go; the one that wrote the snapshot now restored (when kept) names
        // the serial it has now, so that it can be undone in turn.
        Statement drop = db->prepare("DELETE FROM kb_undo WHERE serial >= ?1");
        drop.bind(1, growths.back().serial);
        drop.run(what);
        Statement rename = db->prepare("UPDATE kb_undo SET serial = ?1 WHERE serial = ?2");
        rename.bind(1, static_cast<std::int64_t>(serial));
        rename.bind(2, growths.back().before);
        rename.run(what);
    }
    Statement header = db->prepare("SELECT data FROM kb_blobs WHERE name = 'growing'");
    if (!header.step(what)) return std::nullopt;
    out.start.state_header = std::string(header.blob(0));
    out.start.generation = generation;
    out.start.last_change = last_change;
    out.start.snapshot_generation = labelled.generation;
    out.start.snapshot_last_change = labelled.last_change;
    out.start.snapshot_serial = serial;
    out.start.added = out.again;
    tx.commit();
    return out;
}

bool finish_snapshot(const std::string& path, const SnapshotStart& written, const SnapshotStart& start,
                     bool keep_state) {
    const char* what = "cannot write the graph snapshot";
    std::unique_ptr<Database> db = connect(path);
    Transaction tx(*db, TransactionKind::Write);
    if (!unchanged_since(*db, written)) return false;
    label(*db, start, what);
    if (table_exists(*db, "kb_undo")) db->exec("DELETE FROM kb_undo", what);  // not a growth: none to undo past it
    if (!keep_state)
        db->exec("DELETE FROM kb_state_keys; DELETE FROM kb_state_mentions; DELETE FROM kb_state; "
                 "DELETE FROM kb_blobs WHERE name IN ('growing', 'merge_state');",
                 what);
    tx.commit();
    return true;
}

struct GraphSnapshot::Impl {
    std::unique_ptr<Database> db;
    std::optional<Transaction> tx;
    // Entities are read as they are asked for (a question names a few), or all at once
    // by entities(); `all` then holds every one, in id order.
    struct Known {
        EntityRecord entity;
        std::size_t documents = 0;
    };
    std::unordered_map<std::uint32_t, Known> known;  // read one by one (references stay valid)
    std::unordered_map<std::uint32_t, std::vector<std::string>> name_parts;  // rows of kb_entity_names read (name())
    std::optional<std::vector<EntityRecord>> all;
    std::vector<std::size_t> doc_counts;  // with `all`
    std::optional<std::size_t> entity_count;
    std::uint64_t behind = 0;
    Statement lookup, entity, name, meetings_of, relations_of, relation, evidence, document_date, document_text,
        documents_of, adjacent, meeting, relation_row, state_row, mention_with, relation_ids_of;

    static constexpr const char* kEntityColumns =
        "id, type, name, aliases, doc_count, mention_count, first_seen, last_seen, merge_reasons";

    // An entity row of kEntityColumns, with its document count.
    static Known read_entity(const Statement& q) {
        Known k;
        EntityRecord& e = k.entity;
        e.id = EntityId{static_cast<std::uint32_t>(q.integer(0))};
        if (auto t = parse_entity_type(q.text(1))) e.type = *t;
        e.name = q.text(2);
        e.aliases = split(q.text(3));
        k.documents = q.index(4);
        e.mention_count = q.index(5);
        e.first_seen = q.text(6);
        e.last_seen = q.text(7);
        e.merge_reasons = split(q.text(8));
        return k;
    }

    const std::vector<EntityRecord>& entities() {
        if (all) return *all;
        const char* what = "cannot read the graph snapshot's entities";
        std::vector<EntityRecord> out;
        Statement q = db->prepare(std::string("SELECT ") + kEntityColumns + " FROM kb_entities ORDER BY id");
        while (q.step(what)) {
            Known k = read_entity(q);
            if (k.entity.id.value != out.size()) db->fail(what, "entity ids are not consecutive");
            doc_counts.push_back(k.documents);
            out.push_back(std::move(k.entity));
        }
        all = std::move(out);
        return *all;
    }

    // The entity `id` with its document count; nullptr when there is none.
    const Known* find_entity(EntityId id) {
        auto it = known.find(id.value);
        if (it != known.end()) return &it->second;
        StatementUse use(entity);
        entity.bind(1, static_cast<std::int64_t>(id.value));
        if (!entity.step("cannot read an entity")) return nullptr;
        return &known.emplace(id.value, read_entity(entity)).first->second;
    }

    static MeetingRecord read_meeting(const Statement& q) {
        MeetingRecord m;
        m.id = MeetingId{static_cast<std::uint32_t>(q.integer(0))};
        m.date = q.text_view(1);
        m.place = optional_id(q, 2);
        if (auto mode = parse_meeting_mode(q.text_view(3))) m.mode = *mode;
        m.status = q.text_view(4) == to_string(MeetingStatus::Planned) ? MeetingStatus::Planned : MeetingStatus::Happened;
        m.host = optional_id(q, 5);
        m.visitor = optional_id(q, 6);
        m.parent_event = optional_id(q, 7);
        m.cameo = q.text_view(8);
        m.plover_mode = q.text_view(9);
        m.participants = split_ids(q.text_view(10));
        m.documents = split(q.text_view(11));
        return m;
    }

    RelationRecord read_relation(const Statement& q) {
        RelationRecord r = read_relation_row(q);
        StatementUse use(evidence);
        evidence.bind(1, static_cast<std::int64_t>(r.id.value));
        while (evidence.step("cannot read evidence"))
            r.evidence.push_back(Evidence{evidence.text(0), Span{evidence.index(1), evidence.index(2)},
                                          evidence.text(3), evidence.real(4)});
        return r;
    }

    // A relation without its evidence.
    static RelationRecord read_relation_row(const Statement& q) {
        RelationRecord r;
        r.id = RelationId{static_cast<std::uint32_t>(q.integer(0))};
        if (auto t = parse_relation_type(q.text(1))) r.type = *t;
        r.a = EntityId{static_cast<std::uint32_t>(q.integer(2))};
        r.b = EntityId{static_cast<std::uint32_t>(q.integer(3))};
        r.date = q.text(4);
        r.place = optional_id(q, 5);
        if (!q.is_null(6)) r.meeting = MeetingId{static_cast<std::uint32_t>(q.integer(6))};
        for (const std::string& pair : split(q.text(7), kPairSeparator)) {
            const std::size_t sep = pair.find(kSeparator);
            if (sep != std::string::npos) r.attributes.emplace(pair.substr(0, sep), pair.substr(sep + 1));
        }
        return r;
    }
};

GraphSnapshot::GraphSnapshot() : impl_(std::make_unique<Impl>()) {}
GraphSnapshot::~GraphSnapshot() = default;

bool writer_active(const std::string& path) {
    std::unique_ptr<Database> db = connect(path);
    sqlite3_busy_timeout(db->get(), 0);
    const int rc = sqlite3_exec(db->get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) sqlite3_exec(db->get(), "ROLLBACK", nullptr, nullptr, nullptr);
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

std::uint64_t GraphSnapshot::changes_behind() const { return impl_->behind; }

std::unique_ptr<GraphSnapshot> open_graph_snapshot(const std::string& path, Staleness staleness) {
    std::unique_ptr<GraphSnapshot> snap(new GraphSnapshot());
    GraphSnapshot::Impl& s = *snap->impl_;
    s.db = connect(path);
    Database& db = *s.db;
    s.tx.emplace(db, TransactionKind::Read);
    if (!table_exists(db, "kb_snapshot") || !table_exists(db, "kb_generation")) return nullptr;
    {
        Statement q = db.prepare("SELECT s.format, s.generation, g.value FROM kb_snapshot s, kb_generation g");
        if (!q.step("cannot read the graph snapshot")) return nullptr;
        if (q.integer(0) != kFormat) return nullptr;
        const bool unfinished = static_cast<std::uint64_t>(q.integer(1)) == kUnfinishedGeneration;
        if (unfinished != (staleness == Staleness::Unfinished)) return nullptr;
        if (!unfinished && q.integer(1) != q.integer(2)) {
            if (staleness == Staleness::Refuse) return nullptr;
            s.behind = static_cast<std::uint64_t>(q.integer(2) - q.integer(1));
        }
    }
    constexpr const char* kRelationColumns = "r.id, r.type, r.a, r.b, r.date, r.place, r.meeting, r.attributes";
    s.lookup = db.prepare("SELECT entity FROM kb_names WHERE key = ?1 AND tbl = ?2 ORDER BY entity", true);
    s.entity = db.prepare(std::string("SELECT ") + GraphSnapshot::Impl::kEntityColumns + " FROM kb_entities WHERE id = ?1",
                          true);
    s.name = db.prepare("SELECT names FROM kb_entity_names WHERE part = ?1", true);
    s.adjacent = db.prepare("SELECT data FROM kb_adjacency WHERE entity = ?1", true);
    s.meetings_of = db.prepare("SELECT data FROM kb_participants WHERE entity = ?1 ORDER BY part", true);
    s.relations_of = db.prepare(std::string("SELECT ") + kRelationColumns +
                                    " FROM kb_relation_ends e JOIN kb_relations r ON r.id = e.relation "
                                    "WHERE e.entity = ?1 ORDER BY e.relation",
                                true);
    s.relation = db.prepare(std::string("SELECT ") + kRelationColumns + " FROM kb_relations r WHERE r.id = ?1", true);
    s.evidence = db.prepare(
        "SELECT doc_id, sentence_begin, sentence_end, rule, confidence FROM kb_evidence WHERE relation = ?1 "
        "ORDER BY idx",
        true);
    s.document_date = db.prepare("SELECT date FROM documents WHERE id = ?1", true);
    s.document_text = db.prepare("SELECT substr(CAST(text AS BLOB), ?2, ?3) FROM documents WHERE id = ?1", true);
    s.documents_of = db.prepare("SELECT documents FROM kb_entity_documents WHERE id = ?1 ORDER BY part", true);
    s.meeting = db.prepare(
        "SELECT id, date, place, mode, status, host, visitor, event, cameo, plover, participants, documents, evidence "
        "FROM kb_meetings WHERE id = ?1",
        true);
    s.relation_row = db.prepare(std::string("SELECT ") + kRelationColumns +
                                    ", r.evidence, r.link_date FROM kb_relations r WHERE r.id = ?1",
                                true);
    s.state_row = db.prepare("SELECT value FROM kb_state_keys WHERE tbl = ?1 AND key = ?2", true);
    s.mention_with = db.prepare("SELECT data FROM kb_state_mentions WHERE surname = ?1 ORDER BY seq", true);
    s.relation_ids_of = db.prepare("SELECT relation FROM kb_relation_ends WHERE entity = ?1 ORDER BY relation", true);
    return snap;
}

const std::vector<EntityRecord>& GraphSnapshot::entities() const { return impl_->entities(); }

const EntityRecord* GraphSnapshot::entity(EntityId id) const {
    if (impl_->all) return id.value < impl_->all->size() ? &(*impl_->all)[id.value] : nullptr;
    const Impl::Known* k = impl_->find_entity(id);
    return k ? &k->entity : nullptr;
}

const std::string* GraphSnapshot::name(EntityId id) const {
    if (impl_->all) return id.value < impl_->all->size() ? &(*impl_->all)[id.value].name : nullptr;
    const std::uint32_t number = id.value / kNamesPerPart;
    auto it = impl_->name_parts.find(number);
    if (it == impl_->name_parts.end()) {
        const char* what = "cannot read an entity's name";
        std::vector<std::string> part;
        Statement& q = impl_->name;
        StatementUse use(q);
        q.bind(1, static_cast<std::int64_t>(number));
        if (q.step(what)) {
            MeetingBytes r(q.blob(0));
            while (r.ok() && !r.at_end()) part.emplace_back(r.string());
            if (!r.ok() || part.size() > kNamesPerPart) impl_->db->fail(what, "a damaged row of names");
        }
        it = impl_->name_parts.emplace(number, std::move(part)).first;
    }
    const std::size_t at = id.value % kNamesPerPart;
    return at < it->second.size() ? &it->second[at] : nullptr;
}

std::size_t GraphSnapshot::entity_count() const {
    if (impl_->all) return impl_->all->size();
    if (!impl_->entity_count)
        impl_->entity_count = static_cast<std::size_t>(impl_->db->query_int(
            "SELECT coalesce(max(id) + 1, 0) FROM kb_entities", "cannot read the graph snapshot's entities"));
    return *impl_->entity_count;
}

std::size_t GraphSnapshot::document_count(EntityId id) const {
    if (impl_->all) return id.value < impl_->doc_counts.size() ? impl_->doc_counts[id.value] : 0;
    const Impl::Known* k = impl_->find_entity(id);
    return k ? k->documents : 0;
}

std::vector<SnapshotAdjacent> GraphSnapshot::adjacent(EntityId id) const {
    const char* what = "cannot read the graph snapshot's neighbours";
    Statement& q = impl_->adjacent;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    std::vector<SnapshotAdjacent> out;
    if (!q.step(what)) return out;
    const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(q.get(), 0));
    if (bytes % kAdjacentBytes != 0) impl_->db->fail(what, "a damaged list of neighbours");
    const auto* in = static_cast<const unsigned char*>(sqlite3_column_blob(q.get(), 0));
    out.reserve(bytes / kAdjacentBytes);
    for (std::size_t at = 0; at < bytes; at += kAdjacentBytes) {
        std::uint32_t w[kAdjacentWords];
        std::memcpy(w, in + at, sizeof w);  // the blob need not be aligned
        if (w[1] >= std::size(kAllRelationTypes)) impl_->db->fail(what, "unknown relation type");
        out.push_back(SnapshotAdjacent{EntityId{w[0]}, kAllRelationTypes[w[1]], RelationId{w[2]}});
    }
    return out;
}

std::vector<std::string> GraphSnapshot::documents_of(EntityId id) const {
    Statement& q = impl_->documents_of;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    std::vector<std::string> out;
    while (q.step("cannot read documents of an entity")) {
        std::vector<std::string> part = split(q.text_view(0));
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return out;
}

std::vector<EntityId> GraphSnapshot::lookup(std::uint8_t table, const std::string& key) const {
    Statement& q = impl_->lookup;
    StatementUse use(q);
    q.bind(1, key);
    q.bind(2, static_cast<std::int64_t>(table));
    std::vector<EntityId> out;
    while (q.step("cannot look up a name")) out.push_back(EntityId{static_cast<std::uint32_t>(q.integer(0))});
    return out;
}

std::vector<MeetingRecord> GraphSnapshot::meetings_of(EntityId id) const {
    Statement& q = impl_->meetings_of;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    // The rows' bytes first, so that the records are made once in a list of the right size:
    // a busy person's tens of thousands of records are megabytes, and on this kind of machine
    // touching fresh memory (a list growing by doubling) costs more than decoding.
    std::string bytes;
    std::size_t count = 0;
    while (q.step("cannot read meetings")) {
        const std::string_view part = q.blob(0);
        bytes.append(part);
        MeetingPart meetings(part);
        while (meetings.next()) ++count;
        if (!meetings.ok()) impl_->db->fail("cannot read meetings", "a damaged meeting row");
    }
    std::vector<MeetingRecord> out(count);
    MeetingPart meetings(bytes);
    for (MeetingRecord& m : out) {
        const std::optional<std::pair<std::uint32_t, std::string_view>> next = meetings.next();
        m.id = MeetingId{next->first};
        if (!unpack_meeting(next->second, m)) impl_->db->fail("cannot read meetings", "a damaged meeting row");
    }
    return out;
}

std::vector<MeetingRecord> GraphSnapshot::meetings() const {
    Statement q = impl_->db->prepare(
        "SELECT id, date, place, mode, status, host, visitor, event, cameo, plover, participants, documents "
        "FROM kb_meetings ORDER BY id");
    std::vector<MeetingRecord> out;
    while (q.step("cannot read meetings")) out.push_back(impl_->read_meeting(q));
    return out;
}

std::vector<double> GraphSnapshot::meeting_counts() const {
    std::vector<double> counts(entity_count(), 0.0);
    Statement q = impl_->db->prepare(
        "SELECT entity, sum(happened) FROM kb_participants GROUP BY entity");
    while (q.step("cannot count meetings")) {
        const std::size_t e = q.index(0);
        if (e < counts.size()) counts[e] = static_cast<double>(q.integer(1));
    }
    return counts;
}

std::vector<RelationRecord> GraphSnapshot::relations_of(EntityId id, std::optional<RelationType> type) const {
    Statement& q = impl_->relations_of;
    std::vector<RelationRecord> rows;
    {
        StatementUse use(q);
        q.bind(1, static_cast<std::int64_t>(id.value));
        while (q.step("cannot read relations")) {
            if (type && q.text(1) != to_string(*type)) continue;
            rows.push_back(impl_->read_relation(q));
        }
    }
    return rows;
}

std::optional<RelationRecord> GraphSnapshot::relation(RelationId id) const {
    Statement& q = impl_->relation;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    if (!q.step("cannot read a relation")) return std::nullopt;
    return impl_->read_relation(q);
}

namespace {

// Reads the evidence table `sql` selects (owner, doc_id, sentence_begin, sentence_end, rule,
// confidence; ordered by owner and position) into the records that own it.
template <class Record>
void read_evidence(Database& db, const char* sql, std::vector<Record>& records) {
    const char* what = "cannot read the graph snapshot's evidence";
    Statement q = db.prepare(sql);
    while (q.step(what)) {
        const std::size_t owner = q.index(0);
        if (owner >= records.size()) db.fail(what, "evidence of a record that is not there");
        records[owner].evidence.push_back(Evidence{q.text(1), Span{q.index(2), q.index(3)}, q.text(4), q.real(5)});
    }
}

}  // namespace

SnapshotRecords GraphSnapshot::records() const { return records(Wanted{}); }

SnapshotRecords GraphSnapshot::records(const Wanted& wanted) const {
    Database& db = *impl_->db;
    SnapshotRecords out;
    out.entities = impl_->entities();
    if (wanted.entity_documents) {
        const char* what = "cannot read the graph snapshot's entities";
        Statement q = db.prepare("SELECT id, documents FROM kb_entity_documents ORDER BY id, part");
        while (q.step(what)) {
            const std::size_t id = q.index(0);
            if (id >= out.entities.size()) db.fail(what, "an entity that is not there");
            std::vector<std::string> part = split(q.text_view(1));
            std::vector<std::string>& documents = out.entities[id].documents;
            documents.insert(documents.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
        }
    }
    // Rows whose ids run 0, 1, 2 ... in order (relations, meetings), then their evidence.
    const auto read_numbered = [&db](const char* what, const char* ids, const char* rows, auto read_row,
                                     const char* evidence, auto& records) {
        Statement q = db.prepare(rows);
        while (q.step(what)) {
            records.push_back(read_row(q));
            if (records.back().id.value != records.size() - 1) db.fail(what, ids);
        }
        if (evidence) read_evidence(db, evidence, records);
    };
    read_numbered("cannot read the graph snapshot's relations", "relation ids are not consecutive",
                  "SELECT id, type, a, b, date, place, meeting, attributes FROM kb_relations ORDER BY id",
                  Impl::read_relation_row,
                  wanted.relation_evidence ? "SELECT relation, doc_id, sentence_begin, sentence_end, rule, confidence "
                                             "FROM kb_evidence ORDER BY relation, idx"
                                           : nullptr,
                  out.relations);
    if (wanted.meetings)
        read_numbered("cannot read the graph snapshot's meetings", "meeting ids are not consecutive",
                  "SELECT id, date, place, mode, status, host, visitor, event, cameo, plover, participants, documents "
                  "FROM kb_meetings ORDER BY id",
                  Impl::read_meeting,
                  "SELECT meeting, doc_id, sentence_begin, sentence_end, rule, confidence FROM kb_meeting_evidence "
                  "ORDER BY meeting, idx",
                  out.meetings);
    if (wanted.document_dates) {
        Statement q = db.prepare("SELECT id, date FROM documents ORDER BY id");
        while (q.step("cannot read the documents' dates")) out.document_dates.emplace_back(q.text(0), q.text(1));
    }
    return out;
}

std::vector<std::string> GraphSnapshot::first_documents() const {
    const char* what = "cannot read the graph snapshot's entities";
    std::vector<std::string> out(entity_count());
    // Documents are sorted across an entity's parts, so the first of part 0 is the smallest.
    Statement q = impl_->db->prepare("SELECT id, documents FROM kb_entity_documents WHERE part = 0");
    while (q.step(what)) {
        const std::size_t id = q.index(0);
        if (id >= out.size()) impl_->db->fail(what, "an entity that is not there");
        const std::string_view documents = q.text_view(1);
        out[id] = std::string(documents.substr(0, documents.find(kSeparator)));
    }
    return out;
}

void GraphSnapshot::each_evidence_document(const std::function<void(RelationId, std::string_view)>& each) const {
    const char* what = "cannot read the graph snapshot's evidence";
    // Only the two columns the selection reads, each document id a view of SQLite's row:
    // no Evidence, and no string, made for each of a million releases' 3.3 million pieces.
    Statement q = impl_->db->prepare("SELECT relation, doc_id FROM kb_evidence ORDER BY relation, idx");
    while (q.step(what)) each(RelationId{static_cast<std::uint32_t>(q.index(0))}, q.text_view(1));
}

void GraphSnapshot::evidence_of(RelationId id, std::vector<Evidence>& out) const {
    Statement& q = impl_->evidence;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    std::size_t n = 0;
    while (q.step("cannot read evidence")) {
        // Into the items `out` has from the relation before, their strings' room kept.
        if (n == out.size()) out.emplace_back();
        Evidence& ev = out[n++];
        ev.doc_id.assign(q.text_view(0));
        ev.sentence = Span{q.index(1), q.index(2)};
        ev.rule.assign(q.text_view(3));
        ev.confidence = q.real(4);
    }
    out.resize(n);
}

std::vector<SnapshotLink> GraphSnapshot::links() const {
    const char* what = "cannot read the graph snapshot's links";
    std::vector<SnapshotLink> out;
    // By the rows there are (a damaged piece number must not ask for a huge allocation).
    out.reserve(static_cast<std::size_t>(impl_->db->query_int("SELECT count(*) FROM kb_links", what)) * kLinksPerPiece);
    Statement q = impl_->db->prepare("SELECT piece, data FROM kb_links ORDER BY piece");
    while (q.step(what)) {
        const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(q.get(), 1));
        if (static_cast<std::size_t>(q.integer(0)) * kLinksPerPiece != out.size() || bytes % kLinkBytes != 0 ||
            bytes > kLinksPerPiece * kLinkBytes)
            impl_->db->fail(what, "a damaged link list");
        const auto* bytes_in = static_cast<const unsigned char*>(sqlite3_column_blob(q.get(), 1));
        for (std::size_t at = 0; at < bytes; at += kLinkBytes) {
            std::uint32_t w[kLinkWords];
            std::memcpy(w, bytes_in + at, sizeof w);  // the blob need not be aligned
            if (w[3] >= std::size(kAllRelationTypes)) impl_->db->fail(what, "unknown relation type");
            out.push_back(SnapshotLink{EntityId{w[0]}, EntityId{w[1]}, RelationId{w[2]}, kAllRelationTypes[w[3]], w[4]});
        }
    }
    return out;
}

std::pair<std::uint64_t, std::int64_t> GraphSnapshot::labels() const {
    Statement q = impl_->db->prepare("SELECT generation, last_change FROM kb_snapshot");
    if (!q.step("cannot read the graph snapshot")) return {0, 0};
    return {static_cast<std::uint64_t>(q.integer(0)), q.integer(1)};
}

std::uint64_t GraphSnapshot::serial() const { return snapshot_serial(*impl_->db); }

std::optional<MeetingRecord> GraphSnapshot::meeting_row(MeetingId id, std::size_t& evidence) const {
    Statement& q = impl_->meeting;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    if (!q.step("cannot read a meeting")) return std::nullopt;
    evidence = q.index(12);
    return impl_->read_meeting(q);
}

std::optional<RelationRecord> GraphSnapshot::relation_row(RelationId id, std::size_t& evidence,
                                                          std::string& link_date) const {
    Statement& q = impl_->relation_row;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    if (!q.step("cannot read a relation")) return std::nullopt;
    evidence = q.index(8);
    link_date = q.text(9);
    return Impl::read_relation_row(q);
}

std::optional<std::string> GraphSnapshot::state_row(std::uint8_t table, std::string_view key) const {
    Statement& q = impl_->state_row;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(table));
    q.bind_blob(2, key);
    if (!q.step("cannot read the merge state")) return std::nullopt;
    return std::string(q.blob(0));
}

std::vector<StateKeyRow> GraphSnapshot::state_rows() const {
    Statement q = impl_->db->prepare("SELECT tbl, key, value FROM kb_state_keys ORDER BY tbl, key");
    std::vector<StateKeyRow> out;
    while (q.step("cannot read the merge state"))
        out.push_back({static_cast<std::uint8_t>(q.integer(0)), std::string(q.blob(1)), std::string(q.blob(2))});
    return out;
}

std::vector<std::string> GraphSnapshot::state_mentions_with(const std::string& surname) const {
    Statement& q = impl_->mention_with;
    StatementUse use(q);
    q.bind_blob(1, surname);
    std::vector<std::string> out;
    while (q.step("cannot read the merge state")) out.emplace_back(q.blob(0));
    return out;
}

std::vector<RelationId> GraphSnapshot::relation_ids_of(EntityId id) const {
    Statement& q = impl_->relation_ids_of;
    StatementUse use(q);
    q.bind(1, static_cast<std::int64_t>(id.value));
    std::vector<RelationId> out;
    while (q.step("cannot read relations")) out.push_back(RelationId{static_cast<std::uint32_t>(q.integer(0))});
    return out;
}

std::vector<std::string> GraphSnapshot::state_mentions() const {
    Statement q = impl_->db->prepare("SELECT seq, data FROM kb_state_mentions ORDER BY seq");
    std::vector<std::string> out;
    while (q.step("cannot read the merge state")) {
        if (q.integer(0) != static_cast<std::int64_t>(out.size()))
            impl_->db->fail("cannot read the merge state", "a step-1 candidate is missing");
        out.emplace_back(q.blob(1));
    }
    return out;
}

std::optional<std::string> GraphSnapshot::state_first() const {
    std::vector<std::int64_t> ids;
    return read_state(*impl_->db, ids, "cannot read the merge state");
}

std::string GraphSnapshot::document_date(const std::string& doc_id) const {
    Statement& q = impl_->document_date;
    StatementUse use(q);
    q.bind(1, doc_id);
    return q.step("cannot read a document date") ? q.text(0) : std::string();
}

std::string GraphSnapshot::document_text(const std::string& doc_id, Span span) const {
    if (span.end <= span.begin) return {};
    Statement& q = impl_->document_text;
    StatementUse use(q);
    q.bind(1, doc_id);
    q.bind_index(2, span.begin + 1);
    q.bind_index(3, span.end - span.begin);
    if (!q.step("cannot read a document's text")) return {};
    const void* data = sqlite3_column_blob(q.get(), 0);
    const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(q.get(), 0));
    return bytes ? std::string(static_cast<const char*>(data), bytes) : std::string();
}

}  // namespace kg::store
