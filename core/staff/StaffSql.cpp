#include "core/staff/StaffSql.h"


Q_LOGGING_CATEGORY(lcStaff, "hrdesk.staff")

namespace hrdesk::staff {

QString StaffSql::employeeColumns()
{
    return QStringLiteral(
        "id, employee_no, name, gender, birth_date, id_type, id_number, mobile, email, "
        "emergency_contact_name, emergency_contact_phone, address, department_id, position, manager_id, "
        "hire_date, probation_end, status, status_changed_at, version, updated_at, deleted_at");
}

QDate StaffSql::dateFrom(const QVariant &value)
{
    // status_changed_at may hold a full timestamp in rows written by other tools; take its date.
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

Employee StaffSql::employeeFromQuery(const QSqlQuery &q, int o)
{
    Employee e;
    e.id = q.value(o + 0).toString();
    e.employeeNo = q.value(o + 1).toString();
    e.name = q.value(o + 2).toString();
    e.gender = q.value(o + 3).toString();
    e.birthDate = dateFrom(q.value(o + 4));
    e.idType = q.value(o + 5).toString();
    e.idNumber = q.value(o + 6).toString();
    e.mobile = q.value(o + 7).toString();
    e.email = q.value(o + 8).toString();
    e.emergencyContactName = q.value(o + 9).toString();
    e.emergencyContactPhone = q.value(o + 10).toString();
    e.address = q.value(o + 11).toString();
    e.departmentId = q.value(o + 12).toString();
    e.position = q.value(o + 13).toString();
    e.managerId = q.value(o + 14).toString();
    e.hireDate = dateFrom(q.value(o + 15));
    e.probationEnd = dateFrom(q.value(o + 16));
    e.status = q.value(o + 17).toString();
    e.statusChangedAt = dateFrom(q.value(o + 18));
    e.version = q.value(o + 19).toLongLong();
    e.updatedAt = q.value(o + 20).toString();
    e.deletedAt = q.value(o + 21).toString();
    return e;
}

QVariant StaffSql::dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant StaffSql::textValue(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QJsonValue StaffSql::jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue StaffSql::jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

void StaffSql::bindEmployee(QSqlQuery &q, const Employee &e)
{
    q.addBindValue(e.employeeNo);
    q.addBindValue(e.name);
    q.addBindValue(e.gender);
    q.addBindValue(dateValue(e.birthDate));
    q.addBindValue(e.idType);
    q.addBindValue(e.idNumber);
    q.addBindValue(textValue(e.mobile));
    q.addBindValue(textValue(e.email));
    q.addBindValue(textValue(e.emergencyContactName));
    q.addBindValue(textValue(e.emergencyContactPhone));
    q.addBindValue(textValue(e.address));
    q.addBindValue(textValue(e.departmentId));
    q.addBindValue(textValue(e.position));
    q.addBindValue(textValue(e.managerId));
    q.addBindValue(dateValue(e.hireDate));
    q.addBindValue(dateValue(e.probationEnd));
    q.addBindValue(e.status);
    q.addBindValue(dateValue(e.statusChangedAt));
}

void StaffSql::diff(const QJsonObject &before, const QJsonObject &after, QJsonObject *changedBefore,
                    QJsonObject *changedAfter)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changedBefore->insert(it.key(), before.value(it.key()));
            changedAfter->insert(it.key(), it.value());
        }
    }
}

} // namespace hrdesk::staff
