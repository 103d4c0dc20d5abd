#include "core/io/StaffCheckAhead.h"

#include "core/io/TableReader.h"

namespace hrdesk::io {

namespace {

bool isEmptyRow(const TableRow &row)
{
    for (const QString &cell : row.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

StaffCheckAhead::StaffCheckAhead(TableReader &reader, StaffImport &staff, int headerRow)
    : m_reader(reader)
    , m_staff(staff)
{
    m_thread = std::thread([this, headerRow] { run(headerRow); });
}

StaffCheckAhead::~StaffCheckAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void StaffCheckAhead::run(int headerRow)
{
    std::vector<StaffImport::Precheck> batch;
    batch.reserve(BatchRows);
    bool more = true;
    while (more) {
        TableRow row;
        more = m_reader.next(row);
        if (more && row.number > headerRow && !isEmptyRow(row)) {
            batch.emplace_back();
            m_staff.precheck(std::move(row), &batch.back());
        }
        if (batch.size() < BatchRows && more)
            continue;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stopping; });
        if (m_stopping)
            return;
        if (!batch.empty())
            m_batches.push_back(std::move(batch));
        batch = {};
        batch.reserve(BatchRows);
        m_finished = !more;
        lock.unlock();
        m_changed.notify_all();
    }
}

bool StaffCheckAhead::next(StaffImport::Precheck &out)
{
    if (m_position >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    out = std::move(m_current[m_position++]);
    return true;
}

} // namespace hrdesk::io
