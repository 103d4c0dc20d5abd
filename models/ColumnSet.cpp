#include "models/ColumnSet.h"

namespace hrdesk::models {

ColumnSet::ColumnSet(QList<ListColumn> columns)
    : m_columns(std::move(columns))
{
}

int ColumnSet::indexOf(const QString &id) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_columns.at(i).id == id)
            return i;
    }
    return -1;
}

bool ColumnSet::isSortable(int index) const
{
    return index >= 0 && index < count() && !m_columns.at(index).sortExpression.isEmpty();
}

QStringList ColumnSet::defaultVisibleIds() const
{
    QStringList ids;
    for (const ListColumn &column : m_columns) {
        if (column.defaultVisible)
            ids.append(column.id);
    }
    return ids;
}

QStringList ColumnSet::visibleIds(const QStringList &saved) const
{
    QStringList ids;
    for (const QString &id : saved) {
        if (indexOf(id) >= 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids.isEmpty() ? defaultVisibleIds() : ids;
}

} // namespace hrdesk::models
