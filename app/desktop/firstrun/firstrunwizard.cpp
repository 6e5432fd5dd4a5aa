#include "desktop/firstrun/firstrunwizard.h"

#include "desktop/common/icons.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/firstrun/languagepage.h"
#include "desktop/firstrun/regionpage.h"
#include "desktop/firstrun/syncpage.h"
#include "desktop/sync/synccontroller.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

FirstRunWizard::FirstRunWizard(SyncController &sync, store::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
    , m_regionPage(new RegionPage(this))
    , m_languagePage(new LanguagePage(this))
    , m_syncPage(new SyncPage(sync, this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_uiLanguage(QLocale().name().section(u'_', 0, 0))
{
    setWindowTitle(tr("Welcome to Integreat"));
    setWindowIcon(Icons::appIcon());
    setMinimumSize(560, 560);
    m_pages->addWidget(m_regionPage);
    m_pages->addWidget(m_languagePage);
    m_pages->addWidget(m_syncPage);

    m_back->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_pages, 1);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &FirstRunWizard::onBack);
    connect(m_next, &QPushButton::clicked, this, &FirstRunWizard::onNext);
    connect(m_cancel, &QPushButton::clicked, this, &FirstRunWizard::reject);
    connect(&m_sync, &SyncController::regionsFetched, this, &FirstRunWizard::onRegionsFetched);
    connect(m_regionPage, &RegionPage::regionActivated, this, &FirstRunWizard::goToLanguages);
    connect(m_regionPage, &RegionPage::selectionChanged, this, &FirstRunWizard::updateButtons);
    connect(m_regionPage, &RegionPage::retryRequested, this, &FirstRunWizard::fetchRegions);
    connect(m_regionPage, &RegionPage::demoRequested, this, &FirstRunWizard::importDemo);
    connect(m_languagePage, &LanguagePage::selectionChanged, this, &FirstRunWizard::updateButtons);
    connect(m_syncPage, &SyncPage::runningChanged, this, &FirstRunWizard::updateButtons);
    connect(m_syncPage, &SyncPage::partlyFailed, this, &FirstRunWizard::updateButtons);
    connect(m_syncPage, &SyncPage::completed, this,
            [this] { finish(m_chosen->slug, m_syncPage->doneLanguages()); });
    connect(m_syncPage, &SyncPage::cancelled, this, [this] {
        m_languagePage->setNotice(tr("The download was cancelled. Nothing was changed on this "
                                     "computer."));
        m_pages->setCurrentIndex(LanguageStep);
        m_languagePage->focusFirst();
        updateButtons();
    });
    updateButtons();
}

FirstRunWizard::~FirstRunWizard()
{
    if (m_syncPage->isRunning())
        m_sync.cancel();
}

void FirstRunWizard::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_started)
        return;
    m_started = true;
    fetchRegions();
    if (m_nearbyEnabled)
        m_regionPage->startPositioning();
}

void FirstRunWizard::fetchRegions()
{
    m_regionPage->setLoading();
    m_awaitingRegions = true;
    updateButtons();
    m_sync.fetchRegions();
}

void FirstRunWizard::onRegionsFetched(const QList<model::Region> &regions, const QString &error)
{
    if (!m_awaitingRegions)
        return;
    m_awaitingRegions = false;
    if (regions.isEmpty()) {
        m_regionPage->setFailed(error.isEmpty() ? tr("The server lists no regions.") : error,
                                !m_sync.isOffline());
        growForNotice(screen()->availableGeometry());
    } else {
        m_regionPage->setRegions(regions);
    }
    updateButtons();
}

void FirstRunWizard::growForNotice(const QRect &available)
{
    if (!isVisible())
        return;
    const QSize frame = frameGeometry().size() - size();
    const QSize most = available.size() - frame;
    layout()->activate(); // the notice's size for the window's present size
    int missing = m_regionPage->missingHeight();
    if (missing > 0 && height() < most.height()) {
        resize(width(), std::min(height() + missing, most.height()));
        layout()->activate();
        missing = m_regionPage->missingHeight();
    }
    // Still too low for it (a small screen, large text): wider, so that its lines wrap less.
    if (missing > 0 && width() < most.width())
        resize(std::min(width() * 3 / 2, most.width()), height());
    // Kept on the screen: moved back as far as it now reaches beyond it.
    QRect placed = frameGeometry();
    placed.moveRight(std::min(placed.right(), available.right()));
    placed.moveBottom(std::min(placed.bottom(), available.bottom()));
    placed.moveTopLeft(
        {std::max(placed.left(), available.left()), std::max(placed.top(), available.top())});
    if (placed.topLeft() != pos())
        move(placed.topLeft());
}

