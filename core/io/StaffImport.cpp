#include "core/io/StaffImport.h"

#include "core/audit/CanonicalObjectWriter.h"
#include "core/io/HeaderDictionary.h"
#include "core/io/ValueNormaliser.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeValidator.h"
#include "core/staff/EmployeeWriter.h"
#include "core/staff/StaffSql.h"
#include "core/validation/ResidentIdNumber.h"
#include "storage/search/SearchIndexBulkLoad.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace hrdesk::io {

namespace {

using F = staff::EmployeeFields;
const QString Department = QStringLiteral("department");

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
    std::vector<staff::Employee> employees;
    employees.reserve(plan.staff.size());
    for (const StaffImportRow &row : plan.staff) {
        employees.push_back(row.employee);
        if (employees.back().departmentId.isEmpty())
            employees.back().departmentId = pathIds.value(row.departmentPath);
    }
    const qint64 total = qint64(employees.size());
    staff::EmployeeWriter::Options options;
    options.auditAction = QStringLiteral("employee.import");
    options.auditExtras = [&plan](size_t i, audit::CanonicalObjectWriter &after) {
        after.addString(u"department_path", plan.staff[i].departmentPath);
        after.addInteger(u"import_row", plan.staff[i].row);
    };
    options.searchTriggersSuspended = true;
    options.progress = [&progress, total](qint64 done) { return !progress || progress(done, total); };
    staff::EmployeeWriter::Outcome outcome;
    if (!staff::EmployeeWriter::write(ctx, employees, options, &outcome)) {
        if (outcome.cancelled) {
            written->cancelled = true;
            return ctx.fail(tr("The import was cancelled; nothing was imported."));
        }
        if (outcome.failedIndex < 0)
            return ctx.fail(outcome.error);
        return ctx.fail(tr("Row %1 (employee %2) cannot be saved: %3")
                            .arg(plan.staff[size_t(outcome.failedIndex)].row)
                            .arg(employees[size_t(outcome.failedIndex)].employeeNo, outcome.error));
    }
    QElapsedTimer finish;
    finish.start();
    if (!searchIndex.finish(&error))
        return ctx.fail(error);
    qCDebug(lcStaff) << "search index finished in" << finish.elapsed() << "ms";
    written->rows = int(outcome.written);
    return true;
}

} // namespace hrdesk::io
