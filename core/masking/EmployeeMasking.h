#pragma once

#include "core/staff/Employee.h"

#include <QHash>
#include <QString>

namespace hrdesk::masking {

// Which fields of a staff file are hidden until revealed, and how they read while hidden. The
// staff file, its print and the edit form all ask here, so a field is masked in all of them or
// in none.
//
// Masked with their own reveal (RevealService, one audit event each): ID number, mobile,
// emergency contact phone. Masked together with the ID number, because a resident ID number
// spells them out (digits 7-14 and 17): the date of birth (always, ****-**-**) and, for a
// resident ID, the gender (*). Revealing the ID number shows them too.
class EmployeeMasking
{
public:
    // The field whose reveal shows field in clear: field itself for ID number, mobile and
    // emergency phone, the ID number for date of birth and (resident ID) gender; empty when
    // field is shown in clear to everyone.
    static QString revealedBy(const staff::Employee &employee, const QString &field);
    // True while field is hidden for someone who has revealed the fields in revealed (field →
    // clear value, as RevealService returned it).
    static bool isHidden(const staff::Employee &employee, const QString &field,
                         const QHash<QString, QString> &revealed);
    // How field reads while hidden (empty when the field has no value).
    static QString maskedText(const staff::Employee &employee, const QString &field);
};

} // namespace hrdesk::masking
