#pragma once

#include <QString>

namespace integreat::store {

class Database;

/// Adds a column unless it is there (a file whose user_version was set back keeps its columns).
void addColumn(Database &db, const QString &table, const QString &column, const QString &type);

// Later schema steps live next to the code that owns their tables; schema.cpp lists them in order.
void applyResourceSchema(Database &db);  ///< version 2: resources (resourceschema.cpp)
void applySearchSchema(Database &db);    ///< version 3: FTS5 search index (searchschema.cpp)
void applyNewsWatchSchema(Database &db); ///< version 4: news watcher baseline (newswatchschema.cpp)

void applyListDigestSchema(Database &db);  ///< version 5: raw list digests (listdigests.cpp)
void applySearchTermsSchema(Database &db); ///< version 6: search vocabulary (searchschema.cpp)
/// version 7: embedded offers of pages, the chat's privacy notice of regions (offerschema.cpp)
void applyOfferSchema(Database &db);
/// version 8: publication dates of events and news (`published_at`, publishedschema.cpp)
void applyPublishedSchema(Database &db);
/// version 9: feedback given offline, sent on the next sync (feedbackschema.cpp)
void applyFeedbackSchema(Database &db);

} // namespace integreat::store
