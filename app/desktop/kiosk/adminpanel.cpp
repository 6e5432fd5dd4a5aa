#include "desktop/kiosk/adminpanel.h"

#include "core/store/store.h"
#include "desktop/common/statusloader.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

AdminPanel::AdminPanel(const store::Store &store, QWidget *parent)
    : KioskOverlay(parent)
    , m_loader(new StatusLoader(store.filePath(), this))
    , m_status(new QLabel(this))
    , m_syncMessage(new QLabel(this))
    , m_sync(new QPushButton(tr("Sync now"), this))
    , m_exit(new QPushButton(tr("Exit kiosk"), this))
{
    setObjectName(u"KioskAdminPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    auto *title = new QLabel(tr("Kiosk administration"), this);
    title->setFont(scaledFont(1.8, true));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_syncMessage->setWordWrap(true);
    auto *restart = new QPushButton(tr("Start over"), this);
    auto *close = new QPushButton(tr("Back to the kiosk"), this);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_syncMessage);
    for (QPushButton *button : {m_sync, restart, m_exit, close}) {
        button->setMinimumSize(320, 64);
        button->setFont(scaledFont(1.3));
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    layout->addStretch();
    connect(m_sync, &QPushButton::clicked, this, &AdminPanel::syncRequested);
    connect(restart, &QPushButton::clicked, this, [this] {
        hide();
        emit restartRequested();
    });
    connect(m_exit, &QPushButton::clicked, this, &AdminPanel::exitRequested);
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_loader, &StatusLoader::loaded, this, &AdminPanel::showStatus);
    connect(m_loader, &StatusLoader::failed, m_status, &QLabel::setText);
}

void AdminPanel::open(const QStringList &regions)
{
    m_regions = regions;
    m_status->setText(tr("Counting…"));
    m_syncMessage->clear();
    popUp();
    m_loader->load(); // Store::status() counts every row: not on the GUI thread
}

void AdminPanel::hideEvent(QHideEvent *event)
{
    if (isHidden()) // closed (not just its window hidden): a count that arrives is not shown
        m_loader->cancel();
    KioskOverlay::hideEvent(event);
}

void AdminPanel::showStatus()
{
    QStringList lines;
    const QLocale locale;
    for (const store::Store::RegionStatus &region : m_loader->figures().regions) {
        if (!m_regions.isEmpty() && !m_regions.contains(region.slug))
            continue;
        lines += region.name;
        for (const store::Store::LanguageStatus &language : region.languages) {
            const QString success =
                language.lastSuccess.isValid()
                    ? locale.toString(language.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                    : tr("never");
            QString line = tr("  %1: last update %2, %3 pages, %4 events, %5 places, %6 news")
                               .arg(language.code, success)
                               .arg(language.pages)
                               .arg(language.events)
                               .arg(language.places)
                               .arg(language.news);
            if (!language.lastError.isEmpty())
                line += u"\n    "_s + tr("the last attempt failed: %1").arg(language.lastError);
            lines += line;
        }
    }
    m_status->setText(lines.isEmpty() ? tr("Nothing is saved yet.") : lines.join(u'\n'));
}

void AdminPanel::showSyncMessage(const QString &text)
{
    m_syncMessage->setText(text);
}

QString AdminPanel::statusText() const
{
    return m_status->text();
}

} // namespace integreat::desktop
