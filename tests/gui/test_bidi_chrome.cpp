// The window's own text in a right-to-left UI (Arabic): a path inside an Arabic sentence keeps
// its order (shownPath, a left-to-right isolate).
#include "core/content/bidi.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/translations.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/settings/storagepanel.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextLayout>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

namespace {

/// The UI in `code` (its catalog, locale and direction) for one test, as before afterwards.
struct UiLanguage
{
    explicit UiLanguage(const QString &code)
    {
        translations.install(code);
        QLocale::setDefault(QLocale(code));
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    }
    ~UiLanguage()
    {
        QLocale::setDefault(locale);
        QGuiApplication::setLayoutDirection(direction);
    }
    Q_DISABLE_COPY_MOVE(UiLanguage)

    QLocale locale;
    Qt::LayoutDirection direction = QGuiApplication::layoutDirection();
    Translations translations;
};

/// The left edge of character `index` of `text` as drawn in one right-to-left line.
qreal drawnX(const QString &text, int index)
{
    QTextLayout layout(text);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(4000);
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns(index, 1);
    REQUIRE(runs.size() == 1);
    return runs.front().boundingRect().left();
}

} // namespace

TEST_CASE("Settings → Saved content in an Arabic UI shows the data folder left to right", "[bidi]")
{
    QTemporaryDir dir;
    store::Store store(paths::DataPaths(dir.path()).storeFile());
    const UiLanguage arabic(u"ar"_s);
    StoragePanel panel(store, dir.path());

    const QString path = dir.path(); // "/tmp/…": starts with a neutral slash
    QLabel *location = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(path))
            location = label;
    }
    REQUIRE(location != nullptr);
    const QString text = location->text();
    INFO(text.toStdString());
    CHECK(text.contains(content::bidi::isolated(path)));
    CHECK(text.front().script() == QChar::Script_Arabic); // the sentence is translated

    // On screen the leading slash stands left of the rest of the path, as in "/tmp/…", not at
    // its right end ("tmp/…/").
    const int slash = int(text.indexOf(path));
    CHECK(drawnX(text, slash) < drawnX(text, slash + 1));
}
