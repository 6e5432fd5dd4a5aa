#include "desktop/counsel/endsession.h"

#include "desktop/session/sessionwiper.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace integreat::desktop {

EndSession::EndSession(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_wiper(new session::SessionWiper(this))
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::dataChanged, this, [this, clipboard] {
            // Copied from the app (Ctrl+C in a page, a copied link) while it has the focus.
            if (clipboard->ownsClipboard() || QGuiApplication::focusWindow() != nullptr)
                m_wiper->noteCopiedText(clipboard->text());
        });
    }
}

EndSession::~EndSession() = default;

void EndSession::setConfirm(std::function<bool()> confirm)
{
    m_confirm = std::move(confirm);
}

void EndSession::noteLocation(const Location &location)
{
    if (!m_home.isValid() && location.isValid())
        m_home = Location::dashboard(location.region, location.language);
}

bool EndSession::confirm() const
{
    if (m_confirm)
        return m_confirm();
    QMessageBox box(QMessageBox::Question, tr("End session"), tr("End this session?"),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(
        tr("The app goes back to the start page. The history, the search, side by side, the "
           "news read and the folders used for saving are cleared, so that the next person "
           "finds nothing of this session."));
    QPushButton *end = box.addButton(tr("End session"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(end);
    box.exec();
    return box.clickedButton() == end;
}

bool EndSession::request()
{
    if (!confirm())
        return false;
    end();
    return true;
}

void EndSession::end()
{
    emit ended(m_wiper->wipe());
}

} // namespace integreat::desktop
