#include "core/geo/mbtilessource.h"

#include <QFile>
#include <QRegularExpression>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace integreat::geo {

namespace {
QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text) : QString();
}

bool hasTable(sqlite3 *db, const char *name)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name=?",
                           -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return found;
}
} // namespace

MbtilesSource::MbtilesSource(QObject *parent)
    : TileSource(parent)
{
}

MbtilesSource::~MbtilesSource()
{
    close();
}

void MbtilesSource::close()
{
    sqlite3_finalize(m_select);
    m_select = nullptr;
    sqlite3_close(m_db);
    m_db = nullptr;
}

bool MbtilesSource::open(const QString &path)
{
    close();
    m_metadata.clear();
    if (!QFile::exists(path)) {
        m_error = tr("The map file %1 does not exist.").arg(path);
        return false;
    }
    sqlite3 *db = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
            SQLITE_OK) {
        sqlite3_close(db);
        m_error = tr("%1 is not an MBTiles map file (not an SQLite database).").arg(path);
        return false;
    }
    if (!hasTable(db, "tiles") || !hasTable(db, "metadata")) {
        sqlite3_close(db);
        m_error =
            tr("%1 is not an MBTiles map file (it has no tiles or metadata table).").arg(path);
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, value FROM metadata", -1, &statement, nullptr) ==
        SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            m_metadata.insert(columnText(statement, 0), columnText(statement, 1));
    }
    sqlite3_finalize(statement);
    if (sqlite3_prepare_v2(db,
                           "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? "
                           "AND tile_row=?",
                           -1, &m_select, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        m_error = tr("%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).")
                      .arg(path);
        return false;
    }
    const QString format = m_metadata.value(u"format"_s, u"png"_s).toLower();
    if (format == u"pbf"_s) {
        sqlite3_finalize(m_select);
        m_select = nullptr;
        sqlite3_close(db);
        m_error =
            tr("%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.").arg(path);
        return false;
    }
    m_db = db;
    bool ok = false;
    m_minZoom = m_metadata.value(u"minzoom"_s).toInt(&ok);
    if (!ok)
        m_minZoom = 0;
    m_maxZoom = m_metadata.value(u"maxzoom"_s).toInt(&ok);
    if (!ok || m_maxZoom < m_minZoom) {
        m_maxZoom = MaxZoom;
        if (sqlite3_prepare_v2(m_db, "SELECT min(zoom_level), max(zoom_level) FROM tiles", -1,
                               &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW &&
            sqlite3_column_type(statement, 1) != SQLITE_NULL) {
            m_minZoom = sqlite3_column_int(statement, 0);
            m_maxZoom = sqlite3_column_int(statement, 1);
        }
        sqlite3_finalize(statement);
    }
    m_error.clear();
    return true;
}

QByteArray MbtilesSource::tile(const TileId &id)
{
    if (!m_select || id.z < m_minZoom || id.z > m_maxZoom)
        return {};
    sqlite3_reset(m_select);
    sqlite3_bind_int(m_select, 1, id.z);
    sqlite3_bind_int(m_select, 2, id.x);
    sqlite3_bind_int(m_select, 3, mercator::tmsRow(id.z, id.y));
    QByteArray data;
    if (sqlite3_step(m_select) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(m_select, 0);
        const int size = sqlite3_column_bytes(m_select, 0);
        if (blob && size > 0)
            data = QByteArray(static_cast<const char *>(blob), size);
    }
    sqlite3_reset(m_select);
    return data;
}

QString MbtilesSource::attribution() const
{
    // The spec allows HTML here; show it as plain text.
    QString text = m_metadata.value(u"attribution"_s);
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.replace(u"&copy;"_s, u"©"_s).replace(u"&amp;"_s, u"&"_s);
    return text.simplified();
}

} // namespace integreat::geo
