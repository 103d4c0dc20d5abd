#pragma once

#include "models/ListQuery.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

#include <functional>

namespace hrdesk::models {

// A window of pages over a sorted list of any length, for models whose rowCount() is the whole
// list (so the scroll bar, "jump to end" and dragging the thumb work as in any table) while only
// a few pages are in memory.
//
// A page is PageSize consecutive rows. Page p is loaded, when first asked for, from the nearest
// neighbour already in memory: after the last row of page p-1 (`(key, id) > (?, ?)`) or, backwards,
// before the first row of page p+1 (`(key, id) < (?, ?)` in reverse order) — both index range scans
// of PageSize rows whatever p is. Page 0 and the last page are read from either end of the index
// (the last one in reverse order, so jumping to the end never walks the list). Only a page with no
// neighbour in memory (the user dragged the thumb into the middle) needs an anchor found by OFFSET,
// and that query reads only the (key, id) index, from whichever end is nearer. At most MaxPages
// pages are kept; the least recently used goes first.
class KeysetPager
{
public:
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 5;

    struct Row
    {
        QVariant key;
        QString id;
        qint64 version = 0; // as read with the page: a command on the row names it
        QVariantList values; // the query's columns, after the row transform
    };
    // Applied to every row as it is loaded: models mask sensitive values here, so clear values
    // never stay in memory.
    using RowTransform = std::function<void(QVariantList &values)>;

    explicit KeysetPager(QSqlDatabase db);

    // Counts the rows and drops all pages. Returns false (see lastError) if the query fails.
    bool reset(const ListQuery &query, const RowTransform &transform = {});
    int total() const { return m_total; }

    // The row at index, loading its page when needed; nullptr past the end or on an error.
    const Row *row(int index);
    // Loads the page holding the last rows (a reverse-order query).
    void loadLastPage();

    int cachedRowCount() const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    // Queries run since reset() (for tests and benchmarks: no page is read twice needlessly).
    int pageQueries() const { return m_pageQueries; }
    QString lastError() const { return m_lastError; }

private:
    enum class Direction { Forward, Backward };

    QVector<Row> query(const QString &where, const QVariantList &values, Direction direction, int limit);
    void loadPage(int page);
    bool findAnchor(int firstRow, QVariant *key, QString *id);
    void touch(int page);
    void evict();
    int pageRows(int page) const;

    QSqlDatabase m_db;
    ListQuery m_query;
    RowTransform m_transform;
    int m_total = 0;
    QHash<int, QVector<Row>> m_pages;
    QList<int> m_recent; // most recently used last
    int m_pageQueries = 0;
    QString m_lastError;
};

} // namespace hrdesk::models
