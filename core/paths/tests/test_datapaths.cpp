// Every file location in one place (core/paths/datapaths.h): the data folder's layout stays what
// earlier versions wrote (a renamed store file would look like lost content), and every user of
// a location (sync lock, offline maps) asks DataPaths.
#include "catchqt.h"
#include "core/geo/tileimport.h"
#include "core/paths/datapaths.h"
#include "core/sync/synclock.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using integreat::paths::DataPaths;
using namespace Qt::StringLiterals;

namespace {
/// Sets an environment variable for as long as it lives, then puts the old value back.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QString &value)
        : m_name(name)
        , m_saved(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, QFile::encodeName(value));
    }
    ~ScopedEnv()
    {
        if (m_wasSet)
            qputenv(m_name, m_saved);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char *m_name;
    QByteArray m_saved;
    bool m_wasSet;
};
} // namespace

TEST_CASE("DataPaths: the data folder keeps the layout earlier versions wrote", "[datapaths]")
{
    const DataPaths paths(u"/srv/integreat"_s);
    CHECK(paths.dataDir() == u"/srv/integreat"_s);
    CHECK(paths.storeFile() == u"/srv/integreat/integreat.sqlite"_s);
    CHECK(paths.resourceDir() == u"/srv/integreat/resources"_s);
    CHECK(paths.offlineMapDir() == u"/srv/integreat/tiles"_s);
    CHECK(paths.offlineMap(u"musterstadt"_s) == u"/srv/integreat/tiles/musterstadt.mbtiles"_s);
    CHECK(paths.tileCacheDir() == u"/srv/integreat/tile-cache"_s);
    CHECK(paths.syncLockFile() == u"/srv/integreat/sync.lock"_s);
    CHECK(DataPaths::kioskConfigFile() == u"/etc/integreat-desktop/kiosk.conf"_s);
}

TEST_CASE("DataPaths: every location is its own, inside the data folder", "[datapaths]")
{
    const DataPaths paths(u"/home/amira/.local/share/integreat-desktop/"_s);
    const QStringList all{paths.storeFile(),     paths.resourceDir(),
                          paths.offlineMapDir(), paths.offlineMap(u"augsburg"_s),
                          paths.tileCacheDir(),  paths.syncLockFile()};
    CHECK(QSet<QString>(all.begin(), all.end()).size() == all.size());
    for (const QString &path : all) {
        INFO(path.toStdString());
        CHECK(path.startsWith(u"/home/amira/.local/share/integreat-desktop/"_s));
        CHECK_FALSE(path.contains(u"//"_s));
    }
}

TEST_CASE("DataPaths: a region name that would lead out of the maps folder gets no path",
          "[datapaths]")
{
    const DataPaths paths(u"/data"_s);
    for (const QString &bad : {u""_s, u"."_s, u".."_s, u"../etc/passwd"_s, u"a/b"_s, u"a\\b"_s})
        CHECK(paths.offlineMap(bad).isEmpty());
    CHECK(paths.offlineMap(u"bad-tölz"_s) == u"/data/tiles/bad-tölz.mbtiles"_s);
}

TEST_CASE("DataPaths: the default data folder follows XDG_DATA_HOME", "[datapaths]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QString dir;
    {
        const ScopedEnv env("XDG_DATA_HOME", home.path());
        dir = DataPaths::defaultDataDir();
    }
    CHECK(dir == QDir(home.path()).filePath(u"integreat-desktop"_s));
}

TEST_CASE("DataPaths: the sync lock and an imported offline map land where DataPaths says",
          "[datapaths]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DataPaths paths(dir.path());
    {
        integreat::sync::SyncLock lock(dir.path());
        REQUIRE(lock.tryLock());
        CHECK(QFile::exists(paths.syncLockFile()));
    }
    CHECK_FALSE(QFile::exists(paths.syncLockFile()));

    // Not an MBTiles file: refused with a message, and nothing is written to the maps folder.
    const QString notAMap = QDir(dir.path()).filePath(u"notes.mbtiles"_s);
    QFile file(notAMap);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    CHECK_FALSE(integreat::geo::importOfflineMap(dir.path(), u"musterstadt"_s, notAMap).isEmpty());
    CHECK_FALSE(QFile::exists(paths.offlineMap(u"musterstadt"_s)));
}

TEST_CASE("DataPaths: the settings file stays where QSettings put it for earlier versions",
          "[datapaths]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QString file, earlier;
    {
        const ScopedEnv env("XDG_CONFIG_HOME", home.path());
        file = DataPaths::settingsFile();
        // What Settings opened before DataPaths knew the file: the user-scope INI of
        // organization and application "integreat-desktop", so existing users keep their
        // settings.
        earlier = QSettings(QSettings::IniFormat, QSettings::UserScope, u"integreat-desktop"_s,
                            u"integreat-desktop"_s)
                      .fileName();
    }
    CHECK(file == QDir(home.path()).filePath(u"integreat-desktop/integreat-desktop.ini"_s));
    CHECK(file == earlier);
}

TEST_CASE("DataPaths: the data folder does not move the settings file", "[datapaths]")
{
    const QString settings = DataPaths::settingsFile();
    for (const QString &dataDir : {u"/srv/integreat"_s, DataPaths::defaultDataDir()}) {
        const DataPaths paths(dataDir);
        const QStringList inside{paths.storeFile(), paths.resourceDir(), paths.offlineMapDir(),
                                 paths.tileCacheDir(), paths.syncLockFile()};
        CHECK_FALSE(inside.contains(settings));
        CHECK_FALSE(settings.startsWith(paths.dataDir() + u'/'));
    }
    CHECK(settings.endsWith(u"/integreat-desktop/integreat-desktop.ini"_s));
}
