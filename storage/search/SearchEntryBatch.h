#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <thread>
#include <vector>

namespace hrdesk::search {

// Search entries for rows a bulk writer has just inserted, tokenised on a second thread while
// the writer goes on with other tables. Tokenising (normalisation, bigrams, pinyin initials
// through ICU) costs about as much as inserting the rows it indexes; inside SQLite it would run
// on the writer's thread, after everything else (SearchIndexBulkLoad::finish).
//
// Use within one SearchIndexBulkLoad: add() each entity with the same fields, in the same order,
// as its search source view (employee_search_source, customer_search_source), start(), write
// other rows, then write() before SearchIndexBulkLoad::finish(), which indexes only what is still
// missing. After start() the batch must not be changed; write() waits for the tokens.
class SearchEntryBatch
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::search::SearchEntryBatch)

public:
    SearchEntryBatch() = default;
    ~SearchEntryBatch();
    SearchEntryBatch(const SearchEntryBatch &) = delete;
    SearchEntryBatch &operator=(const SearchEntryBatch &) = delete;

    void reserve(size_t entries);
    // Returns the entry's index, for appendToField(). Fields from maskedFrom on are searched by
    // their full value only, as the view's hrdesk_search_entry(maskedFrom, ...) does.
    size_t add(QString entityType, QString entityId, QStringList fields, qsizetype maskedFrom);
    // Adds a value to one field of an entry, one per line like group_concat(x, char(10)).
    void appendToField(size_t entry, int field, const QString &text);
    size_t size() const { return m_entries.size(); }

    void start();
    // Inserts every entry into search_entry inside the caller's transaction.
    bool write(const QSqlDatabase &db, QString *error);

private:
    struct Entry
    {
        QString entityType;
        QString entityId;
        QStringList fields;
        qsizetype maskedFrom;
        QString tokens;
    };
    void tokenise();
    void join();

    std::vector<Entry> m_entries;
    std::thread m_worker;
};

} // namespace hrdesk::search
