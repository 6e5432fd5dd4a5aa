#include "httpmessage.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace integreat::testing::http {

namespace {

ParseResult failure(int status, QByteArray message)
{
    ParseResult result;
    result.status = ParseResult::Status::Error;
    result.errorStatus = status;
    result.errorMessage = std::move(message);
    return result;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(const QByteArray &text, bool allowTab)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(allowTab && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Strict percent-decoding: false on a "%" not followed by two hex digits.
bool percentDecode(const QByteArray &in, QByteArray &out)
{
    out.clear();
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out.append(in[i]);
            continue;
        }
        if (i + 2 >= in.size())
            return false;
        const int hi = hexValue(in[i + 1]);
        const int lo = hexValue(in[i + 2]);
        if (hi < 0 || lo < 0)
            return false;
        out.append(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return true;
}

QString decodeLenient(const QString &text)
{
    QByteArray decoded;
    return percentDecode(text.toUtf8(), decoded) ? QString::fromUtf8(decoded) : text;
}

QList<QByteArray> splitList(const QByteArray &value)
{
    QList<QByteArray> items;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace

ParseResult parseRequest(QByteArray &buffer, ParsedRequest &out)
{
    // RFC 9112 2.2: ignore empty lines before the request line.
    qsizetype skip = 0;
    while (skip < buffer.size() && (buffer[skip] == '\r' || buffer[skip] == '\n'))
        ++skip;
    buffer.remove(0, skip);

    QList<QByteArray> lines;
    qsizetype pos = 0;
    qsizetype bodyStart = -1;
    while (bodyStart < 0) {
        const qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0)
            break;
        QByteArray line = buffer.mid(pos, newline - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = newline + 1;
        if (line.isEmpty())
            bodyStart = pos;
        else
            lines.append(line);
    }
    if (bodyStart < 0 ? buffer.size() > MaxHeaderBytes : bodyStart > MaxHeaderBytes)
        return failure(431, "Request header fields too large");
    if (bodyStart < 0)
        return {};

    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3)
        return failure(400, "Malformed request line");
    const QByteArray &method = requestLine[0];
    const QByteArray &target = requestLine[1];
    const QByteArray &version = requestLine[2];
    if (!isToken(method))
        return failure(400, "Malformed method");
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool looksLikeHttp =
            version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.';
        return looksLikeHttp ? failure(505, "HTTP version not supported")
                             : failure(400, "Malformed HTTP version");
    }
    if (target.isEmpty() || hasControlChars(target, false) || target.contains(' '))
        return failure(400, "Malformed request target");
    QString path;
    QString query;
    bool hasQuery = false;
    if (!decodeTarget(target, path, query, hasQuery))
        return failure(400, "Malformed request target");

    RecordedRequest request;
    QList<QByteArray> contentLengths;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line[0] == ' ' || line[0] == '\t')
            return failure(400, "Malformed header line");
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || hasControlChars(value, true))
            return failure(400, "Malformed header line");
        if (name == "content-length")
            contentLengths.append(splitList(value));
        if (request.headers.contains(name))
            request.headers[name] += ", " + value;
        else
            request.headers.insert(name, value);
    }
    if (request.headers.contains("transfer-encoding"))
        return failure(501, "Transfer-Encoding in requests is not supported");

    qint64 contentLength = 0;
    if (!contentLengths.isEmpty()) {
        for (const QByteArray &item : std::as_const(contentLengths)) {
            if (item != contentLengths.first())
                return failure(400, "Conflicting Content-Length");
        }
        const QByteArray &text = contentLengths.first();
        bool ok = text.size() <= 18;
        for (const char c : text)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return failure(400, "Malformed Content-Length");
        contentLength = text.toLongLong();
        if (contentLength > MaxBodyBytes)
            return failure(413, "Request body too large");
    }

    const bool http10 = version == "HTTP/1.0";
    const QList<QByteArray> connection = splitList(request.headers.value("connection").toLower());
    out.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    out.expectContinue = !http10 && request.headers.value("expect").toLower() == "100-continue";

    if (buffer.size() - bodyStart < contentLength) {
        ParseResult result;
        result.headersComplete = true;
        return result;
    }
    request.method = method;
    request.rawTarget = target;
    request.target = u"/"_s + path + (hasQuery ? u"?"_s + query : QString());
    request.body = buffer.mid(bodyStart, contentLength);
    buffer.remove(0, bodyStart + contentLength);
    out.request = std::move(request);
    ParseResult result;
    result.status = ParseResult::Status::Complete;
    result.headersComplete = true;
    return result;
}

