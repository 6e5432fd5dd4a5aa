// core/kiosk: the configuration file, the PIN hash and its back-off, QR codes.
#include "core/kiosk/kioskconfigfile.h"
#include "core/kiosk/pinguard.h"
#include "core/qr/qrcode.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat::kiosk;
using integreat::qr::QrCode;
using namespace Qt::StringLiterals;

namespace {

KioskConfig sampleConfig()
{
    KioskConfig config;
    config.regions = {u"augsburg"_s, u"muenchen"_s};
    config.languages = {u"de"_s, u"en"_s, u"ar"_s, u"uk"_s, u"fa"_s};
    config.startLanguage = u"ar"_s;
    config.idleSeconds = 90;
    config.countdownSeconds = 15;
    config.sections = {u"local"_s, u"events"_s};
    config.pin = PinHash::create(u"482916"_s, PinHash::MinIterations);
    return config;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("A kiosk configuration survives saving and loading")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"etc/kiosk.conf"_s);
    const KioskConfig config = sampleConfig();
    REQUIRE(KioskConfigFile::save(path, config).isEmpty());

    const KioskConfigLoad load = KioskConfigFile::load(path);
    REQUIRE(load.status == KioskConfigLoad::Status::Loaded);
    CHECK(load.message.isEmpty());
    CHECK(load.config.enabled);
    CHECK(load.config.regions == config.regions);
    CHECK(load.config.languages == config.languages);
    CHECK(load.config.startLanguage == u"ar"_s);
    CHECK(load.config.idleSeconds == 90);
    CHECK(load.config.countdownSeconds == 15);
    CHECK(load.config.sections == config.sections);
    REQUIRE(load.config.pin.has_value());
    CHECK(load.config.pin->verify(u"482916"_s));
    CHECK_FALSE(load.config.pin->verify(u"482917"_s));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("482916")); // only the hash is in the file
}

TEST_CASE("A missing kiosk configuration gives the locked defaults and says so")
{
    QTemporaryDir dir;
    const KioskConfigLoad load = KioskConfigFile::load(dir.filePath(u"none.conf"_s));
    CHECK(load.status == KioskConfigLoad::Status::Missing);
    CHECK(load.message.contains(u"none.conf"_s));
    CHECK_FALSE(load.config.pin.has_value());
    CHECK(load.config.idleSeconds == KioskConfig::DefaultIdleSeconds);
    CHECK(load.config.countdownSeconds == KioskConfig::DefaultCountdownSeconds);
    CHECK(load.config.sections == KioskConfig::allSections());
}

TEST_CASE("A broken kiosk configuration names the problem and falls back without a PIN")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kiosk.conf"_s);
    const QString goodPin = PinHash::create(u"1234"_s, PinHash::MinIterations).toString();
    const auto brokenWith = [&](const QByteArray &text) {
        writeFile(path, text);
        return KioskConfigFile::load(path);
    };
    struct Case
    {
        QByteArray text;
        QString mentions;
    };
    const QList<Case> cases{
        {"[kiosk]\nidle_seconds = soon\npin = " + goodPin.toUtf8(), u"idle_seconds"_s},
        {"[kiosk]\nidle_seconds = 0\npin = " + goodPin.toUtf8(), u"idle"_s},
        {"[kiosk]\ncolour = blue\npin = " + goodPin.toUtf8(), u"colour"_s},
        {"[kiosk]\nsections = local,casino\npin = " + goodPin.toUtf8(), u"casino"_s},
        {"[kiosk]\nregions = ../etc\npin = " + goodPin.toUtf8(), u"../etc"_s},
        {"[kiosk]\nlanguages = de,en\nstart_language = ar\npin = " + goodPin.toUtf8(), u"ar"_s},
        {"[kiosk]\npin = pbkdf2-sha256$10$c2FsdHNhbHQ=$AAAA", u"pin"_s}, // weak and cut short
        {"[kiosk]\npin = 1234", u"pin"_s},                               // a PIN in clear
        {"idle_seconds = 100\n", u"[kiosk]"_s},
        {"[kiosk]\nthis line has no equals sign\n", u"line 2"_s},
        {QByteArray("\x00\x01\x02garbage", 10), u"line 1"_s},
    };
    for (const Case &c : cases) {
        INFO(c.text.toStdString());
        const KioskConfigLoad load = brokenWith(c.text);
        CHECK(load.status == KioskConfigLoad::Status::Broken);
        CHECK(load.message.contains(u"kiosk.conf"_s));
        CHECK(load.message.contains(c.mentions));
        CHECK_FALSE(load.config.pin.has_value()); // never unlocked by a half-read file
    }
}

