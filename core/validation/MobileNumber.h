#pragma once

#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

namespace hrdesk::validation {

// Mainland China mobile numbers: 11 digits, 1 then 3–9 then nine digits. An optional +86 or
// 86 prefix and spaces/dashes between groups are accepted on input.
class MobileNumber
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::validation::MobileNumber)

public:
    static Result validate(QStringView number);
    // The bare 11 digits, or an empty string if number is not a valid mobile number.
    static QString normalise(QStringView number);
};

} // namespace hrdesk::validation
