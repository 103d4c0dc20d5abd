#include "core/workspace/Reminders.h"

#include "core/staff/ContractService.h"
#include "core/staff/DepartmentDirectory.h"
#include "core/staff/StaffSql.h"
#include "core/workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk {

Reminders::Reminders(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<ProbationEnding> Reminders::probationEnding(QDate today) const
{
    QList<ProbationEnding> result;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id, employee_no, name, department_id, probation_end FROM employee "
                             "WHERE deleted_at IS NULL AND status = 'probation' AND probation_end IS NOT NULL "
                             "AND probation_end <= ? ORDER BY probation_end, employee_no"));
    q.addBindValue(today.addDays(ProbationDays).toString(Qt::ISODate));
    if (!q.exec()) {
        qCWarning(lcStaff) << "probation reminder query failed:" << q.lastError().text();
        return result;
    }
    const staff::DepartmentDirectory departments(m_workspace.db());
    while (q.next()) {
        ProbationEnding p;
        p.employeeId = q.value(0).toString();
        p.employeeNo = q.value(1).toString();
        p.name = q.value(2).toString();
        p.departmentPath = departments.pathOf(q.value(3).toString());
        p.probationEnd = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        p.daysLeft = int(today.daysTo(p.probationEnd));
        result << p;
    }
    return result;
}

QList<staff::EndingContract> Reminders::contractsEnding(QDate today) const
{
    return staff::ContractService(m_workspace).endingWithin(staff::ContractService::WarningDays, today);
}

QList<FollowUpDue> Reminders::followUpsDue(QDate today) const
{
    QList<FollowUpDue> result;
    QSqlQuery q(m_workspace.db());
    // One index seek (follow_up_customer) per customer for its latest follow-up.
    q.prepare(QStringLiteral(
        "SELECT f.id, c.id, c.name, f.next_step, f.next_step_due, e.name FROM customer c "
        "JOIN follow_up f ON f.id = (SELECT l.id FROM follow_up l WHERE l.customer_id = c.id AND l.deleted_at IS NULL "
        "  ORDER BY l.occurred_at DESC, l.id DESC LIMIT 1) "
        "LEFT JOIN employee e ON e.id = f.by_employee_id "
        "WHERE c.deleted_at IS NULL AND f.next_step_due IS NOT NULL AND f.next_step_due <= ? "
        "ORDER BY f.next_step_due, c.name"));
    q.addBindValue(today.addDays(FollowUpDays).toString(Qt::ISODate));
    if (!q.exec()) {
        qCWarning(lcStaff) << "follow-up reminder query failed:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        FollowUpDue f;
        f.followUpId = q.value(0).toString();
        f.customerId = q.value(1).toString();
        f.customerName = q.value(2).toString();
        f.nextStep = q.value(3).toString();
        f.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        f.byEmployeeName = q.value(5).toString();
        f.daysLeft = int(today.daysTo(f.due));
        result << f;
    }
    return result;
}

} // namespace hrdesk
