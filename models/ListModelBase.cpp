#include "models/ListModelBase.h"

#include "models/ModelsLogging.h"

#include "storage/search/SearchHitSets.h"
#include "storage/search/SearchTokens.h"

#include <QCoreApplication>

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
    if (m_hitSet != 0)
        search::SearchHitSets::remove(m_hitSet);
}

ListQuery ListModelBase::fullQuery()
{
    ListQuery query = baseQuery();
    // Subclasses start with the live (or archived) rows condition; more conditions are filters.
    const bool unfiltered = query.conditions.size() == 1;
    const QString match = search::SearchTokens::matchExpression(m_searchText);
    if (m_archived) {
        if (!m_searchText.trimmed().isEmpty())
            archivedSearch(query, m_searchText.trimmed());
    } else if (!match.isEmpty()) {
        const QString matches = QStringLiteral("SELECT se.entity_id FROM search_fts CROSS JOIN search_entry se "
                                               "ON se.docid = search_fts.rowid WHERE search_fts MATCH ? "
                                               "AND se.entity_type = '%1'").arg(searchEntityType());
        // CROSS JOIN keeps the full-text match as the outer loop (the planner would otherwise walk
        // search_entry and run the MATCH once per entry). The matches are read once per search;
        // search_entry holds live rows only, so without filters their number is the row count.
        const qint64 found = collectMatches(matches, match);
        if (unfiltered && found >= 0)
            query.knownTotal = found;
        if (found > DenseMatches) {
            // Many: walk the sort index and keep the rows whose id is in this model's hit set (a
            // hash lookup), which stops after a page instead of fetching and sorting every match.
            // The count and every page (sorted, filtered, scrolled) use the set; a large result
            // ("北京": one customer in ten) took three times as long re-running the match.
            query.where(QStringLiteral("hrdesk_search_hit(%1, %2)").arg(m_hitSet).arg(query.idColumn));
        } else {
            // Few: look them up by id and sort them.
            query.where(QStringLiteral("%1 IN (%2)").arg(query.idColumn, matches), {match});
        }
    }
    query.sortExpression = m_columns.at(m_sortColumn).sortExpression;
    query.order = m_sortOrder;
    return query;
}

qint64 ListModelBase::collectMatches(const QString &matchesSql, const QString &match)
{
    if (m_hitSet == 0)
        m_hitSet = search::SearchHitSets::create();
    QString error;
    const qint64 found = search::SearchHitSets::fill(m_db, m_hitSet, matchesSql, match, &error);
    if (found < 0)
        qCWarning(lcModels) << "search failed:" << error;
    return found;
}

void ListModelBase::refresh()
{
    beginResetModel();
    m_pager.reset(fullQuery(), [this](QVariantList &values) { transformRow(values); });
    endResetModel();
}

QString ListModelBase::stateCondition(const QString &alias) const
{
    return alias + (m_archived ? QLatin1String(".deleted_at IS NOT NULL") : QLatin1String(".deleted_at IS NULL"));
}

void ListModelBase::setShowArchived(bool archived)
{
    if (archived == m_archived)
        return;
    m_archived = archived;
    refresh();
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
    if (!sameQuery || m_archived)
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

qint64 ListModelBase::entityVersion(int row) const
{
    const KeysetPager::Row *r = m_pager.row(row);
    return r ? r->version : 0;
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
