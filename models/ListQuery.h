#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <Qt>

namespace hrdesk::models {

// What a list shows, as SQL pieces a KeysetPager combines into count, page and anchor queries.
// Conditions refer to the base table only, so counting and finding an anchor never join.
struct ListQuery
{
    QString baseTable;       // "customer c"
    QString idColumn;        // "c.id": unique, the tiebreak of every sort
    QString versionColumn;   // "c.version": the row version a command on the row checks against
    QString joins;           // "LEFT JOIN employee o ON o.id = c.owner_id"
    QString columns;         // the select list after the sort key and id
    QStringList conditions;  // ANDed, with ? placeholders
    QVariantList values;     // for the placeholders, in order
    QString sortExpression;  // must match a (key, id) index over live rows
    Qt::SortOrder order = Qt::AscendingOrder;
    // Counting all live rows: a small covering index to count over instead of the table (the
    // planner scans the table for `WHERE deleted_at IS NULL` otherwise).
    QString countIndex;
    // The row count when it is already known (a search without filters), else -1.
    qint64 knownTotal = -1;

    void where(const QString &condition, const QVariantList &bound = {})
    {
        conditions.append(condition);
        values.append(bound);
    }
    QString whereClause() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

} // namespace hrdesk::models
