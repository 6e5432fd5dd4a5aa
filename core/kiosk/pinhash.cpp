#include "core/kiosk/pinhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace integreat::kiosk {

namespace {
const QString Scheme = u"pbkdf2-sha256"_s;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

PinHash::PinHash(int iterations, QByteArray salt, QByteArray hash)
    : m_iterations(iterations)
    , m_salt(std::move(salt))
    , m_hash(std::move(hash))
{
}

QByteArray PinHash::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, HashBytes);
}

PinHash PinHash::create(const QString &pin, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          SaltBytes / int(sizeof(quint32)));
    const int rounds = std::max(iterations, MinIterations);
    return PinHash(rounds, salt, derive(pin, salt, rounds));
}

std::optional<PinHash> PinHash::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'$');
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return std::nullopt;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < MinIterations || iterations > 100000000)
        return std::nullopt;
    const auto decode = [](const QString &part) {
        return QByteArray::fromBase64Encoding(part.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(parts.at(2));
    const auto hash = decode(parts.at(3));
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() != HashBytes)
        return std::nullopt;
    return PinHash(iterations, salt.decoded, hash.decoded);
}

bool PinHash::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool PinHash::verify(const QString &pin) const
{
    return constantTimeEquals(derive(pin, m_salt, m_iterations), m_hash);
}

QString PinHash::toString() const
{
    return u"%1$%2$%3$%4"_s.arg(Scheme)
        .arg(m_iterations)
        .arg(QString::fromLatin1(m_salt.toBase64()), QString::fromLatin1(m_hash.toBase64()));
}

} // namespace integreat::kiosk
