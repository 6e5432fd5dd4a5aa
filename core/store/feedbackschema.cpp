#include "core/store/database.h"
#include "core/store/migrations.h"

namespace integreat::store {

// Version 9: feedback given while offline, sent on the next sync (core/feedback). One row per
// feedback in the order given; a row is deleted once the CMS took it. No contact data: the app
// never asks for any. IF NOT EXISTS: a store set back to an older user_version may have it.
void applyFeedbackSchema(Database &db)
{
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE IF NOT EXISTS feedback_queue (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    region     TEXT NOT NULL,
    language   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    slug       TEXT,
    query      TEXT,
    rating     TEXT,
    comment    TEXT,
    created_at TEXT NOT NULL,
    last_error TEXT
);
)SQL"));
}

} // namespace integreat::store
