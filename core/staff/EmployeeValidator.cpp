#include "core/staff/EmployeeValidator.h"

#include "core/staff/EmployeeFields.h"
#include "core/validation/MobileNumber.h"
#include "core/validation/ResidentIdNumber.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace hrdesk::staff {

namespace {

using F = EmployeeFields;

QString label(const QString &field)
{
    return EmployeeFields::label(field);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool matches(const QString &pattern, const QString &text)
{
    // Compiled once per pattern: an import validates 100,000 rows and compiling dominated.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.constEnd())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return it->match(text).hasMatch();
}

// Characters as a person counts them (a Chinese character outside the BMP is one, not two).
qsizetype characterCount(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

// One of the codes. The lists are built once; an exact comparison costs a fraction of
// QStringList::contains(), which goes through the case-sensitivity-aware compare.
bool isOneOf(const QStringList &codes, const QString &text)
{
    return std::find(codes.cbegin(), codes.cend(), text) != codes.cend();
}

const QStringList &genders()
{
    static const QStringList codes = EmployeeFields::genders();
    return codes;
}

// 2 to 20 ASCII letters or digits: the employee number's form, checked on every imported row.
bool isEmployeeNumber(const QString &text)
{
    if (text.size() < 2 || text.size() > 20)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

// Whole years from birth to date.
int ageOn(QDate birth, QDate date)
{
    int age = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --age;
    return age;
}

} // namespace

QString EmployeeValidator::checkField(const QString &field, const QVariant &value, const Employee &context,
                                      QDate today)
{
    Employee e = context;
    if (!EmployeeFields::setValue(e, field, value)) {
        if (EmployeeFields::all().contains(field))
            return tr("%1: \"%2\" is not a date; write it as 2024-03-07.").arg(label(field), value.toString());
        return QString();
    }
    return checkRecordField(field, e, today);
}

QList<FieldError> EmployeeValidator::validate(const Employee &employee, QDate today)
{
    QList<FieldError> errors;
    static const QStringList fields = EmployeeFields::all();
    for (const QString &field : fields) {
        const QString message = checkRecordField(field, employee, today);
        if (!message.isEmpty())
            errors.append({field, message});
    }
    return errors;
}

QStringList EmployeeValidator::relatedFields(const QString &field)
{
    if (field == F::BirthDate)
        return {F::IdNumber, F::HireDate};
    if (field == F::Gender || field == F::IdType)
        return {F::IdNumber};
    if (field == F::HireDate)
        return {F::ProbationEnd};
    if (field == F::EmergencyContactName)
        return {F::EmergencyContactPhone};
    return {};
}

Employee EmployeeValidator::normalised(Employee e)
{
    for (QString *text : {&e.employeeNo, &e.name, &e.gender, &e.idType, &e.idNumber, &e.mobile, &e.email,
                          &e.emergencyContactName, &e.emergencyContactPhone, &e.address, &e.departmentId,
                          &e.position, &e.managerId, &e.status})
        *text = text->trimmed();
    e.idNumber = e.idNumber.toUpper();
    e.employeeNo = e.employeeNo.toUpper();
    const QString mobile = validation::MobileNumber::normalise(e.mobile);
    if (!mobile.isEmpty())
        e.mobile = mobile;
    return e;
}

QString EmployeeValidator::checkRecordField(const QString &field, const Employee &e, QDate today)
{
    const QVariant value = EmployeeFields::value(e, field);
    // Dates are checked as dates (checkDates); only the other fields need their text.
    const bool isDate = value.metaType().id() == QMetaType::QDate;
    const QString text = isDate ? QString() : value.toString().trimmed();
    const bool required = field == F::EmployeeNo || field == F::Name || field == F::Gender || field == F::IdType
        || field == F::IdNumber || field == F::DepartmentId || field == F::HireDate || field == F::Status;
    const bool empty = isDate ? !value.toDate().isValid() : text.isEmpty();
    if (empty) {
        if (required)
            return tr("%1 is required.").arg(label(field));
        if (field == F::EmergencyContactPhone && !e.emergencyContactName.trimmed().isEmpty())
            return tr("%1 is required when an emergency contact is named.").arg(label(field));
        return QString();
    }

    if (field == F::EmployeeNo) {
        if (!isEmployeeNumber(text))
            return tr("%1 \"%2\" must be 2 to 20 letters or digits (no spaces or punctuation).")
                .arg(label(field), text);
    } else if (field == F::Name) {
        if (characterCount(text) > 30)
            return tr("%1 has %2 characters; at most 30 are allowed.").arg(label(field)).arg(characterCount(text));
    } else if (field == F::Gender) {
        if (!isOneOf(genders(), text))
            return tr("%1 must be male or female, not \"%2\".").arg(label(field), text);
    } else if (field == F::IdType) {
        static const QStringList idTypes = EmployeeFields::idTypes();
        if (!isOneOf(idTypes, text))
            return tr("%1 \"%2\" is not one of resident ID card, passport, Hong Kong/Macao permit or Taiwan permit.")
                .arg(label(field), text);
    } else if (field == F::IdNumber) {
        return checkIdNumber(e, today);
    } else if (field == F::Mobile) {
        const auto result = validation::MobileNumber::validate(text);
        if (!result.ok)
            return tr("%1: %2").arg(label(field), result.reason);
    } else if (field == F::Email) {
        if (text.size() > 254 || !matches(QStringLiteral("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+"), text))
            return tr("%1 \"%2\" is not an email address like name@example.com.").arg(label(field), text);
    } else if (field == F::EmergencyContactPhone) {
        if (!validation::MobileNumber::validate(text).ok) {
            QString digits = text;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            if (!matches(QStringLiteral("\\+?[0-9 ()\\-]+"), text) || digits.size() < 7 || digits.size() > 20)
                return tr("%1 \"%2\" is neither a mobile number nor a landline number such as 021-12345678.")
                    .arg(label(field), text);
        }
    } else if (field == F::Status) {
        static const QStringList statuses = EmployeeFields::statuses();
        if (!isOneOf(statuses, text))
            return tr("%1 \"%2\" is not a known status.").arg(label(field), text);
    } else if (field == F::BirthDate || field == F::HireDate || field == F::ProbationEnd) {
        return checkDates(field, e, today);
    }
    if ((field == F::Address && characterCount(text) > 200)
        || ((field == F::Position || field == F::EmergencyContactName) && characterCount(text) > 50))
        return tr("%1 is too long (%2 characters).").arg(label(field)).arg(characterCount(text));
    return QString();
}

QString EmployeeValidator::checkIdNumber(const Employee &e, QDate today)
{
    const QString number = e.idNumber.trimmed().toUpper();
    const QString type = e.idType.trimmed();
    const QString field = label(F::IdNumber);
    if (type == QLatin1String("resident_id")) {
        QString reason;
        const auto id = validation::ResidentIdNumber::parse(number, &reason, today);
        if (!id)
            return tr("%1: %2").arg(field, reason);
        if (e.birthDate.isValid() && e.birthDate != id->birthDate())
            return tr("%1 gives the date of birth %2, but %3 says %4.")
                .arg(field, isoDate(id->birthDate()), label(F::BirthDate), isoDate(e.birthDate));
        const QString gender = e.gender.trimmed();
        if (isOneOf(genders(), gender) && (gender == QLatin1String("male")) != id->isMale())
            return tr("%1 belongs to a %2 person (17th digit %3), but %4 says %5.")
                .arg(field, EmployeeFields::genderLabel(id->isMale() ? QStringLiteral("male") : QStringLiteral("female")),
                     number.mid(16, 1), label(F::Gender), EmployeeFields::genderLabel(gender));
    } else if (type == QLatin1String("passport")) {
        if (!matches(QStringLiteral("[A-Z0-9]{5,17}"), number))
            return tr("%1 \"%2\": a passport number has 5 to 17 letters or digits.").arg(field, number);
    } else if (type == QLatin1String("hk_macau_permit")) {
        if (!matches(QStringLiteral("[HM]([0-9]{8}|[0-9]{10})"), number))
            return tr("%1 \"%2\": a Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.")
                .arg(field, number);
    } else if (type == QLatin1String("taiwan_permit")) {
        if (!matches(QStringLiteral("[0-9]{8}|[A-Z0-9]{10}"), number))
            return tr("%1 \"%2\": a Taiwan permit number has 8 digits, or 10 letters and digits on older permits.")
                .arg(field, number);
    }
    // An unknown ID type is reported on the ID type field.
    return QString();
}

QString EmployeeValidator::checkDates(const QString &field, const Employee &e, QDate today)
{
    if (field == F::BirthDate) {
        if (today.isValid() && e.birthDate > today)
            return tr("%1 %2 is in the future.").arg(label(field), isoDate(e.birthDate));
        if (e.birthDate.year() < 1900)
            return tr("%1 %2 is before 1900.").arg(label(field), isoDate(e.birthDate));
    } else if (field == F::HireDate && e.birthDate.isValid()) {
        if (e.hireDate <= e.birthDate)
            return tr("%1 (%2) must be after %3 (%4).")
                .arg(label(F::HireDate), isoDate(e.hireDate), label(F::BirthDate), isoDate(e.birthDate));
        const int age = ageOn(e.birthDate, e.hireDate);
        if (age < MinimumAgeAtHire)
            return tr("%1 (%2) is when the employee was %3 by %4 (%5); the minimum age is %6.")
                .arg(label(F::HireDate), isoDate(e.hireDate))
                .arg(age)
                .arg(label(F::BirthDate), isoDate(e.birthDate))
                .arg(MinimumAgeAtHire);
    } else if (field == F::ProbationEnd && e.hireDate.isValid()) {
        if (e.probationEnd < e.hireDate)
            return tr("%1 (%2) cannot be before %3 (%4).")
                .arg(label(F::ProbationEnd), isoDate(e.probationEnd), label(F::HireDate), isoDate(e.hireDate));
    }
    return QString();
}

} // namespace hrdesk::staff
