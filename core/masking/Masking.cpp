#include "core/masking/Masking.h"

namespace hrdesk::masking {

namespace {

QString keepEnds(const QString &value, qsizetype head, qsizetype tail)
{
    if (head + tail >= value.size())
        return QString(value.size(), QLatin1Char('*'));
    return value.left(head) + QString(value.size() - head - tail, QLatin1Char('*')) + value.right(tail);
}

// Masks the digits of text from digit number `from` (0-based, counting digits only) to the
// digit `tail` from the end; separators and prefixes stay where they are.
QString maskDigits(const QString &text, qsizetype from, qsizetype tail)
{
    qsizetype digits = 0;
    for (QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    QString out = text;
    qsizetype seen = 0;
    for (QChar &c : out) {
        if (!c.isDigit())
            continue;
        if (seen >= from && seen < digits - tail)
            c = QLatin1Char('*');
        ++seen;
    }
    return out;
}

} // namespace

QString Masking::idNumber(const QString &value, const QString &idType)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (idType == QLatin1String("resident_id") && (v.size() == 18 || v.size() == 15)) {
        // 18: region 1-6, birth date 7-14, sequence 15-16, gender 17, check 18.
        // 15: region 1-6, birth date 7-12 (yyMMdd), sequence 13-14, gender 15.
        QString out = v;
        const qsizetype birthEnd = v.size() == 18 ? 14 : 12;
        for (qsizetype i = 6; i < birthEnd; ++i)
            out[i] = QLatin1Char('*');
        out[v.size() == 18 ? 16 : 14] = QLatin1Char('*');
        return out;
    }
    if (idType == QLatin1String("resident_id") && v.size() > 15)
        return keepEnds(v, 6, 1);
    if (v.size() >= 8)
        return keepEnds(v, 2, 3);
    if (v.size() >= 5)
        return keepEnds(v, 1, 2);
    return QString(v.size(), QLatin1Char('*'));
}

QString Masking::mobile(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    // The national number without a +86 / 0086 country prefix decides the shape.
    qsizetype prefixDigits = 0;
    QString national;
    for (QChar c : v) {
        if (c.isDigit())
            national.append(c);
    }
    if ((v.startsWith(QLatin1String("+86")) || v.startsWith(QLatin1String("0086"))) && national.size() > 11) {
        prefixDigits = v.startsWith(QLatin1Char('+')) ? 2 : 4;
        national = national.mid(prefixDigits);
    }
    if (national.size() == 11 && national.startsWith(QLatin1Char('1')))
        return maskDigits(v, prefixDigits + 3, 4);
    // Landline with an area code (0 + 2 or 3 digits): the area code stays, a separator after it
    // tells its length; without one, 010/02x are 3 digits long and the rest 4.
    if (national.startsWith(QLatin1Char('0')) && national.size() >= 10) {
        qsizetype area = (national.at(1) == QLatin1Char('1') || national.at(1) == QLatin1Char('2')) ? 3 : 4;
        qsizetype separator = -1;
        for (qsizetype i = prefixDigits ? 3 : 0; i < v.size() && separator < 0; ++i) {
            if (!v.at(i).isDigit() && v.at(i) != QLatin1Char('+'))
                separator = i;
        }
        if (separator > 0) {
            qsizetype digitsBefore = 0;
            for (qsizetype i = 0; i < separator; ++i)
                digitsBefore += v.at(i).isDigit() ? 1 : 0;
            if (digitsBefore - prefixDigits >= 3 && digitsBefore - prefixDigits <= 4)
                area = digitsBefore - prefixDigits;
        }
        return maskDigits(v, prefixDigits + area, 4);
    }
    const qsizetype count = national.size();
    if (count >= 7)
        return maskDigits(v, prefixDigits, 4);
    return maskDigits(v, prefixDigits, count > 2 ? 2 : 0);
}

QString Masking::birthDate(QDate date)
{
    return date.isValid() ? QStringLiteral("****-**-**") : QString();
}

QString Masking::gender(const QString &value)
{
    return value.trimmed().isEmpty() ? QString() : QStringLiteral("*");
}

} // namespace hrdesk::masking
