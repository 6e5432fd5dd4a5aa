#include "chatdemo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integreat::testing {

namespace {

/// The body of the first manifest row for `url`, empty when there is none.
QByteArray corpusBody(const QString &corpusDir, const QString &url)
{
    QFile manifest(QDir(corpusDir).filePath(u"manifest.tsv"_s));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    while (!manifest.atEnd()) {
        const QStringList columns = QString::fromUtf8(manifest.readLine()).trimmed().split(u'\t');
        if (columns.size() >= 2 && columns.at(0) == url) {
            QFile file(QDir(corpusDir).filePath(u"expected-outputs/"_s + columns.at(1)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
    }
    return {};
}

enum class Script
{
    Latin,
    Arabic,
    Farsi,
};

Script scriptOf(const QString &text)
{
    // Letters Persian has and Arabic has not: پ چ ژ گ and the Persian kaf and yeh.
    static const QRegularExpression farsi(u"[\u067e\u0686\u0698\u06af\u06a9\u06cc]"_s);
    static const QRegularExpression arabic(u"[\u0600-\u06ff]"_s);
    if (farsi.match(text).hasMatch())
        return Script::Farsi;
    return arabic.match(text).hasMatch() ? Script::Arabic : Script::Latin;
}

QString automaticAnswer(Script script)
{
    switch (script) {
    case Script::Farsi:
        return u"<p>سلام! این یک پاسخ خودکار است. مشاوران ما تا ساعت ۱۶:۰۰ پاسخ "
               u"می‌دهند.</p>"
               u"<p>اطلاعات بیشتر: <a href=\"https://integreat.app/augsburg/de/willkommen\">"
               u"خوش آمدید</a></p>"_s;
    case Script::Arabic:
        return u"<p>مرحبًا! هذا رد آلي. يرد المستشارون حتى الساعة 16:00.</p>"
               u"<p>المزيد: <a href=\"https://integreat.app/augsburg/de/willkommen\">أهلاً</a></p>"_s;
    case Script::Latin:
        break;
    }
    return u"<p>Hallo! Das ist eine automatische Antwort: Eine Beraterin antwortet bis 16:00 "
           u"Uhr.</p><p>Mehr: <a href=\"https://integreat.app/augsburg/de/willkommen\">"
           u"Willkommen</a></p>"_s;
}

QString counselorAnswer(Script script)
{
    switch (script) {
    case Script::Farsi:
        return u"<p>برای ثبت نام به دفتر شهروندی بروید، تلفن 0821 324-0.</p>"_s;
    case Script::Arabic:
        return u"<p>للتسجيل اذهب إلى مكتب المواطنين، الهاتف 0821 324-0.</p>"_s;
    case Script::Latin:
        break;
    }
    return u"<p>Die Anmeldung machen Sie im Bürgerbüro, Telefon 0821 324-0.</p>"_s;
}

} // namespace

ChatDemo::ChatDemo(QObject *parent)
    : QObject(parent)
{
    connect(&m_poll, &QTimer::timeout, this, &ChatDemo::poll);
}

QStringList ChatDemo::install(TestServer &server, const QString &corpusDir,
                              const QStringList &regions)
{
    m_service.install(server);
    QStringList found;
    for (const QString &region : regions) {
        m_service.enable(region);
        const QString url = u"api/v3/regions/%1/"_s.arg(region);
        if (const QByteArray body = corpusBody(corpusDir, url); !body.isEmpty())
            server.setRoute(url, {200, withChat(body, regions, found)});
    }
    for (const QString &list : {u"api/v3/regions/"_s, u"wp-json/extensions/v3/sites/"_s}) {
        if (const QByteArray body = corpusBody(corpusDir, list); !body.isEmpty())
            server.setRoute(list, {200, withChat(body, regions, found)});
    }
    server.setHandler(u"test/chat/fail/"_s, [this](const RecordedRequest &request) {
        // /test/chat/fail/{status}?times=N
        const QString path = request.target.section(u'?', 0, 0);
        const int status = path.section(u'/', 4, 4).toInt();
        const int times = request.target.section(u"times="_s, 1, 1).toInt();
        if (status < 100 || status > 599)
            return std::optional<Response>(Response{400, "status 100-599\n", {}, "text/plain"});
        m_service.failNext(status, times > 0 ? times : 3);
        return std::optional<Response>(Response{200, "ok\n", {}, "text/plain"});
    });
    m_poll.start(250);
    QStringList missing;
    for (const QString &region : regions) {
        if (!found.contains(region))
            missing.append(region);
    }
    return missing;
}

QByteArray ChatDemo::withChat(const QByteArray &body, const QStringList &regions,
                              QStringList &found)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    auto patch = [&](QJsonObject region) {
        const QString slug = region.value("path"_L1).toString().remove(u'/');
        if (regions.contains(slug)) {
            region.insert(u"is_chat_enabled"_s, true);
            found.append(slug);
        }
        return region;
    };
    if (doc.isObject())
        return QJsonDocument(patch(doc.object())).toJson(QJsonDocument::Compact);
    QJsonArray list;
    for (const QJsonValue &region : doc.array())
        list.append(patch(region.toObject()));
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

void ChatDemo::poll()
{
    for (const QString &device : m_service.devices()) {
        const QList<ChatService::Message> messages = m_service.messages(device);
        if (messages.isEmpty() || !messages.constLast().userIsAuthor ||
            messages.constLast().id == m_answered.value(device))
            continue;
        m_answered.insert(device, messages.constLast().id);
        reply(device, messages.constLast().content);
    }
}

void ChatDemo::reply(const QString &device, const QString &question)
{
    const Script script = scriptOf(question);
    m_service.setTyping(device, true);
    QTimer::singleShot(m_delayMs, this, [this, device, script] {
        m_service.answer(device, automaticAnswer(script), true);
        m_service.setTyping(device, true);
    });
    QTimer::singleShot(3 * m_delayMs, this, [this, device, script] {
        m_service.answer(device, counselorAnswer(script), false);
    });
}

} // namespace integreat::testing
