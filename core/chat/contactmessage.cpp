#include "core/chat/contactmessage.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integreat::chat {

bool ContactMessage::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[^\\s@.]{2,}$"_s);
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

QList<ContactMessage::Problem> ContactMessage::problems() const
{
    QList<Problem> found;
    const QString address = email.trimmed();
    if (address.isEmpty())
        found.append({Field::Email, tr("Please enter your e-mail address: the answer is sent "
                                       "there.")});
    else if (!isEmailAddress(address))
        found.append({Field::Email, tr("“%1” is not an e-mail address. Please check it "
                                       "(like name@example.org).")
                                        .arg(address)});
    const QString text = message.trimmed();
    if (text.isEmpty())
        found.append({Field::Message, tr("Please write your message.")});
    else if (text.size() > MaxMessageLength)
        found.append({Field::Message, tr("Your message is too long: at most %1 characters, it "
                                         "has %2.")
                                          .arg(MaxMessageLength)
                                          .arg(text.size())});
    return found;
}

QString ContactMessage::senderName() const
{
    const QString given = name.simplified();
    if (!given.isEmpty())
        return given;
    const QString address = email.trimmed();
    return address.left(address.indexOf(u'@'));
}

} // namespace integreat::chat
