#include "desktop/search/searchworker.h"

#include "core/store/store.h"

namespace integreat::desktop {

SearchWorker::SearchWorker(QString storeFile)
    : m_storeFile(std::move(storeFile))
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(quint64 ticket, const QString &region, const QString &language,
                       const QString &query)
{
    try {
        if (!m_store)
            m_store = std::make_unique<store::Store>(m_storeFile);
        emit done(ticket, m_store->search(region, language, query, store::SearchMode::AlsoGerman),
                  {});
    } catch (const store::StoreError &error) {
        m_store.reset(); // reopen next time
        emit done(ticket, {}, QString::fromUtf8(error.what()));
    }
}

} // namespace integreat::desktop
