#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace integreat::chat {

/// What a visitor writes into a town's contact form (the Zammad form an offer embeds): a name
/// (optional), the e-mail address the answer goes to, and the message. problems() says in words
/// what must be fixed before it can be sent.
struct ContactMessage
{
    Q_DECLARE_TR_FUNCTIONS(integreat::chat::ContactMessage)

public:
    enum class Field
    {
        Email,
        Message,
    };
    struct Problem
    {
        Field field;
        QString text;
    };
    static constexpr qsizetype MaxMessageLength = 10000;

    QString name;
    QString email;
    QString message;

    /// Empty when the message can be sent.
    QList<Problem> problems() const;
    /// user@host.tld without spaces, at most 254 characters.
    static bool isEmailAddress(const QString &text);
    /// The name to send: the one given, else the e-mail address's local part (the server wants
    /// one).
    QString senderName() const;
};

} // namespace integreat::chat
