#pragma once

#include "core/kiosk/pinhash.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace integreat::kiosk {

/// The kiosk's configuration: what a public terminal shows and when it resets. Written by
/// `integreat-cli kiosk setup`, read by `integreat-desktop --kiosk` (see KioskConfigFile for
/// the file format).
struct KioskConfig
{
    Q_DECLARE_TR_FUNCTIONS(integreat::kiosk::KioskConfig)

public:
    static constexpr int DefaultIdleSeconds = 120;
    static constexpr int DefaultCountdownSeconds = 20;
    static constexpr int MinIdleSeconds = 1; // tests inject short times; setup asks for >= 10
    static constexpr int MaxIdleSeconds = 24 * 60 * 60;
    static constexpr int MaxCountdownSeconds = 600;

    /// Every section a kiosk can show: local, places, events, news.
    static QStringList allSections();

    bool enabled = true;
    QStringList regions;   ///< empty: every region in the store
    QStringList languages; ///< empty: every stored language of the region
    QString startLanguage; ///< preselected (and the UI language) on the start screen
    int idleSeconds = DefaultIdleSeconds;
    int countdownSeconds = DefaultCountdownSeconds;
    QStringList sections = allSections();
    std::optional<PinHash> pin; ///< none: the admin panel cannot be opened

    /// Why the values cannot be used (one sentence), or empty when they are fine.
    QString validate() const;
};

/// The result of reading a configuration file: always a usable (locked) configuration, with
/// the reason when it is only the safe default.
struct KioskConfigLoad
{
    enum class Status
    {
        Loaded,
        Missing, ///< no file: defaults, no PIN
        Broken,  ///< unreadable or invalid: defaults, no PIN
    };
    Status status = Status::Missing;
    KioskConfig config;
    QString message; ///< for Missing/Broken: what is wrong, naming the file
};

} // namespace integreat::kiosk
