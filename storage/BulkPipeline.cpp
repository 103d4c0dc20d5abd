#include "storage/BulkPipeline.h"

#include "storage/BulkInsert.h"
#include "storage/RowBatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hrdesk::storage {

namespace {

// Two batches in flight and one being filled: enough for the producer never to wait on a
// writer that keeps up, little enough memory (a few MiB at most).
constexpr int Batches = 3;

// Batches move between the two threads through two queues under one lock.
class BatchQueues
{
public:
    RowBatch *takeFree()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_free.empty(); });
        if (m_stopped)
            return nullptr;
        RowBatch *batch = m_free.front();
        m_free.pop_front();
        return batch;
    }
    void giveFull(RowBatch *batch, bool last)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_full.push_back(batch);
            m_producerDone = last;
        }
        m_changed.notify_all();
    }
    // Null once the producer is done and every batch was taken.
    RowBatch *takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_producerDone; });
        if (m_full.empty())
            return nullptr;
        RowBatch *batch = m_full.front();
        m_full.pop_front();
        return batch;
    }
    void giveFree(RowBatch *batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_free.push_back(batch);
        }
        m_changed.notify_all();
    }
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch *> m_free;
    std::deque<RowBatch *> m_full;
    bool m_producerDone = false;
    bool m_stopped = false;
};

} // namespace

BulkPipeline::BulkPipeline(BulkInsert &insert, int columns, int batchRows)
    : m_insert(insert)
    , m_columns(columns)
    , m_batchRows(batchRows)
{
}

bool BulkPipeline::run(const Producer &produce, const Progress &progress)
{
    m_rowsWritten = 0;
    m_failedRow = -1;
    m_cancelled = false;
    m_error.clear();
    if (!m_insert.isValid()) {
        m_error = m_insert.lastError();
        return false;
    }
    std::vector<std::unique_ptr<RowBatch>> batches;
    BatchQueues queues;
    for (int i = 0; i < Batches; ++i) {
        batches.push_back(std::make_unique<RowBatch>(m_columns, m_batchRows));
        queues.giveFree(batches.back().get());
    }
    std::thread producer([&] {
        for (;;) {
            RowBatch *batch = queues.takeFree();
            if (!batch)
                return;
            batch->clear();
            const bool more = produce(*batch);
            queues.giveFull(batch, !more);
            if (!more)
                return;
        }
    });

    bool ok = true;
    while (RowBatch *batch = queues.takeFull()) {
        qsizetype failed = -1;
        if (!m_insert.stepRows(*batch, &failed)) {
            m_failedRow = m_rowsWritten + failed;
            m_rowsWritten += failed;
            m_error = m_insert.lastError();
            ok = false;
            break;
        }
        m_rowsWritten += batch->rows();
        if (progress && batch->rows() > 0 && !progress(int(batch->rows()))) {
            m_cancelled = true;
            ok = false;
            break;
        }
        queues.giveFree(batch);
    }
    // A producer still making rows finishes its batch and finds the queue stopped.
    queues.stop();
    producer.join();
    return ok;
}

} // namespace hrdesk::storage