TEST_CASE("An invalid kiosk configuration is not saved")
{
    QTemporaryDir dir;
    KioskConfig config = sampleConfig();
    config.countdownSeconds = 0;
    CHECK_FALSE(KioskConfigFile::save(dir.filePath(u"kiosk.conf"_s), config).isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(u"kiosk.conf"_s)));
}

TEST_CASE("PIN hashes are salted PBKDF2-HMAC-SHA256 and verify only the right PIN")
{
    // Known answer, computed with Python's hashlib.pbkdf2_hmac('sha256', b'2468',
    // b'saltsaltsalt1234', 100000): the stored form is standard PBKDF2.
    const auto known = PinHash::parse(
        u"pbkdf2-sha256$100000$c2FsdHNhbHRzYWx0MTIzNA==$vquBO6sHDfO+azslspNoViNpgNRUHHhKz4BVSFhcDmo="_s);
    REQUIRE(known.has_value());
    CHECK(known->verify(u"2468"_s));
    CHECK_FALSE(known->verify(u"2469"_s));
    CHECK_FALSE(known->verify(QString()));

    const PinHash a = PinHash::create(u"2468"_s, PinHash::MinIterations);
    const PinHash b = PinHash::create(u"2468"_s, PinHash::MinIterations);
    CHECK(a.toString() != b.toString()); // random salts
    CHECK_FALSE(a.toString().contains(u"2468"_s));
    CHECK(PinHash::create(u"2468"_s, 10).iterations() >= PinHash::MinIterations);
    CHECK(PinHash::DefaultIterations >= 100000);

    CHECK_FALSE(PinHash::parse(u"sha1$100000$c2FsdA==$AAAA"_s).has_value());
    CHECK_FALSE(
        PinHash::parse(
            u"pbkdf2-sha256$99999$c2FsdHNhbHRzYWx0MTIzNA==$vquBO6sHDfO+azslspNoViNpgNRUHHhKz4BVSFhcDmo="_s)
            .has_value());
    CHECK(PinHash::isValidPin(u"0000"_s));
    CHECK_FALSE(PinHash::isValidPin(u"123"_s));
    CHECK_FALSE(PinHash::isValidPin(u"12a4"_s));
    CHECK(constantTimeEquals("abc", "abc"));
    CHECK_FALSE(constantTimeEquals("abc", "abd"));
    CHECK_FALSE(constantTimeEquals("abc", "ab"));
}

TEST_CASE("Wrong PINs are slowed down and the right one opens once the wait is over")
{
    QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    PinGuard guard(PinHash::create(u"2468"_s, PinHash::MinIterations), [&now] { return now; });
    CHECK(guard.attempt(u"1111"_s) == PinGuard::Result::Rejected);
    CHECK(guard.attempt(u"2222"_s) == PinGuard::Result::Rejected);
    CHECK(guard.secondsLeft() == 0);
    CHECK(guard.attempt(u"3333"_s) == PinGuard::Result::Rejected);
    CHECK(guard.secondsLeft() == 5);
    CHECK(guard.attempt(u"2468"_s) == PinGuard::Result::LockedOut); // not even checked
    now = now.addSecs(5);
    CHECK(guard.attempt(u"4444"_s) == PinGuard::Result::Rejected);
    CHECK(guard.secondsLeft() == 10); // doubled
    now = now.addSecs(10);
    CHECK(guard.attempt(u"2468"_s) == PinGuard::Result::Accepted);
    CHECK(guard.failures() == 0);

    PinGuard none(std::nullopt);
    CHECK(none.attempt(u"2468"_s) == PinGuard::Result::NoPin);
}

TEST_CASE(
    "QR codes are module matrices with finder patterns and empty or oversized text gives none")
{
    const QrCode small = QrCode::encode("tel:112");
    REQUIRE_FALSE(small.isNull());
    CHECK(small.size() == 21); // version 1: up to 14 bytes at level M
    // The top-left finder pattern: a dark 7×7 ring around a light ring around a dark 3×3.
    for (int i = 0; i < 7; ++i) {
        CHECK(small.isDark(i, 0));
        CHECK(small.isDark(0, i));
        CHECK(small.isDark(small.size() - 1 - i, 0));
    }
    CHECK_FALSE(small.isDark(1, 1));
    CHECK(small.isDark(3, 3));
    CHECK_FALSE(small.isDark(-1, 0));

    const QrCode longer = QrCode::encode(QByteArray(300, 'a'));
    CHECK(longer.size() > small.size());
    CHECK(QrCode::encode(QByteArray()).isNull());
    CHECK(QrCode::encode(QByteArray(8000, 'x')).isNull());
}
