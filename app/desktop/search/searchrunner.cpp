#include "desktop/search/searchrunner.h"

#include "desktop/search/searchworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SearchRunner::SearchRunner(const QString &storeFile, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SearchWorker(storeFile))
{
    qRegisterMetaType<QList<store::SearchHit>>("QList<integreat::store::SearchHit>");
    m_thread->setObjectName(u"integreat-search"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::done, this,
            [this](quint64 ticket, const QList<store::SearchHit> &hits, const QString &error) {
                if (ticket != m_ticket)
                    return; // an older query: typing went on
                m_running = false;
                emit resultsReady(m_query, hits, error);
            });
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &SearchRunner::start);
    m_thread->start();
}

SearchRunner::~SearchRunner()
{
    m_thread->quit();
    m_thread->wait();
}

void SearchRunner::search(const QString &region, const QString &language, const QString &query)
{
    m_region = region;
    m_language = language;
    m_query = query;
    ++m_ticket; // whatever runs now is stale
    m_running = false;
    if (query.trimmed().isEmpty()) {
        m_timer.stop();
        emit resultsReady(query, {}, {});
        return;
    }
    m_timer.start();
}

void SearchRunner::cancel()
{
    m_timer.stop();
    ++m_ticket;
    m_running = false;
}

void SearchRunner::start()
{
    m_running = true;
    const quint64 ticket = m_ticket;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, region = m_region, language = m_language, query = m_query] {
            worker->run(ticket, region, language, query);
        },
        Qt::QueuedConnection);
}

} // namespace integreat::desktop
