#pragma once
// The persistent knowledge base. The rest of kg talks to this interface only:
// SqliteStore (store/sqlite_store.cpp) is the embedded default, PgStore
// (store/pg_store.cpp) keeps the same tables in a PostgreSQL database.
//
//   auto st = kg::store::open_store("kg.db");        // creates or migrates
//   auto pg = kg::store::open_store("postgresql://kg@db.example/kg");
//   auto outcome = st->put(extraction, sha256_hex);  // one transaction per document
//   for (const kg::DocumentExtraction& x : st->load_all()) graph.add(x);

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace kg::store {

// Duplicate: the same content (sha256) is already stored under another document
// id; nothing new is written (a previous version of this id, if any, is removed,
// since its file now repeats the other document).
enum class PutOutcome { Added, Unchanged, Replaced, Duplicate };

struct DocumentInfo {
    std::string id;
    std::string source;
    std::string date;
    std::string sha256;
    // What produced the stored extraction (Store::put_many, replace_extractions);
    // empty for documents stored by put() or before schema version 4.
    std::string fingerprint;
    // Identity of where it came from (PutItem::origin; '' before schema version 5) and
    // the absolute path of the file it was read from ('' when none).
    std::string origin = {};
    std::string path = {};
};

// A user's decision about entity identity that must survive re-ingest.
struct Correction {
    enum class Kind { Merge, Split, Rename };
    Kind kind = Kind::Merge;
    std::string a;  // entity name (type-qualified as "PERSON:Name")
    std::string b;  // Merge: the entity merged into a; Rename: a's new name; Split: empty
};

// One document for Store::put_many.
struct PutItem {
    const DocumentExtraction* extraction = nullptr;
    std::string sha256;
    std::string fingerprint;  // recorded with the document (DocumentInfo::fingerprint)
    // The document's identity (DocumentInfo::origin). When set, the stored document of
    // this origin is the one replaced or left unchanged, whatever its id; when empty,
    // the document id is the key. Either way a new document never takes the id of
    // another one: that is an error, not a replacement.
    std::string origin = {};
};

// What became of one PutItem: an outcome, or the reason it was not stored.
struct PutResult {
    std::optional<PutOutcome> outcome;
    std::string error;  // set when outcome is empty
};

// Everything a knowledge base holds, read at one moment (Store::contents): what
// `kg copy` moves to another base.
struct Contents {
    std::vector<DocumentInfo> documents;          // in document id order
    std::vector<DocumentExtraction> extractions;  // documents[i]'s extraction, with its text and path
    std::vector<Correction> corrections;          // in the order they were made
};

class Store {
public:
    virtual ~Store() = default;
    // Stores one document's extraction in a single transaction, keyed by document id.
    // Same id and hash: Unchanged, nothing written. Same id, new hash: its evidence
    // is replaced. Hash stored under another id: Duplicate. Throws StoreError
    // (database untouched) on failure, e.g. an entity index out of range.
    virtual PutOutcome put(const DocumentExtraction& x, const std::string& sha256) = 0;
    // Stores several documents in ONE transaction, for bulk ingest: one commit (and,
    // with Durability::Full, one fsync) for the batch instead of one per document.
    // Each document is still all or nothing: one that fails (bad reference, constraint)
    // is rolled back alone and reported in its PutResult; the others go in. Nothing of
    // the batch is visible or durable before the commit, so a process killed midway
    // leaves the database as it was before the batch; a re-run adds the batch again.
    // Throws StoreError, with none of the batch stored, when the transaction itself
    // fails (disk full, I/O error, database locked past the timeout).
    virtual std::vector<PutResult> put_many(std::span<const PutItem> items) = 0;
    // Replaces the stored extractions of already stored documents (by document id; the
    // text and content hash stay) with `extractions`, made again from their stored text,
    // and records `fingerprint` for each, in ONE transaction. Throws StoreError, with
    // nothing changed, when a document is not stored or the transaction fails.
    virtual void replace_extractions(std::span<const DocumentExtraction> extractions,
                                     const std::string& fingerprint) = 0;
    // Records that stored document `id` now comes from `origin`, file `path`, shown as
    // `source` (a moved file, or a document stored before origins were kept). False
    // when `id` is not stored. Throws StoreError when another document has that origin.
    virtual bool relocate(const std::string& id, const std::string& origin, const std::string& path,
                          const std::string& source) = 0;
    // Removes a document and everything only it supported. False when unknown.
    virtual bool forget(const std::string& doc_id) = 0;
    virtual std::vector<DocumentInfo> documents() const = 0;
    virtual std::optional<DocumentExtraction> load(const std::string& doc_id) const = 0;
    // Every stored extraction, in document id order.
    std::vector<DocumentExtraction> load_all() const { return load_all(DocumentText::Include); }
    // DocumentText::Omit leaves each document.text empty: building the graph needs ids
    // and dates only, and the text is most of a corpus's size.
    enum class DocumentText { Include, Omit };
    virtual std::vector<DocumentExtraction> load_all(DocumentText text) const = 0;
    // Reads every stored extraction as load_all does, one at a time instead of all at once:
    // `body` is given a way to visit them in document id order (each call one pass over all
    // of them), and may make as many passes as it needs, all of one state of the base (one
    // read transaction). Memory: one document at a time, not the base (a SQLite base; this
    // default loads them all).
    using ExtractionVisitor = std::function<void(const DocumentExtraction&)>;
    using ExtractionPasses = std::function<void(const ExtractionVisitor&)>;
    virtual void read_extractions(DocumentText text, const std::function<void(const ExtractionPasses&)>& body) const {
        const std::vector<DocumentExtraction> all = load_all(text);
        body([&](const ExtractionVisitor& visit) {
            for (const DocumentExtraction& x : all) visit(x);
        });
    }
    virtual void add_correction(const Correction& c) = 0;
    virtual std::vector<Correction> corrections() const = 0;
    // Every document, its extraction and the corrections, from one consistent state
    // (one read transaction: a writer meanwhile is either wholly in it or not at all).
    virtual Contents contents() const = 0;
};

// How hard each commit pushes to disk. Both never leave a corrupt file or a
// half-written document, even on kill -9 or power loss.
//   Full (default): a document reported stored survives power loss; costs one
//     fsync per document (~1-10 ms, depending on the disk).
//   Normal: after power loss (not after a crash of kg) the last few documents
//     may be missing again; re-running the idempotent ingest restores them.
enum class Durability { Full, Normal };

// Opens (creating if absent) a knowledge base: a PostgreSQL database when `path` is a
// connection URL (is_postgres_url; see open_postgres_store), a SQLite file otherwise.
// Throws StoreError naming the file or database (password redacted) and reason when it
// is not a kg database, is from a newer schema version, or cannot be opened. Older
// schema versions are migrated.
std::unique_ptr<Store> open_store(const std::string& path);
std::unique_ptr<Store> open_store(const std::string& path, Durability durability);

// True when `db` names a PostgreSQL database ("postgresql://..." or "postgres://...")
// rather than a SQLite file.
bool is_postgres_url(std::string_view db);
// True when the connection URL `db` carries a password (user:PASSWORD@ or ?password=).
bool has_password(std::string_view db);
// `db` with the passwords of a connection URL replaced by "***": the only form of a URL
// kg prints. Anything else unchanged.
std::string redacted(std::string_view db);

// The PostgreSQL backend. The URL is libpq's (postgresql://user@host:port/dbname?...);
// the password comes from PGPASSFILE (~/.pgpass), a service file (PGSERVICE) or
// PGPASSWORD, never from kg. Several processes may write one database at once: each
// write transaction first takes kg's advisory lock, so writers take turns, and readers
// read one REPEATABLE READ snapshot. Durability::Normal turns synchronous_commit off.
// Create makes kg's tables in an empty database; Existing throws InputError when the
// database has none ("no knowledge base at URL").
enum class PgOpen { Create, Existing };
std::unique_ptr<Store> open_postgres_store(const std::string& url, Durability durability, PgOpen mode);

// True when this process may write the database file and create files beside it; a base
// it may not write is opened read-only: questions work, changes fail with a StoreError.
bool writable(const std::string& path);

// The schema version of the knowledge bases this build writes (`PRAGMA user_version`);
// older ones are migrated to it when opened.
int schema_version();
// The same in a PostgreSQL database (kg_meta.schema_version): SQLite's numbers up to 5,
// then the PostgreSQL backend's own steps (store/schema.h).
int pg_schema_version();

// Lower-case hex SHA-256 of bytes (content hash for idempotent ingest).
std::string sha256_hex(std::string_view bytes);

}  // namespace kg::store
