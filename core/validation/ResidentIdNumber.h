#pragma once

#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace hrdesk::validation {

// The 18-digit mainland resident identity number (GB 11643-1999): 6-digit region code,
// 8-digit birth date, 3-digit order code (odd last digit = male) and an ISO 7064 MOD 11-2
// check character.
class ResidentIdNumber
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::validation::ResidentIdNumber)

public:
    static constexpr int Length = 18;

    // today bounds the birth date; callers pass it in tests so results do not depend on the day.
    static Result validate(QStringView number, QDate today = QDate::currentDate());
    static std::optional<ResidentIdNumber> parse(QStringView number, QString *reason = nullptr,
                                                 QDate today = QDate::currentDate());

    // The check character ('0'–'9' or 'X') for 17 digits, or a null QChar if they are not digits.
    static QChar checkCharacter(QStringView first17);
    // first17 followed by its check character; empty if first17 is not 17 digits.
    static QString withCheckDigit(QStringView first17);
    // Same computation on Latin-1 bytes, for generators that build numbers in bulk.
    static char checkCharacter(const char *first17);

    const QString &number() const { return m_number; }
    QString regionCode() const { return m_number.left(6); }
    QDate birthDate() const { return m_birthDate; }
    bool isMale() const { return m_male; }

private:
    ResidentIdNumber(QString number, QDate birthDate, bool male);

    QString m_number;
    QDate m_birthDate;
    bool m_male = false;
};

} // namespace hrdesk::validation
