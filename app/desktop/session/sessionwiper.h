#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace integreat::session {

/// End session on a shared computer, the part that leaves nothing behind: clears the file
/// dialogs' history (QtProject.conf, group FileDialog: history, lastVisited), the clipboard when
/// it holds text the app put there, the temporary files of printing, and runs the hooks views
/// register (history, search text, scroll positions …).
class SessionWiper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWiper)

public:
    explicit SessionWiper(QObject *parent = nullptr);
    ~SessionWiper() override;

    void addHook(const QString &name, std::function<void()> hook);
    /// A temporary file (print spool, PDF preview) to delete at the end of the session.
    void addTempFile(const QString &path);
    /// Text the app copied to the clipboard (a link, an address): cleared if still there.
    void noteCopiedText(const QString &text);

    /// Clears everything; returns what could not be cleared (empty when all went).
    QStringList wipe();

private:
    QList<std::pair<QString, std::function<void()>>> m_hooks;
    QStringList m_tempFiles;
    QStringList m_copiedTexts;
};

} // namespace integreat::session
