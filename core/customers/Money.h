#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hrdesk::customers {

// Amounts are integer fen (1/100 yuan) everywhere below the user interface, so sums are exact.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::Money)

public:
    // Up to 999,999,999,999.99 yuan: far above any sales contract, far below qint64 overflow.
    static constexpr qint64 MaxFen = 99'999'999'999'999;

    // Yuan as people write it: "12345.6", "12,345.67", "¥12,345.67", "12345元". Thousands
    // separators must group by three; at most two decimal places; no negative amounts. On bad
    // text returns nothing and sets *error to a reason that quotes the text.
    static std::optional<qint64> parseYuan(QStringView text, QString *error = nullptr);
    // "12,345.67" (always two decimals, grouped by thousands, no currency sign).
    static QString formatYuan(qint64 fen);
};

} // namespace hrdesk::customers
