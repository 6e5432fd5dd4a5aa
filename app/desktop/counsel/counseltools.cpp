#include "desktop/counsel/counseltools.h"

#include "desktop/counsel/endsession.h"
#include "desktop/counsel/idleend.h"
#include "desktop/counsel/itemlink.h"
#include "desktop/counsel/qrdialog.h"
#include "desktop/counsel/readaloudpanel.h"
#include "desktop/counsel/sidebysidepane.h"
#include "desktop/pages/navigator.h"

#include <QAction>
#include <QBoxLayout>
#include <QToolButton>

namespace integreat::desktop {

CounselTools::CounselTools(Navigator &navigator, SideBySidePane *sideBySide, QWidget *window)
    : QObject(window)
    , m_navigator(navigator)
    , m_widget(new QWidget(window))
    , m_row(new QWidget(m_widget))
    , m_panel(new ReadAloudPanel(m_widget))
    , m_end(new EndSession(window))
    , m_idleEnd(new IdleEnd(window, m_end))
    , m_readAloud(new QAction(tr("Read aloud"), this))
    , m_endSession(new QAction(tr("End session"), this))
    , m_qrCode(new QAction(tr("Show QR code"), this))
    , m_sideBySide(new QAction(tr("Side by side"), this))
    , m_pane(sideBySide)
    , m_endButton(new QToolButton(m_row))
{
    m_widget->setObjectName(QStringLiteral("CounselTools"));
    m_readAloud->setToolTip(tr("Read the text aloud in its language"));
    m_endSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_endSession->setShortcutContext(Qt::WindowShortcut);
    m_endSession->setToolTip(tr("Clear everything of this session and start again (%1)")
                                 .arg(m_endSession->shortcut().toString(QKeySequence::NativeText)));
    window->addAction(m_readAloud);
    m_qrCode->setToolTip(tr("Show the link of this page as a QR code to take along on a phone"));
    window->addAction(m_endSession);

    auto *row = new QHBoxLayout(m_row);
    row->setContentsMargins(8, 2, 8, 2);
    row->addStretch(1);
    m_endButton->setDefaultAction(m_endSession);
    m_endButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_endButton->hide();
    row->addWidget(m_endButton);
    addButton(m_readAloud);
    addButton(m_qrCode);
    addButton(m_sideBySide);
    m_sideBySide->setCheckable(true);
    m_sideBySide->setToolTip(tr("Show this in a second language beside it"));
    m_pane->hide();
    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_row);
    layout->addWidget(m_panel);

    connect(m_readAloud, &QAction::triggered, this, &CounselTools::startReading);
    connect(m_endSession, &QAction::triggered, m_end, &EndSession::request);
    connect(m_qrCode, &QAction::triggered, this, &CounselTools::showQrCode);
    connect(m_sideBySide, &QAction::toggled, this, &CounselTools::updateSideBySide);
    connect(m_pane, &SideBySidePane::openRequested, &m_navigator, &Navigator::open);
    connect(m_pane, &SideBySidePane::swapRequested, this, [this] {
        if (m_switchLanguage && !m_pane->secondLanguage().isEmpty())
            m_switchLanguage(m_pane->secondLanguage());
    });
    connect(&m_navigator, &Navigator::currentChanged, this, &CounselTools::onLocationChanged);
    // Whatever the client did, the session's end stops reading and closes the controls.
    connect(m_end, &EndSession::ended, m_panel, &ReadAloudPanel::close);
    connect(m_end, &EndSession::ended, this, [this] {
        if (m_qrDialog)
            m_qrDialog->reject();
        m_sideBySide->setChecked(false);
        m_pane->clear();
    });
    onLocationChanged(m_navigator.current());
}

CounselTools::~CounselTools() = default;

void CounselTools::setShownContent(std::function<QWidget *()> shown)
{
    m_shown = std::move(shown);
}

void CounselTools::setShownTitle(std::function<QString()> title)
{
    m_title = std::move(title);
}

void CounselTools::setLanguageSwitch(std::function<void(const QString &)> switchLanguage)
{
    m_switchLanguage = std::move(switchLanguage);
}

void CounselTools::updateSideBySide()
{
    const bool on = m_sideBySide->isChecked();
    m_pane->setVisible(on);
    if (!on) {
        m_pane->showPair({}, nullptr);
        return;
    }
    const Location current = m_navigator.current();
    if (current.isValid() && current.isItem())
        m_pane->showPair(current, ReadAloudPanel::shownBrowser(m_shown ? m_shown() : nullptr));
    else // lists, the dashboard: nothing beside them, the second language kept (for printing)
        m_pane->showPair(current, nullptr);
}

void CounselTools::setEndSessionButtonVisible(bool visible)
{
    m_endButton->setVisible(visible);
    updateRow();
}

QToolButton *CounselTools::addButton(QAction *action)
{
    auto *button = new QToolButton(m_row);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *row = static_cast<QHBoxLayout *>(m_row->layout());
    row->insertWidget(row->count() - 2, button); // before the stretch and End session
    return button;
}

void CounselTools::onLocationChanged(const Location &location)
{
    m_end->noteLocation(location);
    m_panel->close(); // another page: the old text is not read on
    m_isItem = location.isValid() && location.isItem();
    m_readAloud->setEnabled(m_isItem);
    m_qrCode->setEnabled(!ItemLink::webUrl(location).isEmpty());
    // The events list too: its second language prints this week's events in two columns.
    m_sideBySide->setEnabled(m_isItem || m_sideBySide->isChecked() ||
                             (location.isValid() && location.kind == Location::Kind::Events));
    if (m_sideBySide->isChecked())
        updateSideBySide();
    updateRow();
}

void CounselTools::updateRow()
{
    m_row->setVisible(m_isItem || !m_endButton->isHidden());
}

void CounselTools::startReading()
{
    QWidget *root = m_shown ? m_shown() : nullptr;
    m_panel->read(ReadAloudPanel::shownBrowser(root), m_navigator.current().language);
}

void CounselTools::showQrCode()
{
    const QUrl url = ItemLink::webUrl(m_navigator.current());
    if (url.isEmpty())
        return;
    if (!m_qrDialog)
        m_qrDialog = new QrDialog(m_widget->window());
    m_qrDialog->setLink(url, m_title ? m_title() : QString());
    m_qrDialog->open();
}

} // namespace integreat::desktop
