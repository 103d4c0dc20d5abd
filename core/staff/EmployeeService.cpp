#include "core/staff/EmployeeService.h"

#include "core/audit/CanonicalObjectWriter.h"
#include "core/staff/EmployeeWriter.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeValidator.h"
#include "core/staff/StaffSql.h"
#include "core/common/Ids.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::staff {

namespace {

using F = EmployeeFields;

} // namespace

EmployeeService::EmployeeService(Workspace &workspace)
    : m_workspace(workspace)
    , m_departments(workspace.db())
{
}

std::optional<Employee> EmployeeService::findWhere(const QString &column, const QString &value) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM employee WHERE %2 = ? AND deleted_at IS NULL")
                  .arg(StaffSql::employeeColumns(), column));
    q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStaff) << "employee lookup failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return StaffSql::employeeFromQuery(q);
}

std::optional<Employee> EmployeeService::find(const QString &id) const
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Employee> EmployeeService::findByEmployeeNo(const QString &employeeNo) const
{
    return findWhere(QStringLiteral("employee_no"), employeeNo.trimmed().toUpper());
}

validation::FieldErrors EmployeeService::checkAgainstDatabase(const Employee &e, const QString &excludeId) const
{
    validation::FieldErrors errors;
    // employee_no is unique over all rows, departed and deleted ones included: numbers are not reused.
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT name, department_id, deleted_at FROM employee WHERE employee_no = ? AND id <> ?"));
    q.addBindValue(e.employeeNo);
    q.addBindValue(excludeId);
    if (q.exec() && q.next()) {
        const QString where = q.value(2).isNull() ? m_departments.pathOf(q.value(1).toString()) : tr("deleted record");
        errors.append({F::EmployeeNo, tr("Employee number %1 is already used by %2 (%3).")
                                          .arg(e.employeeNo, q.value(0).toString(), where)});
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT name, employee_no, department_id FROM employee "
                             "WHERE id_type = ? AND id_number = ? AND id <> ? AND deleted_at IS NULL"));
    q.addBindValue(e.idType);
    q.addBindValue(e.idNumber);
    q.addBindValue(excludeId);
    if (q.exec() && q.next()) {
        errors.append({F::IdNumber, tr("ID number %1 is already used by %2, employee number %3 (%4).")
                                        .arg(e.idNumber, q.value(0).toString(), q.value(1).toString(),
                                             m_departments.pathOf(q.value(2).toString()))});
    }
    q.finish();
    if (!e.departmentId.isEmpty() && !m_departments.find(e.departmentId))
        errors.append({F::DepartmentId, tr("%1: the selected department no longer exists.").arg(F::label(F::DepartmentId))});
    if (!e.managerId.isEmpty()) {
        if (e.managerId == excludeId)
            errors.append({F::ManagerId, tr("%1: an employee cannot be their own manager.").arg(F::label(F::ManagerId))});
        else if (!find(e.managerId))
            errors.append({F::ManagerId, tr("%1: the selected manager does not exist.").arg(F::label(F::ManagerId))});
    }
    return errors;
}

StaffResult EmployeeService::createWithin(commands::CommandContext &ctx, const Employee &input)
{
    Employee e = EmployeeValidator::normalised(input);
    if (e.id.isEmpty())
        e.id = newId();
    validation::FieldErrors errors = EmployeeValidator::validate(e);
    if (errors.isEmpty())
        errors = checkAgainstDatabase(e, e.id);
    if (!errors.isEmpty())
        return StaffResult::refused(std::move(errors));

    std::vector<Employee> rows{e};
    EmployeeWriter::Options options;
    options.auditAction = QStringLiteral("employee.hire");
    const QString departmentPath = m_departments.pathOf(e.departmentId);
    options.auditExtras = [&departmentPath](size_t, audit::CanonicalObjectWriter &after) {
        after.addString(u"department_path", departmentPath);
    };
    EmployeeWriter::Outcome written;
    if (!EmployeeWriter::write(ctx, rows, options, &written)) {
        ctx.fail(tr("Cannot save the employee %1: %2").arg(e.name, written.error));
        StaffResult failed;
        failed.error = ctx.error();
        return failed;
    }
    ctx.baseVersion(QStringLiteral("employee"), e.id, 0);
    StaffResult result;
    result.ok = true;
    result.id = e.id;
    result.version = 1;
    result.commandId = ctx.commandId();
    return result;
}

