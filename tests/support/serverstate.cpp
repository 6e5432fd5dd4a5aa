#include "serverstate.h"

#include "httpmessage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace integreat::testing {

namespace {

QByteArray textOrJsonType(const QByteArray &body)
{
    const QByteArray type = http::guessContentType(QString(), body);
    return type == "application/octet-stream" ? QByteArray("text/plain; charset=utf-8") : type;
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const auto weakless = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        if (weakless(candidate) == weakless(etag))
            return true;
    }
    return false;
}

/// RFC 9110 13.1.2/13.1.3: If-None-Match wins over If-Modified-Since.
bool notModified(const RecordedRequest &request, const HeaderList &routeHeaders)
{
    if (request.method != "GET" && request.method != "HEAD")
        return false;
    const QByteArray etag = http::headerValue(routeHeaders, "etag");
    if (request.headers.contains("if-none-match"))
        return !etag.isEmpty() && etagMatches(request.headers.value("if-none-match"), etag);
    const QByteArray lastModified = http::headerValue(routeHeaders, "last-modified");
    if (lastModified.isEmpty() || !request.headers.contains("if-modified-since"))
        return false;
    const QDateTime since = http::parseHttpDate(request.headers.value("if-modified-since"));
    const QDateTime modified = http::parseHttpDate(lastModified);
    return since.isValid() && modified.isValid() && since >= modified;
}

HeaderList withoutContentType(const HeaderList &headers)
{
    HeaderList result;
    for (const auto &header : headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) != 0)
            result.append(header);
    }
    return result;
}

} // namespace

int ServerState::loadCorpus(const QString &corpusDir)
{
    QFile manifest(QDir(corpusDir).filePath(u"manifest.tsv"_s));
    if (!manifest.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "TestServer: cannot read %s\n", qUtf8Printable(manifest.fileName()));
        return 0;
    }
    static const QRegularExpression statusPattern(u"(?:^|[;\\s])status=(\\d{3})"_s);
    const QDir outputs(QDir(corpusDir).filePath(u"expected-outputs"_s));
    QHash<QString, QByteArray> files;
    QHash<QString, Response> routes;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).remove(u'\r').remove(u'\n');
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 2 || columns[0].isEmpty() || columns[0] == u"url_path_and_query"_s ||
            columns[0].startsWith(u'#') || columns[0].startsWith(u"POST "_s))
            continue;
        const QString key = http::routeKey(columns[0]);
        if (routes.contains(key))
            continue; // the first row of a URL is the current one; later ones are legacy
        const QString fileName = columns[1].trimmed();
        if (!files.contains(fileName)) {
            QFile file(outputs.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "TestServer: missing corpus file %s\n",
                             qUtf8Printable(file.fileName()));
                continue;
            }
            files.insert(fileName, file.readAll());
        }
        Response response;
        const auto match = statusPattern.match(columns.value(2));
        response.status = match.hasMatch() ? match.captured(1).toInt() : 200;
        response.body = files.value(fileName);
        response.contentType = http::contentTypeForName(fileName);
        if (response.contentType.isEmpty())
            response.contentType = "application/octet-stream";
        routes.insert(key, response);
    }
    QMutexLocker lock(&m_mutex);
    m_corpus.insert(routes);
    return int(routes.size());
}

void ServerState::clearCorpus()
{
    QMutexLocker lock(&m_mutex);
    m_corpus.clear();
}

void ServerState::setRoute(const QString &pathAndQuery, const Response &response)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(http::routeKey(pathAndQuery), response);
}

void ServerState::removeRoute(const QString &pathAndQuery)
{
    QMutexLocker lock(&m_mutex);
    m_routes.remove(http::routeKey(pathAndQuery));
}

void ServerState::clearRoutes()
{
    QMutexLocker lock(&m_mutex);
    m_routes.clear();
    m_handlers.clear();
}

void ServerState::setHandler(const QString &pathPrefix, Handler handler, bool replace)
{
    QString prefix = pathPrefix;
    if (prefix.startsWith(u'/'))
        prefix.remove(0, 1);
    QMutexLocker lock(&m_mutex);
    if (replace)
        m_handlers.removeIf([&](const auto &entry) { return entry.first == prefix; });
    m_handlers.append({prefix, std::move(handler)});
}

void ServerState::addFault(const QString &path, const FaultSpec &spec)
{
    if (spec.times == 0)
        return;
    QMutexLocker lock(&m_mutex);
    m_faults.append({http::pathOfKey(http::routeKey(path)), spec});
}

void ServerState::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<RecordedRequest> ServerState::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int ServerState::requestCount(const QString &pathPrefix) const
{
    const QString prefix = u"/"_s + http::routeKey(pathPrefix);
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const RecordedRequest &r) {
        return r.target.startsWith(prefix);
    }));
}

void ServerState::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

std::optional<Response> ServerState::findRoute(const QString &key) const
{
    const QString path = http::pathOfKey(key);
    for (const QHash<QString, Response> *table : {&m_routes, &m_corpus}) {
        if (const auto it = table->constFind(key); it != table->cend())
            return *it;
        if (const auto it = table->constFind(path); it != table->cend())
            return *it;
    }
    return std::nullopt;
}

