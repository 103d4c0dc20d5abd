#include "core/io/StaffImport.h"

#include "core/audit/CanonicalObjectWriter.h"
#include "core/commands/AuditRecordsAhead.h"
#include "core/common/Ids.h"
#include "core/common/IsoDate.h"
#include "core/io/HeaderDictionary.h"
#include "core/io/ValueNormaliser.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeValidator.h"
#include "core/staff/StaffSql.h"
#include "core/validation/ResidentIdNumber.h"
#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/RowBatch.h"
#include "storage/DeferredIndexes.h"
#include "storage/search/SearchEntryBatch.h"
#include "storage/search/SearchIndexBulkLoad.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace hrdesk::io {

namespace {

using F = staff::EmployeeFields;
const QString Department = QStringLiteral("department");
constexpr qint64 DeferIndexesFrom = 2000;

qint64 existingEmployees(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM employee")) && q.next() ? q.value(0).toLongLong() : 0;
}

QString idKey(const QString &type, const QString &number)
{
    return type + u'|' + number;
}


} // namespace

StaffImport::StaffImport(QSqlDatabase db, const ColumnMapping &mapping, QDate today)
    : m_db(db)
    , m_mapping(mapping)
    , m_today(today)
    , m_departments(db)
{
}

bool StaffImport::load(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // employee_no is unique over every row, deleted ones included; ID numbers over live rows.
    if (!q.exec(QStringLiteral("SELECT employee_no, name, id_type, id_number, deleted_at FROM employee"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString number = q.value(0).toString();
        const QString name = q.value(1).toString();
        m_existingNumbers.insert(number, name);
        if (q.value(4).isNull())
            m_existingIds.insert(idKey(q.value(2).toString(), q.value(3).toString()),
                                 QStringLiteral("%1 (%2)").arg(name, number));
    }
    return true;
}

void StaffImport::expectRows(qsizetype rows)
{
    m_fileNumbers.reserve(rows);
    m_fileIds.reserve(rows);
}

QString StaffImport::text(const TableRow &row, const QString &field) const
{
    return m_mapping.cell(row, field);
}

void StaffImport::problem(QList<ImportProblem> *problems, const TableRow &row, const QString &field,
                           const QString &reason) const
{
    problems->append(m_mapping.problem(row, field, reason));
}

QString StaffImport::departmentIdOf(const QString &path)
{
    const auto known = m_pathIds.constFind(path);
    if (known != m_pathIds.constEnd())
        return *known;
    const QString id = m_departments.findByPath(path);
    m_pathIds.insert(path, id);
    if (id.isEmpty()) {
        // List every missing level, as DepartmentDirectory::ensurePath will create them.
        const QStringList names = path.split(u'/');
        const auto company = m_departments.root();
        const int first = company && names.size() > 1 && names.first() == company->name ? 1 : 0;
        for (int i = first + 1; i <= names.size(); ++i) {
            const QString prefix = names.mid(0, i).join(u'/');
            if (!m_toCreateSet.contains(prefix) && m_departments.findByPath(prefix).isEmpty()) {
                m_toCreateSet.insert(prefix);
                m_toCreate.append(prefix);
            }
        }
    }
    return id;
}

void StaffImport::precheck(TableRow row, Precheck *pre)
{
    QList<ImportProblem> *problems = &pre->problems;
    QSet<QString> unreadable; // fields whose text could not be read; the validator's "required" would repeat it
    staff::Employee e;
    e.employeeNo = text(row, F::EmployeeNo);
    e.name = text(row, F::Name);
    e.idNumber = text(row, F::IdNumber);
    e.mobile = text(row, F::Mobile);
    e.email = text(row, F::Email);
    e.position = text(row, F::Position);
    e.address = text(row, F::Address);
    e.emergencyContactName = text(row, F::EmergencyContactName);
    e.emergencyContactPhone = text(row, F::EmergencyContactPhone);

    // The hint is translated only for a row that needs it.
    auto coded = [&](const QString &field, QString (*normalise)(const QString &), QString *target, const char *hint) {
        const QString value = text(row, field);
        if (value.isEmpty())
            return;
        const QString code = normalise(value);
        if (code.isEmpty()) {
            unreadable.insert(field);
            problem(problems, row, field,
                    tr("%1: \"%2\" is not understood; write %3.").arg(HeaderDictionary::label(ImportTarget::Staff, field), value, tr(hint)));
        } else {
            *target = code;
        }
    };
    coded(F::Gender, &ValueNormaliser::gender, &e.gender, QT_TR_NOOP("男 or 女 (male or female)"));
    coded(F::IdType, &ValueNormaliser::idType, &e.idType, QT_TR_NOOP("身份证, 护照, 港澳通行证 or 台湾通行证"));
    // People imported from another system are usually at work already.
    e.status = QStringLiteral("active");
    coded(F::Status, &ValueNormaliser::employeeStatus, &e.status, QT_TR_NOOP("在职, 试用, 待入职, 离职中 or 离职"));

    auto date = [&](const QString &field, QDate *target) {
        const QString value = text(row, field);
        if (value.isEmpty())
            return;
        *target = ValueNormaliser::date(value);
        if (!target->isValid()) {
            unreadable.insert(field);
            problem(problems, row, field,
                    tr("%1: \"%2\" is not a date; write it as 2024-03-01, 2024/3/1 or 2024年3月1日.")
                        .arg(HeaderDictionary::label(ImportTarget::Staff, field), value));
        }
    };
    date(F::BirthDate, &e.birthDate);
    date(F::HireDate, &e.hireDate);
    date(F::ProbationEnd, &e.probationEnd);

    // The gender follows from a resident ID number when the file leaves it out; when that number
    // is wrong, its own message explains the row and "gender missing" would only repeat it.
    if (e.gender.isEmpty() && !unreadable.contains(F::Gender) && e.idType == QLatin1String("resident_id")) {
        if (const auto id = validation::ResidentIdNumber::parse(e.idNumber.toUpper(), nullptr, m_today))
            e.gender = id->isMale() ? QStringLiteral("male") : QStringLiteral("female");
        else if (m_mapping.column(F::Gender) < 0)
            unreadable.insert(F::Gender);
    }

    // A file names the same few departments again and again: each spelling is normalised once.
    const QString departmentText = text(row, Department);
    auto normalisedPath = m_normalisedPaths.constFind(departmentText);
    if (normalisedPath == m_normalisedPaths.constEnd())
        normalisedPath = m_normalisedPaths.insert(departmentText,
                                                  ValueNormaliser::departmentPath(departmentText).join(u'/'));
    const QString path = *normalisedPath;
    // A department the import will create or find (settle() tells which): the validator only
    // needs to know there is one.
    if (!path.isEmpty())
        e.departmentId = QStringLiteral("new:") + path;

    e = staff::EmployeeValidator::normalised(e);
    for (const auto &error : staff::EmployeeValidator::validate(e, m_today)) {
        const QString field = error.field == F::DepartmentId ? Department : error.field;
        if (!unreadable.contains(field))
            problem(problems, row, field, error.message);
    }

    e.departmentId.clear();
    pre->checked.row = row.number;
    pre->checked.employee = std::move(e);
    pre->checked.departmentPath = path;
    pre->row = std::move(row);
}

bool StaffImport::settle(Precheck &pre, StaffImportRow *out, QList<ImportProblem> *problems)
{
    const TableRow &row = pre.row;
    staff::Employee &e = pre.checked.employee;
    const QString &path = pre.checked.departmentPath;
    const QString departmentId = path.isEmpty() ? QString() : departmentIdOf(path);
    const qsizetype before = problems->size();
    problems->append(pre.problems);

    auto failed = [&](const QString &field) {
        for (qsizetype i = before; i < problems->size(); ++i) {
            if (problems->at(i).column == m_mapping.headers().value(m_mapping.column(field)))
                return true;
        }
        return false;
    };
    if (!e.employeeNo.isEmpty() && !failed(F::EmployeeNo)) {
        if (const auto holder = m_existingNumbers.constFind(e.employeeNo); holder != m_existingNumbers.constEnd())
            problem(problems, row, F::EmployeeNo,
                    tr("Employee number %1 is already used by %2.").arg(e.employeeNo, holder.value()));
        else if (const int first = m_fileNumbers.value(e.employeeNo); first > 0)
            problem(problems, row, F::EmployeeNo,
                    tr("Employee number %1 is also in row %2 of this file.").arg(e.employeeNo).arg(first));
        else
            m_fileNumbers.insert(e.employeeNo, row.number);
    }
    if (!e.idNumber.isEmpty() && !failed(F::IdNumber)) {
        const QString key = idKey(e.idType, e.idNumber);
        if (const auto holder = m_existingIds.constFind(key); holder != m_existingIds.constEnd())
            problem(problems, row, F::IdNumber, tr("ID number %1 is already used by %2.").arg(e.idNumber, holder.value()));
        else if (const int first = m_fileIds.value(key); first > 0)
            problem(problems, row, F::IdNumber, tr("ID number %1 is also in row %2 of this file.").arg(e.idNumber).arg(first));
        else
            m_fileIds.insert(key, row.number);
    }
    if (problems->size() > before)
        return false;
    e.departmentId = departmentId;
    *out = std::move(pre.checked);
    return true;
}

bool StaffImport::write(commands::CommandContext &ctx, const ImportPlan &plan, const Progress &progress, Written *written)
{
    staff::DepartmentDirectory departments(ctx.db());
    QHash<QString, QString> pathIds;
    for (const StaffImportRow &row : plan.staff) {
        if (row.employee.departmentId.isEmpty() && !pathIds.contains(row.departmentPath)) {
            QStringList created;
            const QString id = departments.ensurePath(ctx, row.departmentPath, &created);
            if (id.isEmpty())
                return false;
            pathIds.insert(row.departmentPath, id);
            for (const QString &createdId : std::as_const(created)) {
                written->departmentIdsCreated.append(createdId);
                written->departmentsCreated.append(departments.pathOf(createdId));
            }
        }
    }

    // The search index is built once for all rows at the end, not row by row by its triggers.
    search::SearchIndexBulkLoad searchIndex;
    QString error;
    if (!searchIndex.suspend(ctx.db(), &error))
        return ctx.fail(error);
    // So are the employee indexes (a dozen, for lists and lookups) when the file brings at least as
    // many people as the table has: updating each of them row by row in random order costs more
    // than building them once. Rebuilding the unique ones checks uniqueness again.
    storage::DeferredIndexes indexes;
    const bool deferIndexes = qint64(plan.staff.size()) >= DeferIndexesFrom
        && qint64(plan.staff.size()) >= existingEmployees(ctx.db());
    if (deferIndexes && !indexes.suspend(ctx.db(), {QStringLiteral("employee")}, &error))
        return ctx.fail(error);
    storage::BulkInsert insert(ctx.db(), QStringLiteral(
        "INSERT INTO employee (id, employee_no, name, gender, birth_date, id_type, id_number, mobile, email, "
        "emergency_contact_name, emergency_contact_phone, address, department_id, position, hire_date, probation_end, "
        "status, status_changed_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    if (!insert.isValid())
        return ctx.fail(insert.lastError());
    const qint64 total = qint64(plan.staff.size());
    // Every row settled first (key, department, status date), so that a second thread can
    // tokenise the search entries and write the audit records while the rows go in.
    const QDate today = QDate::fromString(ctx.now().left(10), Qt::ISODate);
    std::vector<staff::Employee> employees;
    employees.reserve(size_t(total));
    search::SearchEntryBatch searchEntries;
    searchEntries.reserve(size_t(total));
    for (const StaffImportRow &row : plan.staff) {
        staff::Employee e = row.employee;
        if (e.id.isEmpty())
            e.id = newId();
        if (e.departmentId.isEmpty())
            e.departmentId = pathIds.value(row.departmentPath);
        // The status took effect when the person was hired, as far as the file tells.
        e.statusChangedAt = e.hireDate.isValid() ? e.hireDate : today;
        // As employee_search_source: name and number by any part, mobile and ID number whole.
        searchEntries.add(QStringLiteral("employee"), e.id,
                          {e.name, e.employeeNo, e.mobile.isEmpty() ? QString() : e.mobile, e.idNumber}, 2);
        employees.push_back(std::move(e));
    }
    audit::CanonicalObjectWriter after;
    commands::AuditRecordsAhead records(employees.size(), [&](size_t i) {
        staff::StaffSql::addEmployeeJson(after, employees[i]);
        after.addString(u"department_path", plan.staff[i].departmentPath);
        after.addInteger(u"import_row", plan.staff[i].row);
        commands::CommandContext::AuditRecord record{QStringLiteral("employee.import"), QStringLiteral("employee"),
                                                     employees[i].id, QJsonValue(), QJsonValue()};
        record.afterText = after.text();
        return record;
    });

    // The rows are converted for SQLite (UTF-8, dates as text) on a second thread while this one
    // writes them (storage::BulkPipeline).
    const QByteArray now = ctx.now().toUtf8();
    size_t next = 0;
    const auto produce = [&](storage::RowBatch &row) {
        auto date = [&row](int index, QDate value) {
            if (value.isValid())
                row.bindText(index, IsoDate::utf8(value));
        };
        for (; next < employees.size() && !row.isFull(); ++next) {
            const staff::Employee &e = employees[next];
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
            row.bindText(13, e.departmentId);
            row.bindTextOrNull(14, e.position);
            date(15, e.hireDate);
            date(16, e.probationEnd);
            row.bindText(17, e.status);
            date(18, e.statusChangedAt);
            row.bindText(19, now);
            row.endRow();
        }
        return next < employees.size();
    };
    qint64 done = 0;
    storage::BulkPipeline pipeline(insert, 19, 1000);
    const bool inserted = pipeline.run(produce, [&](int rows) {
        done += rows;
        return !progress || progress(done, total);
    });
    if (!inserted) {
        if (pipeline.cancelled()) {
            written->cancelled = true;
            return ctx.fail(tr("The import was cancelled; nothing was imported."));
        }
        const qint64 failed = pipeline.failedRow();
        if (failed < 0)
            return ctx.fail(pipeline.error());
        return ctx.fail(tr("Row %1 (employee %2) cannot be saved: %3")
                            .arg(plan.staff[size_t(failed)].row)
                            .arg(employees[size_t(failed)].employeeNo, pipeline.error()));
    }
    // The tokens are needed only after the indexes are rebuilt: tokenising starts now, so that
    // while the rows went in, the second core made their audit records and SQLite values first.
    searchEntries.start();
    records.handTo(ctx);
    if (deferIndexes && !indexes.restore(&error))
        return ctx.fail(tr("Cannot index the imported employees: %1").arg(error));
    if (!searchEntries.write(ctx.db(), &error) || !searchIndex.finish(&error))
        return ctx.fail(error);
    written->rows = int(done);
    return true;
}

} // namespace hrdesk::io
