#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace hrdesk::storage {

// Checks the references of a bulk write once, at its end, instead of row by row.
//
// With foreign_keys on, SQLite looks up the parent of every reference on every insert: for the
// demo book (a follow-up names its customer and its employee) those lookups took a fifth of the
// time. One PRAGMA foreign_key_check over the finished tables costs a quarter of that.
//
// foreign_keys cannot change inside a transaction, so construct this before the command's
// transaction begins and call verify() inside it, before the commit: a failed verify() fails the
// command, and the rollback leaves nothing behind. The destructor turns the checks back on.
class BulkForeignKeyCheck
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::storage::BulkForeignKeyCheck)

public:
    explicit BulkForeignKeyCheck(QSqlDatabase db);
    ~BulkForeignKeyCheck();
    BulkForeignKeyCheck(const BulkForeignKeyCheck &) = delete;
    BulkForeignKeyCheck &operator=(const BulkForeignKeyCheck &) = delete;

    // False, with the first broken reference in *error, when any row refers to a missing parent.
    bool verify(QString *error) const;

private:
    QSqlDatabase m_db;
    bool m_wasOn = false;
};

} // namespace hrdesk::storage
