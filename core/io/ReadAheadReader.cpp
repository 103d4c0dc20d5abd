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
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_spaceFree.wakeAll();
    }
    if (m_thread.joinable())
        m_thread.join();
}

bool ReadAheadReader::open(const QString &path)
{
    stop();
    m_batches.clear();
    m_current.clear();
    m_position = 0;
    m_finished = false;
    m_stopping = false;
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
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= MaxBatches && !m_stopping)
            m_spaceFree.wait(&m_mutex);
        if (m_stopping)
            return;
        if (!batch.empty())
            m_batches.push_back(std::move(batch));
        batch = {};
        batch.reserve(BatchRows);
        if (!more) {
            m_innerError = m_inner->error();
            m_finished = true;
        }
        m_rowsReady.wakeAll();
    }
}

bool ReadAheadReader::next(TableRow &row)
{
    if (m_position >= m_current.size()) {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_finished && m_thread.joinable())
            m_rowsReady.wait(&m_mutex);
        if (m_batches.empty()) {
            if (!m_innerError.isEmpty() && error().isEmpty())
                fail(m_innerError);
            return false;
        }
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_position = 0;
        m_spaceFree.wakeAll();
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
