#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/clipin.h"
#include "cli/commands.h"
#include "core/kiosk/kioskconfigfile.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

constexpr int MinSetupIdleSeconds = 10;

struct KioskOptions
{
    QCommandLineOption config{
        u"config"_s,
        tr("The kiosk configuration file (default: %1).").arg(paths::DataPaths::kioskConfigFile()),
        u"FILE"_s, paths::DataPaths::kioskConfigFile()};
    QCommandLineOption region{u"region"_s,
                              tr("Region slug (repeat or comma-separate for several)."), u"SLUG"_s};
    QCommandLineOption languages{u"languages"_s, tr("Language codes offered, comma-separated."),
                                 u"CODES"_s};
    QCommandLineOption startLanguage{
        u"start-language"_s, tr("The language preselected on the start screen."), u"CODE"_s};
    QCommandLineOption idle{u"idle-seconds"_s,
                            tr("Seconds without touch before the countdown (default: 120)."),
                            u"N"_s};
    QCommandLineOption countdown{
        u"countdown-seconds"_s,
        tr("Seconds of the “Are you still there?” countdown (default: 20)."), u"N"_s};
    QCommandLineOption sections{
        u"sections"_s, tr("Sections shown, comma-separated (default: local,places,events,news)."),
        u"LIST"_s};
    QCommandLineOption pin{u"pin"_s, tr("Set the PIN (read from standard input when it is not a "
                                        "terminal, else asked twice).")};
    QCommandLineOption maxAge{
        u"max-age"_s,
        tr("sync: skip a region whose languages were all updated less than N hours ago (the "
           "update at boot)."),
        u"HOURS"_s};
    QCommandLineOption check{u"check"_s, tr("show: print nothing; exit 0 only when the kiosk is "
                                            "configured and enabled (for ExecCondition=).")};
};

QStringList listValues(const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            items += item.trimmed();
    }
    items.removeAll(QString());
    items.removeDuplicates();
    return items;
}

std::optional<int> readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                               int minimum, int maximum, int &target)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return fail(tr("--%1 needs a number from %2 to %3")
                        .arg(option.names().constFirst())
                        .arg(minimum)
                        .arg(maximum),
                    2);
    target = value;
    return std::nullopt;
}

int save(const QString &path, const kiosk::KioskConfig &config)
{
    const QString error = kiosk::KioskConfigFile::save(path, config);
    if (!error.isEmpty())
        return fail(error);
    return 0;
}

int runSetup(const QCommandLineParser &parser, const KioskOptions &o, const QString &path)
{
    const kiosk::KioskConfigLoad existing = kiosk::KioskConfigFile::load(path);
    kiosk::KioskConfig config; // a broken file is replaced, a good one updated
    if (existing.status == kiosk::KioskConfigLoad::Status::Loaded)
        config = existing.config;
    config.enabled = true;
    if (parser.isSet(o.region))
        config.regions = listValues(parser.values(o.region));
    if (config.regions.isEmpty())
        return fail(tr("kiosk setup needs --region SLUG"), 2);
    if (parser.isSet(o.languages))
        config.languages = listValues(parser.values(o.languages));
    if (parser.isSet(o.startLanguage))
        config.startLanguage = parser.value(o.startLanguage).trimmed();
    if (!config.languages.isEmpty() && !config.languages.contains(config.startLanguage))
        config.startLanguage = config.languages.constFirst();
    if (parser.isSet(o.sections))
        config.sections = listValues(parser.values(o.sections));
    if (const auto bad = readSeconds(parser, o.idle, MinSetupIdleSeconds,
                                     kiosk::KioskConfig::MaxIdleSeconds, config.idleSeconds))
        return *bad;
    if (const auto bad =
            readSeconds(parser, o.countdown, 1, kiosk::KioskConfig::MaxCountdownSeconds,
                        config.countdownSeconds))
        return *bad;
    if (const QString invalid = config.validate(); !invalid.isEmpty())
        return fail(invalid, 2);
    if (parser.isSet(o.pin)) {
        const std::optional<QString> pin = readNewPin();
        if (!pin)
            return 1;
        config.pin = kiosk::PinHash::create(*pin);
    }
    if (const int failed = save(path, config))
        return failed;
    out(tr("Wrote the kiosk configuration %1.").arg(QDir::toNativeSeparators(path)));
    if (!config.pin)
        err(tr("integreat-cli: warning: no PIN is set, so nobody can open the kiosk's admin panel "
               "(set one with: integreat-cli kiosk set-pin --config %1)")
                .arg(path));
    return 0;
}

int runShow(const QCommandLineParser &parser, const KioskOptions &o, const QString &path)
{
    const kiosk::KioskConfigLoad load = kiosk::KioskConfigFile::load(path);
    if (parser.isSet(o.check))
        return load.status == kiosk::KioskConfigLoad::Status::Loaded && load.config.enabled ? 0 : 1;
    if (load.status != kiosk::KioskConfigLoad::Status::Loaded)
        return fail(load.message);
    const kiosk::KioskConfig &c = load.config;
    const QString all = tr("(all stored)");
    out(tr("Configuration:     %1").arg(QDir::toNativeSeparators(path)));
    out(tr("Kiosk mode:        %1").arg(c.enabled ? tr("enabled") : tr("disabled")));
    out(tr("Regions:           %1").arg(c.regions.isEmpty() ? all : c.regions.join(u", "_s)));
    out(tr("Languages:         %1").arg(c.languages.isEmpty() ? all : c.languages.join(u", "_s)));
    out(tr("Start language:    %1")
            .arg(c.startLanguage.isEmpty() ? tr("(first)") : c.startLanguage));
    out(tr("Idle seconds:      %1").arg(c.idleSeconds));
    out(tr("Countdown seconds: %1").arg(c.countdownSeconds));
    out(tr("Sections:          %1").arg(c.sections.join(u", "_s)));
    out(tr("PIN:               %1")
            .arg(c.pin ? tr("set (PBKDF2-HMAC-SHA256, %1 iterations)").arg(c.pin->iterations())
                       : tr("not set")));
    return 0;
}