void FirstRunWizard::goToRegions()
{
    m_pages->setCurrentIndex(RegionStep);
    m_regionPage->focusSearch();
    updateButtons();
}

void FirstRunWizard::goToLanguages(const QString &slug)
{
    const std::optional<model::Region> region = m_regionPage->regionBySlug(slug);
    if (!region)
        return;
    const bool sameRegion = m_chosen && m_chosen->slug == region->slug;
    const QStringList preferred = sameRegion && !m_languagePage->languages().isEmpty()
                                      ? m_languagePage->languages()
                                      : LanguagePage::defaultLanguages(*region, m_uiLanguage);
    m_chosen = region;
    m_languagePage->setRegion(*region, preferred);
    m_languagePage->setNotice({});
    m_pages->setCurrentIndex(LanguageStep);
    m_languagePage->focusFirst();
    updateButtons();
}

void FirstRunWizard::goToSync()
{
    const QStringList languages = m_languagePage->languages();
    if (!m_chosen || languages.isEmpty())
        return;
    m_pages->setCurrentIndex(SyncStep);
    m_syncPage->start(*m_chosen, languages);
    updateButtons();
}

void FirstRunWizard::importDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const sync::PackReport report = DemoPack::import(m_store, m_sync.dataDir(), m_sync.server());
    QApplication::restoreOverrideCursor();
    if (!report.ok()) {
        m_regionPage->setFailed(tr("The demo town could not be set up: %1").arg(report.error),
                                !m_sync.isOffline());
        growForNotice(screen()->availableGeometry());
        emit demoFailed(report.error);
        return;
    }
    finish(report.region, report.languages);
}

void FirstRunWizard::finish(const QString &region, QStringList languages)
{
    // The language to show first: the UI language, else German, else the first one.
    for (const QString &first : {u"de"_s, m_uiLanguage}) {
        if (languages.removeAll(first) > 0)
            languages.prepend(first);
    }
    m_region = region;
    m_languages = languages;
    accept();
}

void FirstRunWizard::onNext()
{
    switch (m_pages->currentIndex()) {
    case RegionStep:
        goToLanguages(m_regionPage->selectedSlug());
        break;
    case LanguageStep:
        goToSync();
        break;
    case SyncStep:
        if (!m_syncPage->isRunning() && !m_syncPage->doneLanguages().isEmpty())
            finish(m_chosen->slug, m_syncPage->doneLanguages());
        break;
    }
}

void FirstRunWizard::onBack()
{
    if (m_pages->currentIndex() == LanguageStep) {
        goToRegions();
    } else if (m_pages->currentIndex() == SyncStep && !m_syncPage->isRunning()) {
        m_pages->setCurrentIndex(LanguageStep);
        m_languagePage->focusFirst();
        updateButtons();
    }
}

void FirstRunWizard::reject()
{
    if (m_pages->currentIndex() == SyncStep && m_syncPage->isRunning()) {
        m_syncPage->cancel(); // back to the languages once the engine has stopped
        return;
    }
    QDialog::reject();
}

void FirstRunWizard::updateButtons()
{
    const int page = m_pages->currentIndex();
    const bool running = m_syncPage->isRunning();
    m_back->setVisible(page == LanguageStep || (page == SyncStep && !running));
    m_cancel->setText(tr("Cancel"));
    switch (page) {
    case RegionStep:
        m_next->setVisible(m_regionPage->isListShown());
        m_next->setText(tr("Next"));
        m_next->setEnabled(!m_regionPage->selectedSlug().isEmpty());
        break;
    case LanguageStep:
        m_next->setVisible(true);
        m_next->setText(tr("Download"));
        m_next->setEnabled(!m_languagePage->languages().isEmpty());
        break;
    case SyncStep:
        m_next->setVisible(!running && m_syncPage->hasFailures());
        m_next->setText(tr("Continue"));
        m_next->setEnabled(!m_syncPage->doneLanguages().isEmpty());
        break;
    }
    m_cancel->setAccessibleDescription(page == SyncStep && running
                                           ? tr("Stops the download; nothing is changed")
                                           : tr("Closes this window"));
}

} // namespace integreat::desktop
