#include "core/common/IsoDate.h"

namespace hrdesk {

namespace {

// Writes the ten characters; false when the date needs QDate::toString().
template<typename Char>
bool write(QDate date, Char *out)
{
    if (!date.isValid())
        return false;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    auto digits = [](Char *at, int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            at[i] = Char('0' + value % 10);
            value /= 10;
        }
    };
    digits(out, year, 4);
    out[4] = Char('-');
    digits(out + 5, month, 2);
    out[7] = Char('-');
    digits(out + 8, day, 2);
    return true;
}

} // namespace

QString IsoDate::text(QDate date)
{
    QString out(10, Qt::Uninitialized);
    if (!write(date, reinterpret_cast<char16_t *>(out.data())))
        return date.toString(Qt::ISODate);
    return out;
}

QByteArray IsoDate::utf8(QDate date)
{
    QByteArray out(10, Qt::Uninitialized);
    if (!write(date, out.data()))
        return date.toString(Qt::ISODate).toUtf8();
    return out;
}

} // namespace hrdesk
