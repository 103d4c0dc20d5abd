#include "storage/SqlCipherRegistration.h"

#include "storage/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlDriverCreator>

#include <sqlcipher/sqlite3.h>

namespace hrdesk::storage {

void registerSqlCipherDriver()
{
    // A function-local static is initialised exactly once even under concurrent first calls;
    // registering twice would replace (and leak) the first creator.
    static const bool registered = [] {
        // Before SQLite initialises (the first open): without memory statistics, sqlite3_malloc
        // takes no global mutex. Nothing here reads sqlite3_memory_used(); bulk writes allocate
        // millions of times. Too late (SQLITE_MISUSE) only if something opened SQLite first.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace hrdesk::storage
