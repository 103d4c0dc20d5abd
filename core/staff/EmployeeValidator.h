#pragma once

#include "core/staff/Employee.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hrdesk::staff {

// The rules an employee record must meet, usable field by field as the user types and for the
// whole record on save. Every message is translated and names the field (and, for a rule between
// two fields, both of them). Rules:
// - required: employee number, name, gender, ID type and number, department, hire date, status;
// - employee number: 2–20 ASCII letters or digits; name: 1–30 characters;
// - ID number by type:
//   resident_id      GB 11643 (region, real birth date, check digit; see ResidentIdNumber), and
//                    the birth date and gender it encodes must agree with those fields when given;
//   passport         5–17 ASCII letters or digits;
//   hk_macau_permit  港澳居民来往内地通行证: H (Hong Kong) or M (Macao) then 8 or 10 digits;
//   taiwan_permit    台湾居民来往大陆通行证: 8 digits (card since 2015), or 10 letters/digits as
//                    printed in older booklet permits (issuing-office letters included);
//   letters are accepted in either case (the service stores them upper-case);
// - mobile: MobileNumber; email: local@domain.tld without spaces, at most 254 characters;
//   emergency contact phone: a mobile number or a landline of 7–20 digits (+, spaces, dashes,
//   parentheses allowed), and a phone is needed when an emergency contact is named;
// - dates: date of birth < hire date ≤ end of probation; at least 16 years old at the hire date
//   (Labour Law art. 15); date of birth not in the future.
// Rules between fields are reported on one field only (the ID number for birth date/gender
// agreement, the hire date for birth/hire order and age, the end of probation for hire/probation
// order), so a record never gets the same complaint twice; relatedFields() tells a form which
// other fields to re-check when one changes.
class EmployeeValidator
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::EmployeeValidator)

public:
    static constexpr int MinimumAgeAtHire = 16;

    // The message for field set to value (QDate or text) in the record context, or an empty
    // string if it is acceptable. context is the rest of the form as it stands.
    static QString checkField(const QString &field, const QVariant &value, const Employee &context,
                              QDate today = QDate::currentDate());
    // Every problem of the record, in form order.
    static QList<FieldError> validate(const Employee &employee, QDate today = QDate::currentDate());
    // Fields whose message may change when field changes (not including field itself).
    static QStringList relatedFields(const QString &field);

    // The record as it is stored: text trimmed, ID number and permit letters upper-case, mobile as
    // its 11 digits when valid.
    static Employee normalised(Employee employee);

private:
    static QString checkRecordField(const QString &field, const Employee &e, QDate today);
    static QString checkIdNumber(const Employee &e, QDate today);
    static QString checkDates(const QString &field, const Employee &e, QDate today);
};

} // namespace hrdesk::staff
