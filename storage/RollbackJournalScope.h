#pragma once

#include <QSqlDatabase>

namespace hrdesk::storage {

// For one large command on a connection that has the database to itself (the CLI's demo and
// import): while the scope lives, the connection writes through a rollback journal instead of
// the write-ahead log, and goes back to WAL afterwards.
//
// In WAL mode a commit writes every changed page into the log, and the checkpoint copies it into
// the database file again. A rollback journal keeps only the old content of pages that existed
// before the transaction; pages appended to the file need no journal. A load that grows the file
// by hundreds of MiB is written once instead of twice, with the same atomicity: a failed or
// cancelled command still rolls back, and a crash leaves a hot journal that the next open
// rolls back.
//
// SQLite refuses to leave WAL mode while another connection has the database open; the scope then
// keeps WAL (active() is false) and the command runs exactly as without it. Must be created and
// destroyed outside a transaction.
class RollbackJournalScope
{
public:
    explicit RollbackJournalScope(QSqlDatabase db);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;

    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace hrdesk::storage
