#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/searchindex.h"

namespace integreat::store {

namespace {

// The full-text index (kept by SearchIndex, read by Search):
// - search_fts: a contentless FTS5 table over three columns: `scope` (tokens "s<id>" of the
//   item's region and (region, language) rows in search_scopes, so that a query is confined to
//   languages inside the index), the normalized title and the normalized plain body. The text
//   is normalized before it reaches the tokenizer, so unicode61 only splits words and must not
//   fold diacritics itself. Prefix indexes for 1-3 characters keep short word-start queries
//   (search as you type) fast. BM25 ranks with titles weighing double and the scope nothing.
// - search_docs: which item each FTS rowid is, with a hash of the text it was indexed with.
// - search_state: the normalizer the index was built with (SearchIndex::stamp()).
const char *const kSearchSchema = R"SQL(
CREATE TABLE search_scopes (
    id       INTEGER PRIMARY KEY,
    region   TEXT NOT NULL,
    language TEXT NOT NULL, -- '' = the whole region
    UNIQUE (region, language)
);

CREATE TABLE search_docs (
    id       INTEGER PRIMARY KEY,
    region   TEXT NOT NULL,
    language TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('page', 'event', 'place', 'news')),
    key      TEXT NOT NULL, -- path; for news the id
    scope    TEXT NOT NULL,
    hash     INTEGER NOT NULL,
    UNIQUE (region, language, kind, key)
);

CREATE TABLE search_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stamp TEXT NOT NULL
);

CREATE VIRTUAL TABLE search_fts USING fts5(
    scope, title, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(0.0, 2.0, 1.0)');
)SQL";

// Version 6, the forgiving search (SearchVocabulary):
// - search_terms: every word of the index once (3 to 40 characters), for typo correction,
//   word forms and compounds. Only added to (AUTOINCREMENT: the largest id tells a reader
//   whether it changed) or cleared as a whole.
// - search_vocab: FTS5's own view of the index's terms, for document frequencies (stop words
//   derived from the index, the best of equally close corrections).
const char *const kSearchTermsSchema = R"SQL(
CREATE TABLE search_terms (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    term TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, row);
)SQL";

} // namespace

void applySearchSchema(Database &db)
{
    // Content already in a file migrated from version 2 is indexed by version 6's rebuild.
    db.exec(QString::fromUtf8(kSearchSchema));
}

void applySearchTermsSchema(Database &db)
{
    db.exec(QString::fromUtf8(kSearchTermsSchema));
    // Index everything again, now with its words in search_terms.
    SearchIndex(db).rebuild();
}

} // namespace integreat::store
