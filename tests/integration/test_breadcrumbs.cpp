// Breadcrumbs over a store whose page tree is broken (written before sync-time repair existed):
// the walk up ends and never repeats a page (issue 11, tree sanity).
#include "core/store/store.h"
#include "desktop/presentation/pagelookup.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {
model::Page page(const QString &path, const QString &parent)
{
    model::Page p;
    p.path = path;
    p.title = path;
    p.parentPath = parent;
    return p;
}
} // namespace

TEST_CASE("Breadcrumbs of pages in a parent cycle are bounded and list each page once")
{
    QTemporaryDir dir;
    store::Store store(dir.filePath(u"store.sqlite"_s));
    store::LanguageContent content;
    content.region = u"r"_s;
    content.language.code = u"de"_s;
    content.pages = {page(u"/r/de/a/"_s, u"/r/de/c/"_s), page(u"/r/de/b/"_s, u"/r/de/a/"_s),
                     page(u"/r/de/c/"_s, u"/r/de/b/"_s), page(u"/r/de/self/"_s, u"/r/de/self/"_s)};
    store.applyLanguage(content);

    const desktop::PageLookup lookup(store);
    const auto a = store.page(u"r"_s, u"de"_s, u"/r/de/a/"_s);
    REQUIRE(a);
    QStringList crumbs;
    for (const model::Page &ancestor : lookup.ancestors(u"r"_s, u"de"_s, *a))
        crumbs << ancestor.path;
    CHECK(crumbs == QStringList{u"/r/de/b/"_s, u"/r/de/c/"_s});

    const auto self = store.page(u"r"_s, u"de"_s, u"/r/de/self/"_s);
    REQUIRE(self);
    CHECK(lookup.ancestors(u"r"_s, u"de"_s, *self).isEmpty());
}
