// The mappers against the official app's own mapping cases (../shared/conformance, read at run
// time). Differences by design: the app normalizes paths (no trailing slash, lower case) and
// sorts events; we keep the API's paths and order, so paths are compared normalized and
// events matched by start.
#include "conformance.h"
#include "core/api/mappers.h"
#include "corpus.h"
#include "test_mappers_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace integreat;
using namespace integreat::api;
using namespace Qt::StringLiterals;

namespace {

/// The cases of `kind` in official-app/<file>, or nothing (with a SKIPPED line) when absent.
QList<QJsonObject> cases(const QString &file, const QString &kind)
{
    return testing::conformanceCases(file, kind);
}

QJsonDocument docOf(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
}

/// The app's normalizePath: no trailing slash, lower case (percent-decoding we do as well).
QString normalized(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path.toLower();
}

QDateTime iso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QMap<QString, QString> stringMap(const QJsonValue &value, bool paths)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), paths ? normalized(it.value().toString()) : it.value().toString());
    return map;
}

QMap<QString, QString> normalizedPaths(const model::AvailableLanguages &languages)
{
    QMap<QString, QString> map;
    for (auto it = languages.begin(); it != languages.end(); ++it)
        map.insert(it.key(), normalized(it.value()));
    return map;
}

void checkAddress(const model::Address &got, const QJsonObject &want)
{
    CHECK(got.name == want.value("name"_L1).toString());
    CHECK(got.street == want.value("address"_L1).toString());
    CHECK(got.town == want.value("town"_L1).toString());
    CHECK(got.postcode == want.value("postcode"_L1).toString());
    CHECK(got.country == want.value("country"_L1).toString());
    CHECK(got.latitude.has_value() == !want.value("latitude"_L1).isNull());
    if (got.latitude)
        CHECK(*got.latitude == Approx(want.value("latitude"_L1).toDouble()));
}

} // namespace

TEST_CASE("mappers: news mapping matches the official app's cases", "[mappers][conformance]")
{
    QList<QJsonObject> all = cases(u"news.json"_s, u"mapNewsJson"_s);
    all += cases(u"news.json"_s, u"news_endpoint_mapping"_s);
    for (const QJsonObject &c : all) {
        INFO(c.value("source"_L1).toString().toStdString());
        const auto result = mapNews(docOf(c.value("json"_L1)));
        REQUIRE(result.ok());
        QJsonArray expected = c.value("expected_models_in_order"_L1).toArray();
        for (const auto key : {"expected_model"_L1, "expected_fields"_L1}) {
            if (c.contains(key))
                expected = {c.value(key)};
        }
        REQUIRE(result.items.size() == expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected[i].toObject();
            const model::NewsItem &got = result.items[i];
            const QMap<QString, QString> fields = {{u"id"_s, got.id},
                                                   {u"title"_s, got.title},
                                                   {u"content"_s, got.content},
                                                   {u"source"_s, got.source},
                                                   {u"externalUrl"_s, got.externalUrl}};
            for (auto it = want.begin(); it != want.end(); ++it) {
                INFO(it.key().toStdString());
                if (fields.contains(it.key()))
                    CHECK(fields.value(it.key()) == it.value().toString());
                else if (it.key() == u"lastUpdate")
                    CHECK(got.displayDate == iso(it.value()));
                else if (it.key() == u"availableLanguages") // null maps to empty here
                    CHECK(got.availableLanguages == stringMap(it.value(), false));
            }
        }
    }
}

