#include "core/store/storerescue.h"

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

using namespace Qt::StringLiterals;

namespace integreat::store {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::store::StoreRescue", text);
}
} // namespace

StoreRescue::StoreRescue(const QString &filePath)
    : m_path(filePath)
{
}

StoreRescue::Check StoreRescue::check() const
{
    Check out;
    const QFileInfo info(m_path);
    out.exists = info.exists();
    if (!out.exists)
        return out;
    if (info.isDir()) {
        out.problem = tr("%1 is a folder, not a database file").arg(m_path);
        return out;
    }
    try {
        Database db(m_path, Database::OpenMode::ReadOnly);
        const QString result = db.integrityCheck();
        if (result != u"ok"_s) {
            out.problem = tr("the integrity check found: %1").arg(result);
            return out;
        }
    } catch (const StoreError &error) {
        out.problem = error.message();
        return out;
    }
    out.sound = true;
    return out;
}

QList<StoreRescue::Saved> StoreRescue::savedLanguages() const
{
    QMap<QString, QStringList> found;
    const auto read = [&](const QString &sql) {
        try {
            Database db(m_path, Database::OpenMode::ReadOnly);
            Statement query = db.prepare(sql);
            while (query.step()) {
                QStringList &languages = found[query.columnText(0)];
                if (!languages.contains(query.columnText(1)))
                    languages << query.columnText(1);
            }
        } catch (const StoreError &) {
            // Damaged beyond this table: what was read so far is all there is.
        }
    };
    if (!QFileInfo(m_path).isFile())
        return {};
    read(u"SELECT region, language FROM sync_state WHERE last_success IS NOT NULL "
         u"ORDER BY region, language"_s);
    if (found.isEmpty())
        read(u"SELECT DISTINCT region, language FROM pages ORDER BY region, language"_s);
    QList<Saved> out;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!it.key().isEmpty())
            out.append({it.key(), it.value()});
    }
    return out;
}

QString StoreRescue::moveAside(const QDateTime &when, QString &error) const
{
    const QString aside = m_path + u".damaged-"_s + when.toString(u"yyyyMMdd-HHmmss"_s);
    if (!QDir().rename(m_path, aside)) {
        error = tr("Could not move %1 to %2.").arg(m_path, aside);
        return {};
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QDir().rename(m_path + suffix, aside + suffix);
    }
    return aside;
}

bool StoreRescue::isRepairable(StoreError::Reason reason)
{
    return reason == StoreError::Reason::Damaged || reason == StoreError::Reason::CannotOpen ||
           reason == StoreError::Reason::Io || reason == StoreError::Reason::Foreign;
}

} // namespace integreat::store
