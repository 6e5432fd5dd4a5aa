#include "metropolis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::bench {

namespace {
struct LanguageInfo
{
    const char16_t *code;
    const char16_t *name;
    const char16_t *bcp47;
    bool rtl;
    TextGenerator::Script script;
};

const LanguageInfo kLanguages[] = {
    {u"de", u"Deutsch", u"de-DE", false, TextGenerator::Script::German},
    {u"en", u"English", u"en-GB", false, TextGenerator::Script::Latin},
    {u"ar", u"العربية", u"ar-arb", true, TextGenerator::Script::Arabic},
    {u"fa", u"فارسی", u"fa-IR", true, TextGenerator::Script::Persian},
    {u"uk", u"Українська", u"uk-UA", false, TextGenerator::Script::Cyrillic},
    {u"ru", u"Русский", u"ru-RU", false, TextGenerator::Script::Cyrillic},
    {u"tr", u"Türkçe", u"tr-TR", false, TextGenerator::Script::Latin},
    {u"fr", u"Français", u"fr-FR", false, TextGenerator::Script::Latin},
    {u"ps", u"پښتو", u"ps-AF", true, TextGenerator::Script::Arabic},
    {u"ku", u"Kurmancî", u"kmr-TR", false, TextGenerator::Script::Latin},
};

const QString kUpdated = u"2026-01-15T10:00:00.000+01:00"_s;
const QString kChanged = u"2026-11-20T09:30:00.000+01:00"_s;

QString pagePath(const QString &lang, int index, int pages)
{
    // A 4-level tree: 10 roots, 10 children each, 8 grandchildren each, the rest below.
    QStringList segments;
    int i = index;
    if (i < 10) {
        segments << u"bereich-%1"_s.arg(i);
    } else if (i < 110) {
        segments << u"bereich-%1"_s.arg((i - 10) / 10) << u"thema-%1"_s.arg(i);
    } else if (i < 910) {
        const int parent = 10 + (i - 110) / 8;
        segments << u"bereich-%1"_s.arg((parent - 10) / 10) << u"thema-%1"_s.arg(parent)
                 << u"seite-%1"_s.arg(i);
    } else {
        const int parent = 110 + (i - 910) % 800;
        const int grand = 10 + (parent - 110) / 8;
        segments << u"bereich-%1"_s.arg((grand - 10) / 10) << u"thema-%1"_s.arg(grand)
                 << u"seite-%1"_s.arg(parent) << u"detail-%1"_s.arg(i);
    }
    Q_UNUSED(pages)
    return u"/metropolis/%1/%2/"_s.arg(lang, segments.join(u'/'));
}

QString parentOf(const QString &path)
{
    QString trimmed = path.chopped(1);
    const QString parent = trimmed.left(trimmed.lastIndexOf(u'/') + 1);
    return parent.count(u'/') <= 3 ? QString() : parent; // "/metropolis/de/" is the root
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}
} // namespace

MetropolisSize MetropolisSize::scaled(double factor) const
{
    MetropolisSize s = *this;
    auto scale = [factor](int v) {
        return std::max(1, int(std::lround(v * factor)));
    };
    s.pagesPerLanguage = std::max(20, scale(pagesPerLanguage));
    s.events = scale(events);
    s.places = scale(places);
    s.images = scale(images);
    s.news = scale(news);
    return s;
}

