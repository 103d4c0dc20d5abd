#pragma once

#include "storage/search/SearchHitIds.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hrdesk::search {

// The entity ids a search found, kept in memory for the list that shows them. SQL tests
// membership through hrdesk_search_hit(set, id) (registered by registerSqlFunctions): a hash
// lookup per row. A list page of a large result ("北京": one customer in ten) walks the sort index
// and keeps the rows whose id is in the set; a B-tree probe into a temporary table per index
// entry cost three times as much (see ListModelBase).
//
// Sets are numbered process-wide and shared between threads behind a mutex. A statement that
// runs holds its set alive until it is finished, even if the set is replaced or removed meanwhile.
class SearchHitSets
{
public:
    // A new, empty set; its number is never reused.
    static int create();
    static void replace(int set, SearchHitIds ids);
    // Replaces the set's ids with the first column of every row sql returns (one text argument,
    // bound to its ?): the number of distinct ids, or -1 with *error set, the set then empty.
    // Reads straight from SQLite: through QSqlQuery, the 18,388 ids of "北京" took 15 ms more.
    static qint64 fill(const QSqlDatabase &db, int set, const QString &sql, const QString &argument,
                       QString *error);
    static void remove(int set);
    // The set's ids, or null for a number that has no set (removed, never created).
    static std::shared_ptr<const SearchHitIds> find(int set);
    static bool contains(int set, QByteArrayView id);
};

} // namespace hrdesk::search
