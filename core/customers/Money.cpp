#include "core/customers/Money.h"

#include <QRegularExpression>

namespace hrdesk::customers {

std::optional<qint64> Money::parseYuan(QStringView input, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = input.trimmed().toString();
    const QString original = text;
    if (text.isEmpty())
        return refuse(tr("The amount is empty."));
    if (text.startsWith(QChar(0x00A5)) || text.startsWith(QChar(0xFFE5)))
        text = text.mid(1).trimmed();
    if (text.endsWith(QChar(0x5143))) // 元
        text = text.chopped(1).trimmed();
    if (text.startsWith(QLatin1Char('-')))
        return refuse(tr("The amount \"%1\" is negative; amounts cannot be below zero.").arg(original));
    if (text.startsWith(QLatin1Char('+')))
        text = text.mid(1);

    static const QRegularExpression shape(QStringLiteral(R"(^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$)"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        if (text.contains(QLatin1Char(',')))
            return refuse(tr("The amount \"%1\" has misplaced thousands separators; write it as 12,345.67 or 12345.67.")
                              .arg(original));
        return refuse(tr("The amount \"%1\" is not a number in yuan such as 12,345.67.").arg(original));
    }
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    const QString decimals = match.captured(2);
    if (decimals.size() > 2)
        return refuse(tr("The amount \"%1\" has more than two decimal places; the smallest unit is one fen (0.01).")
                          .arg(original));
    // Leading zeros are harmless; strip them so the digit count below measures magnitude.
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.size() > 12)
        return refuse(tr("The amount \"%1\" is too large (at most %2 yuan).").arg(original, formatYuan(MaxFen)));
    const qint64 yuan = whole.toLongLong();
    const qint64 fen = decimals.isEmpty() ? 0 : QString(decimals).leftJustified(2, QLatin1Char('0')).toLongLong();
    return yuan * 100 + fen;
}

QString Money::formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    QString whole = QString::number(magnitude / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + cents;
}

} // namespace hrdesk::customers
