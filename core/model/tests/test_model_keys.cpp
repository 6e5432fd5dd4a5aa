// The key and the list kinds that sync and the store pass around instead of loose strings
// (issue 10): a (region, language) key with its text form, and list kinds whose stored names are
// the ones earlier versions wrote into list_digests.
#include "catchqt.h"
#include "core/model/contentkey.h"
#include "core/model/listkind.h"

#include <QHash>
#include <QSet>
#include <catch2/catch.hpp>

using namespace integreat::model;
using namespace Qt::StringLiterals;

TEST_CASE("ContentKey: equal by region and language, usable as a hash key", "[keys]")
{
    const ContentKey de{u"augsburg"_s, u"de"_s};
    CHECK(de == ContentKey{u"augsburg"_s, u"de"_s});
    CHECK_FALSE(de == ContentKey{u"augsburg"_s, u"en"_s});
    CHECK_FALSE(de == ContentKey{u"aachen"_s, u"de"_s});
    // Not the same as the swapped pair, nor as a split in another place.
    CHECK_FALSE(ContentKey{u"de"_s, u"augsburg"_s} == de);
    CHECK_FALSE((ContentKey{u"ab"_s, u"c"_s} == ContentKey{u"a"_s, u"bc"_s}));

    QSet<ContentKey> keys{de, {u"augsburg"_s, u"ar"_s}, {u"aachen"_s, u"de"_s}};
    keys.insert(ContentKey{u"augsburg"_s, u"de"_s});
    CHECK(keys.size() == 3);
    CHECK(keys.contains({u"aachen"_s, u"de"_s}));
    CHECK_FALSE(keys.contains({u"aachen"_s, u"ar"_s}));
    QHash<ContentKey, int> counts;
    counts[de] = 4;
    CHECK(counts.value(ContentKey{u"augsburg"_s, u"de"_s}) == 4);
}

TEST_CASE("ContentKey: the text form is region/language and reads back", "[keys]")
{
    const ContentKey key{u"augsburg"_s, u"fa"_s};
    CHECK(key.toString() == u"augsburg/fa"_s);
    CHECK(ContentKey::fromString(key.toString()) == key);
    CHECK(ContentKey::fromString(u"kreis-ahrweiler/zh-CN"_s) ==
          ContentKey{u"kreis-ahrweiler"_s, u"zh-CN"_s});
    CHECK(key.isValid());
    CHECK_FALSE(ContentKey{u"augsburg"_s, {}}.isValid());

    QString debugText;
    QDebug(&debugText) << key;
    CHECK(debugText.contains(u"augsburg/fa"_s));
}

TEST_CASE("ContentKey: text that is not region/language is refused", "[keys]")
{
    for (const QString &bad : {u""_s, u"augsburg"_s, u"/de"_s, u"augsburg/"_s, u"/"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(ContentKey::fromString(bad).has_value());
    }
}

TEST_CASE("ListKind: every kind has its own stored name and reads back from it", "[keys]")
{
    QSet<QString> names;
    for (const ListKind kind : AllListKinds) {
        const QString name = storageName(kind);
        INFO(name.toStdString());
        CHECK_FALSE(name.isEmpty());
        CHECK(listKindFromStorageName(name) == kind);
        names.insert(name);
    }
    CHECK(names.size() == qsizetype(AllListKinds.size()));
}

TEST_CASE("ListKind: the names already in users' stores stay as they were", "[keys]")
{
    // list_digests rows written since schema version 5 hold these names: renaming one would
    // silently make every such list be parsed again, and its rows never found.
    CHECK(storageName(ListKind::Pages) == u"pages"_s);
    CHECK(storageName(ListKind::Events) == u"events"_s);
    CHECK(storageName(ListKind::Places) == u"places"_s);
    CHECK(listKindFromStorageName(u"pages") == ListKind::Pages);
    CHECK(listKindFromStorageName(u"events") == ListKind::Events);
    CHECK(listKindFromStorageName(u"places") == ListKind::Places);
}

TEST_CASE("ListKind: an unknown or differently written name is no kind", "[keys]")
{
    for (const QString &bad : {u""_s, u"Pages"_s, u"page"_s, u"pages "_s, u"locations"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(listKindFromStorageName(bad).has_value());
    }
}
