#include "desktop/common/storeguard.h"

#include "core/store/storeerror.h"

#include <QLoggingCategory>

namespace integreat::desktop {

namespace {
Q_LOGGING_CATEGORY(lcStore, "integreat.store")
}

bool StoreGuard::run(const std::function<void()> &read, const Show &show)
{
    try {
        read();
        return true;
    } catch (const store::StoreError &error) {
        report(error, show);
        return false;
    }
}

void StoreGuard::report(const store::StoreError &error, const Show &show)
{
    qCWarning(lcStore).noquote() << error.message() << "-" << error.detail();
    if (show)
        show(text(error));
}

QString StoreGuard::text(const store::StoreError &error)
{
    return tr("The saved content could not be read: %1").arg(error.message());
}

} // namespace integreat::desktop