bool decodeTarget(const QByteArray &rawTarget, QString &path, QString &query, bool &hasQuery)
{
    QByteArray target = rawTarget;
    const QByteArray lower = target.left(8).toLower();
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
        const qsizetype authority = target.indexOf("//") + 2;
        const qsizetype slash = target.indexOf('/', authority);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/'))
        return false;
    const qsizetype question = target.indexOf('?');
    hasQuery = question >= 0;
    QByteArray decodedPath;
    QByteArray decodedQuery;
    if (!percentDecode(target.mid(1, hasQuery ? question - 1 : -1), decodedPath))
        return false;
    if (hasQuery && !percentDecode(target.mid(question + 1), decodedQuery))
        return false;
    path = QString::fromUtf8(decodedPath);
    query = QString::fromUtf8(decodedQuery);
    return true;
}

QString routeKey(const QString &pathAndQuery)
{
    QString key = pathAndQuery.trimmed();
    const qsizetype question = key.indexOf(u'?');
    QString path = decodeLenient(question < 0 ? key : key.left(question));
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (question < 0)
        return path;
    return path + u'?' + decodeLenient(key.mid(question + 1));
}

QString pathOfKey(const QString &key)
{
    const qsizetype question = key.indexOf(u'?');
    return question < 0 ? key : key.left(question);
}

QByteArray reasonPhrase(int status)
{
    // clang-format off
    static const QHash<int, QByteArray> phrases = {
        {100, "Continue"}, {200, "OK"}, {201, "Created"}, {204, "No Content"},
        {206, "Partial Content"}, {301, "Moved Permanently"}, {302, "Found"},
        {304, "Not Modified"}, {307, "Temporary Redirect"}, {308, "Permanent Redirect"},
        {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {405, "Method Not Allowed"}, {408, "Request Timeout"}, {410, "Gone"},
        {413, "Content Too Large"}, {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"}, {500, "Internal Server Error"},
        {501, "Not Implemented"}, {502, "Bad Gateway"}, {503, "Service Unavailable"},
        {504, "Gateway Timeout"}, {505, "HTTP Version Not Supported"},
    };
    // clang-format on
    return phrases.value(status, "Unknown");
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime parsed = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (parsed.isValid())
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

QByteArray contentTypeForName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0 || fileName.indexOf(u'/', dot) >= 0)
        return {};
    const QString ext = fileName.mid(dot + 1).toLower();
    static const QList<QPair<QString, QByteArray>> types = {
        {u"json"_s, "application/json"},
        {u"html"_s, "text/html; charset=utf-8"},
        {u"htm"_s, "text/html; charset=utf-8"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"webp"_s, "image/webp"},
        {u"svg"_s, "image/svg+xml"},
        {u"ico"_s, "image/x-icon"},
        {u"pdf"_s, "application/pdf"},
        {u"txt"_s, "text/plain; charset=utf-8"},
        {u"css"_s, "text/css"},
        {u"js"_s, "text/javascript"},
        {u"xml"_s, "application/xml"},
        {u"ics"_s, "text/calendar"},
        {u"mbtiles"_s, "application/vnd.sqlite3"},
        {u"pbf"_s, "application/x-protobuf"},
    };
    for (const auto &[extension, type] : types) {
        if (extension == ext)
            return type;
    }
    return {};
}

QByteArray guessContentType(const QString &path, const QByteArray &body)
{
    const QByteArray byName = contentTypeForName(pathOfKey(path));
    if (!byName.isEmpty())
        return byName;
    const QByteArray start = body.trimmed().left(1);
    if (start == "{" || start == "[")
        return "application/json";
    return "application/octet-stream";
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HeaderList mergeHeaders(const HeaderList &base, const HeaderList &overrides)
{
    HeaderList merged;
    for (const auto &header : base) {
        if (headerValue(overrides, header.first).isNull())
            merged.append(header);
    }
    merged.append(overrides);
    return merged;
}

QByteArray deflateBomb(qint64 bytes)
{
    static QMutex mutex;
    static QHash<qint64, QByteArray> made;
    QMutexLocker lock(&mutex);
    auto found = made.constFind(bytes);
    if (found != made.constEnd())
        return *found;
    // qCompress: a 4-byte length, then a zlib stream; packed piecewise would need zlib itself,
    // so the spaces exist once, briefly.
    const QByteArray stream = qCompress(QByteArray(qsizetype(bytes), ' '), 9).mid(4);
    made.insert(bytes, stream);
    return stream;
}

QByteArray serializeHead(int status, const HeaderList &headers, qint64 contentLength, bool close)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasDate = false;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding")
            continue;
        hasDate = hasDate || lower == "date";
        head += name + ": " + value + "\r\n";
    }
    if (!hasDate)
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

} // namespace integreat::testing::http
