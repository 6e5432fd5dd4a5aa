#include "core/store/contentreader.h"

#include "core/store/database.h"
#include "core/store/jsoncodec.h"

#include <QHash>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

/// Reads the columns of the current row left to right.
class Columns final
{
public:
    explicit Columns(const Statement &statement)
        : m_statement(statement)
    {
    }
    QString text() { return m_statement.columnText(m_next++); }
    /// nullopt for NULL (an absent optional value), the text otherwise.
    std::optional<QString> optionalText()
    {
        const int column = m_next++;
        if (m_statement.isNull(column))
            return std::nullopt;
        return m_statement.columnText(column);
    }
    int integer() { return m_statement.columnInt(m_next++); }
    bool boolean() { return m_statement.columnBool(m_next++); }
    QDateTime time() { return codec::fromIso(text()); }
    std::optional<qint64> optionalInt() { return m_statement.columnOptionalInt64(m_next++); }
    std::optional<double> optionalDouble() { return m_statement.columnOptionalDouble(m_next++); }

private:
    const Statement &m_statement;
    int m_next = 0;
};

const QString kBaseColumns = u"path, translation_id, url, title, excerpt, content, thumbnail, "
                             u"available_languages, last_updated"_s;

void readBase(Columns &c, model::ContentBase &item)
{
    item.path = c.text();
    const auto id = c.optionalInt();
    item.id = id ? std::optional<int>(int(*id)) : std::nullopt;
    item.url = c.text();
    item.title = c.text();
    item.excerpt = c.text();
    item.content = c.text();
    item.thumbnail = c.text();
    item.availableLanguages = codec::availableLanguagesFromJson(c.text());
    item.lastUpdated = c.time();
}

template <typename T> std::optional<T> first(const QList<T> &list)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.constFirst());
}

Statement prepared(Database &db, const QString &sql, const QStringList &arguments)
{
    Statement statement = db.prepare(sql);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        statement.bind(int(i) + 1, arguments.at(i));
    return statement;
}

} // namespace

ContentReader::ContentReader(Database &db)
    : m_db(db)
{
}

QList<model::Page> ContentReader::queryPages(const QString &table, const QString &where,
                                             const QString &order, const QStringList &arguments)
{
    Statement query = prepared(
        m_db,
        u"SELECT %1, parent_path, position, organization, offers FROM %2 WHERE %3 ORDER BY %4"_s
            .arg(kBaseColumns, table, where, order),
        arguments);
    QList<model::Page> pages;
    while (query.step()) {
        Columns c(query);
        model::Page page;
        readBase(c, page);
        page.parentPath = c.text();
        page.order = c.integer();
        if (const auto organization = c.optionalText())
            page.organization = codec::organizationFromJson(*organization);
        page.offers = codec::offersFromJson(c.text());
        pages.append(page);
    }
    return pages;
}

std::optional<model::Page> ContentReader::page(const QString &region, const QString &language,
                                               const QString &path)
{
    return first(queryPages(u"pages"_s, u"region = ?1 AND language = ?2 AND path = ?3"_s, u"path"_s,
                            {region, language, path}));
}

QList<model::Page> ContentReader::pages(const QString &region, const QString &language)
{
    return queryPages(u"pages"_s, u"region = ?1 AND language = ?2"_s,
                      u"parent_path, position, path"_s, {region, language});
}

QList<model::Page> ContentReader::childPages(const QString &region, const QString &language,
                                             const QString &parentPath)
{
    return queryPages(u"pages"_s, u"region = ?1 AND language = ?2 AND parent_path = ?3"_s,
                      u"position, path"_s, {region, language, parentPath});
}

std::optional<model::Page> ContentReader::imprint(const QString &region, const QString &language)
{
    return first(queryPages(u"imprints"_s, u"region = ?1 AND language = ?2"_s, u"path"_s,
                            {region, language}));
}

QList<model::Event> ContentReader::queryEvents(const QString &where, const QStringList &arguments)
{
    Statement query = prepared(
        m_db,
        u"SELECT %1, start_at, end_at, all_day, only_weekdays, time_zone, recurrence_rule, "
        u"location, location_path, meeting_url, published_at FROM events WHERE %2 "
        u"ORDER BY start_ms, end_at, title, path"_s.arg(kBaseColumns, where),
        arguments);
    QList<model::Event> events;
    while (query.step()) {
        Columns c(query);
        model::Event event;
        readBase(c, event);
        event.start = c.time();
        event.end = c.time();
        event.allDay = c.boolean();
        event.onlyWeekdays = c.boolean();
        event.timeZone = c.text();
        event.recurrenceRule = c.text();
        if (const auto location = c.optionalText())
            event.location = codec::addressFromJson(*location);
        event.locationPath = c.text();
        event.meetingUrl = c.text();
        event.publishedAt = c.time();
        events.append(event);
    }
    return events;
}

