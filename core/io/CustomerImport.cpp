#include "core/io/CustomerImport.h"

#include "core/commands/AuditRecordsAhead.h"
#include "core/common/Ids.h"
#include "core/customers/CustomerLookup.h"
#include "core/customers/CustomerService.h"
#include "core/customers/CustomerValidator.h"
#include "core/io/HeaderDictionary.h"
#include "core/io/ValueNormaliser.h"
#include "storage/BulkInsert.h"
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
    const QString createdBy = customers::CustomerLookup::employeeOfUser(ctx.db(), ctx.actor().id);
    // The search index is built once for all rows at the end, not row by row by its triggers.
    search::SearchIndexBulkLoad searchIndex;
    QString error;
    if (!searchIndex.suspend(ctx.db(), &error))
        return ctx.fail(error);
    storage::BulkInsert insert(ctx.db(), QStringLiteral(
        "INSERT INTO customer (id, kind, name, credit_code, tier, region, industry, score, status, owner_id, source, "
        "created_by, phone, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    storage::BulkInsert owners(ctx.db(), QStringLiteral(
        "INSERT INTO customer_owner_change (id, customer_id, from_owner_id, to_owner_id, changed_at, changed_by, reason, "
        "command_id, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid() || !owners.isValid())
        return ctx.fail(insert.isValid() ? owners.lastError() : insert.lastError());
    const QString changedBy = ctx.actor().id.isEmpty() ? ctx.actor().name : ctx.actor().id;
    const QString reason = customers::CustomerService::createdReason();
    auto bindText = [](storage::BulkInsert &statement, int index, const QString &value) {
        if (value.isEmpty())
            statement.bindNull(index);
        else
            statement.bindText(index, QStringView(value));
    };
    const qint64 total = qint64(plan.customers.size());
    // Every row settled first, so that a second thread can tokenise the search entries and
    // another build the audit records while the rows go in.
    std::vector<customers::Customer> rows;
    rows.reserve(size_t(total));
    search::SearchEntryBatch searchEntries;
    searchEntries.reserve(size_t(total));
    for (const CustomerImportRow &row : plan.customers) {
        customers::Customer c = row.customer;
        if (c.id.isEmpty())
            c.id = newId();
        c.createdBy = createdBy;
        c.updatedAt = ctx.now();
        // As customer_search_source: name, phone, the contacts' mobiles (none yet).
        searchEntries.add(QStringLiteral("customer"), c.id, {c.name, c.phone.isEmpty() ? QString() : c.phone, QString()}, 1);
        rows.push_back(std::move(c));
    }
    searchEntries.start();
    commands::AuditRecordsAhead records(rows.size(), [&](size_t i) {
        QJsonObject after = rows[i].toJson();
        after.insert(QStringLiteral("import_row"), plan.customers[i].row);
        return commands::CommandContext::AuditRecord{QStringLiteral("customer.import"), QStringLiteral("customer"),
                                                     rows[i].id, QJsonValue(), after};
    });
    qint64 done = 0;
    for (const customers::Customer &c : rows) {
        const int fileRow = plan.customers[size_t(done)].row;
        insert.bindText(1, QStringView(c.id));
        insert.bindText(2, QStringView(c.kind));
        insert.bindText(3, QStringView(c.name));
        bindText(insert, 4, c.creditCode);
        insert.bindText(5, QStringView(c.tier));
        bindText(insert, 6, c.region);
        bindText(insert, 7, c.industry);
        if (c.score)
            insert.bind(8, *c.score);
        else
            insert.bindNull(8);
        insert.bindText(9, QStringView(c.status));
        bindText(insert, 10, c.ownerId);
        bindText(insert, 11, c.source);
        bindText(insert, 12, c.createdBy);
        bindText(insert, 13, c.phone);
        insert.bindText(14, QStringView(c.updatedAt));
        if (!insert.step())
            return ctx.fail(tr("Row %1 (customer %2) cannot be saved: %3").arg(fileRow).arg(c.name, insert.lastError()));
        if (!c.ownerId.isEmpty()) {
            const QString changeId = newId();
            owners.bindText(1, QStringView(changeId));
            owners.bindText(2, QStringView(c.id));
            owners.bindText(3, QStringView(c.ownerId));
            owners.bindText(4, QStringView(ctx.now()));
            owners.bindText(5, QStringView(changedBy));
            owners.bindText(6, QStringView(reason));
            owners.bindText(7, QStringView(ctx.commandId()));
            owners.bindText(8, QStringView(ctx.now()));
            if (!owners.step())
                return ctx.fail(tr("Row %1 (customer %2): the owner cannot be recorded: %3")
                                    .arg(fileRow)
                                    .arg(c.name, owners.lastError()));
        }
        ++done;
        if (progress && (done % 1000 == 0 || done == total) && !progress(done, total)) {
            written->cancelled = true;
            return ctx.fail(tr("The import was cancelled; nothing was imported."));
        }
    }
    records.handTo(ctx);
    if (!searchEntries.write(ctx.db(), &error))
        return ctx.fail(error);
    if (!searchIndex.finish(&error))
        return ctx.fail(error);
    written->rows = int(done);
    return true;
}

} // namespace hrdesk::io
