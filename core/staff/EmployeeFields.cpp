#include "core/staff/EmployeeFields.h"

#include <QRegularExpression>

namespace hrdesk::staff {

QStringList EmployeeFields::all()
{
    return {EmployeeNo, Name, Gender, BirthDate, IdType, IdNumber, Mobile, Email,
            EmergencyContactName, EmergencyContactPhone, Address, DepartmentId, Position,
            ManagerId, HireDate, ProbationEnd, Status};
}

QString EmployeeFields::label(const QString &field)
{
    if (field == EmployeeNo)
        return tr("Employee number");
    if (field == Name)
        return tr("Name");
    if (field == Gender)
        return tr("Gender");
    if (field == BirthDate)
        return tr("Date of birth");
    if (field == IdType)
        return tr("ID type");
    if (field == IdNumber)
        return tr("ID number");
    if (field == Mobile)
        return tr("Mobile");
    if (field == Email)
        return tr("Email");
    if (field == EmergencyContactName)
        return tr("Emergency contact");
    if (field == EmergencyContactPhone)
        return tr("Emergency contact phone");
    if (field == Address)
        return tr("Address");
    if (field == DepartmentId)
        return tr("Department");
    if (field == Position)
        return tr("Position");
    if (field == ManagerId)
        return tr("Manager");
    if (field == HireDate)
        return tr("Hire date");
    if (field == ProbationEnd)
        return tr("End of probation");
    if (field == Status)
        return tr("Employment status");
    if (field == StatusChangedAt)
        return tr("Status since");
    return field;
}

QStringList EmployeeFields::genders()
{
    return {QStringLiteral("male"), QStringLiteral("female")};
}

QString EmployeeFields::genderLabel(const QString &gender)
{
    if (gender == QLatin1String("male"))
        return tr("Male");
    if (gender == QLatin1String("female"))
        return tr("Female");
    return gender;
}

QStringList EmployeeFields::idTypes()
{
    return {QStringLiteral("resident_id"), QStringLiteral("passport"), QStringLiteral("hk_macau_permit"),
            QStringLiteral("taiwan_permit")};
}

QString EmployeeFields::idTypeLabel(const QString &idType)
{
    if (idType == QLatin1String("resident_id"))
        return tr("Resident ID card");
    if (idType == QLatin1String("passport"))
        return tr("Passport");
    if (idType == QLatin1String("hk_macau_permit"))
        return tr("Mainland travel permit for Hong Kong and Macao residents");
    if (idType == QLatin1String("taiwan_permit"))
        return tr("Mainland travel permit for Taiwan residents");
    return idType;
}

QStringList EmployeeFields::statuses()
{
    return {QStringLiteral("onboarding"), QStringLiteral("probation"), QStringLiteral("active"),
            QStringLiteral("notice"), QStringLiteral("departed")};
}

QString EmployeeFields::statusLabel(const QString &status)
{
    if (status == QLatin1String("onboarding"))
        return tr("Onboarding");
    if (status == QLatin1String("probation"))
        return tr("Probation");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("notice"))
        return tr("Notice period");
    if (status == QLatin1String("departed"))
        return tr("Departed");
    return status;
}

QVariant EmployeeFields::value(const Employee &e, const QString &field)
{
    if (field == EmployeeNo)
        return e.employeeNo;
    if (field == Name)
        return e.name;
    if (field == Gender)
        return e.gender;
    if (field == BirthDate)
        return e.birthDate;
    if (field == IdType)
        return e.idType;
    if (field == IdNumber)
        return e.idNumber;
    if (field == Mobile)
        return e.mobile;
    if (field == Email)
        return e.email;
    if (field == EmergencyContactName)
        return e.emergencyContactName;
    if (field == EmergencyContactPhone)
        return e.emergencyContactPhone;
    if (field == Address)
        return e.address;
    if (field == DepartmentId)
        return e.departmentId;
    if (field == Position)
        return e.position;
    if (field == ManagerId)
        return e.managerId;
    if (field == HireDate)
        return e.hireDate;
    if (field == ProbationEnd)
        return e.probationEnd;
    if (field == Status)
        return e.status;
    if (field == StatusChangedAt)
        return e.statusChangedAt;
    return {};
}

namespace {

QDate toDate(const QVariant &value, bool *ok)
{
    *ok = true;
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QDate date = EmployeeFields::parseDate(text);
    *ok = date.isValid();
    return date;
}

} // namespace

bool EmployeeFields::setValue(Employee &e, const QString &field, const QVariant &value)
{
    bool ok = true;
    const QString text = value.toString();
    if (field == EmployeeNo)
        e.employeeNo = text;
    else if (field == Name)
        e.name = text;
    else if (field == Gender)
        e.gender = text;
    else if (field == BirthDate)
        e.birthDate = toDate(value, &ok);
    else if (field == IdType)
        e.idType = text;
    else if (field == IdNumber)
        e.idNumber = text;
    else if (field == Mobile)
        e.mobile = text;
    else if (field == Email)
        e.email = text;
    else if (field == EmergencyContactName)
        e.emergencyContactName = text;
    else if (field == EmergencyContactPhone)
        e.emergencyContactPhone = text;
    else if (field == Address)
        e.address = text;
    else if (field == DepartmentId)
        e.departmentId = text;
    else if (field == Position)
        e.position = text;
    else if (field == ManagerId)
        e.managerId = text;
    else if (field == HireDate)
        e.hireDate = toDate(value, &ok);
    else if (field == ProbationEnd)
        e.probationEnd = toDate(value, &ok);
    else if (field == Status)
        e.status = text;
    else if (field == StatusChangedAt)
        e.statusChangedAt = toDate(value, &ok);
    else
        return false;
    return ok;
}

QDate EmployeeFields::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const bool compact = !match.captured(4).isEmpty();
    const int month = (compact ? match.captured(4) : match.captured(2)).toInt();
    const int day = (compact ? match.captured(5) : match.captured(3)).toInt();
    return QDate(year, month, day);
}

} // namespace hrdesk::staff
