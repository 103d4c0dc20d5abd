#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

namespace hrdesk::demo {

// ISO dates and UTC timestamps around DemoOrganisation::referenceDate() as UTF-8, formatted once:
// bulk writers need millions of them and QDate::toString per row would cost more than the insert.
class DemoCalendar
{
public:
    static constexpr int PastDays = 3650;  // ten years back
    static constexpr int FutureDays = 730; // two years ahead

    DemoCalendar();

    // "2025-12-31" for offset 0; offset in [-PastDays, FutureDays], clamped.
    QByteArrayView day(int offset) const;
    int year(int offset) const;
    // "2025-12-31T03:07:00.000Z": hour (UTC) and minute of that day, written to out24.
    void timestamp(int offset, int hour, int minute, char *out24) const;

private:
    int index(int offset) const;

    QByteArray m_days; // 10 characters per day from -PastDays on
};

} // namespace hrdesk::demo
