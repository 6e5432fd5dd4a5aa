#include "desktop/settings/packimporter.h"

#include "desktop/common/offguithread.h"
#include "desktop/settings/packimport.h"

namespace integreat::desktop {

PackImporter::PackImporter(store::Store &store, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dataDir(dataDir)
{
}

PackImporter::~PackImporter()
{
    m_closing->store(true); // an import still waiting for a sync gives up; one under way ends
}

bool PackImporter::start(const QString &file, bool force)
{
    if (m_running || file.isEmpty())
        return false;
    m_running = true;
    m_file = file;
    m_resultText.clear();
    m_skippedOlder = false;
    emit started();
    runOffGuiThread(
        this,
        [dataDir = m_dataDir, server = m_server, file, force, closing = m_closing] {
            return PackImport::run(dataDir, server, file, force,
                                   [closing] { return closing->load(); });
        },
        [this, file](const pack::PackImportResult &result) {
            m_running = false;
            m_resultText = PackImport::resultText(result, file, m_store);
            m_skippedOlder = result.ok() && !PackImport::skipped(result).isEmpty();
            if (result.ok() && result.imported() > 0)
                emit contentImported(result.manifest.region);
            emit finished();
        });
    return true;
}

} // namespace integreat::desktop
