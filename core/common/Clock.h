#pragma once

#include <QDateTime>

namespace hrdesk {

// Wall-clock source, replaceable in tests. Times are UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static Clock &system();
    // ISO 8601 UTC with milliseconds: the one text form of time stored in the database.
    static QString toStorage(const QDateTime &time);
};

} // namespace hrdesk
