// PgStore: the PostgreSQL backend of kg::store::Store, with the tables of the SQLite
// backend (store/schema.cpp, pg_migrations). Every write is one transaction that first
// takes kg's advisory lock (pg_db.h: PgTransaction::Write), so any number of kg
// processes, on any machines, may write one database at once: they take turns per
// transaction, each sees what the ones before it committed, and a document is stored
// once whoever gets to it first. Reads are single statements or one REPEATABLE READ
// transaction: a consistent state, never waiting for a writer. A process killed midway
// leaves its open transaction to the server, which rolls it back. Not thread-safe: one
// Store per thread.

#include <string>
#include <utility>

#include "model/error.h"
#include "store/extraction_codec.h"
#include "store/pg_db.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/store_rules.h"

namespace kg::store {
namespace {

using detail::PgConnection;
using detail::PgParam;
using detail::PgResult;
using detail::PgSavepoint;
using detail::PgTransaction;
using detail::quoted;

// The time of the transaction as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now') writes it.
constexpr const char* kNow = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
// The columns read() expects: id, source, title, date, text, extraction.
constexpr const char* kReadColumns = "d.id, d.source, d.title, d.date, ";
constexpr const char* kReadFrom = ", x.data FROM documents d LEFT JOIN extractions x ON x.doc = d.doc ";

class PgStore final : public Store {
public:
    PgStore(const std::string& url, Durability durability, PgOpen mode);

    PutOutcome put(const DocumentExtraction& x, const std::string& sha256) override;
    std::vector<PutResult> put_many(std::span<const PutItem> items) override;
    void replace_extractions(std::span<const DocumentExtraction> extractions, const std::string& fingerprint) override;
    bool relocate(const std::string& id, const std::string& origin, const std::string& path,
                  const std::string& source) override;
    bool forget(const std::string& doc_id) override;
    std::vector<DocumentInfo> documents() const override;
    std::optional<DocumentExtraction> load(const std::string& doc_id) const override;
    using Store::load_all;
    std::vector<DocumentExtraction> load_all(DocumentText text) const override;
    void add_correction(const Correction& c) override;
    std::vector<Correction> corrections() const override;
    Contents contents() const override;

private:
    void open_schema(PgOpen mode);
    PutOutcome write_document(const DocumentExtraction& x, const std::string& sha256, const std::string& fingerprint,
                              const std::string& origin, const std::string& what);
    std::vector<DocumentExtraction> read(const PgResult& r) const;
    void changed();  // inside a write transaction: bumps kg_meta.generation
    [[noreturn]] void corrupt(std::string_view detail) const { db_.fail("corrupt kg database", detail); }

