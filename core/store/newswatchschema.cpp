#include "core/store/database.h"
#include "core/store/migrations.h"

namespace integreat::store {

namespace {

// The news watcher's memory (core/sync/newswatcher.h), per (region, language): news_watch has a
// row once the first poll set the baseline; news_seen holds every local news id the watcher has
// seen, so an item counts as new exactly once, also across restarts. Kept apart from the news
// table: the sync writes news, the watcher only remembers what it has announced. IF NOT EXISTS:
// a store rolled back to an older user_version (tests do that) may still have them.
const char *const kNewsWatch = R"SQL(
CREATE TABLE IF NOT EXISTS news_watch (
    region       TEXT NOT NULL,
    language     TEXT NOT NULL,
    baseline_at  TEXT NOT NULL,
    last_poll_at TEXT,
    last_error   TEXT,
    PRIMARY KEY (region, language)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS news_seen (
    region   TEXT NOT NULL,
    language TEXT NOT NULL,
    news_id  TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (region, language, news_id)
) WITHOUT ROWID;
)SQL";

} // namespace

void applyNewsWatchSchema(Database &db)
{
    db.exec(QString::fromUtf8(kNewsWatch));
}

} // namespace integreat::store
