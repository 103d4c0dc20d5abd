#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace hrdesk {

// yyyy-MM-dd, exactly as QDate::toString(Qt::ISODate) writes it, without its general formatting
// machinery: a bulk import writes each date several times (row, audit record, outbox intent),
// and QDate::toString() was a visible share of the import's time. Dates outside the years
// 0001–9999 and invalid dates fall back to QDate::toString().
class IsoDate
{
public:
    static QString text(QDate date);
    static QByteArray utf8(QDate date);
};

} // namespace hrdesk
