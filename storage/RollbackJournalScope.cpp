#include "storage/RollbackJournalScope.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcJournal, "hrdesk.storage.journal")

namespace hrdesk::storage {

namespace {

// The mode in effect after the request: SQLite answers with the old mode when it cannot switch.
QString setJournalMode(QSqlDatabase &db, const char *mode)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(QLatin1String(mode))) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

} // namespace

RollbackJournalScope::RollbackJournalScope(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.isOpen())
        return;
    QSqlQuery current(m_db);
    if (!current.exec(QStringLiteral("PRAGMA journal_mode")) || !current.next()
        || current.value(0).toString().toLower() != QLatin1String("wal"))
        return;
    current.finish();
    m_active = setJournalMode(m_db, "DELETE") == QLatin1String("delete");
    if (!m_active)
        qCDebug(lcJournal) << "another connection has the database open; the command writes through the WAL";
}

RollbackJournalScope::~RollbackJournalScope()
{
    if (m_active && setJournalMode(m_db, "WAL") != QLatin1String("wal"))
        qCWarning(lcJournal) << "could not return the database to WAL mode; it stays in rollback-journal mode until "
                                "it is opened again";
}

} // namespace hrdesk::storage