Metropolis::Metropolis(const QUrl &server, const MetropolisSize &size)
    : m_server(server)
    , m_size(size)
{
    m_size.languages = std::clamp(m_size.languages, 1, int(std::size(kLanguages)));
    for (int i = 0; i < m_size.languages; ++i) {
        m_languages << QString::fromUtf16(kLanguages[i].code);
        m_text.append(TextGenerator(kLanguages[i].script, 1000 + quint32(i)));
    }
    generateRegions();
    for (int i = 0; i < m_size.languages; ++i) {
        generatePages(i);
        generateEvents(i);
        generatePlaces(i);
        generateNews(i);
    }
    // Images: random bytes behind a PNG signature (the cache does not decode them).
    QRandomGenerator random(7);
    for (int i = 0; i < m_size.images + m_size.categories; ++i) {
        QByteArray bytes(m_size.imageBytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        bytes.replace(0, 8, QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QString name =
            i < m_size.images ? u"img-%1.png"_s.arg(i) : u"cat-%1.png"_s.arg(i - m_size.images);
        m_images.insert(u"/media/metropolis/"_s + name, bytes);
    }
}

QString Metropolis::media(const QString &name) const
{
    return m_server.toString() + u"/media/metropolis/"_s + name;
}

TextGenerator &Metropolis::text(int languageIndex)
{
    return m_text[languageIndex];
}

qint64 Metropolis::jsonBytes() const
{
    qint64 total = 0;
    for (const QByteArray &body : m_json)
        total += body.size();
    return total;
}

qint64 Metropolis::imageBytes() const
{
    qint64 total = 0;
    for (const QByteArray &body : m_images)
        total += body.size();
    return total;
}

void Metropolis::generateRegions()
{
    QJsonArray languages;
    for (int i = 0; i < m_size.languages; ++i) {
        const LanguageInfo &l = kLanguages[i];
        languages.append(QJsonObject{{u"id"_s, i + 1},
                                     {u"code"_s, QString::fromUtf16(l.code)},
                                     {u"bcp47_tag"_s, QString::fromUtf16(l.bcp47)},
                                     {u"native_name"_s, QString::fromUtf16(l.name)},
                                     {u"dir"_s, l.rtl ? u"RIGHT_TO_LEFT"_s : u"LEFT_TO_RIGHT"_s}});
    }
    const QJsonObject region{
        {u"id"_s, 900},
        {u"name"_s, u"Stadt Metropolis"_s},
        {u"path"_s, u"metropolis"_s},
        {u"live"_s, true},
        {u"prefix"_s, u"Stadt"_s},
        {u"name_without_prefix"_s, u"Metropolis"_s},
        {u"plz"_s, u"99999"_s},
        {u"extras"_s, false},
        {u"events"_s, true},
        {u"pois"_s, true},
        {u"push_notifications"_s, true},
        {u"longitude"_s, 10.0},
        {u"latitude"_s, 50.0},
        {u"bounding_box"_s, QJsonArray{QJsonArray{9.8, 49.9}, QJsonArray{10.2, 50.1}}},
        {u"aliases"_s, QJsonObject{}},
        {u"tunews"_s, false},
        {u"external_news"_s, false},
        {u"languages"_s, languages},
        {u"is_chat_enabled"_s, false}};
    m_json.insert(u"/api/v3/regions/"_s, compact(QJsonArray{region}));
}

void Metropolis::generatePages(int li)
{
    const QString lang = m_languages.at(li);
    TextGenerator &gen = text(li);
    QJsonArray pages;
    for (int i = 0; i < m_size.pagesPerLanguage; ++i) {
        const QString path = pagePath(lang, i, m_size.pagesPerLanguage);
        const QString parent = parentOf(path);
        QJsonObject available;
        for (int other = 0; other < m_size.languages; ++other) {
            if (other == li)
                continue;
            const QString otherPath = pagePath(m_languages.at(other), i, m_size.pagesPerLanguage);
            available.insert(m_languages.at(other),
                             QJsonObject{{u"id"_s, other * 100000 + i},
                                         {u"url"_s, QString(m_server.toString() + otherPath)},
                                         {u"path"_s, otherPath}});
        }
        QString content = gen.html(m_size.pageBytes);
        if (i < m_size.images)
            content += u"<p><img src=\"%1\" alt=\"\"></p>"_s.arg(media(u"img-%1.png"_s.arg(i)));
        pages.append(QJsonObject{
            {u"id"_s, li * 100000 + i},
            {u"url"_s, QString(m_server.toString() + path)},
            {u"path"_s, path},
            {u"title"_s, gen.words(2 + i % 3)},
            {u"modified_gmt"_s, u"2026-01-15T09:00:00.000Z"_s},
            {u"last_updated"_s, kUpdated},
            {u"excerpt"_s, gen.sentence()},
            {u"content"_s, content},
            {u"parent"_s,
             parent.isEmpty()
                 ? QJsonObject{{u"id"_s, 0}, {u"url"_s, QJsonValue()}, {u"path"_s, QJsonValue()}}
                 : QJsonObject{{u"id"_s, 1},
                               {u"url"_s, QString(m_server.toString() + parent)},
                               {u"path"_s, parent}}},
            {u"order"_s, i},
            {u"available_languages"_s, available},
            {u"thumbnail"_s, i < 10 ? QJsonValue(media(u"img-%1.png"_s.arg(i))) : QJsonValue()},
            {u"organization"_s, QJsonValue()},
            {u"embedded_offers"_s, QJsonArray()},
            {u"hash"_s, QJsonValue()}});
    }
    m_json.insert(u"/api/v3/metropolis/%1/pages/"_s.arg(lang), compact(pages));
    m_json.insert(u"/api/v3/metropolis/%1/imprint/"_s.arg(lang), QByteArray("[]"));
}

void Metropolis::generateEvents(int li)
{
    const QString lang = m_languages.at(li);
    TextGenerator &gen = text(li);
    QJsonArray events;
    for (int i = 0; i < m_size.events; ++i) {
        const QString path = u"/metropolis/%1/events/veranstaltung-%2/"_s.arg(lang).arg(i);
        const QDate day = QDate(2026, 12, 1).addDays(i % 60);
        const QString start = day.toString(Qt::ISODate) + u"T10:00:00+01:00"_s;
        const QString end = day.toString(Qt::ISODate) + u"T12:00:00+01:00"_s;
        const bool recurring = i % 5 == 0;
        events.append(QJsonObject{
            {u"id"_s, i},
            {u"url"_s, QString(m_server.toString() + path)},
            {u"path"_s, path},
            {u"title"_s, gen.words(3)},
            {u"modified_gmt"_s, u"2026-01-15T09:00:00.000Z"_s},
            {u"last_updated"_s, kUpdated},
            {u"excerpt"_s, gen.sentence()},
            {u"content"_s, gen.html(800)},
            {u"available_languages"_s, QJsonObject{}},
            {u"thumbnail"_s, QJsonValue()},
            {u"location"_s, QJsonObject{{u"id"_s, i % m_size.places},
                                        {u"name"_s, gen.words(2)},
                                        {u"address"_s, u"Hauptstraße %1"_s.arg(i)},
                                        {u"town"_s, u"Metropolis"_s},
                                        {u"state"_s, QJsonValue()},
                                        {u"postcode"_s, u"99999"_s},
                                        {u"region"_s, QJsonValue()},
                                        {u"country"_s, u"Deutschland"_s},
                                        {u"latitude"_s, 50.0 + (i % 100) * 0.001},
                                        {u"longitude"_s, 10.0}}},
            {u"location_path"_s,
             u"/metropolis/%1/locations/ort-%2/"_s.arg(lang).arg(i % m_size.places)},
            {u"meeting_url"_s, QJsonValue()},
            {u"event"_s, QJsonObject{{u"id"_s, i},
                                     {u"start"_s, start},
                                     {u"end"_s, end},
                                     {u"all_day"_s, false},
                                     {u"recurrence_id"_s, recurring ? QJsonValue(i) : QJsonValue()},
                                     {u"timezone"_s, u"Europe/Berlin"_s},
                                     {u"only_weekdays"_s, false}}},
            {u"recurrence_rule"_s,
             recurring ? QJsonValue(u"DTSTART:%1T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO"_s.arg(
                             day.toString(u"yyyyMMdd"_s)))
                       : QJsonValue()},
            {u"hash"_s, QJsonValue()}});
    }
    m_json.insert(u"/api/v3/metropolis/%1/events/"_s.arg(lang), compact(events));
}

void Metropolis::generatePlaces(int li)
{
    const QString lang = m_languages.at(li);
    TextGenerator &gen = text(li);
    static const char16_t *colors[] = {u"#1DC6C6", u"#E65100", u"#6A1B9A", u"#2E7D32"};
    QJsonArray categories;
    for (int c = 0; c < m_size.categories; ++c) {
        categories.append(QJsonObject{{u"id"_s, c + 1},
                                      {u"name"_s, gen.words(1)},
                                      {u"color"_s, QString::fromUtf16(colors[c % 4])},
                                      {u"icon"_s, u"office"_s},
                                      {u"icon_url"_s, media(u"cat-%1.png"_s.arg(c))}});
    }
    QJsonArray hours;
    for (int d = 0; d < 7; ++d) {
        hours.append(QJsonObject{
            {u"allDay"_s, false},
            {u"closed"_s, d >= 5},
            {u"appointmentOnly"_s, false},
            {u"timeSlots"_s,
             d >= 5 ? QJsonArray()
                    : QJsonArray{QJsonObject{{u"start"_s, u"09:00"_s}, {u"end"_s, u"12:00"_s}},
                                 QJsonObject{{u"start"_s, u"13:00"_s}, {u"end"_s, u"16:00"_s}}}}});
    }
    QJsonArray places;
    for (int i = 0; i < m_size.places; ++i) {
        const QString path = u"/metropolis/%1/locations/ort-%2/"_s.arg(lang).arg(i);
        places.append(
            QJsonObject{{u"id"_s, i},
                        {u"url"_s, QString(m_server.toString() + path)},
                        {u"path"_s, path},
                        {u"title"_s, gen.words(2)},
                        {u"modified_gmt"_s, u"2026-01-15T09:00:00.000Z"_s},
                        {u"last_updated"_s, kUpdated},
                        {u"excerpt"_s, gen.sentence()},
                        {u"content"_s, gen.html(600)},
                        {u"available_languages"_s, QJsonObject{}},
                        {u"thumbnail"_s, QJsonValue()},
                        {u"meta_description"_s, QJsonValue()},
                        {u"contacts"_s,
                         QJsonArray{QJsonObject{{u"area_of_responsibility"_s, gen.words(2)},
                                                {u"name"_s, gen.words(2)},
                                                {u"email"_s, u"info%1@metropolis.example"_s.arg(i)},
                                                {u"phone_number"_s, u"+49 999 %1"_s.arg(1000 + i)},
                                                {u"mobile_number"_s, QJsonValue()},
                                                {u"website"_s, QJsonValue()},
                                                {u"opening_hours"_s, QJsonValue()},
                                                {u"appointment_url"_s, QJsonValue()}}}},
                        {u"category"_s, categories.at(i % m_size.categories)},
                        {u"temporarily_closed"_s, false},
                        {u"opening_hours"_s, hours},
                        {u"appointment_url"_s, QJsonValue()},
                        {u"location"_s, QJsonObject{{u"id"_s, i},
                                                    {u"name"_s, gen.words(2)},
                                                    {u"address"_s, u"Ringstraße %1"_s.arg(i)},
                                                    {u"town"_s, u"Metropolis"_s},
                                                    {u"state"_s, QJsonValue()},
                                                    {u"postcode"_s, u"99999"_s},
                                                    {u"region"_s, QJsonValue()},
                                                    {u"country"_s, u"Deutschland"_s},
                                                    {u"latitude"_s, 49.9 + (i % 400) * 0.0005},
                                                    {u"longitude"_s, 9.8 + (i / 400) * 0.05}}},
                        {u"organization"_s, QJsonValue()},
                        {u"barrier_free"_s, i % 3 == 0},
                        {u"hash"_s, QJsonValue()}});
    }
    m_json.insert(u"/api/v3/metropolis/%1/locations/"_s.arg(lang), compact(places));
    m_json.insert(u"/api/v3/metropolis/%1/location-categories/"_s.arg(lang), compact(categories));
}

void Metropolis::generateNews(int li)
{
    const QString lang = m_languages.at(li);
    TextGenerator &gen = text(li);
    constexpr int pageSize = 100; // as the client asks for
    const int pages = (m_size.news + pageSize - 1) / pageSize;
    for (int page = 1; page <= pages + 1; ++page) {
        QJsonArray items;
        for (int i = (page - 1) * pageSize; i < std::min(m_size.news, page * pageSize); ++i) {
            const QString date =
                QDateTime(QDate(2026, 11, 25).addDays(-i / 4), QTime(9, 0), QTimeZone(3600))
                    .toString(Qt::ISODate);
            items.append(
                QJsonObject{{u"id"_s, u"local-%1"_s.arg(li * 10000 + i)},
                            {u"title"_s, gen.words(4)},
                            {u"content"_s, QString(gen.sentence() + u' ' + gen.sentence())},
                            {u"last_updated"_s, date},
                            {u"display_date"_s, date},
                            {u"channel"_s, u"news"_s},
                            {u"available_languages"_s, QJsonObject{}},
                            {u"source"_s, u"local"_s},
                            {u"externalUrl"_s, QJsonValue()}});
        }
        m_json.insert(u"/api/v3/metropolis/%1/news/?source=local&size=%2&page=%3"_s.arg(lang)
                          .arg(pageSize)
                          .arg(page),
                      compact(items));
    }
}

QHash<QString, QByteArray> Metropolis::changePages(double fraction, int *changed) const
{
    QHash<QString, QByteArray> out;
    int total = 0;
    for (const QString &lang : m_languages) {
        const QString route = u"/api/v3/metropolis/%1/pages/"_s.arg(lang);
        QJsonArray pages = QJsonDocument::fromJson(m_json.value(route)).array();
        const int step = std::max(1, int(std::lround(1.0 / fraction)));
        for (qsizetype i = 0; i < pages.size(); i += step) {
            QJsonObject page = pages.at(i).toObject();
            page[u"title"_s] = QString(page.value(u"title"_s).toString() + u" (neu)"_s);
            page[u"last_updated"_s] = kChanged;
            pages[i] = page;
            ++total;
        }
        out.insert(route, compact(pages));
    }
    if (changed)
        *changed = total;
    return out;
}

} // namespace integreat::bench
