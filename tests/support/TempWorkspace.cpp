#include "TempWorkspace.h"

#include "TestSupport.h"
#include "core/common/Ids.h"

#include <QSqlQuery>

namespace hrdesk::test {

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
{
    auto database = storage::Database::open(m_path, fixedTestKey(), storage::Database::Mode::CreateNew, &m_error);
    if (database)
        m_workspace = Workspace::initialize(std::move(database), newId(), &m_error);
}

qint64 rowCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace hrdesk::test
