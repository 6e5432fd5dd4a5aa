#pragma once

#include "core/store/search.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// Lives in SearchRunner's thread with that thread's own Store connection (one Store per
/// thread; WAL lets it read while a sync writes) and answers one query at a time.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    explicit SearchWorker(QString storeFile);
    ~SearchWorker() override;

public slots:
    void run(quint64 ticket, const QString &region, const QString &language, const QString &query);

signals:
    void done(quint64 ticket, const QList<integreat::store::SearchHit> &hits, const QString &error);

private:
    QString m_storeFile;
    std::unique_ptr<store::Store> m_store;
};

} // namespace integreat::desktop