int updateLoaded(const QString &path, const std::function<void(kiosk::KioskConfig &)> &change,
                 const QString &done)
{
    kiosk::KioskConfigLoad load = kiosk::KioskConfigFile::load(path);
    if (load.status != kiosk::KioskConfigLoad::Status::Loaded)
        return fail(load.message);
    change(load.config);
    if (const int failed = save(path, load.config))
        return failed;
    out(done);
    return 0;
}

/// `kiosk sync`: integreat-cli sync for every configured region and its languages (the
/// nightly timer); the worst exit code of them.
/// Whether every language of `region` (of `languages`, or every stored one) was updated less
/// than `hours` ago.
bool isFresh(const store::Store &store, const QString &region, const QStringList &languages,
             int hours)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const store::Store::RegionStatus &status : store.status()) {
        if (status.slug != region)
            continue;
        int fresh = 0;
        for (const store::Store::LanguageStatus &language : status.languages) {
            if (!languages.isEmpty() && !languages.contains(language.code))
                continue;
            if (!language.lastSuccess.isValid() ||
                language.lastSuccess.secsTo(now) >= qint64(hours) * 3600)
                return false;
            ++fresh;
        }
        return fresh > 0 && (languages.isEmpty() || fresh == languages.size());
    }
    return false;
}

int syncConfigured(CliContext &context, const QString &program, const QString &path,
                   int maxAgeHours)
{
    const kiosk::KioskConfigLoad load = kiosk::KioskConfigFile::load(path);
    if (load.status != kiosk::KioskConfigLoad::Status::Loaded)
        return fail(load.message);
    if (load.config.regions.isEmpty())
        return fail(tr("no region is configured in %1 (integreat-cli kiosk setup --region SLUG)")
                        .arg(path));
    const QString languages =
        load.config.languages.isEmpty() ? u"all"_s : load.config.languages.join(u',');
    int worst = 0;
    for (const QString &region : load.config.regions) {
        if (maxAgeHours > 0) {
            const store::Store *store = context.openStore();
            if (!store)
                return 1;
            if (isFresh(*store, region, load.config.languages, maxAgeHours)) {
                out(tr("%1: updated less than %2 hours ago; skipped.")
                        .arg(region)
                        .arg(maxAgeHours));
                continue;
            }
        }
        const QStringList arguments{program,         u"--server"_s,     context.server().toString(),
                                    u"--data-dir"_s, context.dataDir(), u"--region"_s,
                                    region,          u"--languages"_s,  languages};
        worst = std::max(worst, runSync(context, arguments));
    }
    return worst;
}

} // namespace

int runKiosk(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Configure kiosk mode (integreat-desktop --kiosk):\n"
           "  setup    write the configuration (--region, --languages, --idle-seconds, "
           "--countdown-seconds, --sections, --start-language, --pin)\n"
           "  show     print it (--check: exit code only)\n"
           "  set-pin  set a new PIN (standard input, or asked twice)\n"
           "  sync     download the configured regions and languages (the nightly timer)\n"
           "  disable  turn kiosk mode off (setup turns it on again)"));
    const KioskOptions o;
    parser.addOptions({o.config, o.region, o.languages, o.startLanguage, o.idle, o.countdown,
                       o.sections, o.pin, o.check, o.maxAge});
    parser.addPositionalArgument(u"ACTION"_s, tr("setup, show, set-pin, sync or disable"));
    if (const auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1)
        return fail(tr("usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] "
                       "(see --help)"),
                    2);
    const QString path = QDir(parser.value(o.config)).absolutePath();
    if (action == u"setup"_s)
        return runSetup(parser, o, path);
    if (action == u"show"_s)
        return runShow(parser, o, path);
    if (action == u"set-pin"_s) {
        const std::optional<QString> pin = readNewPin();
        if (!pin)
            return 1;
        return updateLoaded(
            path, [&pin](kiosk::KioskConfig &c) { c.pin = kiosk::PinHash::create(*pin); },
            tr("The kiosk PIN is set."));
    }
    if (action == u"sync"_s) {
        int maxAge = 0;
        if (const auto failed = readSeconds(parser, o.maxAge, 1, 24 * 365, maxAge))
            return *failed;
        return syncConfigured(context, arguments.value(0), path, maxAge);
    }
    if (action == u"disable"_s)
        return updateLoaded(
            path, [](kiosk::KioskConfig &c) { c.enabled = false; },
            tr("Kiosk mode is disabled (integreat-cli kiosk setup enables it again)."));
    return fail(tr("unknown kiosk action “%1” (setup, show, set-pin, sync or disable)").arg(action),
                2);
}

} // namespace integreat::cli
