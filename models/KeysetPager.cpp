#include "models/KeysetPager.h"

#include "models/ModelsLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace hrdesk::models {

KeysetPager::KeysetPager(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KeysetPager::reset(const ListQuery &query, const RowTransform &transform)
{
    m_query = query;
    m_transform = transform;
    m_pages.clear();
    m_recent.clear();
    m_pageQueries = 0;
    m_total = 0;
    m_lastError.clear();
    if (m_query.knownTotal >= 0) {
        m_total = static_cast<int>(m_query.knownTotal);
        return true;
    }
    QString from = m_query.baseTable;
    if (!m_query.countIndex.isEmpty() && m_query.conditions.size() == 1)
        from += QStringLiteral(" INDEXED BY ") + m_query.countIndex;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM ") + from + m_query.whereClause());
    for (const QVariant &value : std::as_const(m_query.values))
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        qCWarning(lcModels) << "list count failed:" << m_lastError;
        return false;
    }
    m_total = q.value(0).toInt();
    return true;
}

int KeysetPager::pageRows(int page) const
{
    return std::clamp(m_total - page * PageSize, 0, PageSize);
}

const KeysetPager::Row *KeysetPager::row(int index)
{
    if (index < 0 || index >= m_total)
        return nullptr;
    const int page = index / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        loadPage(page);
        it = m_pages.constFind(page);
    } else if (m_recent.constLast() != page) {
        touch(page);
    }
    const int offset = index - page * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void KeysetPager::loadLastPage()
{
    if (m_total > 0 && !m_pages.contains((m_total - 1) / PageSize))
        loadPage((m_total - 1) / PageSize);
}

int KeysetPager::cachedRowCount() const
{
    int rows = 0;
    for (const QVector<Row> &page : m_pages)
        rows += static_cast<int>(page.size());
    return rows;
}

QVector<KeysetPager::Row> KeysetPager::query(const QString &where, const QVariantList &values, Direction direction,
                                             int limit)
{
    // Forward is the list's own order; backward reads it in reverse from the far side.
    const bool ascending = (m_query.order == Qt::AscendingOrder) == (direction == Direction::Forward);
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList conditions = m_query.conditions;
    if (!where.isEmpty())
        conditions.append(where);
    const QString sql = QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 %6%7 ORDER BY %1%8, %2%8 LIMIT %9")
                            .arg(m_query.sortExpression, m_query.idColumn, m_query.versionColumn, m_query.columns,
                                 m_query.baseTable,
                                 m_query.joins,
                                 conditions.isEmpty() ? QString()
                                                      : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                                 dir)
                            .arg(limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(m_query.values))
        q.addBindValue(value);
    for (const QVariant &value : values)
        q.addBindValue(value);
    ++m_pageQueries;
    QVector<Row> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcModels) << "list page failed:" << m_lastError;
        return rows;
    }
    rows.reserve(limit);
    const int columns = q.record().count();
    while (q.next()) {
        Row row;
        row.key = q.value(0);
        row.id = q.value(1).toString();
        row.version = q.value(2).toLongLong();
        row.values.reserve(columns - 3);
        for (int c = 3; c < columns; ++c)
            row.values.append(q.value(c));
        if (m_transform)
            m_transform(row.values);
        rows.append(std::move(row));
    }
    if (direction == Direction::Backward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

bool KeysetPager::findAnchor(int firstRow, QVariant *key, QString *id)
{
    // Read from the nearer end; the select list is only (key, id), which the sort index covers.
    const int fromEnd = m_total - 1 - firstRow;
    const bool forward = firstRow <= fromEnd;
    const bool ascending = (m_query.order == Qt::AscendingOrder) == forward;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %1%5, %2%5 LIMIT 1 OFFSET %6")
                  .arg(m_query.sortExpression, m_query.idColumn, m_query.baseTable, m_query.whereClause(), dir)
                  .arg(forward ? firstRow : fromEnd));
    for (const QVariant &value : std::as_const(m_query.values))
        q.addBindValue(value);
    ++m_pageQueries;
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    *key = q.value(0);
    *id = q.value(1).toString();
    return true;
}

void KeysetPager::loadPage(int page)
{
    const bool ascending = m_query.order == Qt::AscendingOrder;
    const QString after = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString before = ascending ? QStringLiteral("<") : QStringLiteral(">");
    const QString keyed = QStringLiteral("(%1, %2) %3 (?, ?)").arg(m_query.sortExpression, m_query.idColumn);
    const int rows = pageRows(page);
    QVector<Row> loaded;
    if (page == 0) {
        loaded = query({}, {}, Direction::Forward, rows);
    } else if (auto prev = m_pages.constFind(page - 1); prev != m_pages.constEnd() && !prev->isEmpty()) {
        loaded = query(keyed.arg(after), {prev->constLast().key, prev->constLast().id}, Direction::Forward, rows);
    } else if (auto next = m_pages.constFind(page + 1); next != m_pages.constEnd() && !next->isEmpty()) {
        loaded = query(keyed.arg(before), {next->constFirst().key, next->constFirst().id}, Direction::Backward, rows);
    } else if (page == (m_total - 1) / PageSize) {
        loaded = query({}, {}, Direction::Backward, rows);
    } else {
        QVariant key;
        QString id;
        if (findAnchor(page * PageSize, &key, &id))
            loaded = query(keyed.arg(after + QLatin1Char('=')), {key, id}, Direction::Forward, rows);
    }
    // A short or empty page (an error, or rows deleted since the count) is kept as it is: the
    // view shows empty cells until reload() instead of querying again for every cell.
    m_pages.insert(page, std::move(loaded));
    touch(page);
    evict();
}

void KeysetPager::touch(int page)
{
    m_recent.removeOne(page);
    m_recent.append(page);
}

void KeysetPager::evict()
{
    while (m_recent.size() > MaxPages)
        m_pages.remove(m_recent.takeFirst());
}

} // namespace hrdesk::models
