#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace integreat::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// How one request ended. `error` is a sentence naming the cause; empty when ok.
struct Reply
{
    enum class Outcome
    {
        Ok,           ///< a 1xx-3xx answer with its whole body
        HttpError,    ///< a 4xx/5xx answer (its body is in `body`)
        NetworkError, ///< no answer, a reset or a truncated body
        Timeout,      ///< silent for longer than the idle timeout
        TooSlow,      ///< slower than the minimum throughput
        TooLarge,     ///< larger than the size cap
        Redirect,     ///< a redirect the rule does not allow
        Refused,      ///< the caller refused what the headers announced (a web page for an image)
        WriteFailed,  ///< the body could not be written (disk full, no permission)
        Cancelled,
    };
    Outcome outcome = Outcome::NetworkError;
    int status = 0; ///< HTTP status, 0 when none arrived
    HeaderList headers;
    QByteArray body;  ///< empty when a body sink took the bytes
    qint64 bytes = 0; ///< body bytes received (after decompression)
    QString error;
    QUrl url;             ///< after redirects
    int attempts = 0;     ///< set by Fetcher
    int networkError = 0; ///< QNetworkReply::NetworkError of a NetworkError/Timeout outcome

    bool ok() const { return outcome == Outcome::Ok; }
    bool notFound() const { return outcome == Outcome::HttpError && status == 404; }
    /// No answer came: no connection, a reset, a timeout, a stalling server. What a user calls
    /// "offline"; worth trying again later.
    bool isOffline() const
    {
        return outcome == Outcome::NetworkError || outcome == Outcome::Timeout ||
               outcome == Outcome::TooSlow;
    }
    QByteArray header(const QByteArray &name) const;
};

} // namespace integreat::net
