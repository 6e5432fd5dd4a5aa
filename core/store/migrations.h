#pragma once

namespace integreat::store {

class Database;

// Later schema steps live next to the code that owns their tables; schema.cpp lists them in order.
void applyResourceSchema(Database &db);  ///< version 2: resources (resourceschema.cpp)
void applySearchSchema(Database &db);    ///< version 3: FTS5 search index (searchschema.cpp)
void applyNewsWatchSchema(Database &db); ///< version 4: news watcher baseline (newswatchschema.cpp)

void applyListDigestSchema(Database &db);  ///< version 5: raw list digests (listdigests.cpp)
void applySearchTermsSchema(Database &db); ///< version 6: search vocabulary (searchschema.cpp)
/// version 7: embedded offers of pages, the chat's privacy notice of regions (offerschema.cpp)
void applyOfferSchema(Database &db);

} // namespace integreat::store
