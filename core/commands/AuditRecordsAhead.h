#pragma once

#include "core/commands/CommandContext.h"

#include <functional>
#include <thread>
#include <vector>

namespace hrdesk::commands {

// Builds the audit records of a bulk command (one per imported row) on a second thread while
// the command inserts the rows. Building a record means building its JSON "after" object, which
// costs about as much as inserting the row.
//
//   AuditRecordsAhead records(rows.size(), [&](size_t i) { return AuditRecord{...rows[i]...}; });
//   ... insert the rows ...
//   records.handTo(ctx);
//
// build(i) runs on the second thread: it may only read what does not change until handTo().
// The destructor waits for the thread, so leaving early (a failed insert) is safe.
class AuditRecordsAhead
{
public:
    AuditRecordsAhead(size_t count, std::function<CommandContext::AuditRecord(size_t)> build);
    ~AuditRecordsAhead();
    AuditRecordsAhead(const AuditRecordsAhead &) = delete;
    AuditRecordsAhead &operator=(const AuditRecordsAhead &) = delete;

    // Waits for the records and declares them on ctx, in row order.
    void handTo(CommandContext &ctx);

private:
    std::vector<CommandContext::AuditRecord> m_records;
    std::function<CommandContext::AuditRecord(size_t)> m_build;
    std::thread m_thread;
};

} // namespace hrdesk::commands
