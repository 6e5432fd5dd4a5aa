#include "core/store/database.h"
#include "core/store/migrations.h"

using namespace Qt::StringLiterals;

namespace integreat::store {

// Version 8: when events and news were published (`published_at`, CMS 2026.9; ISO text like
// last_updated, NULL when the CMS did not send it). Rows written before stay NULL until the next
// sync (the pipeline version makes that sync read the lists again).
void applyPublishedSchema(Database &db)
{
    addColumn(db, u"events"_s, u"published_at"_s, u"TEXT"_s);
    addColumn(db, u"news"_s, u"published_at"_s, u"TEXT"_s);
}

} // namespace integreat::store
