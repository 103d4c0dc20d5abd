#pragma once

#include "core/staff/Employee.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hrdesk::staff {

// Names and translated labels of the employee fields, shared by the validator, the forms and the
// importer so that a message, a form label and an import column say the same thing. Field names
// are the database column names.
class EmployeeFields
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::EmployeeFields)

public:
    static inline const QString EmployeeNo = QStringLiteral("employee_no");
    static inline const QString Name = QStringLiteral("name");
    static inline const QString Gender = QStringLiteral("gender");
    static inline const QString BirthDate = QStringLiteral("birth_date");
    static inline const QString IdType = QStringLiteral("id_type");
    static inline const QString IdNumber = QStringLiteral("id_number");
    static inline const QString Mobile = QStringLiteral("mobile");
    static inline const QString Email = QStringLiteral("email");
    static inline const QString EmergencyContactName = QStringLiteral("emergency_contact_name");
    static inline const QString EmergencyContactPhone = QStringLiteral("emergency_contact_phone");
    static inline const QString Address = QStringLiteral("address");
    static inline const QString DepartmentId = QStringLiteral("department_id");
    static inline const QString Position = QStringLiteral("position");
    static inline const QString ManagerId = QStringLiteral("manager_id");
    static inline const QString HireDate = QStringLiteral("hire_date");
    static inline const QString ProbationEnd = QStringLiteral("probation_end");
    static inline const QString Status = QStringLiteral("status");
    static inline const QString StatusChangedAt = QStringLiteral("status_changed_at");

    // The editable fields in form order.
    static QStringList all();
    // The translated label of a field ("工号" for employee_no); the field name if unknown.
    static QString label(const QString &field);

    // Stored codes and their translated labels.
    static QStringList genders();
    static QString genderLabel(const QString &gender);
    static QStringList idTypes();
    static QString idTypeLabel(const QString &idType);
    static QStringList statuses();
    static QString statusLabel(const QString &status);

    // The value of a field of employee (QDate for dates, QString otherwise; null if unknown).
    static QVariant value(const Employee &employee, const QString &field);
    // Sets a field from a QDate or text (dates as parsed by parseDate); false if field is unknown
    // or a date value cannot be read (the field is then cleared).
    static bool setValue(Employee &employee, const QString &field, const QVariant &value);

    // Dates as people type them: 2024-03-07, 2024/3/7, 2024.3.7, 20240307, 2024年3月7日.
    static QDate parseDate(const QString &text);
};

} // namespace hrdesk::staff
