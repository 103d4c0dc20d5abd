#pragma once

#include "core/staff/Employee.h"

#include <QDate>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStaff)

namespace hrdesk::staff {

// Row mapping shared by the staff services: employee columns and dates as stored text
// (EmployeeWriter writes new rows and their audit JSON).
class StaffSql
{
public:
    // The employee columns in the order fromQuery() reads them.
    static QString employeeColumns();
    static Employee employeeFromQuery(const QSqlQuery &q, int offset = 0);
    // Binds every column of employeeColumns() except id, version, updated_at, deleted_at, in
    // order, after id.
    static void bindEmployee(QSqlQuery &q, const Employee &e);

    // NULL for an invalid date or an empty string; text otherwise.
    static QVariant dateValue(QDate date);
    static QVariant textValue(const QString &text);
    static QDate dateFrom(const QVariant &value);
    // JSON null for an empty text or invalid date (audit before/after values).
    static QJsonValue jsonText(const QString &text);
    static QJsonValue jsonDate(QDate date);

    // The fields whose values differ, as (before, after) objects.
    static void diff(const QJsonObject &before, const QJsonObject &after, QJsonObject *changedBefore,
                     QJsonObject *changedAfter);
};

} // namespace hrdesk::staff