StaffResult EmployeeService::create(const commands::Actor &actor, const Employee &input)
{
    Employee e = EmployeeValidator::normalised(input);
    if (e.id.isEmpty())
        e.id = newId();
    QJsonObject arguments = EmployeeWriter::json(e);
    arguments.insert(QStringLiteral("id"), e.id);
    StaffResult outcome;
    const auto command = m_workspace.runner().run(actor, QStringLiteral("employee.create"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        outcome = createWithin(ctx, e);
        if (!outcome.ok && ctx.error().isEmpty())
            ctx.fail(outcome.error);
        return outcome.ok;
    });
    if (!outcome.fieldErrors.isEmpty())
        return outcome;
    return StaffResult::fromCommand(command, e.id, 1);
}

StaffResult EmployeeService::update(const commands::Actor &actor, const Employee &input, qint64 expectedVersion)
{
    const auto current = find(input.id);
    if (!current)
        return StaffResult::refused({{QString(), tr("The employee %1 no longer exists.").arg(input.name)}});
    if (current->version != expectedVersion)
        return StaffResult::refused({{QString(), tr("%1's file was changed by someone else after you opened it (version %2, now %3). "
                                       "Reopen it and make your changes again.")
                                        .arg(current->name).arg(expectedVersion).arg(current->version)}});
    Employee e = EmployeeValidator::normalised(input);
    if (e.status != current->status)
        return StaffResult::refused({{F::Status, tr("%1 is changed with a status change (probation passed, notice, departure), "
                                       "not by editing the file.").arg(F::label(F::Status))}});
    e.statusChangedAt = current->statusChangedAt;
    validation::FieldErrors errors = EmployeeValidator::validate(e);
    if (errors.isEmpty())
        errors = checkAgainstDatabase(e, e.id);
    if (!errors.isEmpty())
        return StaffResult::refused(std::move(errors));

    QJsonObject before;
    QJsonObject after;
    StaffSql::diff(EmployeeWriter::json(*current), EmployeeWriter::json(e), &before, &after);
    if (after.isEmpty() && before.isEmpty()) {
        StaffResult unchanged;
        unchanged.ok = true;
        unchanged.id = e.id;
        unchanged.version = current->version;
        return unchanged;
    }
    const qint64 newVersion = current->version + 1;
    QJsonObject arguments = after;
    arguments.insert(QStringLiteral("id"), e.id);
    const auto command = m_workspace.runner().run(actor, QStringLiteral("employee.update"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE employee SET employee_no = ?, name = ?, gender = ?, birth_date = ?, "
                                 "id_type = ?, id_number = ?, mobile = ?, email = ?, emergency_contact_name = ?, "
                                 "emergency_contact_phone = ?, address = ?, department_id = ?, position = ?, "
                                 "manager_id = ?, hire_date = ?, probation_end = ?, status = ?, status_changed_at = ?, "
                                 "version = ?, updated_at = ? WHERE id = ? AND version = ?"));
        StaffSql::bindEmployee(q, e);
        q.addBindValue(newVersion);
        q.addBindValue(ctx.now());
        q.addBindValue(e.id);
        q.addBindValue(expectedVersion);
        if (!q.exec())
            return ctx.fail(tr("Cannot save the employee %1: %2").arg(e.name, q.lastError().text()));
        if (q.numRowsAffected() != 1)
            return ctx.fail(tr("%1's file was changed by someone else after you opened it. Reopen it and make your "
                               "changes again.").arg(e.name));
        ctx.baseVersion(QStringLiteral("employee"), e.id, expectedVersion);

        // Department and position changes are career events of their own on the timeline.
        QJsonObject careerBefore;
        QJsonObject careerAfter;
        for (const QString &field : {F::DepartmentId, F::Position}) {
            if (after.contains(field)) {
                careerBefore.insert(field, before.take(field));
                careerAfter.insert(field, after.take(field));
            }
        }
        if (!careerAfter.isEmpty()) {
            const bool moved = careerAfter.contains(F::DepartmentId);
            careerBefore.insert(QStringLiteral("department_path"), m_departments.pathOf(current->departmentId));
            careerAfter.insert(QStringLiteral("department_path"), m_departments.pathOf(e.departmentId));
            ctx.audit({moved ? QStringLiteral("employee.transfer") : QStringLiteral("employee.promotion"),
                       QStringLiteral("employee"), e.id, careerBefore, careerAfter});
        }
        if (!after.isEmpty() || !before.isEmpty())
            ctx.audit({QStringLiteral("employee.update"), QStringLiteral("employee"), e.id, before, after});
        return true;
    });
    return StaffResult::fromCommand(command, e.id, newVersion);
}

