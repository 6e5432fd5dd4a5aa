#include "store/migrations.h"

#include "store/database.h"

namespace integreat::store {

void applyResourceSchema(Database &db)
{
    (void)db; // filled in by the resource work in progress
}

} // namespace integreat::store
