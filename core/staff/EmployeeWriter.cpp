#include "core/staff/EmployeeWriter.h"

#include "core/audit/CanonicalObjectWriter.h"
#include "core/commands/AuditRecordsAhead.h"
#include "core/common/Ids.h"
#include "core/common/IsoDate.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/StaffSql.h"
#include "storage/BulkInsert.h"
#include "storage/DeferredIndexes.h"
#include "storage/RowBatch.h"
#include "storage/search/SearchEntryBatch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

namespace hrdesk::staff {

namespace {

// Below this many rows, updating the employee indexes row by row costs less than rebuilding them.
constexpr qint64 DeferIndexesFrom = 2000;
constexpr int Columns = 20;
constexpr int BatchRows = 1000;

qint64 existingEmployees(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM employee")) && q.next() ? q.value(0).toLongLong() : 0;
}

void bindRow(storage::RowBatch &row, const Employee &e, QByteArrayView now)
{
    const auto date = [&row](int column, QDate value) {
        if (value.isValid())
            row.bindText(column, IsoDate::utf8(value));
    };
    row.bindText(1, e.id);
    row.bindText(2, e.employeeNo);
    row.bindText(3, e.name);
    row.bindText(4, e.gender);
    date(5, e.birthDate);
    row.bindText(6, e.idType);
    row.bindText(7, e.idNumber);
    row.bindTextOrNull(8, e.mobile);
    row.bindTextOrNull(9, e.email);
    row.bindTextOrNull(10, e.emergencyContactName);
    row.bindTextOrNull(11, e.emergencyContactPhone);
    row.bindTextOrNull(12, e.address);
    row.bindTextOrNull(13, e.departmentId);
    row.bindTextOrNull(14, e.position);
    row.bindTextOrNull(15, e.managerId);
    date(16, e.hireDate);
    date(17, e.probationEnd);
    row.bindText(18, e.status);
    date(19, e.statusChangedAt);
    row.bindText(20, now);
    row.endRow();
}

} // namespace

bool EmployeeWriter::write(commands::CommandContext &ctx, std::vector<Employee> &employees, const Options &options,
                           Outcome *outcome)
{
    *outcome = Outcome();
    const auto failed = [outcome](QString error) {
        outcome->error = std::move(error);
        return false;
    };
    // The command's day where the desk is (ctx.now() is UTC: before 08:00 in China it is yesterday).
    const QDate today = QDateTime::fromString(ctx.now(), Qt::ISODateWithMs).toLocalTime().date();
    for (Employee &e : employees) {
        if (e.id.isEmpty())
            e.id = newId();
        e.version = 1;
        e.updatedAt = ctx.now();
        // The status took effect when the person was hired, as far as we know.
        if (!e.statusChangedAt.isValid())
            e.statusChangedAt = e.hireDate.isValid() ? e.hireDate : today;
    }
    const qint64 total = qint64(employees.size());
    QElapsedTimer timer;
    timer.start();
    // The audit records take longest to make: they start first, on their own thread.
    audit::CanonicalObjectWriter after;
    std::optional<commands::AuditRecordsAhead> records;
    if (!options.auditAction.isEmpty()) {
        records.emplace(employees.size(), [&](size_t i) {
            addJson(after, employees[i]);
            if (options.auditExtras)
                options.auditExtras(i, after);
            commands::CommandContext::AuditRecord record{options.auditAction, QStringLiteral("employee"),
                                                         employees[i].id, QJsonValue(), QJsonValue()};
            record.afterText = after.text();
            return record;
        });
    }

    QString error;
    // Updating a dozen list and lookup indexes row by row in random key order costs more than
    // building them once, when the batch brings at least as many people as the table has.
    // Rebuilding the unique ones checks uniqueness again.
    storage::DeferredIndexes indexes;
    const bool deferIndexes = total >= DeferIndexesFrom && total >= existingEmployees(ctx.db());
    if (deferIndexes && !indexes.suspend(ctx.db(), {QStringLiteral("employee")}, &error))
        return failed(error);

    search::SearchEntryBatch searchEntries;
    if (options.searchTriggersSuspended) {
        searchEntries.reserve(employees.size());
        // As employee_search_source: name and number by any part, mobile and ID number whole.
        for (const Employee &e : employees)
            searchEntries.add(QStringLiteral("employee"), e.id, {e.name, e.employeeNo, e.mobile, e.idNumber}, 2);
    }
    storage::BulkInsert insert(ctx.db(), QStringLiteral(
        "INSERT INTO employee (id, employee_no, name, gender, birth_date, id_type, id_number, mobile, email, "
        "emergency_contact_name, emergency_contact_phone, address, department_id, position, manager_id, hire_date, "
        "probation_end, status, status_changed_at, version, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    if (!insert.isValid())
        return failed(insert.lastError());
    const QByteArray now = ctx.now().toUtf8();
    size_t next = 0;
    const auto produce = [&](storage::RowBatch &row) {
        for (; next < employees.size() && !row.isFull(); ++next)
            bindRow(row, employees[next], now);
        return next < employees.size();
    };
    qint64 done = 0;
    storage::BulkPipeline pipeline(insert, Columns, BatchRows);
    const bool inserted = pipeline.run(produce, [&](int rows) {
        done += rows;
        return !options.progress || options.progress(done);
    });
    *outcome = pipeline.outcome();
    if (!inserted)
        return false;
    const qint64 insertMs = timer.restart();
    // The tokens are needed only after the indexes are rebuilt: tokenising starts now, so that
    // while the rows went in, the second core made their audit records and SQLite values first.
    if (options.searchTriggersSuspended)
        searchEntries.start();
    if (records)
        records->handTo(ctx);
    const qint64 recordsMs = timer.restart();
    if (deferIndexes && !indexes.restore(&error))
        return failed(tr("Cannot index the new employees: %1").arg(error));
    const qint64 indexMs = timer.restart();
    if (options.searchTriggersSuspended && !searchEntries.write(ctx.db(), &error))
        return failed(error);
    qCDebug(lcStaff) << "wrote" << total << "employees: set-up and insert" << insertMs << "ms, waiting for audit records"
                     << recordsMs << "ms, indexes" << indexMs << "ms, search entries" << timer.elapsed() << "ms";
    return true;
}

void EmployeeWriter::addJson(audit::CanonicalObjectWriter &writer, const Employee &e)
{
    using F = EmployeeFields;
    const auto date = [&writer](const QString &key, QDate value) {
        if (value.isValid())
            writer.addString(key, IsoDate::text(value));
        else
            writer.addNull(key);
    };
    writer.addTextOrNull(F::EmployeeNo, e.employeeNo);
    writer.addTextOrNull(F::Name, e.name);
    writer.addTextOrNull(F::Gender, e.gender);
    date(F::BirthDate, e.birthDate);
    writer.addTextOrNull(F::IdType, e.idType);
    writer.addTextOrNull(F::IdNumber, e.idNumber);
    writer.addTextOrNull(F::Mobile, e.mobile);
    writer.addTextOrNull(F::Email, e.email);
    writer.addTextOrNull(F::EmergencyContactName, e.emergencyContactName);
    writer.addTextOrNull(F::EmergencyContactPhone, e.emergencyContactPhone);
    writer.addTextOrNull(F::Address, e.address);
    writer.addTextOrNull(F::DepartmentId, e.departmentId);
    writer.addTextOrNull(F::Position, e.position);
    writer.addTextOrNull(F::ManagerId, e.managerId);
    date(F::HireDate, e.hireDate);
    date(F::ProbationEnd, e.probationEnd);
    writer.addTextOrNull(F::Status, e.status);
}

QJsonObject EmployeeWriter::json(const Employee &e)
{
    audit::CanonicalObjectWriter writer;
    addJson(writer, e);
    return QJsonDocument::fromJson(writer.text()).object();
}

} // namespace hrdesk::staff