TEST_CASE("mappers: page mapping matches the official app's category cases",
          "[mappers][conformance]")
{
    for (const QJsonObject &c : cases(u"categories.json"_s, u"mapCategoryJson"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        const auto result = mapPages(docOf(c.value("json"_L1)));
        REQUIRE(result.items.size() == 1);
        const model::Page &got = result.items[0];
        const QJsonObject want = c.value("expected_model"_L1).toObject();
        CHECK(normalized(got.path) == want.value("path"_L1).toString());
        CHECK(got.title == want.value("title"_L1).toString());
        CHECK(got.content == want.value("content"_L1).toString());
        CHECK(got.order == want.value("order"_L1).toInt());
        CHECK(got.thumbnail == want.value("thumbnail"_L1).toString());
        CHECK(got.lastUpdated == iso(want.value("lastUpdate"_L1)));
        // The app puts root pages under the synthetic "/region/lang"; we leave them empty.
        const QString parent = want.value("parentPath"_L1).toString();
        if (parent == c.value("basePath"_L1).toString())
            CHECK(got.parentPath.isEmpty());
        else
            CHECK(normalized(got.parentPath) == parent);
        CHECK(normalizedPaths(got.availableLanguages) ==
              stringMap(want.value("availableLanguages"_L1), true));
        const QJsonValue organization = want.value("organization"_L1);
        REQUIRE(got.organization.has_value() == organization.isObject());
        if (got.organization) {
            CHECK(got.organization->name == organization["name"_L1].toString());
            CHECK(got.organization->logoUrl == organization["logo"_L1].toString());
            CHECK(got.organization->website == organization["url"_L1].toString());
        }
    }
}

TEST_CASE("mappers: place mapping matches the official app's endpoint case",
          "[mappers][conformance]")
{
    for (const QJsonObject &c : cases(u"places.json"_s, u"places_endpoint_mapping"_s)) {
        const auto result = mapPlaces(docOf(c.value("json"_L1)));
        REQUIRE(result.ok());
        const QJsonArray expected = c.value("expected_models_in_order"_L1).toArray();
        REQUIRE(result.items.size() == expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected[i].toObject();
            const model::Place &got = result.items[i];
            CHECK(normalized(got.path) == normalized(want.value("path"_L1).toString()));
            CHECK(got.title == want.value("title"_L1).toString());
            CHECK(got.excerpt == want.value("excerpt"_L1).toString());
            CHECK(got.metaDescription == want.value("metaDescription"_L1).toString());
            CHECK(got.content == want.value("content"_L1).toString());
            CHECK(got.lastUpdated == iso(want.value("lastUpdate"_L1)));
            CHECK(got.temporarilyClosed == want.value("temporarilyClosed"_L1).toBool());
            CHECK(got.appointmentUrl == want.value("appointmentUrl"_L1).toString());
            CHECK(got.openingHours.isEmpty() == want.value("openingHours"_L1).isNull());
            CHECK(got.organization.has_value() == !want.value("organization"_L1).isNull());
            CHECK(got.barrierFree.has_value() == !want.value("barrierFree"_L1).isNull());
            CHECK(got.contacts.size() == want.value("contacts"_L1).toArray().size());
            const QJsonObject category = want.value("category"_L1).toObject();
            REQUIRE(got.category);
            CHECK(got.category->id == category.value("id"_L1).toInt());
            CHECK(got.category->name == category.value("name"_L1).toString());
            CHECK(got.category->color == category.value("color"_L1).toString());
            CHECK(got.category->icon == category.value("iconName"_L1).toString());
            CHECK(got.category->iconUrl == category.value("icon"_L1).toString());
            checkAddress(got.address, want.value("location"_L1).toObject());
        }
    }
}

TEST_CASE("mappers: event mapping matches the official app's endpoint case",
          "[mappers][conformance]")
{
    for (const QJsonObject &c : cases(u"events.json"_s, u"events_endpoint_mapping"_s)) {
        const auto result = mapEvents(docOf(c.value("json"_L1)));
        REQUIRE(result.ok());
        const QJsonArray expected = c.value("expected_models_in_order"_L1).toArray();
        REQUIRE(result.items.size() == expected.size());
        for (const QJsonValue &value : expected) {
            const QJsonObject want = value.toObject();
            const QJsonObject date = want.value("date"_L1).toObject();
            const QDateTime start = iso(date.value("startDate"_L1));
            INFO(start.toString(Qt::ISODate).toStdString());
            // The app sorts by start; find ours by the same start instant.
            const auto it = std::find_if(result.items.cbegin(), result.items.cend(),
                                         [&](const model::Event &e) { return e.start == start; });
            REQUIRE(it != result.items.cend());
            CHECK(normalized(it->path) == normalized(want.value("path"_L1).toString()));
            CHECK(it->title == want.value("title"_L1).toString());
            CHECK(it->excerpt == want.value("excerpt"_L1).toString());
            CHECK(it->end == iso(date.value("endDate"_L1)));
            CHECK(it->allDay == date.value("allDay"_L1).toBool());
            CHECK(it->onlyWeekdays == date.value("onlyWeekdays"_L1).toBool());
            CHECK(it->recurrenceRule == date.value("recurrence_rule"_L1).toString());
            CHECK(it->lastUpdated == iso(want.value("lastUpdate"_L1)));
            CHECK(it->meetingUrl == want.value("meetingUrl"_L1).toString());
            CHECK(it->locationPath == want.value("placePath"_L1).toString());
            REQUIRE(it->location.has_value() == want.value("location"_L1).isObject());
            if (it->location)
                checkAddress(*it->location, want.value("location"_L1).toObject());
        }
    }
}
