#include "core/validation/CreditCode.h"

#include <cstring>

namespace hrdesk::validation {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(char16_t c)
{
    if (c > 0x7f || c == 0)
        return -1;
    const char *found = std::strchr(Alphabet, static_cast<char>(c));
    return found ? static_cast<int>(found - Alphabet) : -1;
}

char checkFor(int sum)
{
    return Alphabet[(31 - sum % 31) % 31];
}

} // namespace

const char *CreditCode::alphabet()
{
    return Alphabet;
}

char CreditCode::checkCharacter(const char *first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(static_cast<unsigned char>(first17[i]));
        if (v < 0)
            return 0;
        sum += v * Weights[i];
    }
    return checkFor(sum);
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17.at(i).unicode());
        if (v < 0)
            return {};
        sum += v * Weights[i];
    }
    return QLatin1Char(checkFor(sum));
}

QString CreditCode::withCheckCharacter(QStringView first17)
{
    const QChar check = checkCharacter(first17);
    return check.isNull() ? QString() : first17.toString() + check;
}

Result CreditCode::validate(QStringView code)
{
    const QString upper = code.trimmed().toString().toUpper();
    if (upper.isEmpty())
        return Result::invalid(tr("The credit code is empty."));
    if (upper.size() != Length)
        return Result::invalid(tr("A unified social credit code has 18 characters, not %1.").arg(upper.size()));
    for (int i = 0; i < Length; ++i) {
        if (valueOf(upper.at(i).unicode()) < 0)
            return Result::invalid(tr("Character %1 (\"%2\") cannot appear in a credit code "
                                      "(digits and capital letters except I, O, S, V, Z).")
                                       .arg(i + 1)
                                       .arg(code.trimmed().at(i)));
    }
    for (int i = 2; i < 8; ++i) {
        if (!upper.at(i).isDigit())
            return Result::invalid(tr("Characters 3 to 8 of a credit code are the region code and must be digits."));
    }
    const QChar expected = checkCharacter(QStringView(upper).left(17));
    if (expected != upper.at(17))
        return Result::invalid(tr("The check character should be %1, not %2.").arg(expected).arg(upper.at(17)));
    return Result::valid();
}

} // namespace hrdesk::validation
