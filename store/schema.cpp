#include "store/schema.h"

#include <iterator>

namespace kg::store::detail {
namespace {

// Version 1. Design notes:
// - documents.doc is an integer surrogate key; every other table refers to it,
//   so child rows stay small and a document's rows sit together in each
//   WITHOUT ROWID table (primary key starts with doc): load and forget touch
//   a few contiguous pages even with 100,000 documents.
// - Every child table has ON DELETE CASCADE to documents, so forgetting or
//   replacing a document is one DELETE, and the FK column is always the
//   leading primary-key column (no scan on cascade).
// - Indices (idx) are positions in DocumentExtraction's vectors; entity
//   references in relations/meetings are entity positions within the document.
// - Text columns are NOT NULL; '' stands for an empty string, NULL only for
//   an absent optional index (place, host, ...) and for evidence.doc_id when it
//   equals the owning document's id.
// - STRICT tables reject values of the wrong type instead of coercing them.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE documents(
    doc          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    date         TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) > 0),
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
) STRICT;
CREATE INDEX documents_by_date ON documents(date);

CREATE TABLE entities(
    doc        INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    idx        INTEGER NOT NULL CHECK (idx >= 0),
    type       TEXT NOT NULL,
    name       TEXT NOT NULL,
    full_name  TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX entities_by_name ON entities(name, type);
CREATE INDEX entities_by_full_name ON entities(full_name) WHERE full_name <> '';

CREATE TABLE aliases(
    doc     INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    entity  INTEGER NOT NULL,
    idx     INTEGER NOT NULL CHECK (idx >= 0),
    alias   TEXT NOT NULL,
    PRIMARY KEY (doc, entity, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases(alias);

CREATE TABLE mentions(
    doc         INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    entity      INTEGER NOT NULL,
    idx         INTEGER NOT NULL CHECK (idx >= 0),
    span_begin  INTEGER NOT NULL CHECK (span_begin >= 0),
    span_end    INTEGER NOT NULL CHECK (span_end >= span_begin),
    surface     TEXT NOT NULL,
    PRIMARY KEY (doc, entity, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE relations(
    doc    INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    idx    INTEGER NOT NULL CHECK (idx >= 0),
    type   TEXT NOT NULL,
    a      INTEGER NOT NULL,
    b      INTEGER NOT NULL,
    date   TEXT NOT NULL,
    place  INTEGER,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX relations_by_type ON relations(type, date);

CREATE TABLE relation_attributes(
    doc       INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    relation  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (doc, relation, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE meetings(
    doc           INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    idx           INTEGER NOT NULL CHECK (idx >= 0),
    date          TEXT NOT NULL,
    place         INTEGER,
    mode          TEXT NOT NULL,
    status        TEXT NOT NULL,
    host          INTEGER,
    visitor       INTEGER,
    parent_event  INTEGER,
    cameo         TEXT NOT NULL,
    plover_mode   TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX meetings_by_date ON meetings(date);

CREATE TABLE meeting_participants(
    doc      INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    meeting  INTEGER NOT NULL,
    idx      INTEGER NOT NULL CHECK (idx >= 0),
    entity   INTEGER NOT NULL,
    PRIMARY KEY (doc, meeting, idx)
) STRICT, WITHOUT ROWID;

-- owner_kind: 0 = relation, 1 = meeting; owner is its index.
CREATE TABLE evidence(
    doc             INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    owner_kind      INTEGER NOT NULL CHECK (owner_kind IN (0, 1)),
    owner           INTEGER NOT NULL,
    idx             INTEGER NOT NULL CHECK (idx >= 0),
    doc_id          TEXT,
    sentence_begin  INTEGER NOT NULL CHECK (sentence_begin >= 0),
    sentence_end    INTEGER NOT NULL CHECK (sentence_end >= sentence_begin),
    rule            TEXT NOT NULL,
    confidence      REAL NOT NULL,
    PRIMARY KEY (doc, owner_kind, owner, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE diagnostics(
    doc       INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    idx       INTEGER NOT NULL CHECK (idx >= 0),
    severity  TEXT NOT NULL CHECK (severity IN ('warning', 'error')),
    source    TEXT NOT NULL,
    message   TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;

-- User decisions about entity identity; independent of documents so they
-- survive forget and re-ingest. Adding the same decision twice is a no-op.
CREATE TABLE corrections(
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    a           TEXT NOT NULL,
    b           TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, a, b)
) STRICT;
)sql";

// Version 2: no secondary indices on the per-document tables. Nothing queries
// them by name, type or date (the graph is built from whole documents), and each
// one costs a randomly placed page per row in every commit: with them a document's
// transaction dirtied ~35 pages, without them ~12, which is most of ingest time.
constexpr const char* kVersion2 = R"sql(
DROP INDEX IF EXISTS entities_by_name;
DROP INDEX IF EXISTS entities_by_full_name;
DROP INDEX IF EXISTS aliases_by_alias;
DROP INDEX IF EXISTS relations_by_type;
DROP INDEX IF EXISTS meetings_by_date;
)sql";

// Version 3: a document's extraction is one packed row (store/extraction_codec.h)
// instead of rows in nine child tables. Storing a document then writes two rows,
// not ~50, and dirties a few pages per batch instead of a dozen per document:
// ingest is several times faster and the file a third smaller. The documents
// table is unchanged; the migration packs existing rows, then drops the tables.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE extractions(
    doc   INTEGER PRIMARY KEY REFERENCES documents(doc) ON DELETE CASCADE,
    data  BLOB NOT NULL
) STRICT;
)sql";
constexpr const char* kVersion3After = R"sql(
DROP TABLE evidence;
DROP TABLE meeting_participants;
DROP TABLE meetings;
DROP TABLE relation_attributes;
DROP TABLE relations;
DROP TABLE mentions;
DROP TABLE aliases;
DROP TABLE entities;
DROP TABLE diagnostics;
)sql";

// Version 4: each document records the fingerprint of what produced its stored
// extraction (extraction rules version, gazetteer data and alias files; computed by
// the application), so kg can re-extract documents whose extraction is stale.
// Documents stored before have none ('') and are re-extracted once. Corrections
// may also be renames; SQLite changes a CHECK only by rebuilding the table, which
// drops the snapshot's triggers on it, so the snapshot's generation counter and
// all its triggers go too: the next question installs them afresh and rebuilds the
// snapshot (store/graph_snapshot.cpp).
constexpr const char* kVersion4 = R"sql(
ALTER TABLE documents ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
CREATE TABLE corrections_v4(
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    a           TEXT NOT NULL,
    b           TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, a, b)
) STRICT;
INSERT INTO corrections_v4(id, kind, a, b, created_at) SELECT id, kind, a, b, created_at FROM corrections;
DROP TABLE corrections;
ALTER TABLE corrections_v4 RENAME TO corrections;
DROP TRIGGER IF EXISTS kb_documents_inserted;
DROP TRIGGER IF EXISTS kb_documents_deleted;
DROP TRIGGER IF EXISTS kb_documents_updated;
DROP TRIGGER IF EXISTS kb_corrections_inserted;
DROP TRIGGER IF EXISTS kb_corrections_deleted;
DROP TRIGGER IF EXISTS kb_corrections_updated;
DROP TABLE IF EXISTS kb_generation;
)sql";

// Version 5: documents are known by where they came from, not by their id alone.
// `origin` is the identity the application computes (the file's absolute path, a
// JSON Lines record's own id, ...; '' for documents stored before, until the next
// ingest recognises them by content) and is unique; `path` is the absolute path of
// the file read, so a document can be forgotten by its path and a moved file found.
constexpr const char* kVersion5 = R"sql(
ALTER TABLE documents ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN path TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX documents_by_origin ON documents(origin) WHERE origin <> '';
)sql";

// PostgreSQL, version 5: the tables of SQLite's version 5. Document text is bytea (any
// bytes, as SQLite keeps them); ids and origins compare byte by byte (COLLATE "C"), so
// "ORDER BY id" is SQLite's order whatever the database's locale. kg_meta holds what
// SQLite keeps in its header (application_id, user_version) and a generation counter
// that every committed change bumps.
constexpr const char* kPgVersion5 = R"sql(
CREATE TABLE kg_meta(
    application_id  integer NOT NULL,
    schema_version  integer NOT NULL,
    generation      bigint NOT NULL DEFAULT 0
);
INSERT INTO kg_meta(application_id, schema_version) VALUES (1262961730, 0);
CREATE TABLE documents(
    doc          bigserial PRIMARY KEY,
    id           text COLLATE "C" NOT NULL UNIQUE,
    source       text NOT NULL,
    title        text NOT NULL,
    date         text NOT NULL,
    sha256       text NOT NULL UNIQUE CHECK (length(sha256) > 0),
    text         bytea NOT NULL,
    ingested_at  text NOT NULL,
    fingerprint  text NOT NULL DEFAULT '',
    origin       text COLLATE "C" NOT NULL DEFAULT '',
    path         text NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX documents_by_origin ON documents(origin) WHERE origin <> '';
CREATE TABLE extractions(
    doc   bigint PRIMARY KEY REFERENCES documents(doc) ON DELETE CASCADE,
    data  bytea NOT NULL
);
CREATE TABLE corrections(
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    a           text NOT NULL,
    b           text NOT NULL,
    created_at  text NOT NULL,
    UNIQUE (kind, a, b)
);
-- Stores one document as SqliteStore::write_document does, in one round trip instead of
-- five: the document of the same origin (of the same id without one) is left 'unchanged'
-- (same sha256) or replaced; content stored under another id is a 'duplicate' (the
-- replaced version stays removed); an id of another document is 'id taken' (the caller
-- rolls back its savepoint); else 'added' or 'replaced'.
CREATE FUNCTION kg_put_document(p_id text, p_source text, p_title text, p_date text, p_sha256 text, p_text bytea,
                                p_fingerprint text, p_origin text, p_path text, p_data bytea) RETURNS text
LANGUAGE plpgsql AS $body$
DECLARE
    previous bigint;
    previous_sha256 text;
    inserted bigint;
BEGIN
    IF p_origin = '' THEN
        SELECT doc, sha256 INTO previous, previous_sha256 FROM documents WHERE id = p_id;
    ELSE
        SELECT doc, sha256 INTO previous, previous_sha256 FROM documents WHERE origin = p_origin;
    END IF;
    IF previous IS NOT NULL AND previous_sha256 = p_sha256 THEN
        RETURN 'unchanged';
    END IF;
    IF previous IS NOT NULL THEN
        DELETE FROM documents WHERE doc = previous;
    END IF;
    IF EXISTS (SELECT 1 FROM documents WHERE sha256 = p_sha256) THEN
        RETURN 'duplicate';
    END IF;
    IF EXISTS (SELECT 1 FROM documents WHERE id = p_id) THEN
        RETURN 'id taken';
    END IF;
    INSERT INTO documents(id, source, title, date, sha256, text, fingerprint, origin, path, ingested_at)
    VALUES (p_id, p_source, p_title, p_date, p_sha256, p_text, p_fingerprint, p_origin, p_path,
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    RETURNING doc INTO inserted;
    INSERT INTO extractions(doc, data) VALUES (inserted, p_data);
    RETURN CASE WHEN previous IS NULL THEN 'added' ELSE 'replaced' END;
END
$body$;
)sql";

// PostgreSQL, version 6 (PostgreSQL only; SQLite stays at 5): what a question needs to
// bring its local copy of the base (store/pg_mirror.h) up to date by reading only what
// changed since it last looked.
// - kg_meta.base_id: a random identity made when the tables are made, so a database that
//   was dropped and made again under the same URL is never taken for the old one.
// - documents.change_seq: the value of the sequence kg_change_seq when the row was last
//   inserted or updated (a trigger sets it; rows stored before this version have 0), and
//   kg_forgotten: the ids of deleted documents with the sequence value of their deletion
//   (one row per id, the last deletion). A reader that has seen every change up to S reads
//   the documents with change_seq > S and the forgotten ids with change_seq > S.
// - Every statement that writes documents or corrections first takes kg's writers' lock
//   (pg_db.h kWriteLock; kg's own writers already hold it, so this matters only for
//   hand-written SQL; a change of extractions alone reaches documents through the trigger
//   below): writers take turns, so the sequence values a reader sees
//   committed are exactly those below the first one still in flight, and "everything up to
//   the largest value I can see" is a sound point to resume from.
// - A stored extraction replaced alone (without its documents row) moves its document's
//   change_seq too.
// - TRUNCATE, which fires no row trigger, makes a new base_id: every copy is made again.
//   (No count of the documents is kept here: a trigger updating one kg_meta row per
//   document made a transaction of n documents cost O(n^2), each update walking the row's
//   versions of the same transaction; `kg copy` of 100,000 documents ran for minutes.)
constexpr const char* kPgVersion6 = R"sql(
ALTER TABLE kg_meta ADD COLUMN base_id text NOT NULL DEFAULT gen_random_uuid()::text;
CREATE SEQUENCE kg_change_seq;
ALTER TABLE documents ADD COLUMN change_seq bigint NOT NULL DEFAULT 0;
CREATE INDEX documents_by_change ON documents(change_seq);
CREATE TABLE kg_forgotten(
    id          text COLLATE "C" PRIMARY KEY,
    change_seq  bigint NOT NULL
);
CREATE INDEX kg_forgotten_by_change ON kg_forgotten(change_seq);
CREATE FUNCTION kg_take_write_lock() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM pg_advisory_xact_lock(5424379326449582081);  -- kWriteLock, store/pg_db.h
    RETURN NULL;
END
$body$;
CREATE TRIGGER kg_documents_write_lock BEFORE INSERT OR UPDATE OR DELETE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION kg_take_write_lock();
CREATE TRIGGER kg_corrections_write_lock BEFORE INSERT OR UPDATE OR DELETE ON corrections
    FOR EACH STATEMENT EXECUTE FUNCTION kg_take_write_lock();
CREATE FUNCTION kg_document_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    NEW.change_seq := nextval('kg_change_seq');
    RETURN NEW;
END
$body$;
CREATE TRIGGER kg_documents_changed BEFORE INSERT OR UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION kg_document_changed();
CREATE FUNCTION kg_document_forgotten() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO kg_forgotten(id, change_seq) VALUES (OLD.id, nextval('kg_change_seq'))
    ON CONFLICT (id) DO UPDATE SET change_seq = EXCLUDED.change_seq;
    RETURN NULL;
END
$body$;
CREATE TRIGGER kg_documents_forgotten AFTER DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION kg_document_forgotten();
CREATE FUNCTION kg_documents_truncated() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE kg_meta SET base_id = gen_random_uuid()::text;
    RETURN NULL;
END
$body$;
CREATE TRIGGER kg_documents_truncated AFTER TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION kg_documents_truncated();
CREATE FUNCTION kg_extraction_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE documents SET change_seq = 0 WHERE doc = NEW.doc;
    RETURN NULL;
END
$body$;
CREATE TRIGGER kg_extractions_changed AFTER UPDATE ON extractions
    FOR EACH ROW WHEN (OLD.data IS DISTINCT FROM NEW.data) EXECUTE FUNCTION kg_extraction_changed();
)sql";

constexpr Migration kPgMigrations[] = {
    {5, kPgVersion5},
    {6, kPgVersion6},
    // append new steps here with SQLite's version numbers, never edit old ones
};

constexpr Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3, true, kVersion3After},
    {4, kVersion4},
    {5, kVersion5},
    // {2, "ALTER TABLE ...;"},  -- append new steps here, never edit old ones
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

std::span<const Migration> pg_migrations() { return kPgMigrations; }

int schema_version() { return std::prev(std::end(kMigrations))->version; }

int pg_schema_version() { return std::prev(std::end(kPgMigrations))->version; }

}  // namespace kg::store::detail
