#pragma once

#include "core/commands/CommandContext.h"
#include "core/io/ColumnMapping.h"
#include "core/io/ImportPlan.h"
#include "core/io/TableReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace hrdesk::io {

// Customer rows of an import: each row is read into a Customer, checked by CustomerValidator
// (the rules of the customer form), for credit codes repeated in the file or already in the
// book, and for an owner given by employee number who must exist and not have left.
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::CustomerImport)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CustomerImport(QSqlDatabase db, const ColumnMapping &mapping);

    bool load(QString *error);
    bool check(const TableRow &row, CustomerImportRow *out, QList<ImportProblem> *problems);

    struct Written
    {
        int rows = 0;
        bool cancelled = false;
    };
    // Inserts plan.customers inside ctx with their first ownership rows and one customer.import
    // audit record each. False after ctx.fail().
    static bool write(commands::CommandContext &ctx, const ImportPlan &plan, const Progress &progress, Written *written);

private:
    struct Owner
    {
        QString id;
        QString name;
        bool departed = false;
    };

    QString text(const TableRow &row, const QString &field) const;
    void problem(QList<ImportProblem> *problems, const TableRow &row, const QString &field, const QString &reason) const;

    QSqlDatabase m_db;
    const ColumnMapping &m_mapping;
    QHash<QString, Owner> m_owners;              // employee_no -> live employee
    QHash<QString, QString> m_existingCodes;     // credit code -> customer name
    QHash<QString, int> m_fileCodes;             // credit code -> first row using it
};

} // namespace hrdesk::io
