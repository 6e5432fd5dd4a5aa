#include "desktop/common/statusloader.h"

#include "desktop/common/storeguard.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <optional>

namespace integreat::desktop {

namespace {
/// What comes back from the worker: figures, or the error that stopped the count.
struct Outcome
{
    StatusLoader::Figures figures;
    std::optional<store::StoreError> error;
};
} // namespace

StatusLoader::StatusLoader(QString storeFile, QObject *parent)
    : QObject(parent)
    , m_storeFile(std::move(storeFile))
    , m_read(&StatusLoader::read)
{
}

StatusLoader::Figures StatusLoader::read(const QString &storeFile)
{
    const store::Store store(storeFile);
    Figures figures;
    figures.regions = store.status();
    figures.bytes = store.sizeBytes();
    try {
        figures.bytes += store.resourceStats().bytes;
    } catch (const store::StoreError &) {
        // older store without the resource table: the database size alone
    }
    return figures;
}

void StatusLoader::load()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Outcome>(this); // gone with the loader: no late answer
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer count is on its way, or the screen was closed
        m_loading = false;
        const Outcome outcome = watcher->result();
        if (outcome.error) {
            StoreGuard::report(*outcome.error, [this](const QString &text) { emit failed(text); });
            return;
        }
        m_figures = outcome.figures;
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([read = m_read, file = m_storeFile] {
        Outcome outcome;
        try {
            outcome.figures = read(file);
        } catch (const store::StoreError &error) {
            outcome.error = error;
        } catch (const std::exception &error) { // not SQLite's: still one sentence, no abort
            outcome.error =
                store::StoreError(store::StoreError::Reason::Other,
                                  store::StoreError::messageFor(store::StoreError::Reason::Other),
                                  QString::fromUtf8(error.what()));
        }
        return outcome;
    }));
}

void StatusLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}

} // namespace integreat::desktop
