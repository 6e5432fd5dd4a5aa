#pragma once

#include "desktop/presentation/location.h"

#include <QObject>
#include <QStringList>
#include <functional>

class QWidget;

namespace integreat::session {
class SessionWiper;
}

namespace integreat::desktop {

/// "End session" on a shared computer: asks the counselor, then runs the session wiper (its
/// hooks take the window back to the start language and dashboard and clear what the client
/// left: history, search, news read marks, notifications …; the wiper itself clears the file
/// dialogs' history, the app's text on the clipboard and print temp files). Text copied from
/// the app while it has the focus is noted for the wiper.
class EndSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndSession)

public:
    explicit EndSession(QWidget *window);
    ~EndSession() override;

    session::SessionWiper &wiper() const { return *m_wiper; }
    /// Replaces the question to the counselor (tests): true ends the session.
    void setConfirm(std::function<bool()> confirm);

    /// Where a session starts: the region and language shown first (the one ended sessions go
    /// back to).
    void noteLocation(const Location &location);
    Location home() const { return m_home; }

    /// Asks, then ends the session; false when the counselor said no.
    bool request();
    /// Ends the session now.
    void end();

signals:
    /// The session ended; `problems` lists what could not be cleared (empty when all went).
    void ended(const QStringList &problems);

private:
    bool confirm() const;

    QWidget *m_window;
    session::SessionWiper *m_wiper;
    std::function<bool()> m_confirm;
    Location m_home;
};

} // namespace integreat::desktop
