#include "core/io/StaffCheckAhead.h"

#include "core/io/TableReader.h"

namespace hrdesk::io {

StaffCheckAhead::StaffCheckAhead(TableReader &reader, StaffImport &staff, int headerRow)
    : m_reader(reader)
    , m_staff(staff)
{
    m_thread = std::thread([this, headerRow] { run(headerRow); });
}

StaffCheckAhead::~StaffCheckAhead()
{
    m_queue.stop();
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
        if (more && row.number > headerRow && !row.isBlank()) {
            batch.emplace_back();
            m_staff.precheck(std::move(row), &batch.back());
        }
        if (batch.size() < BatchRows && more)
            continue;
        if (!m_queue.push(std::move(batch), !more))
            return;
        batch = {};
        batch.reserve(BatchRows);
    }
}

bool StaffCheckAhead::next(StaffImport::Precheck &out)
{
    if (m_position >= m_current.size()) {
        if (!m_queue.pop(m_current))
            return false;
        m_position = 0;
    }
    out = std::move(m_current[m_position++]);
    return true;
}

} // namespace hrdesk::io
