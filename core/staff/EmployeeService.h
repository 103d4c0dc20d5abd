#pragma once

#include "core/commands/Actor.h"
#include "core/commands/CommandContext.h"
#include "core/commands/CommandRunner.h"
#include "core/staff/DepartmentDirectory.h"
#include "core/staff/Employee.h"
#include "core/staff/StaffResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::staff {

// Writes of the staff file, each one command (rows + outbox + audit, or nothing). Audit actions
// are what the employee timeline is built from:
//   employee.hire, employee.update, employee.probation_start, employee.probation_passed,
//   employee.transfer (department change), employee.promotion (position change only),
//   employee.notice, employee.notice_withdrawn, employee.depart;
// each with before/after JSON of the fields it changed.
class EmployeeService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::EmployeeService)

public:
    explicit EmployeeService(Workspace &workspace);

    // A new employee (validated and normalised; an empty employee.id is assigned).
    StaffResult create(const commands::Actor &actor, const Employee &employee);
    // The same inside the caller's command, for a command that creates several employees (rows
    // written earlier in it count as duplicates). The row itself is written by EmployeeWriter,
    // as the staff import's and the demo's rows are. A rejected record writes nothing and leaves
    // ctx untouched, so the caller may go on with the next row; on a database error ctx.fail()
    // has been called and the caller must return false.
    StaffResult createWithin(commands::CommandContext &ctx, const Employee &employee);
    // Saves the edited record if nobody changed it since expectedVersion was read. Status is
    // changed only through changeStatus(); a department or position change is recorded as a
    // transfer or promotion as well.
    StaffResult update(const commands::Actor &actor, const Employee &employee, qint64 expectedVersion);
    // onboarding→probation→active→notice→departed, probation→departed, notice→active (withdrawn
    // notice). date is when the change takes effect; note goes into the audit event.
    StaffResult changeStatus(const commands::Actor &actor, const QString &employeeId, const QString &newStatus,
                             QDate date, const QString &note = QString());
    // Moves the employee to departmentId and/or gives a new position, effective on date.
    StaffResult transfer(const commands::Actor &actor, const QString &employeeId, const QString &departmentId,
                         const QString &position, QDate date);

    // Records that the staff file of employeeId was printed (pages, "pdf" or "printer", and which
    // masked fields were printed in clear): an audit event. The caller discards the print when
    // this fails.
    commands::CommandResult recordPrint(const commands::Actor &actor, const QString &employeeId, int pages,
                                        const QString &output, const QStringList &revealedFields);
    // The employee number of the employee a local user is, if the user is linked to one.
    QString employeeNoOfUser(const QString &localUserId) const;

    std::optional<Employee> find(const QString &id) const;
    std::optional<Employee> findByEmployeeNo(const QString &employeeNo) const;

    // Statuses reachable from status, and the audit action of that transition (empty if refused).
    static QStringList allowedTransitions(const QString &status);
    static QString transitionAction(const QString &from, const QString &to);

private:
    // Per-field errors for references and duplicates the validator cannot see; excludeId is the
    // employee being edited.
    validation::FieldErrors checkAgainstDatabase(const Employee &e, const QString &excludeId) const;
    std::optional<Employee> findWhere(const QString &column, const QString &value) const;

    Workspace &m_workspace;
    DepartmentDirectory m_departments;
};

} // namespace hrdesk::staff