    mutable PgConnection db_;
};

PgStore::PgStore(const std::string& url, Durability durability, PgOpen mode) : db_(url) {
    // Normal: a commit returns before its WAL record is flushed; a server crash may lose
    // the last commits, never leave a half-written one (the database stays consistent).
    if (durability == Durability::Normal) db_.exec("SET synchronous_commit = off", "cannot set synchronous_commit");
    open_schema(mode);
}

// Creates kg's tables in an empty database or migrates older ones, in one transaction
// under kg's schema lock, so concurrent first opens make them once.
void PgStore::open_schema(PgOpen mode) {
    PgTransaction tx(db_, PgTransaction::Schema);
    const bool exists =
        db_.query("SELECT to_regclass('kg_meta') IS NOT NULL", {}, "cannot read the schema").text(0, 0) == "t";
    std::int64_t version = 0;
    if (exists) {
        const PgResult r = db_.query("SELECT application_id, schema_version FROM kg_meta", {}, "not a kg database");
        if (r.rows() != 1)
            db_.fail("not a kg database", "kg_meta must hold one row, it holds " + std::to_string(r.rows()));
        if (r.integer(0, 0) != detail::kApplicationId)
            db_.fail("not a kg database", "kg_meta.application_id is " + r.text(0, 0));
        version = r.integer(0, 1);
        if (version > detail::pg_schema_version())
            db_.fail("created by a newer kg", "schema version " + std::to_string(version) + " > " +
                                                  std::to_string(detail::pg_schema_version()));
    } else {
        const PgResult tables = db_.query(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()", {}, "cannot list tables");
        if (tables.integer(0, 0) > 0)
            db_.fail("not a kg database",
                     "a PostgreSQL database with " + tables.text(0, 0) + " tables but no kg_meta table");
        if (mode == PgOpen::Existing)
            throw InputError("no knowledge base at " + db_.name() +
                             " (the database holds no kg tables); create it with 'kg --db URL ingest PATH...'");
    }
    for (const detail::Migration& m : detail::pg_migrations()) {
        if (m.version <= version) continue;
        const std::string action = "cannot migrate to schema version " + std::to_string(m.version);
        db_.exec(m.sql, action);
        db_.query("UPDATE kg_meta SET schema_version = $1", {std::int64_t{m.version}}, action);
    }
    tx.commit();
}

void PgStore::changed() { db_.exec("UPDATE kg_meta SET generation = generation + 1", "cannot record the change"); }

PutOutcome PgStore::put(const DocumentExtraction& x, const std::string& sha256) {
    const std::string what = "cannot store document " + quoted(x.document.id);
    if (const std::string why = detail::invalid_extraction(x, sha256); !why.empty()) db_.fail(what, why);
    PgTransaction tx(db_, PgTransaction::Write);
    const PutOutcome outcome = write_document(x, sha256, "", "", what);
    if (outcome != PutOutcome::Unchanged) changed();
    tx.commit();
    return outcome;
}

std::vector<PutResult> PgStore::put_many(std::span<const PutItem> items) {
    std::vector<PutResult> results(items.size());
    if (items.empty()) return results;
    PgTransaction tx(db_, PgTransaction::Write);
    bool any = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const DocumentExtraction& x = *items[i].extraction;
        const std::string what = "cannot store document " + quoted(x.document.id);
        try {
            if (const std::string why = detail::invalid_extraction(x, items[i].sha256); !why.empty())
                db_.fail(what, why);
            PgSavepoint item(db_);
            results[i].outcome = write_document(x, items[i].sha256, items[i].fingerprint, items[i].origin, what);
            item.release();
            any = any || *results[i].outcome != PutOutcome::Unchanged;
        } catch (const StoreError& e) {
            // The savepoint undid this document; a lost connection loses the batch: say so.
            if (!db_.transaction_usable()) throw;
            results[i].error = e.what();
        }
    }
    if (any) changed();
    tx.commit();
    return results;
}

// One document inside an open transaction, as SqliteStore::write_document: the stored
// document it replaces is the one of the same origin, or of the same id without one.
// The decisions are made by the server-side function kg_put_document (store/schema.cpp),
// one round trip per document.
PutOutcome PgStore::write_document(const DocumentExtraction& x, const std::string& sha256,
                                   const std::string& fingerprint, const std::string& origin, const std::string& what) {
    const Document& d = x.document;
    const std::string outcome =
        db_.query("SELECT kg_put_document($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                  {d.id, d.source, d.title, d.date, sha256, PgParam::binary(d.text), fingerprint, origin, d.path,
                   PgParam::binary(detail::encode_extraction(x))},
                  what)
            .text(0, 0);
    if (outcome == "added") return PutOutcome::Added;
    if (outcome == "replaced") return PutOutcome::Replaced;
    if (outcome == "unchanged") return PutOutcome::Unchanged;
    if (outcome == "duplicate") return PutOutcome::Duplicate;
    if (outcome == "id taken") db_.fail(what, "the id already names another stored document");
    corrupt("kg_put_document answered " + quoted(outcome));
}

void PgStore::replace_extractions(std::span<const DocumentExtraction> extractions, const std::string& fingerprint) {
    PgTransaction tx(db_, PgTransaction::Write);
    for (const DocumentExtraction& x : extractions) {
        const std::string what = "cannot store the new extraction of document " + quoted(x.document.id);
        if (const std::string why = detail::invalid_extraction(x, "-"); !why.empty()) db_.fail(what, why);
        const PgResult r = db_.query("SELECT doc FROM documents WHERE id = $1", {x.document.id}, what);
        if (r.rows() == 0) db_.fail(what, "it is not stored");
        const std::int64_t doc = r.integer(0, 0);
        db_.query("INSERT INTO extractions(doc, data) VALUES ($1, $2) ON CONFLICT (doc) DO UPDATE SET data = $2",
                  {doc, PgParam::binary(detail::encode_extraction(x))}, what);
        db_.query("UPDATE documents SET date = $2, fingerprint = $3 WHERE doc = $1", {doc, x.document.date, fingerprint},
                  what);
    }
    if (!extractions.empty()) changed();
    tx.commit();
}

bool PgStore::relocate(const std::string& id, const std::string& origin, const std::string& path,
                       const std::string& source) {
    const std::string what = "cannot record the new origin of document " + quoted(id);
    PgTransaction tx(db_, PgTransaction::Write);
    const bool moved = db_.query("UPDATE documents SET origin = $2, path = $3, source = $4 WHERE id = $1",
                                 {id, origin, path, source}, what)
                           .affected() > 0;
    if (moved) changed();
    tx.commit();
    return moved;
}

bool PgStore::forget(const std::string& doc_id) {
    const std::string what = "cannot forget document " + quoted(doc_id);
    PgTransaction tx(db_, PgTransaction::Write);
    const bool removed = db_.query("DELETE FROM documents WHERE id = $1", {doc_id}, what).affected() > 0;
    if (removed) changed();
    tx.commit();
    return removed;
}

std::vector<DocumentInfo> PgStore::documents() const {
    const PgResult r = db_.query(
        "SELECT id, source, date, sha256, fingerprint, origin, path FROM documents ORDER BY id", {},
        "cannot list documents");
    std::vector<DocumentInfo> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(DocumentInfo{r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5),
                                   r.text(i, 6)});
    return out;
}

