#include "core/io/ReadAheadReader.h"

namespace hrdesk::io {

ReadAheadReader::ReadAheadReader(std::unique_ptr<TableReader> inner)
    : m_inner(std::move(inner))
{
}

ReadAheadReader::~ReadAheadReader()
{
    stop();
}

void ReadAheadReader::stop()
{
    m_queue.stop();
    if (m_thread.joinable())
        m_thread.join();
}

bool ReadAheadReader::open(const QString &path)
{
    stop();
    m_queue.reset();
    m_current.clear();
    m_position = 0;
    m_innerError.clear();
    m_progress = 0.0;
    m_rowsRead = 0;
    if (!m_inner->open(path))
        return fail(m_inner->error());
    m_thread = std::thread([this] { readAll(); });
    return true;
}

void ReadAheadReader::readAll()
{
    std::vector<TableRow> batch;
    batch.reserve(BatchRows);
    bool more = true;
    qint64 rows = 0;
    while (more) {
        TableRow row;
        more = m_inner->next(row);
        if (more) {
            batch.push_back(std::move(row));
            ++rows;
        }
        if (batch.size() < BatchRows && more)
            continue;
        m_progress.store(m_inner->progress(), std::memory_order_relaxed);
        m_rowsRead.store(rows, std::memory_order_relaxed);
        if (!more)
            m_innerError = m_inner->error(); // read by next() after the last batch
        if (!m_queue.push(std::move(batch), !more))
            return;
        batch = {};
        batch.reserve(BatchRows);
    }
}

bool ReadAheadReader::next(TableRow &row)
{
    if (m_position >= m_current.size()) {
        if (!m_thread.joinable() || !m_queue.pop(m_current)) {
            // The queue's lock orders m_innerError before the end of the rows.
            if (!m_innerError.isEmpty() && error().isEmpty())
                fail(m_innerError);
            return false;
        }
        m_position = 0;
    }
    row = std::move(m_current[m_position++]);
    return true;
}

double ReadAheadReader::progress() const
{
    return m_progress.load(std::memory_order_relaxed);
}

qsizetype ReadAheadReader::expectedRows() const
{
    // Both are stored by the reading thread; a pair read across one of its updates is off by a
    // batch at most, which is fine for a guess.
    const double read = m_progress.load(std::memory_order_relaxed);
    const qint64 rows = m_rowsRead.load(std::memory_order_relaxed);
    return read > 0 && rows > 0 ? qsizetype(double(rows) / read) : 0;
}

} // namespace hrdesk::io
