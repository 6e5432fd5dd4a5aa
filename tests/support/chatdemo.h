#pragma once

#include "chatservice.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace integreat::testing {

/// The chat of integreat-testserver, for trying "Ask Integreat" by hand (`--chat REGION`): the
/// ChatService of the tests for the given regions, their `is_chat_enabled` set to true in the
/// corpus's region lists (`regions/`, `regions/{R}/`: the older list has no flag), and a
/// counselor played by the server: each question gets "typing", an automatic answer, then a
/// counselor's answer, in Farsi or Arabic when it was asked in that script, else in German.
/// `GET /test/chat/fail/{status}?times=N` makes the next N chat requests (default 3) answer that
/// status (429, 503 ...). Lives in the main thread; the server thread calls the service.
class ChatDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatDemo)

public:
    explicit ChatDemo(QObject *parent = nullptr);

    /// Installs the chat in `server` for `regions` and patches their flag in the region lists of
    /// `corpusDir`. Returns the regions that no region list of the corpus names (a typo).
    QStringList install(TestServer &server, const QString &corpusDir, const QStringList &regions);
    /// Milliseconds from a question to the automatic answer; the counselor takes twice as long.
    void setAnswerDelay(int ms) { m_delayMs = ms; }

private:
    void poll();
    void reply(const QString &device, const QString &question);
    /// The body with `is_chat_enabled: true` for each of `regions` (an array or one region);
    /// `found` collects the regions it names.
    static QByteArray withChat(const QByteArray &body, const QStringList &regions,
                               QStringList &found);

    ChatService m_service;
    QTimer m_poll;
    QHash<QString, int> m_answered; ///< device -> id of the last question answered
    int m_delayMs = 2000;
};

} // namespace integreat::testing
