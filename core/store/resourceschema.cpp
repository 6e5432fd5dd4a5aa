#include "core/store/database.h"
#include "core/store/migrations.h"

namespace integreat::store {

namespace {

// One row per resource URL (images, PDFs, SVG icons the stored content refers to), shared by
// every region and language that refers to it. The file lives in <data dir>/resources/<file>.
// `url` is the fully encoded URL without fragment; `file` is content::resourceFileName(url).
// fetched_at is set by the last 200 (NULL: never downloaded, so there is no file);
// checked_at by the last 200 or 304 (freshness is counted from it); max_age is the server's
// Cache-Control max-age (or Expires - now) in seconds, NULL when it said nothing.
// failures counts failed attempts since the last success; last_error says why (a sentence).
const char *const kResources = R"SQL(
CREATE TABLE resources (
    url           TEXT PRIMARY KEY NOT NULL,
    file          TEXT NOT NULL,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    content_type  TEXT NOT NULL DEFAULT '',
    bytes         INTEGER NOT NULL DEFAULT 0,
    max_age       INTEGER,
    fetched_at    TEXT,
    checked_at    TEXT,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT
) WITHOUT ROWID;
)SQL";

} // namespace

void applyResourceSchema(Database &db)
{
    db.exec(QString::fromUtf8(kResources));
}

} // namespace integreat::store
