#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace hrdesk::io {

// Batches of rows handed from one producing thread to one consuming thread, with at most
// maxBatches waiting, so that a producer running ahead holds bounded memory. The readers that
// work a few hundred rows ahead of the import's checks (ReadAheadReader, StaffCheckAhead) share
// it.
template<typename T>
class BatchQueue
{
public:
    explicit BatchQueue(size_t maxBatches)
        : m_maxBatches(maxBatches)
    {
    }

    // Producer: waits for room, then queues the batch (an empty one only marks the end). last
    // says that no batch follows. False when stop() was called; the batch is dropped.
    bool push(std::vector<T> batch, bool last)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < m_maxBatches || m_stopping; });
        if (m_stopping)
            return false;
        if (!batch.empty())
            m_batches.push_back(std::move(batch));
        m_finished = last;
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Consumer: waits for the next batch; false once the last one was taken.
    bool pop(std::vector<T> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Makes a waiting or later push() return false: the consumer is gone.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
    }

    // Empty and ready for a new producer (after that producer's thread has ended).
    void reset()
    {
        const std::lock_guard lock(m_mutex);
        m_batches.clear();
        m_finished = false;
        m_stopping = false;
    }

private:
    const size_t m_maxBatches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<T>> m_batches; // guarded by m_mutex
    bool m_finished = false;              // guarded by m_mutex
    bool m_stopping = false;              // guarded by m_mutex
};

} // namespace hrdesk::io
