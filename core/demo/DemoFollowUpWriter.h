#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace hrdesk::demo {

class DemoCalendar;
class DemoCustomerWriter;
class DemoOrganisation;
class DemoRandom;

// Writes the follow-up records of the demo customers: exactly `total` of them, shared out by
// tier and status (key and active customers are called on more often), over the two years
// before the reference date, by the customer's owner, with summaries and next steps built
// from templates. Rows go in customer key order with sorted keys, so every index grows at its end.
class DemoFollowUpWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::demo::DemoFollowUpWriter)

public:
    DemoFollowUpWriter(DemoRandom &random, const DemoCalendar &calendar, const DemoOrganisation &org,
                       const DemoCustomerWriter &customers);

    // progress(rowsAdded) returns false to cancel; *error is empty when cancelled.
    bool write(QSqlDatabase db, qint64 total, const QByteArray &now, const std::function<bool(int)> &progress,
               QString *error);
    qint64 written() const { return m_written; }

private:
    // How many follow-ups each customer gets; the counts add up to total exactly.
    std::vector<int> shareOut(qint64 total);

    DemoRandom &m_random;
    const DemoCalendar &m_calendar;
    const DemoCustomerWriter &m_customers;
    std::vector<QByteArray> m_employeeIds;
    qint64 m_written = 0;
};

} // namespace hrdesk::demo
