#pragma once

#include "core/geo/tilesource.h"

#include <QMap>

struct sqlite3;
struct sqlite3_stmt;

namespace integreat::geo {

/// Tiles from an MBTiles 1.3 file, opened read-only. Rows are stored in TMS order, so the
/// XYZ row is flipped on lookup. Zooms above the file's maximum are not served (the view
/// scales the deepest tile it has).
class MbtilesSource final : public TileSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MbtilesSource)

public:
    explicit MbtilesSource(QObject *parent = nullptr);
    ~MbtilesSource() override;

    /// Opens `path`; false with errorString() when it is not a readable MBTiles file
    /// (an SQLite file with a `tiles` table and a `metadata` table).
    bool open(const QString &path);
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    QMap<QString, QString> metadata() const { return m_metadata; }

    QByteArray tile(const TileId &id) override;
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString attribution() const override;

private:
    void close();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_select = nullptr;
    QString m_error;
    QMap<QString, QString> m_metadata;
    int m_minZoom = 0;
    int m_maxZoom = 0;
};

} // namespace integreat::geo