std::vector<DocumentExtraction> PgStore::read(const PgResult& r) const {
    std::vector<DocumentExtraction> xs;
    xs.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        DocumentExtraction& x = xs.emplace_back();
        x.document = Document{r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.bytes(i, 4)};
        if (r.is_null(i, 5)) corrupt("document " + quoted(x.document.id) + " has no extraction");
        const std::string error = detail::decode_extraction(r.bytes(i, 5), x);
        if (!error.empty()) corrupt("extraction of document " + quoted(x.document.id) + ": " + error);
    }
    return xs;
}

std::optional<DocumentExtraction> PgStore::load(const std::string& doc_id) const {
    // One statement: one consistent state of both tables.
    const PgResult r = db_.query(std::string("SELECT ") + kReadColumns + "d.text" + kReadFrom + "WHERE d.id = $1",
                                 {doc_id}, "cannot load document " + quoted(doc_id));
    std::vector<DocumentExtraction> xs = read(r);
    if (xs.empty()) return std::nullopt;
    return std::move(xs.front());
}

std::vector<DocumentExtraction> PgStore::load_all(DocumentText text) const {
    return read(db_.query(std::string("SELECT ") + kReadColumns +
                              (text == DocumentText::Include ? "d.text" : "''::bytea") + kReadFrom + "ORDER BY d.id",
                          {}, "cannot load documents"));
}

void PgStore::add_correction(const Correction& c) {
    PgTransaction tx(db_, PgTransaction::Write);
    const bool added =
        db_.query(std::string("INSERT INTO corrections(kind, a, b, created_at) VALUES ($1, $2, $3, ") + kNow +
                      ") ON CONFLICT (kind, a, b) DO NOTHING",
                  {detail::correction_kind_name(c.kind), c.a, c.b}, "cannot record correction")
            .affected() > 0;
    if (added) changed();
    tx.commit();
}

std::vector<Correction> PgStore::corrections() const {
    const PgResult r = db_.query("SELECT kind, a, b FROM corrections ORDER BY id", {}, "cannot list corrections");
    std::vector<Correction> out;
    for (int i = 0; i < r.rows(); ++i) {
        const std::string kind = r.text(i, 0);
        const std::optional<Correction::Kind> parsed = detail::parse_correction_kind(kind);
        if (!parsed) corrupt("unknown correction kind " + quoted(kind));
        out.push_back(Correction{*parsed, r.text(i, 1), r.text(i, 2)});
    }
    return out;
}

Contents PgStore::contents() const {
    Contents c;
    PgTransaction tx(db_, PgTransaction::Read);  // one snapshot for the three reads
    c.documents = documents();
    const PgResult r = db_.query(std::string("SELECT ") + kReadColumns + "d.text, x.data, d.path " +
                                     "FROM documents d LEFT JOIN extractions x ON x.doc = d.doc ORDER BY d.id",
                                 {}, "cannot load documents");
    c.extractions = read(r);
    for (int i = 0; i < r.rows(); ++i) c.extractions[static_cast<std::size_t>(i)].document.path = r.text(i, 6);
    c.corrections = corrections();
    tx.commit();
    return c;
}

}  // namespace

std::unique_ptr<Store> open_postgres_store(const std::string& url, Durability durability, PgOpen mode) {
    return std::make_unique<PgStore>(url, durability, mode);
}

}  // namespace kg::store
