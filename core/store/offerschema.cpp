#include "core/store/database.h"
#include "core/store/migrations.h"

using namespace Qt::StringLiterals;

namespace integreat::store {

void addColumn(Database &db, const QString &table, const QString &column, const QString &type)
{
    const qint64 present = db.queryInt(
        u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(table, column));
    if (present == 0)
        db.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, column, type));
}

// Version 7: the offers a page embeds (`embedded_offers`, compact JSON, see codec::toJson) and
// the region's chat privacy notice (`zammad_privacy_policy`). Rows written before keep '[]' and
// '' until the next sync (the pipeline version makes that sync read the lists again).
void applyOfferSchema(Database &db)
{
    addColumn(db, u"pages"_s, u"offers"_s, u"TEXT NOT NULL DEFAULT '[]'"_s);
    addColumn(db, u"imprints"_s, u"offers"_s, u"TEXT NOT NULL DEFAULT '[]'"_s);
    addColumn(db, u"regions"_s, u"chat_privacy_url"_s, u"TEXT NOT NULL DEFAULT ''"_s);
}

} // namespace integreat::store
