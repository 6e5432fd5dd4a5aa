#include "core/kiosk/kioskconfigfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace integreat::kiosk {

namespace {

QStringList splitList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !items.contains(trimmed))
            items += trimmed;
    }
    return items;
}

std::optional<bool> parseBool(const QString &value)
{
    const QString lower = value.toLower();
    if (lower == u"true"_s || lower == u"yes"_s || lower == u"1"_s)
        return true;
    if (lower == u"false"_s || lower == u"no"_s || lower == u"0"_s)
        return false;
    return std::nullopt;
}

} // namespace

QByteArray KioskConfigFile::serialize(const KioskConfig &config)
{
    QString text;
    text += u"# Integreat Desktop kiosk mode (integreat-desktop --kiosk).\n"_s
            u"# Written by `integreat-cli kiosk setup`; change the PIN with `kiosk set-pin`.\n"_s
            u"# The PIN is stored only as a salted PBKDF2-HMAC-SHA256 hash.\n\n[kiosk]\n"_s;
    const auto line = [&text](const QString &key, const QString &value) {
        text += key + u" = "_s + value + u'\n';
    };
    line(u"enabled"_s, config.enabled ? u"true"_s : u"false"_s);
    line(u"regions"_s, config.regions.join(u','));
    line(u"languages"_s, config.languages.join(u','));
    line(u"start_language"_s, config.startLanguage);
    line(u"idle_seconds"_s, QString::number(config.idleSeconds));
    line(u"countdown_seconds"_s, QString::number(config.countdownSeconds));
    line(u"sections"_s, config.sections.join(u','));
    line(u"pin"_s, config.pin ? config.pin->toString() : QString());
    return text.toUtf8();
}

KioskConfig KioskConfigFile::parse(const QByteArray &bytes, QString *error)
{
    KioskConfig config;
    QString problem;
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(u'\n');
    bool inSection = false;
    bool sawSection = false;
    for (qsizetype i = 0; i < lines.size() && problem.isEmpty(); ++i) {
        const QString line = lines.at(i).trimmed();
        const qsizetype number = i + 1;
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            inSection = line == u"[kiosk]"_s;
            sawSection = sawSection || inSection;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            problem = tr("line %1: expected “key = value”").arg(number);
            break;
        }
        if (!inSection)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        bool ok = true;
        if (key == u"enabled"_s) {
            const auto on = parseBool(value);
            ok = on.has_value();
            config.enabled = on.value_or(true);
        } else if (key == u"regions"_s) {
            config.regions = splitList(value);
        } else if (key == u"languages"_s) {
            config.languages = splitList(value);
        } else if (key == u"start_language"_s) {
            config.startLanguage = value;
        } else if (key == u"idle_seconds"_s) {
            config.idleSeconds = value.toInt(&ok);
        } else if (key == u"countdown_seconds"_s) {
            config.countdownSeconds = value.toInt(&ok);
        } else if (key == u"sections"_s) {
            config.sections = splitList(value);
        } else if (key == u"pin"_s) {
            if (!value.isEmpty()) {
                config.pin = PinHash::parse(value);
                ok = config.pin.has_value();
            }
        } else {
            problem = tr("line %1: unknown setting “%2”").arg(number).arg(key);
            break;
        }
        if (!ok)
            problem = tr("line %1: “%2” is not a valid value for %3").arg(number).arg(value, key);
    }
    if (problem.isEmpty() && !sawSection)
        problem = tr("there is no [kiosk] section");
    if (problem.isEmpty())
        problem = config.validate();
    if (error)
        *error = problem;
    return problem.isEmpty() ? config : KioskConfig();
}

KioskConfigLoad KioskConfigFile::load(const QString &path)
{
    KioskConfigLoad result;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        result.status = KioskConfigLoad::Status::Missing;
        result.message = tr("The kiosk configuration %1 does not exist; the kiosk runs locked "
                            "with default settings and no PIN (run integreat-cli kiosk setup).")
                             .arg(shown);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = KioskConfigLoad::Status::Broken;
        result.message = tr("The kiosk configuration %1 cannot be read (%2); the kiosk runs "
                            "locked with default settings and no PIN.")
                             .arg(shown, file.errorString());
        return result;
    }
    QString error;
    const KioskConfig config = parse(file.read(1024 * 1024), &error);
    if (!error.isEmpty()) {
        result.status = KioskConfigLoad::Status::Broken;
        result.message = tr("The kiosk configuration %1 is broken (%2); the kiosk runs locked "
                            "with default settings and no PIN.")
                             .arg(shown, error);
        return result;
    }
    result.status = KioskConfigLoad::Status::Loaded;
    result.config = config;
    return result;
}

QString KioskConfigFile::save(const QString &path, const KioskConfig &config)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString invalid = config.validate(); !invalid.isEmpty())
        return invalid;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the folder of %1.").arg(shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    file.write(serialize(config));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    return {};
}

} // namespace integreat::kiosk