std::optional<FaultSpec> ServerState::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultEntry &entry = m_faults[i];
        const bool matches = entry.path.endsWith(u'*')
                                 ? path.startsWith(QStringView(entry.path).chopped(1))
                                 : path == entry.path;
        if (!matches)
            continue;
        const FaultSpec spec = entry.spec;
        if (entry.spec.times > 0 && --entry.spec.times == 0)
            m_faults.removeAt(i);
        return spec;
    }
    return std::nullopt;
}

ResponsePlan ServerState::plan(const RecordedRequest &request)
{
    const QString key = request.target.mid(1);
    const QString path = http::pathOfKey(key);
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    const std::optional<FaultSpec> fault = takeFault(path);

    Response route;
    // Every handler whose prefix matches, in the order added, until one answers. A Status fault
    // stands in for the whole answer: a handler with state (feedback, chat) must not act on it.
    std::optional<Response> handled;
    for (const auto &[prefix, handler] : std::as_const(m_handlers)) {
        if (fault && fault->fault == Fault::Status)
            break;
        if (path.startsWith(prefix) && (handled = handler(request)))
            break;
    }
    if (handled)
        route = *handled;
    else if (const auto found = findRoute(key))
        route = *found;
    else
        route = Response{404, R"({"error":"Not found"})", {}, "application/json"};

    ResponsePlan plan;
    plan.status = route.status;
    plan.body = route.body;
    const QByteArray contentType =
        route.contentType.isEmpty() ? http::guessContentType(path, route.body) : route.contentType;
    plan.headers = http::mergeHeaders({{"Content-Type", contentType}}, route.headers);
    if (!fault) {
        if (route.status == 200 && notModified(request, route.headers)) {
            plan.status = 304;
            plan.body.clear();
            plan.headers = withoutContentType(route.headers);
        }
        return plan;
    }

    if (!fault->body.isEmpty())
        plan.body = fault->body;
    plan.headers = http::mergeHeaders(plan.headers, fault->headers);
    switch (fault->fault) {
    case Fault::Status:
        plan.status = fault->status;
        plan.body = fault->body;
        plan.headers =
            http::mergeHeaders({{"Content-Type", textOrJsonType(fault->body)}}, fault->headers);
        break;
    case Fault::CloseMidBody:
        plan.mode = ResponsePlan::Mode::CloseMidBody;
        break;
    case Fault::Stall:
        plan.mode = ResponsePlan::Mode::Stall;
        break;
    case Fault::Malformed:
        plan.body = plan.body.left(plan.body.size() / 2) + "\x01}]}<<not json>>\"{[";
        break;
    case Fault::Huge:
        plan.mode = ResponsePlan::Mode::Huge;
        plan.status = 200;
        plan.body.clear();
        plan.hugeBytes = qMax<qint64>(0, fault->hugeBytes);
        plan.headers = http::mergeHeaders({{"Content-Type", "application/json"}}, fault->headers);
        break;
    case Fault::Slow:
        plan.mode = ResponsePlan::Mode::Slow;
        plan.chunkDelayMs = qMax(0, fault->slowChunkDelayMs);
        plan.chunkBytes = qMax(1, fault->slowChunkBytes);
        break;
    case Fault::EndlessChunked:
        plan.mode = ResponsePlan::Mode::EndlessChunked;
        plan.status = 200;
        plan.body.clear();
        plan.headers = http::mergeHeaders({{"Content-Type", "application/json"}}, fault->headers);
        break;
    case Fault::Trickle:
        plan.mode = ResponsePlan::Mode::Trickle;
        plan.status = 200;
        plan.body.clear();
        plan.chunkDelayMs = qMax(1, fault->slowChunkDelayMs);
        plan.headers = http::mergeHeaders({{"Content-Type", "application/json"}}, fault->headers);
        break;
    case Fault::DeflateBomb:
        plan.status = 200;
        plan.body = http::deflateBomb(fault->hugeBytes);
        plan.headers = http::mergeHeaders(
            {{"Content-Type", "application/json"}, {"Content-Encoding", "deflate"}},
            fault->headers);
        break;
    }
    return plan;
}

ResponsePlan ServerState::respond(const RecordedRequest &request)
{
    ResponsePlan answer = plan(request);
    QMutexLocker lock(&m_mutex);
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    if (m_pacing.delayMs <= 0 && m_pacing.bytesPerSecond <= 0)
        return answer;
    answer.delayMs = m_pacing.delayMs;
    if (answer.mode == ResponsePlan::Mode::Normal && m_pacing.bytesPerSecond > 0 &&
        answer.body.size() > m_pacing.limitAboveBytes) {
        constexpr int TicksPerSecond = 20;
        answer.mode = ResponsePlan::Mode::Slow;
        answer.chunkDelayMs = 1000 / TicksPerSecond;
        answer.chunkBytes = int(std::max<qint64>(1, m_pacing.bytesPerSecond / TicksPerSecond));
    }
    return answer;
}

void ServerState::answered()
{
    QMutexLocker lock(&m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
}

void ServerState::setPacing(const Pacing &pacing)
{
    QMutexLocker lock(&m_mutex);
    m_pacing = pacing;
}

int ServerState::maxConcurrentRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxInFlight;
}

void ServerState::resetConcurrency()
{
    QMutexLocker lock(&m_mutex);
    m_maxInFlight = m_inFlight;
}

} // namespace integreat::testing
