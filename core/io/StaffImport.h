#pragma once

#include "core/commands/CommandContext.h"
#include "core/io/ColumnMapping.h"
#include "core/io/ImportPlan.h"
#include "core/io/TableReader.h"
#include "core/staff/DepartmentDirectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace hrdesk::io {

// Staff rows of an import: each row is read into an Employee, checked by EmployeeValidator (the
// rules of the staff form), against the other rows of the file and against the database
// (employee numbers and ID numbers preloaded once, so there is no query per row), and written in
// bulk inside the import command.
class StaffImport
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::StaffImport)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    StaffImport(QSqlDatabase db, const ColumnMapping &mapping, QDate today);

    // Reads the existing employee numbers, ID numbers and the department tree.
    bool load(QString *error);
    // Room for about this many rows in the duplicate checks, so that they are not rehashed as
    // the file grows (a guess is fine).
    void expectRows(qsizetype rows);
    // A row is checked in two parts, so that the first can run on a second thread
    // (StaffCheckAhead): precheck() needs only the row (its values read, normalised and
    // validated); settle() checks it against the database and the rows settled before it
    // (departments, duplicate numbers), in file order, and is true with *out filled when the row
    // may be imported (problems otherwise). One thread may call precheck() while another calls
    // settle().
    struct Precheck
    {
        TableRow row;
        StaffImportRow checked; // departmentId still empty
        QList<ImportProblem> problems;
    };
    void precheck(TableRow row, Precheck *pre);
    bool settle(Precheck &pre, StaffImportRow *out, QList<ImportProblem> *problems);
    // Paths of departments the import will create, parents first.
    const QStringList &departmentsToCreate() const { return m_toCreate; }

    struct Written
    {
        int rows = 0;
        QStringList departmentsCreated;   // paths, parent before child
        QStringList departmentIdsCreated; // their ids, in the same order
        bool cancelled = false;
    };
    // Inserts plan.staff inside ctx: departments first (DepartmentDirectory::ensurePath), then
    // the employees, with one employee.import audit record each. False after ctx.fail().
    static bool write(commands::CommandContext &ctx, const ImportPlan &plan, const Progress &progress, Written *written);

private:
    QString text(const TableRow &row, const QString &field) const;
    void problem(QList<ImportProblem> *problems, const TableRow &row, const QString &field, const QString &reason) const;
    QString departmentIdOf(const QString &path);

    QSqlDatabase m_db;
    const ColumnMapping &m_mapping;
    QDate m_today;
    staff::DepartmentDirectory m_departments;
    QHash<QString, QString> m_existingNumbers;   // employee_no -> "name" of the holder
    QHash<QString, QString> m_existingIds;       // id_type|id_number -> "name (employee_no)"
    QHash<QString, QString> m_normalisedPaths;   // department text as written -> path (precheck() only)
    QHash<QString, int> m_fileNumbers;           // employee_no -> first row using it
    QHash<QString, int> m_fileIds;               // id_type|id_number -> first row using it
    QHash<QString, QString> m_pathIds;           // path -> department id ("" when to be created)
    QStringList m_toCreate;
    QSet<QString> m_toCreateSet;
};

} // namespace hrdesk::io
