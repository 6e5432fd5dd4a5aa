#include "core/store/schema.h"

#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/storeerror.h"

namespace integreat::store {

namespace {

// Conventions: text columns are NOT NULL DEFAULT '' (an absent string is ''), NULL means
// "absent" only for optional values; timestamps are ISO-8601 with offset (Qt::ISODateWithMs);
// *_ms columns are derived UTC sort keys; JSON columns hold compact QJsonDocument text;
// `fingerprint` is the SHA-1 of every value the writer stored in that row (see ContentRows).
// Content tables are not tied to `regions` by foreign keys: content outlives region lists.
const char *const kVersion1 = R"SQL(
CREATE TABLE regions (
    slug                  TEXT PRIMARY KEY NOT NULL,
    id                    INTEGER NOT NULL DEFAULT 0,
    name                  TEXT NOT NULL DEFAULT '',
    prefix                TEXT NOT NULL DEFAULT '',
    name_without_prefix   TEXT NOT NULL DEFAULT '',
    postal_code           TEXT NOT NULL DEFAULT '',
    live                  INTEGER NOT NULL DEFAULT 1,
    events_enabled        INTEGER NOT NULL DEFAULT 0,
    places_enabled        INTEGER NOT NULL DEFAULT 0,
    local_news_enabled    INTEGER NOT NULL DEFAULT 0,
    external_news_enabled INTEGER NOT NULL DEFAULT 0,
    offers_enabled        INTEGER NOT NULL DEFAULT 0,
    chat_enabled          INTEGER NOT NULL DEFAULT 0,
    center_latitude       REAL,
    center_longitude      REAL,
    bbox_west             REAL,
    bbox_south            REAL,
    bbox_east             REAL,
    bbox_north            REAL,
    aliases               TEXT NOT NULL DEFAULT '[]',
    fingerprint           TEXT NOT NULL DEFAULT '',
    updated_at            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE languages (
    region      TEXT NOT NULL REFERENCES regions(slug) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    bcp47       TEXT NOT NULL DEFAULT '',
    native_name TEXT NOT NULL DEFAULT '',
    rtl         INTEGER NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (region, code)
);

CREATE TABLE pages (
    region              TEXT NOT NULL,
    language            TEXT NOT NULL,
    path                TEXT NOT NULL,
    translation_id      INTEGER,
    url                 TEXT NOT NULL DEFAULT '',
    parent_path         TEXT NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0,
    title               TEXT NOT NULL DEFAULT '',
    excerpt             TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    thumbnail           TEXT NOT NULL DEFAULT '',
    organization        TEXT,
    available_languages TEXT NOT NULL DEFAULT '{}',
    last_updated        TEXT,
    fingerprint         TEXT NOT NULL,
    PRIMARY KEY (region, language, path)
);
CREATE INDEX pages_by_parent ON pages (region, language, parent_path, position);

CREATE TABLE events (
    region              TEXT NOT NULL,
    language            TEXT NOT NULL,
    path                TEXT NOT NULL,
    translation_id      INTEGER,
    url                 TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    excerpt             TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    thumbnail           TEXT NOT NULL DEFAULT '',
    available_languages TEXT NOT NULL DEFAULT '{}',
    last_updated        TEXT,
    start_at            TEXT,
    end_at              TEXT,
    start_ms            INTEGER,
    all_day             INTEGER NOT NULL DEFAULT 0,
    only_weekdays       INTEGER NOT NULL DEFAULT 0,
    time_zone           TEXT NOT NULL DEFAULT '',
    recurrence_rule     TEXT NOT NULL DEFAULT '',
    location            TEXT,
    location_path       TEXT NOT NULL DEFAULT '',
    meeting_url         TEXT NOT NULL DEFAULT '',
    fingerprint         TEXT NOT NULL,
    PRIMARY KEY (region, language, path)
);
CREATE INDEX events_by_start ON events (region, language, start_ms);

CREATE TABLE place_categories (
    region      TEXT NOT NULL,
    language    TEXT NOT NULL,
    id          INTEGER NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '',
    icon        TEXT NOT NULL DEFAULT '',
    icon_url    TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (region, language, id)
);

CREATE TABLE places (
    region              TEXT NOT NULL,
    language            TEXT NOT NULL,
    path                TEXT NOT NULL,
    translation_id      INTEGER,
    url                 TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    excerpt             TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    thumbnail           TEXT NOT NULL DEFAULT '',
    available_languages TEXT NOT NULL DEFAULT '{}',
    last_updated        TEXT,
    category_id         INTEGER,
    category            TEXT,
    latitude            REAL,
    longitude           REAL,
    address             TEXT NOT NULL DEFAULT '{}',
    opening_hours       TEXT,
    temporarily_closed  INTEGER NOT NULL DEFAULT 0,
    appointment_url     TEXT NOT NULL DEFAULT '',
    barrier_free        INTEGER CHECK (barrier_free IN (0, 1)),
    organization        TEXT,
    meta_description    TEXT NOT NULL DEFAULT '',
    icon                TEXT NOT NULL DEFAULT '',
    fingerprint         TEXT NOT NULL,
    PRIMARY KEY (region, language, path)
);
CREATE INDEX places_by_category ON places (region, language, category_id);

CREATE TABLE place_contacts (
    region          TEXT NOT NULL,
    language        TEXT NOT NULL,
    place_path      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    area            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    mobile          TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    opening_hours   TEXT,
    appointment_url TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (region, language, place_path, position),
    FOREIGN KEY (region, language, place_path)
        REFERENCES places (region, language, path) ON DELETE CASCADE
);

CREATE TABLE news (
    region              TEXT NOT NULL,
    language            TEXT NOT NULL,
    id                  TEXT NOT NULL,
    source              TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    last_updated        TEXT,
    display_date        TEXT,
    display_ms          INTEGER,
    channel             TEXT NOT NULL DEFAULT '',
    external_url        TEXT NOT NULL DEFAULT '',
    available_languages TEXT NOT NULL DEFAULT '{}',
    fingerprint         TEXT NOT NULL,
    first_seen          TEXT NOT NULL,
    PRIMARY KEY (region, language, id)
);
CREATE INDEX news_by_date ON news (region, language, display_ms);

CREATE TABLE imprints (
    region              TEXT NOT NULL,
    language            TEXT NOT NULL,
    path                TEXT NOT NULL,
    translation_id      INTEGER,
    url                 TEXT NOT NULL DEFAULT '',
    parent_path         TEXT NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0,
    title               TEXT NOT NULL DEFAULT '',
    excerpt             TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    thumbnail           TEXT NOT NULL DEFAULT '',
    organization        TEXT,
    available_languages TEXT NOT NULL DEFAULT '{}',
    last_updated        TEXT,
    fingerprint         TEXT NOT NULL,
    PRIMARY KEY (region, language)
);

CREATE TABLE sync_state (
    region       TEXT NOT NULL,
    language     TEXT NOT NULL,
    last_success TEXT,
    last_attempt TEXT,
    last_error   TEXT,
    PRIMARY KEY (region, language)
);
)SQL";

bool hasTables(Database &db)
{
    return db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema")) > 0;
}

} // namespace

const QList<Schema::Migration> &Schema::migrations()
{
    static const QList<Migration> steps = {
        {1, QStringLiteral("regions, languages, content tables, sync state"),
         [](Database &db) {
             db.exec(QString::fromUtf8(kVersion1));
         }},
        {2, QStringLiteral("resource cache"), applyResourceSchema},
        {3, QStringLiteral("full-text search"), applySearchSchema},
        {4, QStringLiteral("news watcher baseline"), applyNewsWatchSchema},
        {5, QStringLiteral("digests of the raw lists"), applyListDigestSchema},
        {6, QStringLiteral("search vocabulary"), applySearchTermsSchema},
        {7, QStringLiteral("embedded offers, chat privacy notice"), applyOfferSchema},
        {8, QStringLiteral("publication dates of events and news"), applyPublishedSchema},
        {9, QStringLiteral("feedback waiting to be sent"), applyFeedbackSchema},
    };
    return steps;
}

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

int Schema::version(Database &db)
{
    return int(db.queryInt(QStringLiteral("PRAGMA user_version")));
}

void Schema::migrate(Database &db)
{
    const auto checkOwner = [&db](int version) {
        if (version > currentVersion()) {
            throw StoreError(StoreError::Reason::NewerVersion, {},
                             QStringLiteral("schema version %1, this build knows up to %2: %3")
                                 .arg(version)
                                 .arg(currentVersion())
                                 .arg(db.filePath()));
        }
        const qint64 owner = db.queryInt(QStringLiteral("PRAGMA application_id"));
        if (owner != applicationId && (owner != 0 || version != 0 || hasTables(db))) {
            throw StoreError(StoreError::Reason::Foreign, {},
                             QStringLiteral("application_id %1, user_version %2: %3")
                                 .arg(owner)
                                 .arg(version)
                                 .arg(db.filePath()));
        }
    };

    // Cheap check without a write lock first: an up-to-date file needs no transaction.
    int current = version(db);
    checkOwner(current);
    if (current == currentVersion())
        return;

    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        // Another process may have migrated meanwhile: decide again under the write lock.
        current = version(db);
        checkOwner(current);
        if (migration.version <= current)
            continue;
        migration.apply(db);
        db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2")
                    .arg(applicationId)
                    .arg(migration.version));
        transaction.commit();
        current = migration.version;
    }
}

} // namespace integreat::store
