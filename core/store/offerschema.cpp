#include "store/database.h"
#include "store/migrations.h"

using namespace Qt::StringLiterals;

namespace integreat::store {

// Version 7: the offers a page embeds (`embedded_offers`, compact JSON, see codec::toJson) and
// the region's chat privacy notice (`zammad_privacy_policy`). Rows written before keep '[]' and
// '' until the next sync (the pipeline version makes that sync read the lists again).
void applyOfferSchema(Database &db)
{
    db.exec(u"ALTER TABLE pages ADD COLUMN offers TEXT NOT NULL DEFAULT '[]';"
            u"ALTER TABLE imprints ADD COLUMN offers TEXT NOT NULL DEFAULT '[]';"
            u"ALTER TABLE regions ADD COLUMN chat_privacy_url TEXT NOT NULL DEFAULT ''"_s);
}

} // namespace integreat::store
