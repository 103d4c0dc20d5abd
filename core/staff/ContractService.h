#pragma once

#include "core/commands/Actor.h"
#include "core/staff/LabourContract.h"
#include "core/staff/StaffResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::staff {

// Labour contracts of the staff file. Rules: fixed_term needs an end date, open_ended has none
// (the other types may have one); the end is after the start; signed_on is not after the start.
// Ending early sets the end date (not before the start, before the planned end) and records the
// reason in the audit event; a corrected field keeps the rules of add and needs a reason too.
// Audit actions: labour_contract.create, labour_contract.renew, labour_contract.end,
// labour_contract.correct.
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::ContractService)

public:
    static constexpr int WarningDays = 30;

    explicit ContractService(Workspace &workspace);

    static QStringList types();
    static QString typeLabel(const QString &type);
    // Per-field problems of a contract before it is saved (field names are column names).
    static validation::FieldErrors validate(const LabourContract &contract);

    StaffResult add(const commands::Actor &actor, const LabourContract &contract);
    // The follow-on contract of contractId: it starts the day after the old one ends and ends on
    // newEnd (an invalid newEnd makes it open-ended), with renewal_of and renewal_count + 1.
    StaffResult renew(const commands::Actor &actor, const QString &contractId, QDate newEnd, QDate signedOn,
                      const QString &contractNo = QString());

    static constexpr int ReasonMaxLength = 200;

    // Terminates the contract early on endDate, for reason (both required).
    StaffResult end(const commands::Actor &actor, const QString &contractId, QDate endDate, const QString &reason,
                    qint64 expectedVersion);
    // Fixes a wrongly entered contract number, type, start, end or signing date of corrected.id
    // (other members are ignored); reason is required. The audit event holds the changed fields.
    // A renewed contract keeps its end (the renewal starts from it); a renewal keeps its start.
    StaffResult correct(const commands::Actor &actor, const LabourContract &corrected, const QString &reason,
                        qint64 expectedVersion);

    std::optional<LabourContract> find(const QString &id) const;
    // The employee's contracts, oldest first.
    QList<LabourContract> listFor(const QString &employeeId) const;
    // Live contracts ending by today + days (inclusive) that have not been renewed, ended early
    // or followed by a later contract, of employees who have not departed; soonest first, those
    // already run out (daysLeft < 0) before them.
    QList<EndingContract> endingWithin(int days, QDate today) const;

private:
    Workspace &m_workspace;
};

} // namespace hrdesk::staff