QStringList EmployeeService::allowedTransitions(const QString &status)
{
    if (status == QLatin1String("onboarding"))
        return {QStringLiteral("probation")};
    if (status == QLatin1String("probation"))
        return {QStringLiteral("active"), QStringLiteral("departed")};
    if (status == QLatin1String("active"))
        return {QStringLiteral("notice")};
    if (status == QLatin1String("notice"))
        return {QStringLiteral("departed"), QStringLiteral("active")};
    return {};
}

QString EmployeeService::transitionAction(const QString &from, const QString &to)
{
    if (!allowedTransitions(from).contains(to))
        return QString();
    if (to == QLatin1String("probation"))
        return QStringLiteral("employee.probation_start");
    if (to == QLatin1String("active"))
        return from == QLatin1String("notice") ? QStringLiteral("employee.notice_withdrawn")
                                               : QStringLiteral("employee.probation_passed");
    if (to == QLatin1String("notice"))
        return QStringLiteral("employee.notice");
    return QStringLiteral("employee.depart");
}

StaffResult EmployeeService::changeStatus(const commands::Actor &actor, const QString &employeeId,
                                          const QString &newStatus, QDate date, const QString &note)
{
    const auto current = find(employeeId);
    if (!current)
        return StaffResult::refused({{QString(), tr("The employee no longer exists.")}});
    const QString action = transitionAction(current->status, newStatus);
    if (action.isEmpty()) {
        QStringList allowed;
        for (const QString &status : allowedTransitions(current->status))
            allowed << F::statusLabel(status);
        const QString message = allowed.isEmpty()
            ? tr("%1 is %2; the status cannot change any more.").arg(current->name, F::statusLabel(current->status))
            : tr("%1 cannot go from %2 to %3; from %2 the status can change to: %4.")
                  .arg(current->name, F::statusLabel(current->status), F::statusLabel(newStatus),
                       allowed.join(tr(", ")));
        return StaffResult::refused({{F::Status, message}});
    }
    if (!date.isValid())
        return StaffResult::refused({{F::StatusChangedAt, tr("%1 is required.").arg(F::label(F::StatusChangedAt))}});
    if (current->hireDate.isValid() && date < current->hireDate)
        return StaffResult::refused({{F::StatusChangedAt, tr("%1 (%2) cannot be before %3 (%4).")
                                                 .arg(F::label(F::StatusChangedAt), date.toString(Qt::ISODate),
                                                      F::label(F::HireDate), current->hireDate.toString(Qt::ISODate))}});
    if (current->statusChangedAt.isValid() && date < current->statusChangedAt)
        return StaffResult::refused({{F::StatusChangedAt, tr("%1 (%2) cannot be before the previous status change (%3).")
                                                 .arg(F::label(F::StatusChangedAt), date.toString(Qt::ISODate),
                                                      current->statusChangedAt.toString(Qt::ISODate))}});

    const qint64 newVersion = current->version + 1;
    const QString dateText = date.toString(Qt::ISODate);
    const QJsonObject arguments{{QStringLiteral("id"), employeeId}, {QStringLiteral("status"), newStatus},
                                {QStringLiteral("date"), dateText}, {QStringLiteral("note"), note}};
    const auto command = m_workspace.runner().run(actor, QStringLiteral("employee.change_status"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE employee SET status = ?, status_changed_at = ?, version = ?, updated_at = ? "
                                 "WHERE id = ? AND version = ?"));
        q.addBindValue(newStatus);
        q.addBindValue(dateText);
        q.addBindValue(newVersion);
        q.addBindValue(ctx.now());
        q.addBindValue(employeeId);
        q.addBindValue(current->version);
        if (!q.exec())
            return ctx.fail(tr("Cannot change the status of %1: %2").arg(current->name, q.lastError().text()));
        if (q.numRowsAffected() != 1)
            return ctx.fail(tr("%1's file was changed by someone else meanwhile; try again.").arg(current->name));
        ctx.baseVersion(QStringLiteral("employee"), employeeId, current->version);
        QJsonObject after{{F::Status, newStatus}, {F::StatusChangedAt, dateText}};
        if (!note.isEmpty())
            after.insert(QStringLiteral("note"), note);
        ctx.audit({action, QStringLiteral("employee"), employeeId,
                   QJsonObject{{F::Status, current->status},
                               {F::StatusChangedAt, StaffSql::jsonDate(current->statusChangedAt)}},
                   after});
        return true;
    });
    return StaffResult::fromCommand(command, employeeId, newVersion);
}

