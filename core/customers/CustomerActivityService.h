#pragma once

#include "core/commands/Actor.h"
#include "core/customers/CustomerRecords.h"
#include "core/records/RecordState.h"

#include <QCoreApplication>
#include <QList>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::customers {

// What happens around a customer: contacts, follow-ups, deals and sales contracts. Each write is
// one command (rows, outbox, audit) or nothing; field errors come back before any write.
class CustomerActivityService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::CustomerActivityService)

public:
    explicit CustomerActivityService(Workspace &workspace);

    SaveResult addContact(const commands::Actor &actor, const Contact &contact);
    SaveResult updateContact(const commands::Actor &actor, const Contact &contact, qint64 expectedVersion);
    // A contact is archived, not removed: records::ArchiveService (contact.archive, with a reason).

    // byEmployeeId defaults to the actor's employee; a follow-up without one is refused.
    SaveResult addFollowUp(const commands::Actor &actor, const FollowUp &followUp);
    // Corrects a follow-up (when, channel, summary, next step and its due date, who) under the
    // rules of add; refused if it changed since expectedVersion. The audit event holds only the
    // fields that changed, before and after; a save that changes nothing is refused.
    SaveResult updateFollowUp(const commands::Actor &actor, const FollowUp &followUp, qint64 expectedVersion);

    // ownerId defaults to the customer's owner.
    SaveResult addDeal(const commands::Actor &actor, const Deal &deal);
    // Title, stage, amount and expected close of an existing deal.
    SaveResult updateDeal(const commands::Actor &actor, const Deal &deal, qint64 expectedVersion);

    // contract_no is unique; a number in use is refused with the customer that holds it.
    SaveResult addSalesContract(const commands::Actor &actor, const SalesContract &contract);

    // Live rows, or the archived ones (records::ArchiveService writes both ways).
    QList<Contact> contacts(const QString &customerId, records::RecordState state = records::RecordState::Live) const;
    // Newest first; limit <= 0 means all.
    QList<FollowUp> followUps(const QString &customerId, int limit,
                              records::RecordState state = records::RecordState::Live) const;
    QList<Deal> deals(const QString &customerId) const;
    QList<SalesContract> salesContracts(const QString &customerId) const;

private:
    Workspace &m_workspace;
};

} // namespace hrdesk::customers
