#pragma once

// Builders of fully populated model values and field-by-field comparisons for the store tests.

#include "core/store/store.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
/// Failed checks print QStrings as text.
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace integreat::testing::store {

/// A temporary directory with a database path inside it.
struct TempDb
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("integreat.sqlite")); }
};

QDateTime at(const char *iso); ///< QDateTime::fromString(iso, Qt::ISODateWithMs), must be valid

model::Language language(const QString &code = QStringLiteral("de"));
model::Region region(const QString &slug = QStringLiteral("augsburg"));
/// Page number n under /augsburg/<lang>/; every field set; n % 3 == 0 are root pages.
model::Page page(int n, const QString &lang = QStringLiteral("de"), int contentBytes = 300);
model::Event event(int n, const QString &lang = QStringLiteral("de"));
model::PlaceCategory category(int id);
model::Place place(int n, const QString &lang = QStringLiteral("de"));
model::NewsItem news(int n);
model::Page imprint(const QString &lang = QStringLiteral("de"));

/// Everything for one (augsburg, lang): `pages` pages, 3 events, 3 places, 2 categories,
/// an imprint and 3 news.
integreat::store::LanguageContent content(int pages = 5,
                                          const QString &lang = QStringLiteral("de"));

// Field-by-field comparisons (Catch CHECKs, so a mismatch names the field).
void checkSame(const model::Page &actual, const model::Page &expected);
void checkSame(const model::Event &actual, const model::Event &expected);
void checkSame(const model::Place &actual, const model::Place &expected);
void checkSame(const model::NewsItem &actual, const model::NewsItem &expected);
void checkSame(const model::Region &actual, const model::Region &expected);

} // namespace integreat::testing::store
