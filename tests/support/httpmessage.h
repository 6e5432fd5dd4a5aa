#pragma once

#include "testserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Internal to the test server: HTTP/1.1 request parsing and response formatting.
namespace integreat::testing::http {

inline constexpr qsizetype MaxHeaderBytes = 64 * 1024;
inline constexpr qint64 MaxBodyBytes = 64ll * 1024 * 1024;

struct ParsedRequest
{
    RecordedRequest request;
    bool keepAlive = true;
    bool expectContinue = false;
};

struct ParseResult
{
    enum class Status
    {
        Incomplete,
        Complete,
        Error
    };
    Status status = Status::Incomplete;
    bool headersComplete = false; ///< with Incomplete: the body is still arriving
    int errorStatus = 400;        ///< with Error: what to answer (400, 413, 501, 505)
    QByteArray errorMessage;
};

/// Parses one request from the front of `buffer`. On Complete the request is removed from the
/// buffer (so pipelined requests stay for the next call).
ParseResult parseRequest(QByteArray &buffer, ParsedRequest &out);

/// Splits a raw request target into its decoded path (without leading "/") and query; false
/// when it is not an origin-form or absolute-form target or has a bad %-escape.
bool decodeTarget(const QByteArray &rawTarget, QString &path, QString &query, bool &hasQuery);

/// A route key from a manifest line or setRoute(): decoded, without the leading "/".
QString routeKey(const QString &pathAndQuery);
/// The path part of a route key (everything before the first "?").
QString pathOfKey(const QString &key);

QByteArray reasonPhrase(int status);
/// IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &utc);
QDateTime parseHttpDate(const QByteArray &value);
/// By file extension: .json, .html, .png ...; empty when unknown.
QByteArray contentTypeForName(const QString &fileName);
/// contentTypeForName(path), else application/json for a body starting with { or [, else
/// application/octet-stream.
QByteArray guessContentType(const QString &path, const QByteArray &body);

/// Case-insensitive header lookup; null when absent.
QByteArray headerValue(const HeaderList &headers, const QByteArray &name);
/// `base` with every header of `overrides` replacing the same-named ones.
HeaderList mergeHeaders(const HeaderList &base, const HeaderList &overrides);

/// A zlib stream (Content-Encoding: deflate) that unpacks to `bytes` spaces (cached per size).
QByteArray deflateBomb(qint64 bytes);

/// Status line and headers, with Date (unless given), Content-Length (unless < 0) and
/// Connection. Content-Length, Connection and Transfer-Encoding in `headers` are ignored.
QByteArray serializeHead(int status, const HeaderList &headers, qint64 contentLength, bool close);

} // namespace integreat::testing::http
