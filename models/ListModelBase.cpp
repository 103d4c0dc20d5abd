#include "models/ListModelBase.h"

#include "storage/search/SearchTokens.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <atomic>

namespace hrdesk::models {

ListModelBase::ListModelBase(QSqlDatabase db, ColumnSet columns, const char *translationContext,
                             int defaultSortColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_columns(std::move(columns))
    , m_context(translationContext)
    , m_sortColumn(defaultSortColumn)
    , m_pager(db)
{
}

ListModelBase::~ListModelBase()
{
    if (!m_hitsTable.isEmpty() && m_db.isOpen())
        QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_hitsTable));
}

ListQuery ListModelBase::fullQuery()
{
    ListQuery query = baseQuery();
    // Subclasses start with the live-rows condition; more conditions are filters.
    const bool unfiltered = query.conditions.size() == 1;
    const QString match = search::SearchTokens::matchExpression(m_searchText);
    if (!match.isEmpty()) {
        const QString matches = QStringLiteral("SELECT se.entity_id FROM search_fts CROSS JOIN search_entry se "
                                               "ON se.docid = search_fts.rowid WHERE search_fts MATCH ? "
                                               "AND se.entity_type = '%1'").arg(searchEntityType());
        // The matches are looked up once per search into a temporary table; the count and every
        // page (sorted, filtered, scrolled) read it instead of running the full-text match and its
        // join to search_entry again. A large result ("北京": one customer in ten) took three
        // times as long the other way.
        const qint64 stored = storeMatches(matches, match);
        // search_entry holds live rows only: without filters the match count is the row count.
        const qint64 found = stored >= 0 ? stored : countMatches(matches, match);
        if (unfiltered)
            query.knownTotal = found;
        // CROSS JOIN above keeps the full-text match as the outer loop (the planner would
        // otherwise walk search_entry and run the MATCH once per entry). Few matches: look them
        // up by id and sort them. Many: walk the sort index and keep the matching ids, which
        // stops after a page instead of fetching and sorting every match ('+' hides the id
        // index from the planner).
        const QString id = found > DenseMatches ? QLatin1Char('+') + query.idColumn : query.idColumn;
        if (stored >= 0)
            query.where(QStringLiteral("%1 IN (SELECT id FROM temp.%2)").arg(id, m_hitsTable));
        else
            query.where(QStringLiteral("%1 IN (%2)").arg(id, matches), {match});
    }
    query.sortExpression = m_columns.at(m_sortColumn).sortExpression;
    query.order = m_sortOrder;
    return query;
}

qint64 ListModelBase::countMatches(const QString &matchesSql, const QString &match) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(matchesSql));
    q.addBindValue(match);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 ListModelBase::storeMatches(const QString &matchesSql, const QString &match)
{
    if (m_hitsTable.isEmpty()) {
        static std::atomic<int> tables{0};
        m_hitsTable = QStringLiteral("search_hits_%1").arg(++tables);
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
                    .arg(m_hitsTable))
        || !q.exec(QStringLiteral("DELETE FROM temp.%1").arg(m_hitsTable)))
        return -1;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.%1 (id) %2").arg(m_hitsTable, matchesSql));
    q.addBindValue(match);
    if (!q.exec())
        return -1;
    return q.numRowsAffected();
}

void ListModelBase::refresh()
{
    beginResetModel();
    m_pager.reset(fullQuery(), [this](QVariantList &values) { transformRow(values); });
    endResetModel();
}

void ListModelBase::reload()
{
    refresh();
}

void ListModelBase::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const bool sameQuery = search::SearchTokens::matchExpression(text) == search::SearchTokens::matchExpression(m_searchText);
    m_searchText = text;
    // Typing a space or punctuation does not change the result: no new query.
    if (!sameQuery)
        refresh();
}

void ListModelBase::sort(int column, Qt::SortOrder order)
{
    if (!m_columns.isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void ListModelBase::jumpToEnd()
{
    m_pager.loadLastPage();
}

QString ListModelBase::entityId(int row) const
{
    const KeysetPager::Row *r = m_pager.row(row);
    return r ? r->id : QString();
}

int ListModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_pager.total();
}

int ListModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns.count();
}

QVariant ListModelBase::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pager.total() || index.column() >= m_columns.count())
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != SortKeyRole && role != Qt::ToolTipRole)
        return {};
    const KeysetPager::Row *row = m_pager.row(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == SortKeyRole)
        return row->key;
    const QVariant value = row->values.value(index.column());
    return displayValue(index.column(), value);
}

QVariant ListModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.count())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate(m_context, m_columns.at(section).title);
}

} // namespace hrdesk::models
