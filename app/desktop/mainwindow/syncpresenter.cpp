#include "desktop/mainwindow/syncpresenter.h"

#include "core/store/store.h"
#include "desktop/common/storeguard.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/pages/navigator.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/sync/massremovalquestion.h"
#include "desktop/sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SyncPresenter::SyncPresenter(store::Store &store, SyncController &sync, SyncStateWidget &state,
                             Navigator &navigator, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_state(state)
    , m_navigator(navigator)
{
    connect(&m_state, &SyncStateWidget::syncRequested, this, &SyncPresenter::syncNow);
    connect(&m_state, &SyncStateWidget::cancelRequested, &m_sync, &SyncController::cancel);
    connect(&m_sync, &SyncController::busyChanged, this,
            [this](bool busy) { m_state.setBusy(busy); });
    connect(&m_sync, &SyncController::progress, this, &SyncPresenter::onProgress);
    connect(&m_sync, &SyncController::finished, this, &SyncPresenter::onFinished);
    connect(&m_sync, &SyncController::regionsFetched, this,
            [this](const QList<model::Region> &, const QString &error) {
                if (!m_sync.isOffline())
                    m_state.setOffline(!error.isEmpty(), error);
            });
    if (m_sync.isOffline())
        m_state.setOffline(true, SyncController::offlineMessage(), true);
}

void SyncPresenter::syncNow()
{
    const Location current = m_navigator.current();
    if (!current.isValid() || m_sync.isBusy())
        return;
    if (current.region == DemoPack::regionSlug()) {
        emit notice(tr("This is a demo town with example content: there is nothing to "
                       "update. Choose your own town with “Change” to get its content."));
        return;
    }
    m_sync.sync(current.region, PageLookup(m_store).storedLanguages(current.region));
}

void SyncPresenter::checkConnection()
{
    if (!m_sync.isOffline() && !m_sync.isBusy())
        m_sync.fetchRegions();
}

void SyncPresenter::downloadLanguage(const QString &region, const QString &language)
{
    download(region, language, true);
}

void SyncPresenter::downloadLanguageOnly(const QString &region, const QString &language)
{
    download(region, language, false);
}

void SyncPresenter::download(const QString &region, const QString &language, bool open)
{
    if (m_sync.isOffline()) {
        emit notice(SyncController::offlineMessage());
        emit languageDownloaded(region, language, SyncController::offlineMessage());
        return;
    }
    if (m_sync.isBusy()) {
        const QString busy = tr("An update is running. Please try again when it is done.");
        emit notice(busy);
        emit languageDownloaded(region, language, busy);
        return;
    }
    m_openAfterSync = language;
    m_open = open;
    m_sync.sync(region, {language});
}

bool SyncPresenter::isStale(qint64 maxAgeSecs) const
{
    const Location current = m_navigator.current();
    const QDateTime last = m_store.lastSync({current.region, current.language});
    return !last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) > maxAgeSecs;
}

void SyncPresenter::showFreshness(const Location &location)
{
    m_state.setDemo(location.region == DemoPack::regionSlug());
    m_state.setLastUpdate(m_store.lastSync({location.region, location.language}));
}

void SyncPresenter::onProgress(const sync::Progress &progress)
{
    StoreGuard::run(
        [&] {
            QString text = tr("Updating…");
            if (!progress.language.isEmpty()) {
                const auto region = m_store.region(m_navigator.current().region);
                const QString name = ContentLanguage::of(region, progress.language).nativeName;
                text = tr("%1: %2 (%3 of %4)")
                           .arg(name, sync::stageText(progress.stage))
                           .arg(std::min(progress.languagesDone + 1, progress.languageCount))
                           .arg(progress.languageCount);
            }
            m_state.setBusy(true, text);
            emit progressText(text);
        },
        [this](const QString &text) { emit notice(text); });
}

void SyncPresenter::onFinished(const sync::SyncReport &report)
{
    StoreGuard::run(
        [&] {
            m_state.setBusy(false);
            if (report.alreadyRunning) {
                // Not a failure: integreat-cli (cron) or another window is updating this data
                // folder.
                m_state.setRunningElsewhere(report.error);
            } else if (!report.error.isEmpty() && !report.cancelled) {
                // Not even the region list came: the server cannot be reached.
                m_state.setOffline(true, report.error, m_sync.isOffline());
            } else if (!report.cancelled) {
                m_state.setOffline(m_sync.isOffline());
                QStringList errors;
                for (const sync::LanguageOutcome &outcome : report.languages) {
                    if (!outcome.ok)
                        errors << outcome.code + u": "_s + outcome.error;
                }
                // Only the shown town's failures: other towns update in the background.
                const bool shown =
                    report.region.compare(m_navigator.current().region, Qt::CaseInsensitive) == 0;
                if (!errors.isEmpty() && shown)
                    m_state.setFailed(errors.join(u'\n'));
                askMassRemoval(report);
            }
            const QString language = std::exchange(m_openAfterSync, QString());
            const bool current = report.region == m_navigator.current().region;
            if (current)
                emit contentChanged(report.region);
            if (language.isEmpty())
                return;
            if (PageLookup(m_store).isStored(report.region, language)) {
                emit languageDownloaded(report.region, language, {});
                if (std::exchange(m_open, true))
                    emit languageReady(report.region, language);
                return;
            }
            m_open = true;
            QString why = report.error;
            for (const sync::LanguageOutcome &outcome : report.languages) {
                if (outcome.code == language && !outcome.error.isEmpty())
                    why = outcome.error;
            }
            emit notice(tr("The language could not be downloaded: %1").arg(why));
            emit languageDownloaded(report.region, language, why);
        },
        [this](const QString &text) { emit notice(text); });
}

void SyncPresenter::askMassRemoval(const sync::SyncReport &report)
{
    const QList<sync::LanguageOutcome> refused = MassRemovalQuestion::refusedOf(report);
    if (refused.isEmpty())
        return;
    const auto region = m_store.region(report.region);
    QHash<QString, QString> names;
    for (const sync::LanguageOutcome &outcome : refused)
        names.insert(outcome.code, ContentLanguage::of(region, outcome.code).nativeName);
    auto *question = new MassRemovalQuestion(refused, names, m_state.window());
    const QString slug = report.region;
    connect(question, &MassRemovalQuestion::answered, this,
            [this, slug, languages = question->languages()](bool remove) {
                if (remove && !m_sync.isBusy())
                    m_sync.sync(slug, languages, true);
            });
    question->open();
}

} // namespace integreat::desktop
