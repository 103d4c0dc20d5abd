#include "core/demo/DemoCalendar.h"

#include "core/demo/DemoOrganisation.h"

#include <algorithm>
#include <cstring>

namespace hrdesk::demo {

DemoCalendar::DemoCalendar()
{
    const QDate reference = DemoOrganisation::referenceDate();
    m_days.reserve((PastDays + FutureDays + 1) * 10);
    for (int offset = -PastDays; offset <= FutureDays; ++offset)
        m_days.append(reference.addDays(offset).toString(Qt::ISODate).toLatin1());
}

int DemoCalendar::index(int offset) const
{
    return std::clamp(offset, -PastDays, FutureDays) + PastDays;
}

QByteArrayView DemoCalendar::day(int offset) const
{
    return QByteArrayView(m_days.constData() + qsizetype(index(offset)) * 10, 10);
}

int DemoCalendar::year(int offset) const
{
    const char *text = m_days.constData() + qsizetype(index(offset)) * 10;
    return (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
}

void DemoCalendar::timestamp(int offset, int hour, int minute, char *out24) const
{
    std::memcpy(out24, day(offset).data(), 10);
    out24[10] = 'T';
    out24[11] = char('0' + hour / 10);
    out24[12] = char('0' + hour % 10);
    out24[13] = ':';
    out24[14] = char('0' + minute / 10);
    out24[15] = char('0' + minute % 10);
    std::memcpy(out24 + 16, ":00.000Z", 8);
}

} // namespace hrdesk::demo
