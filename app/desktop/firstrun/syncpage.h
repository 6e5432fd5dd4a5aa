#pragma once

#include "core/model/region.h"
#include "core/sync/resourcesync.h"
#include "core/sync/syncreport.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace integreat::desktop {

class LanguageRow;
class SyncController;

/// First-run page 3: the download. An overall progress bar (per language and stage), a status
/// line, and one row per language with its outcome and "Retry" when it failed. Cancel stops
/// the sync; the engine keeps nothing half-written.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    SyncPage(SyncController &sync, QWidget *parent = nullptr);

    /// Syncs `languages` of `region` (replacing the rows of an earlier run).
    void start(const model::Region &region, const QStringList &languages);
    /// Syncs one failed language again.
    void retry(const QString &code);
    /// Asks the running sync to stop; cancelled() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    /// Languages that are in the store now, in the order chosen.
    QStringList doneLanguages() const;
    bool hasFailures() const;

signals:
    /// Every language is in the store.
    void completed();
    /// A run ended with at least one language missing (see the rows).
    void partlyFailed();
    /// The user cancelled; nothing of the running language was kept.
    void cancelled();
    void runningChanged(bool running);

private:
    void run(const QStringList &codes);
    void onProgress(const sync::Progress &progress);
    void onResourceProgress(const sync::ResourceProgress &progress);
    void onFinished(const sync::SyncReport &report);
    LanguageRow *row(const QString &code) const;
    QString nativeName(const QString &code) const;
    void setRunning(bool running);

    SyncController &m_sync;
    model::Region m_region;
    QStringList m_codes;
    QLabel *m_subtitle;
    QProgressBar *m_progress;
    QLabel *m_status;
    QVBoxLayout *m_rows;
    QList<LanguageRow *> m_rowWidgets;
    bool m_running = false;
    bool m_cancelRequested = false;
    QHash<QString, double> m_fractions; ///< how far each language is (0..1)
};

} // namespace integreat::desktop
