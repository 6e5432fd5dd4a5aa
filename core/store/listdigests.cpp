#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "core/store/store.h"

using namespace Qt::StringLiterals;

namespace integreat::store {

// Version 5: the digest of each list's raw response at the last successful sync, so that a list
// the server sends byte for byte as before is neither parsed nor compared again.
void applyListDigestSchema(Database &db)
{
    db.exec(u"CREATE TABLE IF NOT EXISTS list_digests ("
            u" region TEXT NOT NULL, language TEXT NOT NULL, list TEXT NOT NULL,"
            u" digest BLOB NOT NULL, PRIMARY KEY (region, language, list))"_s);
}

QHash<model::ListKind, QByteArray> Store::listDigests(const model::ContentKey &key) const
{
    QHash<model::ListKind, QByteArray> out;
    Statement query = m_db->prepare(
        u"SELECT list, digest FROM list_digests WHERE region = ?1 AND language = ?2"_s);
    query.bindAll(key.region, key.language);
    while (query.step()) {
        if (const auto kind = model::listKindFromStorageName(query.columnText(0)))
            out.insert(*kind, query.columnBlob(1));
    }
    return out;
}

void Store::saveListDigests(const LanguageContent &content)
{
    m_db->prepare(u"DELETE FROM list_digests WHERE region = ?1 AND language = ?2"_s)
        .bindAll(content.region, content.language.code)
        .exec();
    for (auto it = content.listDigests.cbegin(); it != content.listDigests.cend(); ++it) {
        m_db->prepare(u"INSERT INTO list_digests (region, language, list, digest) "
                      u"VALUES (?1, ?2, ?3, ?4)"_s)
            .bindAll(content.region, content.language.code, model::storageName(it.key()),
                     it.value())
            .exec();
    }
}

int Store::countRows(const char *table, const QString &region, const QString &language) const
{
    Statement query =
        m_db->prepare(u"SELECT count(*) FROM %1 WHERE region = ?1 AND language = ?2"_s.arg(
            QLatin1StringView(table)));
    query.bindAll(region, language);
    return query.step() ? query.columnInt(0) : 0;
}

} // namespace integreat::store
