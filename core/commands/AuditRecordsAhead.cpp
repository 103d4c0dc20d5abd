#include "core/commands/AuditRecordsAhead.h"

namespace hrdesk::commands {

AuditRecordsAhead::AuditRecordsAhead(size_t count, std::function<CommandContext::AuditRecord(size_t)> build)
    : m_records(count)
    , m_build(std::move(build))
{
    if (count > 0) {
        m_thread = std::thread([this] {
            for (size_t i = 0; i < m_records.size(); ++i)
                m_records[i] = m_build(i);
        });
    }
}

AuditRecordsAhead::~AuditRecordsAhead()
{
    if (m_thread.joinable())
        m_thread.join();
}

void AuditRecordsAhead::handTo(CommandContext &ctx)
{
    if (m_thread.joinable())
        m_thread.join();
    for (auto &record : m_records)
        ctx.audit(std::move(record));
    m_records.clear();
}

} // namespace hrdesk::commands
