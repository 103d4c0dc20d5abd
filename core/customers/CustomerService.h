#pragma once

#include "core/commands/Actor.h"
#include "core/commands/CommandContext.h"
#include "core/customers/Customer.h"
#include "core/customers/CustomerRecords.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::customers {

// Customers and their ownership. Every write is one command (domain rows, outbox, audit) or
// nothing; bad input is answered with field errors before anything is written.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::CustomerService)

public:
    // The reason written on the first ownership row of a new customer.
    static QString createdReason() { return QStringLiteral("created"); }

    explicit CustomerService(Workspace &workspace);

    // created_by is the actor's employee when the local user is linked to one. The initial owner
    // (if any) is recorded in customer_owner_change with reason "created".
    SaveResult create(const commands::Actor &actor, const Customer &customer);
    // The same inside a command someone else runs (import writes every valid row in one
    // command): normalises customer in place, gives it an id if it has none, checks it (fields,
    // owner, credit code already used), inserts it with its first ownership row. Bad input returns
    // false with *errors set before anything is written, so the caller may skip the row; a
    // database error returns false with one error whose field is empty, and the caller must then
    // fail its command. auditEach = false leaves the audit to the caller (one event per import).
    static bool createWithin(commands::CommandContext &ctx, Customer &customer, validation::FieldErrors *errors,
                             bool auditEach = true);
    // Refused when the stored version is no longer expectedVersion, and when ownerId differs
    // from the stored owner (owners change only through changeOwner, which records why).
    SaveResult update(const commands::Actor &actor, const Customer &customer, qint64 expectedVersion);
    SaveResult changeOwner(const commands::Actor &actor, const QString &customerId, const QString &newOwnerId,
                           const QString &reason);
    // The same change inside a command someone else runs (the handover moves many customers in
    // one command). Returns false with *error set; the caller then fails its command.
    static bool changeOwnerWithin(commands::CommandContext &ctx, const QString &customerId,
                                  const QString &newOwnerId, const QString &reason, QString *error);

    std::optional<Customer> find(const QString &id) const;
    // Newest first, with the owners' and the changing user's names.
    QList<OwnerChange> ownershipHistory(const QString &customerId) const;

private:
    Workspace &m_workspace;
};

} // namespace hrdesk::customers
