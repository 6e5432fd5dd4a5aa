#include "barefetch.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <atomic>

namespace integreat::bench {

BareFetch fetchAndParse(const QList<QUrl> &urls, int connections)
{
    BareFetch out;
    QElapsedTimer clock;
    clock.start();
    QNetworkAccessManager manager;
    QEventLoop loop;
    qsizetype nextUrl = 0;
    int running = 0;
    std::atomic<int> failed{0};
    QThreadPool parsers;
    std::function<void()> startNext = [&] {
        while (running < connections && nextUrl < urls.size()) {
            QNetworkRequest request(urls.at(nextUrl++));
            // One connection per request in flight, as the sync's workers have.
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QNetworkReply *reply = manager.get(request);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                --running;
                if (reply->error() != QNetworkReply::NoError) {
                    ++failed;
                } else {
                    const QByteArray body = reply->readAll();
                    out.bytes += body.size();
                    parsers.start([body, &failed] {
                        QJsonParseError error;
                        QJsonDocument::fromJson(body, &error);
                        if (error.error != QJsonParseError::NoError)
                            ++failed;
                    });
                }
                startNext();
                if (running == 0 && nextUrl >= urls.size())
                    loop.quit();
            });
        }
    };
    startNext();
    if (running > 0)
        loop.exec();
    parsers.waitForDone();
    out.wallMs = double(clock.nsecsElapsed()) / 1e6;
    out.failed = failed;
    return out;
}

} // namespace integreat::bench
