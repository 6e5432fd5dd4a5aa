#include "desktop/kiosk/kiosksession.h"

#include "desktop/common/settings.h"
#include "desktop/events/eventsview.h"
#include "desktop/kiosk/touchkeyboard.h"
#include "desktop/kiosk/touchstyle.h"
#include "desktop/mainwindow/chatsection.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/mainwindow/regionbutton.h"
#include "desktop/mainwindow/sectionshell.h"
#include "desktop/news/newsview.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/places/placesview.h"
#include "desktop/search/searchview.h"

#include <QAbstractScrollArea>
#include <QAtomicInt>
#include <QBoxLayout>
#include <QFocusEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScroller>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int TouchTarget = 56; // px at 100 %: above the 44 px minimum

/// The kiosk's touch style, on the session and everything in it (the embedded main window
/// too): every control a finger can reach at least 44 × 44 px, list rows at least 44 px
/// high; the desktop app keeps its own sizes. The map's zoom buttons have a fixed size, so
/// their maximum grows with them.
QString touchStyleSheet()
{
    return uR"(
QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox { min-height: 44px; min-width: 44px; }
QTabBar::tab { min-height: 44px; min-width: 44px; }
QAbstractItemView::item { min-height: 44px; }
#PlacesMap QToolButton { max-height: 56px; max-width: 56px; }
)"_s;
}
} // namespace

QString KioskSession::volatileSettingsPath()
{
    static QAtomicInt serial;
    // A new name per session: QSettings shares unsaved values between objects of one file.
    return u"/dev/null/integreat-kiosk-%1/session.ini"_s.arg(serial.fetchAndAddRelaxed(1));
}

QUrl KioskSession::webUrl(const Location &location)
{
    return location.webUrl();
}

KioskSession::KioskSession(store::Store &store, SyncController &sync, const QString &dataDir,
                           LinkHandler links, QWidget *parent)
    : QWidget(parent)
    , m_settings(std::make_unique<Settings>(volatileSettingsPath()))
    , m_links(std::move(links))
    , m_startOver(new QPushButton(tr("Start over"), this))
    , m_takeAlong(new QPushButton(tr("Take this page with you"), this))
    , m_keyboard(new TouchKeyboard(this))
{
    setObjectName(u"KioskSession"_s);
    setStyleSheet(touchStyleSheet());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 8);
    for (QPushButton *button : {m_startOver, m_takeAlong}) {
        button->setMinimumHeight(TouchTarget);
        button->setMinimumWidth(200);
        button->setFocusPolicy(Qt::NoFocus);
    }
    bar->addWidget(m_startOver);
    bar->addStretch();
    bar->addWidget(m_takeAlong);
    layout->addLayout(bar);

    m_window = new MainWindow(store, sync, *m_settings, dataDir, this);
    m_window->setWindowFlags(Qt::Widget); // embedded, not a window of its own
    // It gives way to the keyboard on a small screen (its bottom is cut, not the keyboard).
    m_window->setMinimumSize(1, 1);
    layout->addWidget(m_window, 1);
    m_keyboard->hide();
    layout->addWidget(m_keyboard);
    QLineEdit *search = m_window->searchField();
    m_touchStyle = std::make_unique<TouchStyle>();
    search->setStyle(m_touchStyle.get()); // its clear and search buttons: touch targets too
    m_keyboard->setTarget(search);
    search->installEventFilter(this);
    connect(m_keyboard, &TouchKeyboard::hideRequested, this, [this] {
        m_keyboard->hide();
        m_window->searchField()->clearFocus();
    });
    connect(m_startOver, &QPushButton::clicked, this, &KioskSession::startOverRequested);
    connect(m_takeAlong, &QPushButton::clicked, this,
            [this] { m_links(webUrl(m_window->currentLocation())); });
    lockDown();
}

KioskSession::~KioskSession()
{
    delete m_window; // before the settings it refers to
}

void KioskSession::lockDown()
{
    HeaderBar *header = m_window->header();
    header->menuButton()->hide();        // Settings, Print, Quit, About …
    header->region()->setEnabled(false); // no other towns, no downloads
    // Several towns are offered on the start screen, not by a button a visitor cannot use.
    header->region()->changeButton()->hide();
    m_window->chatSection()->setModePolicy(ModePolicy::kiosk()); // no chat on a public terminal
    m_window->setFeedbackEnabled(false); // nor feedback: nothing a visitor writes stays
    // Links never leave: a QR code instead, and nothing is handed to the desktop.
    const QList<LinkRouter *> routers{
        m_window->localInformation()->linkRouter(),
        m_window->eventsView() ? m_window->eventsView()->linkRouter() : nullptr,
        m_window->newsView() ? m_window->newsView()->linkRouter() : nullptr,
        m_window->placesView() ? m_window->placesView()->linkRouter() : nullptr};
    for (LinkRouter *router : routers) {
        if (!router)
            continue;
        router->setConfirm([this](ExternalLinkDialog::Kind, const QUrl &url) {
            m_links(url);
            return false;
        });
        router->setOpener([](const QUrl &) { return false; });
        // The contact form is not filled in on a public terminal: the page's code takes it home.
        router->setContactFormOpener(
            [this](const model::Offer &, const Location &from) { m_links(from.webUrl()); });
    }
    // Kinetic scrolling with a finger (or the mouse) on every list and page.
    for (QAbstractScrollArea *area : m_window->findChildren<QAbstractScrollArea *>())
        QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        widget->setContextMenuPolicy(Qt::NoContextMenu);
        widget->setAcceptDrops(false);
    }
}

bool KioskSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window->searchField())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        // A tap or Tab, not the window giving the field its focus when it opens.
        if (const auto reason = static_cast<QFocusEvent *>(event)->reason();
            reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason)
            showKeyboard();
        break;
    case QEvent::MouseButtonPress:
        showKeyboard();
        break;
    case QEvent::FocusOut:
        // The keys never take the focus: it left for the content (a result, a page).
        m_keyboard->hide();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskSession::showKeyboard()
{
    if (m_keyboard->isVisible())
        return;
    m_keyboard->setLanguage(m_window->currentLocation().language);
    m_keyboard->show();
}

void KioskSession::setSections(const QStringList &ids)
{
    m_sections = ids;
    m_window->sectionShell()->setOffered(ids);
    static const QList<QPair<QString, QString>> kindOf{{u"local"_s, u"page"_s},
                                                       {u"events"_s, u"event"_s},
                                                       {u"places"_s, u"place"_s},
                                                       {u"news"_s, u"news"_s}};
    QStringList hidden;
    for (const auto &[section, kind] : kindOf) {
        if (!ids.isEmpty() && !ids.contains(section))
            hidden += kind;
    }
    m_window->localInformation()->searchView()->setHiddenKinds(hidden);
    // Search results are shown in Local information: without it there is no search.
    m_window->searchField()->setVisible(ids.isEmpty() || ids.contains(u"local"_s));
}

void KioskSession::start(const QString &region, const QString &language)
{
    const QString first = m_sections.value(0, u"local"_s);
    Location start = Location::dashboard(region, language);
    if (first == u"places"_s)
        start = Location::places(region, language);
    else if (first == u"events"_s)
        start = Location::events(region, language);
    else if (first == u"news"_s)
        start = Location::news(region, language);
    m_window->start(start);
}

} // namespace integreat::desktop
