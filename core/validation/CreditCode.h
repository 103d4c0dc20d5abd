#pragma once

#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

namespace hrdesk::validation {

// The 18-character unified social credit code of an organisation (GB 32100-2015): registration
// authority, organisation type, 6-digit region code, 9-character organisation code and a check
// character, all over the 31-character alphabet without I, O, S, V and Z.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::validation::CreditCode)

public:
    static constexpr int Length = 18;
    static const char *alphabet();

    static Result validate(QStringView code);
    // The check character for the first 17 characters, or a null QChar if one is not in the alphabet.
    static QChar checkCharacter(QStringView first17);
    static QString withCheckCharacter(QStringView first17);
    // Same computation on Latin-1 bytes, for generators that build codes in bulk; 0 on a bad character.
    static char checkCharacter(const char *first17);
};

} // namespace hrdesk::validation