std::optional<model::Event> ContentReader::event(const QString &region, const QString &language,
                                                 const QString &path)
{
    return first(
        queryEvents(u"region = ?1 AND language = ?2 AND path = ?3"_s, {region, language, path}));
}

QList<model::Event> ContentReader::events(const QString &region, const QString &language)
{
    return queryEvents(u"region = ?1 AND language = ?2"_s, {region, language});
}

QList<model::Place> ContentReader::queryPlaces(const QString &region, const QString &language,
                                               const std::optional<QString> &path)
{
    Transaction snapshot(m_db, Transaction::Mode::Read);
    QStringList arguments{region, language};
    if (path)
        arguments.append(*path);
    Statement query = prepared(
        m_db,
        u"SELECT %1, category, address, opening_hours, temporarily_closed, appointment_url, "
        u"barrier_free, organization, meta_description, icon FROM places "
        u"WHERE region = ?1 AND language = ?2 %2 ORDER BY title, path"_s.arg(
            kBaseColumns, path ? u"AND path = ?3"_s : QString()),
        arguments);
    QList<model::Place> places;
    QHash<QString, qsizetype> byPath;
    while (query.step()) {
        Columns c(query);
        model::Place place;
        readBase(c, place);
        if (const auto category = c.optionalText())
            place.category = codec::categoryFromJson(*category);
        place.address = codec::addressFromJson(c.text());
        place.openingHours = codec::openingHoursFromJson(c.text());
        place.temporarilyClosed = c.boolean();
        place.appointmentUrl = c.text();
        const auto barrierFree = c.optionalInt();
        place.barrierFree = barrierFree ? std::optional<bool>(*barrierFree != 0) : std::nullopt;
        if (const auto organization = c.optionalText())
            place.organization = codec::organizationFromJson(*organization);
        place.metaDescription = c.text();
        place.icon = c.text();
        byPath.insert(place.path, places.size());
        places.append(place);
    }
    if (places.isEmpty())
        return places;

    Statement contacts = prepared(
        m_db,
        u"SELECT place_path, name, area, email, phone, mobile, website, opening_hours, "
        u"appointment_url FROM place_contacts WHERE region = ?1 AND language = ?2 %1 "
        u"ORDER BY place_path, position"_s.arg(path ? u"AND place_path = ?3"_s : QString()),
        arguments);
    while (contacts.step()) {
        Columns c(contacts);
        const auto index = byPath.value(c.text(), -1);
        if (index < 0)
            continue;
        model::Contact contact;
        contact.name = c.text();
        contact.areaOfResponsibility = c.text();
        contact.email = c.text();
        contact.phone = c.text();
        contact.mobile = c.text();
        contact.website = c.text();
        contact.openingHours = codec::openingHoursFromJson(c.text());
        contact.appointmentUrl = c.text();
        places[index].contacts.append(contact);
    }
    return places;
}

std::optional<model::Place> ContentReader::place(const QString &region, const QString &language,
                                                 const QString &path)
{
    return first(queryPlaces(region, language, path));
}

QList<model::Place> ContentReader::places(const QString &region, const QString &language)
{
    return queryPlaces(region, language, std::nullopt);
}

QList<model::PlaceCategory> ContentReader::placeCategories(const QString &region,
                                                           const QString &language)
{
    Statement query = prepared(m_db,
                               u"SELECT id, name, color, icon, icon_url FROM place_categories "
                               u"WHERE region = ?1 AND language = ?2 ORDER BY id"_s,
                               {region, language});
    QList<model::PlaceCategory> categories;
    while (query.step()) {
        Columns c(query);
        model::PlaceCategory category;
        category.id = c.integer();
        category.name = c.text();
        category.color = c.text();
        category.icon = c.text();
        category.iconUrl = c.text();
        categories.append(category);
    }
    return categories;
}

QList<model::NewsItem> ContentReader::news(const QString &region, const QString &language)
{
    Statement query = prepared(
        m_db,
        u"SELECT id, source, title, content, last_updated, display_date, channel, external_url, "
        u"available_languages, published_at FROM news WHERE region = ?1 AND language = ?2 "
        u"ORDER BY display_ms DESC, id DESC"_s,
        {region, language});
    QList<model::NewsItem> news;
    while (query.step()) {
        Columns c(query);
        model::NewsItem item;
        item.id = c.text();
        item.source = c.text();
        item.title = c.text();
        item.content = c.text();
        item.lastUpdated = c.time();
        item.displayDate = c.time();
        item.channel = c.text();
        item.externalUrl = c.text();
        item.availableLanguages = codec::availableLanguagesFromJson(c.text());
        item.publishedAt = c.time();
        news.append(item);
    }
    return news;
}

} // namespace integreat::store
