#include "storage/search/SearchEntryBatch.h"

#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/RowBatch.h"
#include "storage/search/SearchTokens.h"

namespace hrdesk::search {

SearchEntryBatch::~SearchEntryBatch()
{
    join();
}

void SearchEntryBatch::reserve(size_t entries)
{
    m_entries.reserve(entries);
}

size_t SearchEntryBatch::add(QString entityType, QString entityId, QStringList fields, qsizetype maskedFrom)
{
    Q_ASSERT(!m_worker.joinable());
    m_entries.push_back({std::move(entityType), std::move(entityId), std::move(fields), maskedFrom, QString()});
    return m_entries.size() - 1;
}

void SearchEntryBatch::appendToField(size_t entry, int field, const QString &text)
{
    Q_ASSERT(!m_worker.joinable());
    QStringList &fields = m_entries[entry].fields;
    while (fields.size() <= field)
        fields.append(QString());
    QString &value = fields[field];
    if (value.isNull()) {
        value = text;
    } else {
        value.append(QLatin1Char('\n'));
        value.append(text);
    }
}

void SearchEntryBatch::start()
{
    if (!m_worker.joinable() && !m_entries.empty())
        m_worker = std::thread([this] { tokenise(); });
}

void SearchEntryBatch::tokenise()
{
    // The fields stay until write(): they were allocated by the writing thread, and freeing
    // them here would contend with its allocations for the allocator's lock (it did: tens of
    // thousands of futex waits per second while the demo wrote its follow-ups).
    for (Entry &entry : m_entries)
        entry.tokens = SearchTokens::forEntry(entry.fields, entry.maskedFrom);
}

void SearchEntryBatch::join()
{
    if (m_worker.joinable())
        m_worker.join();
}

bool SearchEntryBatch::write(const QSqlDatabase &db, QString *error)
{
    if (!m_worker.joinable())
        tokenise(); // never started: do it here
    join();
    storage::BulkInsert insert(db, QStringLiteral("INSERT INTO search_entry (entity_type, entity_id, tokens) "
                                                  "VALUES (?, ?, ?)"));
    // The entries are converted for SQLite on a second thread while this one inserts them.
    size_t next = 0;
    const auto produce = [this, &next](storage::RowBatch &row) {
        for (; next < m_entries.size() && !row.isFull(); ++next) {
            const Entry &entry = m_entries[next];
            row.bindText(1, entry.entityType);
            row.bindText(2, entry.entityId);
            row.bindText(3, entry.tokens);
            row.endRow();
        }
        return next < m_entries.size();
    };
    storage::BulkPipeline pipeline(insert, 3);
    if (!pipeline.run(produce, {})) {
        if (error) {
            const qint64 failed = pipeline.failedRow();
            *error = failed >= 0 ? tr("Cannot index %1 for search: %2").arg(m_entries[size_t(failed)].entityId,
                                                                             pipeline.error())
                                 : pipeline.error();
        }
        return false;
    }
    m_entries.clear();
    return true;
}

} // namespace hrdesk::search
