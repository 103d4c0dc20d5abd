#pragma once

#include "core/validation/FieldError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hrdesk::staff {

// One row of the employee table. Dates are calendar dates (stored as yyyy-MM-dd); enumerated
// columns hold their stored codes (gender 'male'|'female', idType 'resident_id'|'passport'|
// 'hk_macau_permit'|'taiwan_permit', status 'onboarding'|'probation'|'active'|'notice'|'departed').
struct Employee
{
    QString id;
    QString employeeNo;
    QString name;
    QString gender;
    QDate birthDate;
    QString idType = QStringLiteral("resident_id");
    QString idNumber;
    QString mobile;
    QString email;
    QString emergencyContactName;
    QString emergencyContactPhone;
    QString address;
    QString departmentId;
    QString position;
    QString managerId;
    QDate hireDate;
    QDate probationEnd;
    QString status = QStringLiteral("onboarding");
    // Date of the last status change (the date the change took effect, not when it was typed).
    QDate statusChangedAt;
    qint64 version = 0;
    QString updatedAt;
    QString deletedAt;
};

// A rejection of one field (field = column name, see EmployeeFields): the shared shape of forms
// and import reports.
using validation::FieldError;
using validation::FieldErrors;

} // namespace hrdesk::staff
