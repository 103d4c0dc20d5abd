#include "core/masking/EmployeeMasking.h"

#include "core/masking/Masking.h"
#include "core/staff/EmployeeFields.h"

namespace hrdesk::masking {

using F = staff::EmployeeFields;

QString EmployeeMasking::revealedBy(const staff::Employee &employee, const QString &field)
{
    if (field == F::IdNumber || field == F::Mobile || field == F::EmergencyContactPhone)
        return field;
    if (field == F::BirthDate)
        return F::IdNumber;
    if (field == F::Gender && employee.idType == QLatin1String("resident_id"))
        return F::IdNumber;
    return {};
}

bool EmployeeMasking::isHidden(const staff::Employee &employee, const QString &field,
                               const QHash<QString, QString> &revealed)
{
    const QString by = revealedBy(employee, field);
    return !by.isEmpty() && !revealed.contains(by);
}

QString EmployeeMasking::maskedText(const staff::Employee &employee, const QString &field)
{
    if (field == F::IdNumber)
        return Masking::idNumber(employee.idNumber, employee.idType);
    if (field == F::Mobile)
        return Masking::mobile(employee.mobile);
    if (field == F::EmergencyContactPhone)
        return Masking::mobile(employee.emergencyContactPhone);
    if (field == F::BirthDate)
        return Masking::birthDate(employee.birthDate);
    if (field == F::Gender)
        return Masking::gender(employee.gender);
    return {};
}

} // namespace hrdesk::masking
