#pragma once

#include "core/commands/CommandContext.h"
#include "storage/BulkPipeline.h"
#include "core/staff/Employee.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <vector>

namespace hrdesk::audit {
class CanonicalObjectWriter;
}

namespace hrdesk::staff {

// The one place that knows how new employees are written: the employee row, its audit record
// and its search entry. EmployeeService::createWithin writes one hire through it, the staff
// import and the demo data write many, so a rule added here (a permission check, a field
// policy, a column for sync) holds for all three.
//
// Rows go in inside the caller's command, in order. The bulk machinery stays in here: the rows
// are converted for SQLite on a second thread while this one inserts them, audit records are
// built on a third, and the employee indexes are rebuilt once when a large batch is at least as
// large as the table.
class EmployeeWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::EmployeeWriter)

public:
    struct Options
    {
        // One audit event per employee with this action, its fields as "after"; empty when
        // the command records one summary event instead (the demo data).
        QString auditAction;
        // Members added to the audit record of employees[i] (department path, import row).
        std::function<void(size_t i, audit::CanonicalObjectWriter &after)> auditExtras;
        // The caller suspended the search triggers (search::SearchIndexBulkLoad): the writer
        // tokenises the employees' search entries on a second thread and writes them itself.
        // Otherwise the triggers index each row.
        bool searchTriggersSuspended = false;
        // Employees written so far, of employees.size(); false cancels.
        std::function<bool(qint64 written)> progress;
    };
    // failedIndex is the index of the employee whose row failed.
    using Outcome = storage::BulkPipeline::Outcome;

    // Completes every employee (an id when it has none, version 1, status date = hire date or
    // today when unset) and writes them. Nothing is checked here that the validator and the
    // callers' duplicate checks already check; the database's constraints still hold. On false
    // the caller fails its command (outcome says why); rows written so far roll back with it.
    static bool write(commands::CommandContext &ctx, std::vector<Employee> &employees, const Options &options,
                      Outcome *outcome);

    // The audit and intent form of an employee: every editable field, dates as yyyy-MM-dd, empty
    // values as null. One serialiser: json() is the QJsonObject of addJson()'s text.
    static void addJson(audit::CanonicalObjectWriter &writer, const Employee &e);
    static QJsonObject json(const Employee &e);
};

} // namespace hrdesk::staff
