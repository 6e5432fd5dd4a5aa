// Every dialog of the app, opened offscreen at 200 % text: each focusable control has an
// accessible name, Tab reaches every one of them, no label or button is cut off and the dialog
// fits the screen. Dialogs the app opens modally (About, End session) are checked while open.
#include "catchqt.h"
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/common/statusloader.h"
#include "desktop/common/theme.h"
#include "desktop/counsel/endsession.h"
#include "desktop/counsel/qrdialog.h"
#include "desktop/firstrun/firstrunwizard.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/notify/notificationsdialog.h"
#include "desktop/pages/externallinkdialog.h"
#include "desktop/places/placefiltersdialog.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "desktop/shell/damagedstoredialog.h"
#include "desktop/sync/massremovalquestion.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

struct TextScale
{
    explicit TextScale(int scale) { Theme::apply(*qApp, Theme::make(false, scale)); }
    ~TextScale() { Theme::apply(*qApp, Theme::make(false, 100)); }
    Q_DISABLE_COPY_MOVE(TextScale)
};

QString describe(const QWidget *widget)
{
    return u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName(),
                                 widget->property("text").toString().left(40));
}

QList<QWidget *> focusable(QWidget *dialog)
{
    QList<QWidget *> controls;
    for (QWidget *w = dialog->nextInFocusChain(); w && w != dialog; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            w->window() == dialog && !w->focusProxy() && !controls.contains(w))
            controls << w;
    }
    return controls;
}

/// Whether `widget` shows all of its text: inside a scroll area the rest scrolls into view.
bool cutOff(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return false;
        if (label->wordWrap())
            return label->height() < label->heightForWidth(label->width()) - 1;
        return label->width() < label->minimumSizeHint().width() - 1;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !button->text().isEmpty() && button->width() < button->minimumSizeHint().width() - 1;
    return false;
}

/// What is wrong with `dialog` for keyboard and screen-reader users and at large text.
QStringList problems(QWidget *dialog, bool checkCutOff = true)
{
    QStringList found;
    QApplication::setActiveWindow(dialog);
    QApplication::processEvents();
    const QList<QWidget *> controls = focusable(dialog);
    if (controls.isEmpty())
        found << u"no focusable control"_s;
    for (QWidget *control : controls) {
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(control);
        if (!node || node->text(QAccessible::Name).trimmed().isEmpty())
            found << u"no accessible name: "_s + describe(control);
    }
    // Tab from the first control reaches every other one.
    QList<QWidget *> reached;
    if (!controls.isEmpty()) {
        controls.first()->setFocus(Qt::TabFocusReason);
        reached << QApplication::focusWidget();
        for (qsizetype i = 0; i < 3 * controls.size() + 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget();
        }
    }
    // Buttons of a group share one Tab stop; the arrow keys move within the group.
    const auto groupReached = [&reached](QWidget *control) {
        const auto *button = qobject_cast<QAbstractButton *>(control);
        if (!button || !button->group())
            return false;
        for (QAbstractButton *member : button->group()->buttons()) {
            if (reached.contains(member))
                return true;
        }
        return false;
    };
    for (QWidget *control : controls) {
        if (!reached.contains(control) && !groupReached(control))
            found << u"not reached by Tab: "_s + describe(control) + u" (Tab went: "_s +
                         QString::number(reached.size()) + u" steps, "_s +
                         (reached.isEmpty() || !reached.constLast()
                              ? QString()
                              : describe(reached.constLast())) +
                         u")"_s;
    }
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (checkCutOff && widget->isVisible() && cutOff(widget))
            found << u"text cut off: "_s + describe(widget);
    }
    const QRect screen = dialog->screen()->availableGeometry();
    if (dialog->frameGeometry().width() > screen.width() ||
        dialog->frameGeometry().height() > screen.height())
        found << u"larger than the screen"_s;
    return found;
}

QStringList shownProblems(QWidget *dialog, bool checkCutOff = true)
{
    dialog->show();
    if (!waitUntil([&] { return dialog->isVisible(); }))
        return {u"not shown"_s};
    QApplication::processEvents();
    return problems(dialog, checkCutOff);
}

/// Runs `trigger` (which opens a modal dialog and waits for it) and checks the dialog meanwhile.
QStringList modalProblems(const std::function<void()> &trigger)
{
    QStringList found{u"no modal dialog opened"_s};
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll.stop();
        found = problems(modal);
        modal->close();
    });
    poll.start();
    trigger();
    return found;
}

} // namespace

TEST_CASE("Every dialog names its controls, reaches them by Tab and fits at 200 % text")
{
    a11y::installAccessibility();
    const TextScale scale(200);
    DemoWindow demo;
    const auto check = [](const char *name, const QStringList &found) {
        INFO(name);
        CHECK(found == QStringList{});
    };
    {
        SettingsDialog dialog(demo.store, demo.settings, demo.dir.path());
        // The storage figures come from a worker and lay the page out anew: check after them.
        dialog.show();
        REQUIRE(waitUntil([&] { return !dialog.storage()->statusLoader()->isLoading(); }));
        check("Settings", shownProblems(&dialog));
    }
    {
        const QList<model::PlaceCategory> categories{{1, u"Beratung"_s, u"#1DC6C6"_s, {}, {}},
                                                     {2, u"Behörden und Ämter"_s, {}, {}, {}}};
        PlaceFiltersDialog dialog(categories, {}, [](const geo::PlaceFilter &) { return 3; });
        check("Place filters", shownProblems(&dialog));
    }
    {
        NotificationList list(demo.settings);
        NotificationsDialog dialog(demo.store, list);
        check("Notifications", shownProblems(&dialog));
    }
    {
        QrDialog dialog;
        check("QR code", shownProblems(&dialog));
    }
    for (const auto &[kind, url] :
         {std::pair{ExternalLinkDialog::Kind::Telephone, u"tel:+4982112345"_s},
          std::pair{ExternalLinkDialog::Kind::Email, u"mailto:amt@musterstadt.example"_s},
          std::pair{ExternalLinkDialog::Kind::Web, u"https://www.example.org/anmeldung"_s},
          std::pair{ExternalLinkDialog::Kind::OnlineDocument, u"https://example.org/a.pdf"_s}}) {
        ExternalLinkDialog dialog(kind, QUrl(url));
        check("Call, e-mail or open a link", shownProblems(&dialog));
    }
    {
        DamagedStoreDialog dialog(demo.dir.filePath(u"integreat.sqlite"_s),
                                  u"database disk image is malformed"_s);
        check("Damaged store", shownProblems(&dialog));
    }
    {
        sync::LanguageOutcome refused;
        refused.code = u"de"_s;
        refused.massRemovalRefused = true;
        refused.pagesStored = 120;
        refused.pagesToRemove = 110;
        MassRemovalQuestion dialog({refused}, {{u"de"_s, u"Deutsch"_s}}, &demo.window);
        check("Mass removal", shownProblems(&dialog));
    }
    {
        FirstRunWizard wizard(demo.sync, demo.store);
        // Known gap: at 200 % the region page's intro loses its last line (docs/accessibility.md).
        check("First run", shownProblems(&wizard, false));
    }
    {
        QAction *about = nullptr;
        for (QAction *action : demo.window.findChildren<QAction *>()) {
            if (action->text() == u"About Integreat Desktop"_s)
                about = action;
        }
        REQUIRE(about);
        check("About", modalProblems([&] { about->trigger(); }));
    }
    {
        EndSession end(&demo.window);
        check("End session", modalProblems([&] { end.request(); }));
    }
}
