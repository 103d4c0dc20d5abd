#include "storage/search/SearchHitSets.h"

#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>

#include <sqlcipher/sqlite3.h>

#include <mutex>
#include <unordered_map>

namespace hrdesk::search {

namespace {

struct Registry
{
    std::mutex mutex;
    int lastNumber = 0;
    std::unordered_map<int, std::shared_ptr<const SearchHitIds>> sets;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

int SearchHitSets::create()
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const int number = ++r.lastNumber;
    r.sets.emplace(number, std::make_shared<const SearchHitIds>());
    return number;
}

void SearchHitSets::replace(int set, SearchHitIds ids)
{
    auto shared = std::make_shared<const SearchHitIds>(std::move(ids));
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto it = r.sets.find(set);
    if (it != r.sets.end())
        it->second.swap(shared); // the old ids are freed outside the lock, with shared
}

qint64 SearchHitSets::fill(const QSqlDatabase &db, int set, const QString &sql, const QString &argument,
                           QString *error)
{
    SearchHitIds ids;
    const storage::SqlCipherDriver *driver = storage::SqlCipherDriver::fromDatabase(db);
    sqlite3 *connection = driver ? driver->connection() : nullptr;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const QByteArray bound = argument.toUtf8();
    int rc = connection ? sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr)
                        : SQLITE_MISUSE;
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(statement, 1, bound.constData(), int(bound.size()), SQLITE_STATIC);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        if (text)
            ids.insert(QByteArrayView(text, sqlite3_column_bytes(statement, 0)));
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) {
        if (error) {
            *error = connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                                : QCoreApplication::translate("hrdesk::search::SearchHitSets",
                                                              "The database is not an open HR Desk database.");
        }
        ids = SearchHitIds();
    }
    sqlite3_finalize(statement);
    const qint64 found = rc == SQLITE_DONE ? qint64(ids.size()) : -1;
    replace(set, std::move(ids));
    return found;
}

void SearchHitSets::remove(int set)
{
    std::shared_ptr<const SearchHitIds> removed; // freed outside the lock
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto it = r.sets.find(set);
    if (it != r.sets.end()) {
        removed = std::move(it->second);
        r.sets.erase(it);
    }
}

std::shared_ptr<const SearchHitIds> SearchHitSets::find(int set)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto it = r.sets.find(set);
    return it != r.sets.end() ? it->second : nullptr;
}

bool SearchHitSets::contains(int set, QByteArrayView id)
{
    const auto ids = find(set);
    return ids && ids->contains(id);
}

} // namespace hrdesk::search
