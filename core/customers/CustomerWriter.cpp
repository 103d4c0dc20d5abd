#include "core/customers/CustomerWriter.h"

#include "core/common/Ids.h"
#include "core/customers/CustomerLookup.h"
#include "core/customers/CustomerService.h"
#include "storage/BulkInsert.h"
#include "storage/RowBatch.h"
#include "storage/search/SearchEntryBatch.h"

namespace hrdesk::customers {

namespace {

constexpr int Columns = 14;
constexpr int BatchRows = 1024;

void bindRow(storage::RowBatch &row, const Customer &c, QByteArrayView now)
{
    row.bindText(1, c.id);
    row.bindText(2, c.kind);
    row.bindText(3, c.name);
    row.bindTextOrNull(4, c.creditCode);
    row.bindText(5, c.tier);
    row.bindTextOrNull(6, c.region);
    row.bindTextOrNull(7, c.industry);
    if (c.score)
        row.bind(8, qint64(*c.score));
    row.bindText(9, c.status);
    row.bindTextOrNull(10, c.ownerId);
    row.bindTextOrNull(11, c.source);
    row.bindTextOrNull(12, c.createdBy);
    row.bindTextOrNull(13, c.phone);
    row.bindText(14, now);
    row.endRow();
}

struct FirstOwner
{
    qint64 index;
    QString customerId;
    QString ownerId;
};

} // namespace

bool CustomerWriter::write(commands::CommandContext &ctx, qint64 count, const Source &source, const Options &options,
                           Outcome *outcome)
{
    *outcome = Outcome();
    const auto failed = [outcome](QString error) {
        outcome->error = std::move(error);
        return false;
    };
    storage::BulkInsert insert(ctx.db(), QStringLiteral(
        "INSERT INTO customer (id, kind, name, credit_code, tier, region, industry, score, status, owner_id, source, "
        "created_by, phone, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    if (!insert.isValid())
        return failed(insert.lastError());
    const bool systemActor = ctx.actor().id.isEmpty();
    const QString actorEmployee = systemActor ? QString() : CustomerLookup::employeeOfUser(ctx.db(), ctx.actor().id);
    const QByteArray now = ctx.now().toUtf8();
    if (options.searchEntries)
        options.searchEntries->reserve(options.searchEntries->size() + size_t(count));

    // Made on the pipeline's second thread, read here after it has stopped.
    std::vector<commands::CommandContext::AuditRecord> records;
    std::vector<FirstOwner> owners;
    qint64 next = 0;
    const auto produce = [&](storage::RowBatch &row) {
        for (; next < count && !row.isFull(); ++next) {
            Customer &c = source(next);
            if (c.id.isEmpty())
                c.id = newId();
            // A signed-in user creates as themselves; the system (demo data) names the creator.
            if (!systemActor)
                c.createdBy = actorEmployee;
            c.version = 1;
            c.updatedAt = ctx.now();
            bindRow(row, c, now);
            // As customer_search_source: name, phone, the contacts' mobiles (none yet).
            if (options.searchEntries)
                options.searchEntries->add(QStringLiteral("customer"), c.id, {c.name, c.phone, QString()}, 1);
            if (options.recordFirstOwner && !c.ownerId.isEmpty())
                owners.push_back({next, c.id, c.ownerId});
            if (!options.auditAction.isEmpty()) {
                QJsonObject after = c.toJson();
                if (options.auditExtras)
                    options.auditExtras(next, after);
                records.push_back({options.auditAction, QStringLiteral("customer"), c.id, QJsonValue(), after});
            }
        }
        return next < count;
    };
    qint64 done = 0;
    storage::BulkPipeline pipeline(insert, Columns, BatchRows);
    const bool inserted = pipeline.run(produce, [&](int rows) {
        done += rows;
        return !options.progress || options.progress(done);
    });
    *outcome = pipeline.outcome();
    if (!inserted)
        return false;

    if (!owners.empty()) {
        storage::BulkInsert ownerChange(ctx.db(), QStringLiteral(
            "INSERT INTO customer_owner_change (id, customer_id, from_owner_id, to_owner_id, changed_at, changed_by, "
            "reason, command_id, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)"));
        if (!ownerChange.isValid())
            return failed(ownerChange.lastError());
        // The system actor (demo data, a script) has no local user id.
        const QString changedBy = ctx.actor().id.isEmpty() ? ctx.actor().name : ctx.actor().id;
        const QString reason = CustomerService::createdReason();
        for (const FirstOwner &owner : owners) {
            // Derived from the customer, so that replaying the intent makes the same row.
            ownerChange.bindText(1, derivedId(u"customer_owner_change.created", owner.customerId));
            ownerChange.bindText(2, owner.customerId);
            ownerChange.bindText(3, owner.ownerId);
            ownerChange.bindText(4, ctx.now());
            ownerChange.bindText(5, changedBy);
            ownerChange.bindText(6, reason);
            ownerChange.bindText(7, ctx.commandId());
            ownerChange.bindText(8, ctx.now());
            if (!ownerChange.step()) {
                outcome->failedIndex = owner.index;
                return failed(tr("the owner cannot be recorded: %1").arg(ownerChange.lastError()));
            }
        }
    }
    for (auto &record : records)
        ctx.audit(std::move(record));
    return true;
}

bool CustomerWriter::write(commands::CommandContext &ctx, std::vector<Customer> &customers, const Options &options,
                           Outcome *outcome)
{
    return write(ctx, qint64(customers.size()), [&customers](qint64 i) -> Customer & { return customers[size_t(i)]; },
                 options, outcome);
}

} // namespace hrdesk::customers
