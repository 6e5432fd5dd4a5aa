#pragma once

#include "core/kiosk/kioskconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace integreat::kiosk {

/// The kiosk configuration file: INI style, one [kiosk] section, `key = value` lines, `#`
/// comments, lists comma-separated:
///
///     [kiosk]
///     enabled = true
///     regions = augsburg
///     languages = de,en,ar
///     start_language = de
///     idle_seconds = 120
///     countdown_seconds = 20
///     sections = local,places,events,news
///     pin = pbkdf2-sha256$150000$<salt>$<hash>
class KioskConfigFile final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::kiosk::KioskConfigFile)

public:
    /// Reads `path`; a missing or broken file gives the safe default (no PIN) and the reason.
    static KioskConfigLoad load(const QString &path);
    /// Writes `config` to `path` atomically (creating the folder); an error sentence or empty.
    static QString save(const QString &path, const KioskConfig &config);

    /// The file's text for `config`, and back (the error sentence names the line).
    static QByteArray serialize(const KioskConfig &config);
    static KioskConfig parse(const QByteArray &text, QString *error);
};

} // namespace integreat::kiosk
