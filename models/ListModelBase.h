#pragma once

#include "models/ColumnSet.h"
#include "models/KeysetPager.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace hrdesk::models {

// What the staff and customer lists share: the column catalogue, search text, sorting by any
// sortable column and the windowed, keyset-paged rows (KeysetPager).
//
// rowCount() is the number of matching rows, known from one count query, not the rows loaded:
// the view scrolls, drags and jumps over the whole list and data() loads the page it asks for
// from the nearest page in memory. So there is nothing to fetchMore(); canFetchMore() is false.
class ListModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortKeyRole };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ColumnSet &columns() const { return m_columns; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Search as you type: name, number, phone fragments, pinyin initials (schema 6 index).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Archived rows instead of live ones (records::ArchiveService). The search index holds live
    // rows only: archived rows are searched by name and number (archivedSearch()).
    void setShowArchived(bool archived);
    bool showsArchived() const { return m_archived; }

    int totalCount() const { return m_pager.total(); }
    // For the status bar, e.g. "共 200,000 位客户".
    virtual QString totalText() const = 0;
    // Loads the last page directly (reverse keyset query); the view then scrolls to the bottom.
    void jumpToEnd();
    QString entityId(int row) const;
    // The row's version as the list read it (0: row not loaded); a command started from the list
    // names it, so a change made meanwhile is refused instead of overwritten.
    qint64 entityVersion(int row) const;
    // Re-reads the count and drops the cached pages (after an edit, import or sync).
    void reload();

    int cachedRowCount() const { return m_pager.cachedRowCount(); }
    int pageQueries() const { return m_pager.pageQueries(); }
    QString lastError() const { return m_pager.lastError(); }

protected:
    ListModelBase(QSqlDatabase db, ColumnSet columns, const char *translationContext, int defaultSortColumn,
                  QObject *parent);
    ~ListModelBase() override;

    // The model's query without sort: base table, joins, select list (one value per column, in
    // catalogue order), filter conditions.
    virtual ListQuery baseQuery() const = 0;
    // Masks or translates loaded values in place; clear sensitive values must not survive it.
    virtual void transformRow(QVariantList &values) const = 0;
    // Display text of a loaded value.
    virtual QVariant displayValue(int column, const QVariant &value) const { Q_UNUSED(column); return value; }
    // Entity type of the search index ("employee", "customer").
    virtual QString searchEntityType() const = 0;
    // Adds the search condition for archived rows, which the search index does not hold.
    virtual void archivedSearch(ListQuery &query, const QString &text) const = 0;
    // The condition every query starts with: live or archived rows of alias ("e").
    QString stateCondition(const QString &alias) const;
    // Applies filter changes: subclasses call it from their setters.
    void refresh();

private:
    // Above this many search matches, pages walk the sort index instead of sorting the matches.
    static constexpr qint64 DenseMatches = 2000;

    ListQuery fullQuery();
    // Reads the ids matching the search into this model's hit set (SearchHitSets); their number,
    // or -1 when the search index cannot be read.
    qint64 collectMatches(const QString &matchesSql, const QString &match);

    QSqlDatabase m_db;
    ColumnSet m_columns;
    const char *m_context;
    QString m_searchText;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable KeysetPager m_pager;
    int m_hitSet = 0; // SearchHitSets number, created on the first search
    bool m_archived = false;
};

} // namespace hrdesk::models
