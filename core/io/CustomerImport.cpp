#include "core/io/CustomerImport.h"

#include "core/customers/CustomerValidator.h"
#include "core/customers/CustomerWriter.h"
#include "core/io/HeaderDictionary.h"
#include "core/io/ValueNormaliser.h"
#include "storage/search/SearchEntryBatch.h"
#include "storage/search/SearchIndexBulkLoad.h"

#include <QSet>
#include <cmath>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::io {

namespace {
const QString OwnerNo = QStringLiteral("owner_employee_no");
} // namespace

CustomerImport::CustomerImport(QSqlDatabase db, const ColumnMapping &mapping)
    : m_db(db)
    , m_mapping(mapping)
{
}

bool CustomerImport::load(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT employee_no, id, name, status FROM employee WHERE deleted_at IS NULL"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_owners.insert(q.value(0).toString(),
                        {q.value(1).toString(), q.value(2).toString(), q.value(3).toString() == QLatin1String("departed")});
    if (!q.exec(QStringLiteral("SELECT credit_code, name FROM customer WHERE credit_code IS NOT NULL AND deleted_at IS NULL"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_existingCodes.insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

QString CustomerImport::text(const TableRow &row, const QString &field) const
{
    return m_mapping.cell(row, field);
}

void CustomerImport::problem(QList<ImportProblem> *problems, const TableRow &row, const QString &field,
                              const QString &reason) const
{
    problems->append(m_mapping.problem(row, field, reason));
}

bool CustomerImport::check(const TableRow &row, CustomerImportRow *out, QList<ImportProblem> *problems)
{
    const qsizetype before = problems->size();
    QSet<QString> unreadable;
    customers::Customer c;
    c.name = text(row, QStringLiteral("name"));
    c.creditCode = text(row, QStringLiteral("credit_code"));
    c.region = text(row, QStringLiteral("region"));
    c.industry = text(row, QStringLiteral("industry"));
    c.phone = text(row, QStringLiteral("phone"));
    c.source = text(row, QStringLiteral("source"));

    auto coded = [&](const QString &field, QString (*normalise)(const QString &), QString *target, const QString &hint) {
        const QString value = text(row, field);
        if (value.isEmpty())
            return;
        const QString code = normalise(value);
        if (code.isEmpty()) {
            unreadable.insert(field);
            problem(problems, row, field,
                    tr("%1: \"%2\" is not understood; write %3.")
                        .arg(HeaderDictionary::label(ImportTarget::Customers, field), value, hint));
        } else {
            *target = code;
        }
    };
    coded(QStringLiteral("kind"), &ValueNormaliser::customerKind, &c.kind, tr("企业 or 个人 (company or person)"));
    coded(QStringLiteral("tier"), &ValueNormaliser::customerTier, &c.tier, tr("重点, A, B or C"));
    coded(QStringLiteral("status"), &ValueNormaliser::customerStatus, &c.status, tr("潜在, 活跃, 休眠 or 流失"));

    const QString score = text(row, QStringLiteral("score"));
    if (!score.isEmpty()) {
        bool ok = false;
        const double value = score.toDouble(&ok);
        if (ok && value == std::floor(value)) {
            c.score = int(value);
        } else {
            unreadable.insert(QStringLiteral("score"));
            problem(problems, row, QStringLiteral("score"),
                    tr("%1: \"%2\" is not a whole number.").arg(HeaderDictionary::label(ImportTarget::Customers,
                                                                                       QStringLiteral("score")),
                                                                score));
        }
    }

    const QString ownerNo = text(row, OwnerNo);
    if (!ownerNo.isEmpty()) {
        const auto owner = m_owners.constFind(ownerNo);
        if (owner == m_owners.constEnd())
            problem(problems, row, OwnerNo, tr("No employee has the employee number %1.").arg(ownerNo));
        else if (owner->departed)
            problem(problems, row, OwnerNo, tr("%1 (%2) has left the company and cannot own customers.").arg(owner->name, ownerNo));
        else
            c.ownerId = owner->id;
    }

    c = customers::CustomerValidator::normalised(c);
    for (const auto &error : customers::CustomerValidator::validate(c)) {
        if (!unreadable.contains(error.field))
            problem(problems, row, error.field, error.message);
    }
    bool codeFailed = false;
    for (qsizetype i = before; i < problems->size(); ++i)
        codeFailed = codeFailed || problems->at(i).column == m_mapping.headers().value(m_mapping.column(QStringLiteral("credit_code")));
    if (!c.creditCode.isEmpty() && !codeFailed) {
        if (const auto holder = m_existingCodes.constFind(c.creditCode); holder != m_existingCodes.constEnd())
            problem(problems, row, QStringLiteral("credit_code"),
                    tr("The credit code %1 already belongs to the customer %2.").arg(c.creditCode, holder.value()));
        else if (const int first = m_fileCodes.value(c.creditCode); first > 0)
            problem(problems, row, QStringLiteral("credit_code"),
                    tr("The credit code %1 is also in row %2 of this file.").arg(c.creditCode).arg(first));
        else
            m_fileCodes.insert(c.creditCode, row.number);
    }
    if (problems->size() > before)
        return false;
    out->row = row.number;
    out->customer = std::move(c);
    out->ownerEmployeeNo = ownerNo;
    return true;
}

bool CustomerImport::write(commands::CommandContext &ctx, const ImportPlan &plan, const Progress &progress,
                           Written *written)
{
    // The search index is built once for all rows at the end, not row by row by its triggers.
    search::SearchIndexBulkLoad searchIndex;
    QString error;
    if (!searchIndex.suspend(ctx.db(), &error))
        return ctx.fail(error);
    std::vector<customers::Customer> rows;
    rows.reserve(plan.customers.size());
    for (const CustomerImportRow &row : plan.customers)
        rows.push_back(row.customer);
    const qint64 total = qint64(rows.size());
    search::SearchEntryBatch searchEntries;
    customers::CustomerWriter::Options options;
    options.auditAction = QStringLiteral("customer.import");
    options.auditExtras = [&plan](qint64 i, QJsonObject &after) {
        after.insert(QStringLiteral("import_row"), plan.customers[size_t(i)].row);
    };
    options.searchEntries = &searchEntries;
    options.progress = [&progress, total](qint64 done) { return !progress || progress(done, total); };
    customers::CustomerWriter::Outcome outcome;
    if (!customers::CustomerWriter::write(ctx, rows, options, &outcome)) {
        if (outcome.cancelled) {
            written->cancelled = true;
            return ctx.fail(tr("The import was cancelled; nothing was imported."));
        }
        if (outcome.failedIndex < 0)
            return ctx.fail(outcome.error);
        return ctx.fail(tr("Row %1 (customer %2) cannot be saved: %3")
                            .arg(plan.customers[size_t(outcome.failedIndex)].row)
                            .arg(rows[size_t(outcome.failedIndex)].name, outcome.error));
    }
    searchEntries.start();
    if (!searchEntries.write(ctx.db(), &error) || !searchIndex.finish(&error))
        return ctx.fail(error);
    written->rows = int(outcome.written);
    return true;
}

} // namespace hrdesk::io
