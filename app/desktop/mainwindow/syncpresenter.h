#pragma once

#include "desktop/presentation/location.h"

#include <QObject>
#include <QString>

namespace integreat::store {
class Store;
}
namespace integreat::sync {
struct Progress;
struct SyncReport;
} // namespace integreat::sync

namespace integreat::desktop {

class Navigator;
class SyncController;
class SyncStateWidget;

/// Connects the SyncController to what the user sees: the sync state in the header (fresh,
/// updating, offline, failed, running elsewhere), Sync now, downloading a further language and
/// opening it, and showing new content once a sync has committed it.
class SyncPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPresenter)

public:
    SyncPresenter(store::Store &store, SyncController &sync, SyncStateWidget &state,
                  Navigator &navigator, QObject *parent = nullptr);

    /// Downloads every saved language of the current region.
    void syncNow();
    /// Asks the server for the region list, to learn whether it can be reached.
    void checkConnection();
    /// Downloads a language of `region` (also a region not saved yet) and then opens it
    /// (languageReady); languageDownloaded() tells how it ended.
    void downloadLanguage(const QString &region, const QString &language);
    /// The same without opening it (Side by side's second language).
    void downloadLanguageOnly(const QString &region, const QString &language);
    /// Whether the current content is older than `maxAgeSecs` (or was never synced).
    bool isStale(qint64 maxAgeSecs) const;
    /// Shows when the content of `location` was last updated.
    void showFreshness(const Location &location);

signals:
    /// A sync of `region` finished and the store may hold new content.
    void contentChanged(const QString &region);
    /// A language asked for with downloadLanguage() is saved now: open it.
    void languageReady(const QString &region, const QString &language);
    /// The download of a language asked for with downloadLanguage() ended: saved (`error`
    /// empty) or not (`error` says why: offline, busy, the server's answer).
    void languageDownloaded(const QString &region, const QString &language, const QString &error);
    /// Where the running sync is, in a short sentence.
    void progressText(const QString &text);
    /// Something to tell the user where they are (the shown section's notice bar).
    void notice(const QString &text);

private:
    void download(const QString &region, const QString &language, bool open);
    void onProgress(const sync::Progress &progress);
    void onFinished(const sync::SyncReport &report);
    /// Some languages were refused because their pages lists would remove most saved pages:
    /// asks whether to keep the content (default) or sync them again with the removal allowed.
    void askMassRemoval(const sync::SyncReport &report);

    store::Store &m_store;
    SyncController &m_sync;
    SyncStateWidget &m_state;
    Navigator &m_navigator;
    QString m_openAfterSync; ///< language to open once its download finished
    bool m_open = true;      ///< whether it opens (languageReady) then
};

} // namespace integreat::desktop
