// The Store's own connection, for tests only: to set up states no caller can reach (a full
// disk through max_page_count, a damaged table, a schema to migrate) and to look at rows the
// Store offers no read for. Production code has no way to it (Store::database() is private).
#pragma once

#include "core/store/database.h"
#include "core/store/store.h"

namespace integreat::testing {

struct StoreAccess
{
    static integreat::store::Database &database(const integreat::store::Store &store)
    {
        return store.database();
    }
};

} // namespace integreat::testing