StaffResult EmployeeService::transfer(const commands::Actor &actor, const QString &employeeId,
                                      const QString &departmentId, const QString &position, QDate date)
{
    const auto current = find(employeeId);
    if (!current)
        return StaffResult::refused({{QString(), tr("The employee no longer exists.")}});
    const QString newPosition = position.trimmed();
    const bool moved = departmentId != current->departmentId;
    const bool promoted = newPosition != current->position;
    if (!moved && !promoted)
        return StaffResult::refused({{F::DepartmentId, tr("%1 is already in this department and position; nothing changes.")
                                              .arg(current->name)}});
    if (current->status == QLatin1String("departed"))
        return StaffResult::refused({{F::Status, tr("%1 has departed and cannot be transferred.").arg(current->name)}});
    if (departmentId.isEmpty() || !m_departments.find(departmentId))
        return StaffResult::refused({{F::DepartmentId, tr("%1: the selected department does not exist.").arg(F::label(F::DepartmentId))}});
    if (!date.isValid())
        return StaffResult::refused({{QStringLiteral("effective_date"), tr("The date the transfer takes effect is required.")}});
    if (current->hireDate.isValid() && date < current->hireDate)
        return StaffResult::refused({{QStringLiteral("effective_date"),
                         tr("The transfer date (%1) cannot be before %2 (%3).")
                             .arg(date.toString(Qt::ISODate), F::label(F::HireDate),
                                  current->hireDate.toString(Qt::ISODate))}});

    const qint64 newVersion = current->version + 1;
    const QString dateText = date.toString(Qt::ISODate);
    const QString action = moved ? QStringLiteral("employee.transfer") : QStringLiteral("employee.promotion");
    const QJsonObject arguments{{QStringLiteral("id"), employeeId}, {F::DepartmentId, departmentId},
                                {F::Position, newPosition}, {QStringLiteral("date"), dateText}};
    const auto command = m_workspace.runner().run(actor, action, arguments, [&](commands::CommandContext &ctx) {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE employee SET department_id = ?, position = ?, version = ?, updated_at = ? "
                                 "WHERE id = ? AND version = ?"));
        q.addBindValue(departmentId);
        q.addBindValue(StaffSql::textValue(newPosition));
        q.addBindValue(newVersion);
        q.addBindValue(ctx.now());
        q.addBindValue(employeeId);
        q.addBindValue(current->version);
        if (!q.exec())
            return ctx.fail(tr("Cannot transfer %1: %2").arg(current->name, q.lastError().text()));
        if (q.numRowsAffected() != 1)
            return ctx.fail(tr("%1's file was changed by someone else meanwhile; try again.").arg(current->name));
        ctx.baseVersion(QStringLiteral("employee"), employeeId, current->version);
        QJsonObject before{{QStringLiteral("department_path"), m_departments.pathOf(current->departmentId)}};
        QJsonObject after{{QStringLiteral("department_path"), m_departments.pathOf(departmentId)},
                          {QStringLiteral("effective_date"), dateText}};
        if (moved) {
            before.insert(F::DepartmentId, current->departmentId);
            after.insert(F::DepartmentId, departmentId);
        }
        if (promoted) {
            before.insert(F::Position, StaffSql::jsonText(current->position));
            after.insert(F::Position, StaffSql::jsonText(newPosition));
        }
        ctx.audit({action, QStringLiteral("employee"), employeeId, before, after});
        return true;
    });
    return StaffResult::fromCommand(command, employeeId, newVersion);
}

commands::CommandResult EmployeeService::recordPrint(const commands::Actor &actor, const QString &employeeId,
                                                     int pages, const QString &output,
                                                     const QStringList &revealedFields)
{
    QStringList revealed = revealedFields;
    revealed.sort();
    return m_workspace.runner().record(
        actor, {QStringLiteral("employee.print"), QStringLiteral("employee"), employeeId, QJsonValue(),
                QJsonObject{{QStringLiteral("pages"), pages},
                            {QStringLiteral("output"), output},
                            {QStringLiteral("revealed"), QJsonArray::fromStringList(revealed)}}});
}

QString EmployeeService::employeeNoOfUser(const QString &localUserId) const
{
    if (localUserId.isEmpty())
        return {};
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT e.employee_no FROM local_user u JOIN employee e ON e.id = u.employee_id "
                             "WHERE u.id = ?"));
    q.addBindValue(localUserId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace hrdesk::staff
