#include "core/validation/ResidentIdNumber.h"

namespace hrdesk::validation {

namespace {

constexpr int Weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char CheckCharacters[] = "10X98765432";

// Province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao included: residence
// permits use them).
bool isProvinceCode(int code)
{
    switch (code) {
    case 11: case 12: case 13: case 14: case 15:
    case 21: case 22: case 23:
    case 31: case 32: case 33: case 34: case 35: case 36: case 37:
    case 41: case 42: case 43: case 44: case 45: case 46:
    case 50: case 51: case 52: case 53: case 54:
    case 61: case 62: case 63: case 64: case 65:
    case 71: case 81: case 82:
        return true;
    default:
        return false;
    }
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitAt(QStringView s, int i)
{
    return s.at(i).unicode() - u'0';
}

} // namespace

ResidentIdNumber::ResidentIdNumber(QString number, QDate birthDate, bool male)
    : m_number(std::move(number))
    , m_birthDate(birthDate)
    , m_male(male)
{
}

char ResidentIdNumber::checkCharacter(const char *first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * Weights[i];
    return CheckCharacters[sum % 11];
}

QChar ResidentIdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17.at(i)))
            return {};
        sum += digitAt(first17, i) * Weights[i];
    }
    return QLatin1Char(CheckCharacters[sum % 11]);
}

QString ResidentIdNumber::withCheckDigit(QStringView first17)
{
    const QChar check = checkCharacter(first17);
    if (check.isNull())
        return {};
    return first17.toString() + check;
}

Result ResidentIdNumber::validate(QStringView number, QDate today)
{
    QString reason;
    if (parse(number, &reason, today))
        return Result::valid();
    return Result::invalid(reason);
}

std::optional<ResidentIdNumber> ResidentIdNumber::parse(QStringView number, QString *reason, QDate today)
{
    auto refuse = [reason](const QString &why) -> std::optional<ResidentIdNumber> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QStringView trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("The ID number is empty."));
    if (trimmed.size() == 15)
        return refuse(tr("This is an old 15-digit ID number; enter the 18-digit number instead."));
    if (trimmed.size() != Length)
        return refuse(tr("An ID number has 18 characters, not %1.").arg(trimmed.size()));
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(trimmed.at(i)))
            return refuse(tr("Character %1 (\"%2\") must be a digit.").arg(i + 1).arg(trimmed.at(i)));
    }
    const QChar last = trimmed.at(17).toUpper();
    if (!isAsciiDigit(last) && last != u'X')
        return refuse(tr("The last character must be a digit or X, not \"%1\".").arg(trimmed.at(17)));

    const int province = digitAt(trimmed, 0) * 10 + digitAt(trimmed, 1);
    if (!isProvinceCode(province))
        return refuse(tr("The region code %1 does not begin with a province code.").arg(trimmed.left(6)));

    const QStringView dateText = trimmed.mid(6, 8);
    const int year = dateText.left(4).toInt();
    const int month = dateText.mid(4, 2).toInt();
    const int day = dateText.mid(6, 2).toInt();
    const QDate birth(year, month, day);
    if (!birth.isValid())
        return refuse(tr("The birth date %1 does not exist.").arg(dateText));
    if (year < 1900)
        return refuse(tr("The birth date %1 is before 1900.").arg(dateText));
    if (today.isValid() && birth > today)
        return refuse(tr("The birth date %1 is in the future.").arg(dateText));

    const QChar expected = checkCharacter(trimmed.left(17));
    if (expected != last)
        return refuse(tr("The check digit should be %1, not %2.").arg(expected).arg(trimmed.at(17)));

    QString normalised = trimmed.left(17).toString() + last;
    return ResidentIdNumber(std::move(normalised), birth, digitAt(trimmed, 16) % 2 == 1);
}

} // namespace hrdesk::validation
