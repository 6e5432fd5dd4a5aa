#pragma once

#include "core/store/store.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace integreat::desktop {

/// Store::status() (every content row counted: milliseconds on a small store, much more on a
/// big one) and the space the saved content takes, read in a worker thread (QtConcurrent, as
/// the events list) on that thread's own Store connection (one Store per thread; WAL lets it
/// read while a sync writes), so Settings → Storage and the kiosk's administration never make
/// the window wait. Only the answer to the latest load() is delivered, and none after cancel()
/// or once the loader is gone (its screen closed). A StoreError becomes StoreGuard's sentence.
class StatusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLoader)

public:
    struct Figures
    {
        QList<store::Store::RegionStatus> regions;
        qint64 bytes = 0; ///< the store (with its -wal and -shm) and the downloaded resources
    };
    /// What the worker does with the store file; throws StoreError.
    using Read = std::function<Figures(const QString &storeFile)>;

    explicit StatusLoader(QString storeFile, QObject *parent = nullptr);

    /// Starts counting; an answer still on its way for an earlier load() is dropped.
    void load();
    /// Drops the answer on its way (the screen was closed).
    void cancel();
    bool isLoading() const { return m_loading; }
    /// The figures of the last load that succeeded.
    const Figures &figures() const { return m_figures; }
    /// Replaces what the worker runs (tests: to see which thread counts); default read().
    void setRead(Read read) { m_read = std::move(read); }

    /// Opens its own Store on `storeFile` and counts: status() and the bytes used.
    static Figures read(const QString &storeFile);

signals:
    /// figures() holds the new figures.
    void loaded();
    /// The count failed: `text` is StoreGuard::text() (the detail went to the log).
    void failed(const QString &text);

private:
    QString m_storeFile;
    Read m_read;
    Figures m_figures;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace integreat::desktop
