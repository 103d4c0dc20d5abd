#pragma once

#include "core/commands/CommandContext.h"
#include "storage/BulkPipeline.h"
#include "core/customers/Customer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <vector>

namespace hrdesk::search {
class SearchEntryBatch;
}

namespace hrdesk::customers {

// The one place that knows how new customers are written: the customer row, its first owner
// (customer_owner_change, reason "created"), its audit record and its search entry.
// CustomerService::createWithin writes one customer through it, the customer import and the
// demo data write many, so a rule added here (a permission check, a field policy, a column for
// sync) holds for all three.
//
// Rows go in inside the caller's command, in order; they are made on a second thread (the
// demo generates them there) and converted for SQLite while this thread inserts them.
class CustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::CustomerWriter)

public:
    struct Options
    {
        // One audit event per customer with this action, Customer::toJson() as "after"; empty
        // when the command records one summary event instead (the demo data).
        QString auditAction;
        // Members added to the audit record of the customer at index i (the import's row).
        std::function<void(qint64 i, QJsonObject &after)> auditExtras;
        // Set when the caller suspended the search triggers (search::SearchIndexBulkLoad): each
        // customer's entry is added here, in order, and the caller writes the batch (the demo
        // adds its contacts' mobiles first). Otherwise the triggers index each row.
        search::SearchEntryBatch *searchEntries = nullptr;
        // The first owner is recorded at the command's time. The demo writes a back-dated owner
        // history of its own instead.
        bool recordFirstOwner = true;
        // Customers written so far; false cancels.
        std::function<bool(qint64 written)> progress;
    };
    // failedIndex is the index of the customer whose row failed.
    using Outcome = storage::BulkPipeline::Outcome;
    // The customer at index i (0 … count-1, asked for in order, on the writer's second thread):
    // a reference that stays valid until the next call. The writer completes it in place.
    using Source = std::function<Customer &(qint64 i)>;

    // Completes every customer (an id when it has none, version 1, updated_at; created_by is the
    // signed-in actor's employee, while the system actor's customers keep theirs) and writes it.
    // The callers have validated the customers and checked their owners and credit codes; the
    // database's constraints still hold. On false the caller fails its command (outcome says
    // why); rows written so far roll back with it.
    static bool write(commands::CommandContext &ctx, qint64 count, const Source &source, const Options &options,
                      Outcome *outcome);
    static bool write(commands::CommandContext &ctx, std::vector<Customer> &customers, const Options &options,
                      Outcome *outcome);
};

} // namespace hrdesk::customers
