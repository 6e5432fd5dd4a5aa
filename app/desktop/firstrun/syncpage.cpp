#include "desktop/firstrun/syncpage.h"

#include "desktop/common/theme.h"
#include "desktop/firstrun/languagerow.h"
#include "desktop/sync/synccontroller.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

constexpr int ProgressSteps = 1000;

/// How far into one language a stage is (0..1): lists first, then saving.
double stageFraction(sync::Stage stage)
{
    switch (stage) {
    case sync::Stage::Regions:
        return 0.0;
    case sync::Stage::Pages:
        return 0.05;
    case sync::Stage::Events:
        return 0.35;
    case sync::Stage::Places:
        return 0.5;
    case sync::Stage::Categories:
        return 0.6;
    case sync::Stage::Imprint:
        return 0.65;
    case sync::Stage::News:
        return 0.7;
    case sync::Stage::Applying:
        return 0.85;
    case sync::Stage::Done:
        return 1.0;
    }
    return 0.0;
}

} // namespace

SyncPage::SyncPage(SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_subtitle(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(tr("Downloading the local information"), this);
    title->setFont(Theme::current().font(Theme::FontRole::Title));
    title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_progress->setRange(0, ProgressSteps);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Download progress"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Download status"));

    auto *rowsHost = new QWidget(this);
    m_rows = new QVBoxLayout(rowsHost);
    m_rows->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(rowsHost);
    layout->addStretch(1);

    connect(&m_sync, &SyncController::progress, this, &SyncPage::onProgress);
    connect(&m_sync, &SyncController::resourceProgress, this, &SyncPage::onResourceProgress);
    connect(&m_sync, &SyncController::finished, this, &SyncPage::onFinished);
}

void SyncPage::start(const model::Region &region, const QStringList &languages)
{
    m_region = region;
    m_codes = languages;
    m_subtitle->setText(tr("%1 – this takes a moment. You can cancel at any time; what is "
                           "already on this computer stays as it was.")
                            .arg(region.name));
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    for (const QString &code : languages) {
        model::Language language{code, {}, code, false};
        for (const model::Language &known : region.languages) {
            if (known.code == code)
                language = known;
        }
        auto *languageRow = new LanguageRow(language);
        m_rows->addWidget(languageRow);
        m_rowWidgets << languageRow;
        connect(languageRow, &LanguageRow::retryClicked, this, &SyncPage::retry);
    }
    run(languages);
}

void SyncPage::retry(const QString &code)
{
    if (!m_running)
        run({code});
}

void SyncPage::run(const QStringList &codes)
{
    for (const QString &code : codes) {
        if (LanguageRow *languageRow = row(code))
            languageRow->setWaiting();
    }
    m_progress->setValue(0);
    m_status->setText(tr("Connecting…"));
    m_cancelRequested = false;
    m_fractions.clear();
    setRunning(true);
    m_sync.sync(m_region.slug, codes);
}

void SyncPage::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_status->setText(tr("Cancelling…"));
    m_sync.cancel();
}

void SyncPage::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

LanguageRow *SyncPage::row(const QString &code) const
{
    for (LanguageRow *languageRow : m_rowWidgets) {
        if (languageRow->code() == code)
            return languageRow;
    }
    return nullptr;
}

QString SyncPage::nativeName(const QString &code) const
{
    for (const model::Language &language : m_region.languages) {
        if (language.code == code && !language.nativeName.isEmpty())
            return language.nativeName;
    }
    return code;
}

void SyncPage::onProgress(const sync::Progress &progress)
{
    if (!m_running || m_cancelRequested)
        return;
    if (progress.language.isEmpty()) {
        if (progress.stage != sync::Stage::Done)
            m_status->setText(sync::stageText(progress.stage));
        return;
    }
    // Languages download side by side: the bar is the mean of how far each one is.
    const int count = std::max(progress.languageCount, 1);
    m_fractions[progress.language] = progress.finished ? 1.0 : stageFraction(progress.stage);
    double done = 0;
    for (const double fraction : std::as_const(m_fractions))
        done += fraction;
    m_progress->setValue(std::clamp(int(done / count * ProgressSteps), 0, ProgressSteps));
    if (progress.finished) {
        if (LanguageRow *languageRow = row(progress.language))
            languageRow->setFinished();
        return;
    }
    QString what = sync::stageText(progress.stage);
    const bool downloading =
        progress.stage != sync::Stage::Applying && progress.stage != sync::Stage::Done;
    if (downloading && progress.bytes > 0)
        what += u" (%1)"_s.arg(QLocale().formattedDataSize(progress.bytes));
    m_status->setText(tr("%1 of %2 – %3: %4")
                          .arg(progress.languagesDone + 1)
                          .arg(count)
                          .arg(nativeName(progress.language), what));
    if (LanguageRow *languageRow = row(progress.language))
        languageRow->setRunning(what);
}

void SyncPage::onResourceProgress(const sync::ResourceProgress &progress)
{
    if (!m_running || m_cancelRequested)
        return;
    m_progress->setValue(ProgressSteps);
    m_status->setText(
        tr("Downloading images and documents: %1 of %2").arg(progress.done).arg(progress.total));
}

void SyncPage::onFinished(const sync::SyncReport &report)
{
    if (!m_running)
        return; // a sync someone else started
    setRunning(false);
    if (report.cancelled || m_cancelRequested) {
        m_status->setText(tr("Cancelled."));
        for (LanguageRow *languageRow : std::as_const(m_rowWidgets)) {
            if (languageRow->state() == LanguageRow::State::Running)
                languageRow->setWaiting();
        }
        emit cancelled();
        return;
    }
    for (const sync::LanguageOutcome &outcome : report.languages) {
        if (LanguageRow *languageRow = row(outcome.code)) {
            if (outcome.ok)
                languageRow->setDone(outcome);
            else
                languageRow->setFailed(outcome.error);
        }
    }
    // A problem before any language started (no network, unknown region) hits every language
    // that was waiting for this run.
    for (LanguageRow *languageRow : std::as_const(m_rowWidgets)) {
        const bool open = languageRow->state() == LanguageRow::State::Waiting ||
                          languageRow->state() == LanguageRow::State::Running;
        if (open)
            languageRow->setFailed(report.error.isEmpty() ? tr("No answer for this language.")
                                                          : report.error);
    }
    if (hasFailures()) {
        m_progress->setValue(ProgressSteps);
        m_status->setText(doneLanguages().isEmpty()
                              ? tr("Nothing could be downloaded.")
                              : tr("Some languages could not be downloaded. You can retry them "
                                   "or continue with what is there."));
        emit partlyFailed();
        return;
    }
    m_progress->setValue(ProgressSteps);
    m_status->setText(tr("Done."));
    emit completed();
}

QStringList SyncPage::doneLanguages() const
{
    QStringList out;
    for (const LanguageRow *languageRow : m_rowWidgets) {
        if (languageRow->state() == LanguageRow::State::Done)
            out << languageRow->code();
    }
    return out;
}

bool SyncPage::hasFailures() const
{
    return std::any_of(m_rowWidgets.cbegin(), m_rowWidgets.cend(), [](const LanguageRow *r) {
        return r->state() == LanguageRow::State::Failed;
    });
}

} // namespace integreat::desktop
