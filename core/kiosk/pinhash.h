#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace integreat::kiosk {

/// A PIN kept only as a salted PBKDF2-HMAC-SHA256 hash. The text form is
/// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in base64); the PIN itself is never
/// stored anywhere.
class PinHash final
{
public:
    static constexpr int DefaultIterations = 150000;
    static constexpr int MinIterations = 100000;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    /// A fresh hash of `pin` with a random salt from the system's generator.
    static PinHash create(const QString &pin, int iterations = DefaultIterations);
    /// Reads the text form; nothing when it is malformed or weaker than MinIterations.
    static std::optional<PinHash> parse(const QString &text);
    /// Whether a PIN is acceptable at all: 4 to 12 digits.
    static bool isValidPin(const QString &pin);

    /// Hashes `pin` with this salt and compares in constant time.
    bool verify(const QString &pin) const;
    QString toString() const;
    int iterations() const { return m_iterations; }

private:
    PinHash(int iterations, QByteArray salt, QByteArray hash);
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

    int m_iterations;
    QByteArray m_salt;
    QByteArray m_hash;
};

/// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace integreat::kiosk
