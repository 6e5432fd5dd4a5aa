// MainWindow's counseling tools (app/desktop/counsel): Read aloud, End session and what an
// ended session clears in the window; the window's structure is in mainwindow.cpp.
#include "core/feedback/feedbackoutbox.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/filedialogs.h"
#include "desktop/common/settings.h"
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/endsession.h"
#include "desktop/counsel/idleend.h"
#include "desktop/counsel/sidebysidepane.h"
#include "desktop/counsel/sidebysidesplit.h"
#include "desktop/mainwindow/chatsection.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/mainwindow/section.h"
#include "desktop/mainwindow/syncpresenter.h"
#include "desktop/news/newsreadstate.h"
#include "desktop/notify/notificationcenter.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/print/printactions.h"
#include "desktop/search/searchview.h"
#include "desktop/session/sessionwiper.h"
#include "desktop/sync/synccontroller.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

void MainWindow::createCounselTools(QVBoxLayout *layout)
{
    auto *pane = new SideBySidePane(m_store, m_sync.server(), this);
    pane->setResourceDir(paths::DataPaths(m_dataDir).resourceDir());
    m_counsel = new CounselTools(m_navigator, pane, this);
    layout->insertWidget(layout->indexOf(m_sectionStack), m_counsel->widget());
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    // A "split pane" to screen readers, announced when the focus enters it.
    splitter->setAccessibleName(tr("Reading area"));
    splitter->setAccessibleDescription(
        tr("The section shown, and beside it the same in a second language when Side by side "
           "is on"));
    delete layout->replaceWidget(m_sectionStack, splitter);
    splitter->addWidget(m_sectionStack);
    splitter->addWidget(pane);
    // Turned on, both sides get half the room, next to each other or, where the window is too
    // narrow for two readable columns, one above the other.
    new SideBySideSplit(splitter, pane);
    m_counsel->setLanguageSwitch([this](const QString &language) { switchLanguage(language); });
    if (auto *printing = findChild<print::PrintActions *>()) // two columns while side by side
        connect(pane, &SideBySidePane::secondLanguageChanged, printing,
                &print::PrintActions::setSecondLanguage);
    // A second language that is not saved: the window's one sync mechanism downloads it.
    connect(pane, &SideBySidePane::downloadRequested, m_syncPresenter,
            &SyncPresenter::downloadLanguageOnly);
    connect(m_syncPresenter, &SyncPresenter::progressText, pane,
            &SideBySidePane::showDownloadProgress);
    connect(m_syncPresenter, &SyncPresenter::languageDownloaded, pane,
            &SideBySidePane::downloadFinished);
    m_counsel->setShownContent([this] { return currentSection()->widget(); });
    m_counsel->setShownTitle([this] { return currentSection()->titleParts().value(0); });
    applySharedComputer();
    QMenu *menu = m_header->menuButton()->menu();
    // The reader's tools act on the page shown: first in the menu's "This page".
    QMenu *pageMenu = menu->findChild<QMenu *>(u"PageMenu"_s);
    Q_ASSERT(pageMenu); // createActions() made it
    pageMenu->insertActions(
        pageMenu->actions().value(0),
        {m_counsel->sideBySideAction(), m_counsel->readAloudAction(), m_counsel->qrCodeAction()});
    pageMenu->insertSeparator(pageMenu->actions().value(3));
    menu->addSeparator();
    menu->addAction(m_counsel->endSessionAction());

    session::SessionWiper &wiper = m_counsel->endSession()->wiper();
    wiper.addHook(u"history"_s, [this] {
        // Back to where the session started, with a fresh history.
        const Location home = m_counsel->endSession()->home();
        const QStringList stored = PageLookup(m_store).storedLanguages(home.region);
        if (home.isValid() && !stored.isEmpty()) {
            const QString language =
                stored.contains(home.language) ? home.language : stored.constFirst();
            start(Location::dashboard(home.region, language));
        }
    });
    wiper.addHook(u"search"_s, [this] {
        m_header->searchField()->setText(QString()); // setText also drops the undo history
        m_localInfo->searchView()->clear();
    });
    wiper.addHook(u"news"_s, [this] { m_newsRead->clear(); });
    wiper.addHook(u"chat"_s, [this] { m_chat->forgetClient(); });
    wiper.addHook(u"feedback"_s, [this] {
        m_feedback->forgetMemory(); // on a shared computer it never reached the disk
        for (FeedbackBox *box : findChildren<FeedbackBox *>())
            box->reset();
    });
    wiper.addHook(u"notifications"_s, [this] { m_notifications->list()->clear(); });
    connect(m_counsel->endSession(), &EndSession::ended, this, [this](const QStringList &problems) {
        refreshContent(); // "new" marks and counts again, hidden sections read again
        if (!problems.isEmpty())
            currentSection()->showNotice(problems.join(u' '), {});
    });
}

void MainWindow::applySharedComputer()
{
    const bool shared = m_settings.sharedComputer();
    m_counsel->setEndSessionButtonVisible(shared);
    m_counsel->idleEnd()->setMinutes(shared ? m_settings.idleEndMinutes() : 0);
    if (m_newsRead->isInMemory() != shared)
        m_newsRead->setInMemory(shared);
    FileDialogs::setForgetful(shared);
    if (m_feedback)
        m_feedback->setKeepOnDisk(!shared);
    m_chat->setSharedComputer(shared);
}

} // namespace integreat::desktop
