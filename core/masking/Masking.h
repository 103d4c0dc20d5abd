#pragma once

#include <QDate>
#include <QString>

namespace hrdesk::masking {

// How sensitive values are shown until someone reveals them (RevealService). Masking keeps
// enough to tell records apart on screen (region, sequence and check character of a resident
// ID number, the carrier prefix and last digits of a mobile) and hides what identifies a person
// (a resident ID number's birth date and gender digit among it).
class Masking
{
public:
    // Resident ID (idType "resident_id", 15 or 18 characters): the region (first 6) and the
    // sequence and check characters kept, the birth date and the gender digit hidden:
    // 110105194912310021 -> 110105********00*1, 110105491231002 -> 110105******00*. Other ID types (passport, Hong Kong/Macau and
    // Taiwan permits): first 2 and last 3 kept from 8 characters on, first 1 and last 2 for 5-7,
    // all hidden below that.
    static QString idNumber(const QString &value, const QString &idType = QStringLiteral("resident_id"));
    // Mainland mobile: 13812345678 -> 138****5678 (a +86/0086 prefix and spaces or hyphens are
    // kept as typed). Landline with area code: 010-12345678 -> 010-****5678. Other numbers: last
    // 4 digits kept from 7 digits on, last 2 below, the rest hidden.
    static QString mobile(const QString &value);
    // A date of birth: hidden entirely, 1990-03-07 -> ****-**-** (empty for no date). The year
    // alone would still tell the age; the ID number's reveal shows it (EmployeeMasking).
    static QString birthDate(QDate date);
    // A gender that follows from an ID number: "*" (empty for no gender).
    static QString gender(const QString &value);
};

} // namespace hrdesk::masking
