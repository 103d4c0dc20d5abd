#include "storage/SqlCipherRegistration.h"

#include "storage/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlDriverCreator>

namespace hrdesk::storage {

void registerSqlCipherDriver()
{
    // A function-local static is initialised exactly once even under concurrent first calls;
    // registering twice would replace (and leak) the first creator.
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace hrdesk::storage
