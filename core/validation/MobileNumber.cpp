#include "core/validation/MobileNumber.h"

namespace hrdesk::validation {

namespace {

QString stripSeparators(QStringView number)
{
    QString digits;
    digits.reserve(number.size());
    for (const QChar c : number) {
        if (c == u' ' || c == u'-')
            continue;
        digits.append(c);
    }
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

} // namespace

Result MobileNumber::validate(QStringView number)
{
    const QString digits = stripSeparators(number);
    if (digits.isEmpty())
        return Result::invalid(tr("The mobile number is empty."));
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return Result::invalid(tr("A mobile number has only digits; \"%1\" is not one.").arg(c));
    }
    if (digits.size() != 11)
        return Result::invalid(tr("A mobile number has 11 digits, not %1.").arg(digits.size()));
    if (digits.at(0) != u'1' || digits.at(1).unicode() < u'3')
        return Result::invalid(tr("A mobile number begins with 13 to 19, not %1.").arg(digits.left(2)));
    return Result::valid();
}

QString MobileNumber::normalise(QStringView number)
{
    return validate(number).ok ? stripSeparators(number) : QString();
}

} // namespace hrdesk::validation
