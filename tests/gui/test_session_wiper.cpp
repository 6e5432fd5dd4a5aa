// End session (session::SessionWiper): after a client's traces were written (file dialog
// history, a copied text, a print temp file, view state), a byte search of the config and
// temp folders finds none of the client's words.
#include "bytesearch.h"
#include "corpus.h"
#include "desktop/session/sessionwiper.h"

#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {

} // namespace

TEST_CASE("End session leaves none of the client's words in the config and temp folders")
{
    QTemporaryDir config;
    QTemporaryDir temp;
    REQUIRE(config.isValid());
    REQUIRE(temp.isValid());
    // This process's user config folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    const QString word = u"Yilmaz-Aufenthalt"_s;
    {
        QSettings dialogs(QSettings::UserScope, u"QtProject"_s);
        dialogs.beginGroup(u"FileDialog"_s);
        dialogs.setValue(u"history"_s, QStringList{u"file:///home/client/"_s + word});
        dialogs.setValue(u"lastVisited"_s, QString(u"file:///home/client/"_s + word));
        dialogs.setValue(u"viewMode"_s, u"Detail"_s);
        dialogs.endGroup();
        dialogs.sync();
        REQUIRE(dialogs.fileName().startsWith(config.path()));
    }
    REQUIRE_FALSE(integreat::testing::filesContaining(config.path(), word.toUtf8()).isEmpty());

    session::SessionWiper wiper;
    const QString spool = temp.filePath(u"integreat-print-1.pdf"_s);
    {
        QFile file(spool);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(word.toUtf8());
    }
    wiper.addTempFile(spool);
    QGuiApplication::clipboard()->setText(u"Termin für "_s + word);
    wiper.noteCopiedText(u"Termin für "_s + word);
    QString searchText = word;
    wiper.addHook(u"search"_s, [&searchText] { searchText.clear(); });

    CHECK(wiper.wipe().isEmpty());
    CHECK(integreat::testing::filesContaining(config.path(), word.toUtf8()).isEmpty());
    CHECK(integreat::testing::filesContaining(temp.path(), word.toUtf8()).isEmpty());
    CHECK_FALSE(QFile::exists(spool));
    CHECK_FALSE(QGuiApplication::clipboard()->text().contains(word));
    CHECK(searchText.isEmpty());
    // Settings that say nothing about the client stay.
    QSettings dialogs(QSettings::UserScope, u"QtProject"_s);
    CHECK(dialogs.value(u"FileDialog/viewMode"_s).toString() == u"Detail"_s);
}
