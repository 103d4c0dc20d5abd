#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hrdesk::staff {

// One event of an employee's history.
struct TimelineEntry
{
    QDateTime when;     // when it was recorded (UTC)
    QString kind;       // the audit action, e.g. "employee.transfer"
    QString title;      // translated: 入职, 转正, 调岗 ...
    QString detail;     // translated summary of what changed
    QString actor;      // who recorded it
    QString entityType; // employee | labour_contract | document
    QString entityId;
};

// The history of an employee, read from the audit chain (the employee's own events and those of
// its labour contracts and documents) — there is no second, hand-written log to drift from it.
// Sensitive values (ID number, mobile ...) are named, never shown, in update details.
class EmployeeTimeline
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::EmployeeTimeline)

public:
    explicit EmployeeTimeline(QSqlDatabase db);

    // Newest first.
    QList<TimelineEntry> entries(const QString &employeeId) const;

    // The translated title of an audit action (the action itself if unknown).
    static QString title(const QString &action);

private:
    QSqlDatabase m_db;
};

} // namespace hrdesk::staff
