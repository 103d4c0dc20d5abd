#include "core/staff/ContractService.h"

#include "core/common/Ids.h"
#include "core/staff/StaffSql.h"
#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::staff {

namespace {

const QString Columns = QStringLiteral(
    "c.id, c.employee_id, c.contract_no, c.type, c.start_date, c.end_date, c.signed_on, c.renewal_of, "
    "c.renewal_count, c.version, c.updated_at, c.deleted_at, c.end_reason");

LabourContract fromQuery(const QSqlQuery &q)
{
    LabourContract c;
    c.id = q.value(0).toString();
    c.employeeId = q.value(1).toString();
    c.contractNo = q.value(2).toString();
    c.type = q.value(3).toString();
    c.startDate = StaffSql::dateFrom(q.value(4));
    c.endDate = StaffSql::dateFrom(q.value(5));
    c.signedOn = StaffSql::dateFrom(q.value(6));
    c.renewalOf = q.value(7).toString();
    c.renewalCount = q.value(8).toInt();
    c.version = q.value(9).toLongLong();
    c.updatedAt = q.value(10).toString();
    c.deletedAt = q.value(11).toString();
    c.endReason = q.value(12).toString();
    return c;
}

QJsonObject contractJson(const LabourContract &c)
{
    return QJsonObject{{QStringLiteral("employee_id"), c.employeeId},
                       {QStringLiteral("contract_no"), StaffSql::jsonText(c.contractNo)},
                       {QStringLiteral("type"), c.type},
                       {QStringLiteral("start_date"), StaffSql::jsonDate(c.startDate)},
                       {QStringLiteral("end_date"), StaffSql::jsonDate(c.endDate)},
                       {QStringLiteral("signed_on"), StaffSql::jsonDate(c.signedOn)},
                       {QStringLiteral("renewal_of"), StaffSql::jsonText(c.renewalOf)},
                       {QStringLiteral("renewal_count"), c.renewalCount}};
}

bool insertContract(commands::CommandContext &ctx, const LabourContract &c)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("INSERT INTO labour_contract (id, employee_id, contract_no, type, start_date, end_date, "
                             "signed_on, renewal_of, renewal_count, version, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.employeeId);
    q.addBindValue(StaffSql::textValue(c.contractNo));
    q.addBindValue(c.type);
    q.addBindValue(StaffSql::dateValue(c.startDate));
    q.addBindValue(StaffSql::dateValue(c.endDate));
    q.addBindValue(StaffSql::dateValue(c.signedOn));
    q.addBindValue(StaffSql::textValue(c.renewalOf));
    q.addBindValue(c.renewalCount);
    q.addBindValue(ctx.now());
    if (!q.exec())
        return ctx.fail(ContractService::tr("Cannot save the labour contract: %1").arg(q.lastError().text()));
    ctx.baseVersion(QStringLiteral("labour_contract"), c.id, 0);
    return true;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool isRenewed(QSqlDatabase db, const QString &contractId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM labour_contract WHERE renewal_of = ? AND deleted_at IS NULL LIMIT 1"));
    q.addBindValue(contractId);
    return q.exec() && q.next();
}

// What a reason must be; empty when it is fine.
QString reasonProblem(const QString &reason)
{
    if (reason.isEmpty())
        return ContractService::tr("Give the reason: it is kept in the employee's history.");
    if (reason.size() > ContractService::ReasonMaxLength)
        return ContractService::tr("The reason is longer than %1 characters.").arg(ContractService::ReasonMaxLength);
    return QString();
}

// The stored row, checked against the version the user saw; else the command fails.
std::optional<LabourContract> currentContract(commands::CommandContext &ctx, const ContractService &service,
                                              const QString &id, qint64 expectedVersion)
{
    auto c = service.find(id);
    if (!c) {
        ctx.fail(ContractService::tr("This contract no longer exists."));
        return std::nullopt;
    }
    if (c->version != expectedVersion) {
        ctx.fail(ContractService::tr("Someone else changed this contract after you opened it. Reload it and try again."));
        return std::nullopt;
    }
    return c;
}

} // namespace

ContractService::ContractService(Workspace &workspace)
    : m_workspace(workspace)
{
}

QStringList ContractService::types()
{
    return {QStringLiteral("fixed_term"), QStringLiteral("open_ended"), QStringLiteral("per_task"),
            QStringLiteral("internship"), QStringLiteral("dispatch")};
}

QString ContractService::typeLabel(const QString &type)
{
    if (type == QLatin1String("fixed_term"))
        return tr("Fixed term");
    if (type == QLatin1String("open_ended"))
        return tr("Open-ended");
    if (type == QLatin1String("per_task"))
        return tr("Per task");
    if (type == QLatin1String("internship"))
        return tr("Internship");
    if (type == QLatin1String("dispatch"))
        return tr("Labour dispatch");
    return type;
}

validation::FieldErrors ContractService::validate(const LabourContract &c)
{
    validation::FieldErrors errors;
    if (c.employeeId.isEmpty())
        errors.append({QStringLiteral("employee_id"), tr("A contract belongs to an employee; choose one.")});
    if (!types().contains(c.type))
        errors.append({QStringLiteral("type"), tr("Contract type \"%1\" is not one of fixed term, open-ended, per task, "
                                                  "internship or labour dispatch.").arg(c.type)});
    if (!c.startDate.isValid())
        errors.append({QStringLiteral("start_date"), tr("Start date is required.")});
    if (c.type == QLatin1String("fixed_term") && !c.endDate.isValid())
        errors.append({QStringLiteral("end_date"), tr("End date is required for a fixed-term contract.")});
    if (c.type == QLatin1String("open_ended") && c.endDate.isValid())
        errors.append({QStringLiteral("end_date"), tr("An open-ended contract has no end date; clear End date (%1).")
                                                       .arg(iso(c.endDate))});
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate <= c.startDate)
        errors.append({QStringLiteral("end_date"), tr("End date (%1) must be after Start date (%2).")
                                                       .arg(iso(c.endDate), iso(c.startDate))});
    if (c.startDate.isValid() && c.signedOn.isValid() && c.signedOn > c.startDate)
        errors.append({QStringLiteral("signed_on"), tr("Signing date (%1) cannot be after Start date (%2).")
                                                        .arg(iso(c.signedOn), iso(c.startDate))});
    if (c.contractNo.trimmed().size() > 40)
        errors.append({QStringLiteral("contract_no"), tr("Contract number is longer than 40 characters.")});
    return errors;
}

StaffResult ContractService::add(const commands::Actor &actor, const LabourContract &input)
{
    LabourContract c = input;
    c.id = newId();
    c.contractNo = c.contractNo.trimmed();
    c.renewalOf.clear();
    c.renewalCount = 0;
    validation::FieldErrors errors = validate(c);
    if (errors.isEmpty()) {
        QSqlQuery q(m_workspace.db());
        q.prepare(QStringLiteral("SELECT hire_date FROM employee WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(c.employeeId);
        if (!q.exec() || !q.next())
            errors.append({QStringLiteral("employee_id"), tr("The employee of this contract does not exist.")});
    }
    if (!errors.isEmpty())
        return StaffResult::refused(std::move(errors));
    QJsonObject arguments = contractJson(c);
    arguments.insert(QStringLiteral("id"), c.id);
    const auto command = m_workspace.runner().run(actor, QStringLiteral("labour_contract.create"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        if (!insertContract(ctx, c))
            return false;
        ctx.audit({QStringLiteral("labour_contract.create"), QStringLiteral("labour_contract"), c.id, QJsonValue(),
                   contractJson(c)});
        return true;
    });
    return StaffResult::fromCommand(command, c.id, 1);
}

StaffResult ContractService::renew(const commands::Actor &actor, const QString &contractId, QDate newEnd,
                                   QDate signedOn, const QString &contractNo)
{
    const auto old = find(contractId);
    if (!old)
        return StaffResult::refused({{QStringLiteral("id"), tr("The contract to renew no longer exists.")}});
    if (!old->endDate.isValid())
        return StaffResult::refused({{QStringLiteral("end_date"), tr("This contract has no end date; there is nothing to renew.")}});
    if (!old->endReason.isEmpty())
        return StaffResult::refused({{QStringLiteral("id"), tr("This contract was ended early (%1); it cannot be renewed.")
                                                   .arg(old->endReason)}});
    QSqlQuery follow(m_workspace.db());
    follow.prepare(QStringLiteral("SELECT start_date FROM labour_contract WHERE renewal_of = ? AND deleted_at IS NULL"));
    follow.addBindValue(contractId);
    if (follow.exec() && follow.next())
        return StaffResult::refused({{QStringLiteral("id"), tr("This contract was already renewed by a contract starting on %1.")
                                                   .arg(follow.value(0).toString())}});
    follow.finish();

    LabourContract c;
    c.id = newId();
    c.employeeId = old->employeeId;
    c.contractNo = contractNo.trimmed();
    // Renewing into no end date is the move to an open-ended contract (Labour Contract Law art. 14).
    c.type = newEnd.isValid() ? old->type : QStringLiteral("open_ended");
    c.startDate = old->endDate.addDays(1);
    c.endDate = newEnd;
    c.signedOn = signedOn;
    c.renewalOf = old->id;
    c.renewalCount = old->renewalCount + 1;
    validation::FieldErrors errors = validate(c);
    if (!errors.isEmpty())
        return StaffResult::refused(std::move(errors));

    QJsonObject arguments{{QStringLiteral("id"), c.id}, {QStringLiteral("renewal_of"), contractId},
                          {QStringLiteral("end_date"), StaffSql::jsonDate(newEnd)},
                          {QStringLiteral("signed_on"), StaffSql::jsonDate(signedOn)},
                          {QStringLiteral("contract_no"), StaffSql::jsonText(c.contractNo)}};
    const auto command = m_workspace.runner().run(actor, QStringLiteral("labour_contract.renew"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        if (!insertContract(ctx, c))
            return false;
        ctx.baseVersion(QStringLiteral("labour_contract"), old->id, old->version);
        ctx.audit({QStringLiteral("labour_contract.renew"), QStringLiteral("labour_contract"), c.id,
                   QJsonObject{{QStringLiteral("contract_id"), old->id},
                               {QStringLiteral("end_date"), StaffSql::jsonDate(old->endDate)},
                               {QStringLiteral("renewal_count"), old->renewalCount}},
                   contractJson(c)});
        return true;
    });
    return StaffResult::fromCommand(command, c.id, 1);
}

StaffResult ContractService::end(const commands::Actor &actor, const QString &contractId, QDate endDate,
                                 const QString &reasonText, qint64 expectedVersion)
{
    const QString reason = reasonText.trimmed();
    validation::FieldErrors errors;
    if (!endDate.isValid())
        errors.append({QStringLiteral("end_date"), tr("Enter the date the contract ends.")});
    if (const QString problem = reasonProblem(reason); !problem.isEmpty())
        errors.append({QStringLiteral("reason"), problem});
    if (!errors.isEmpty())
        return StaffResult::refused(std::move(errors));
    const QJsonObject arguments{{QStringLiteral("id"), contractId}, {QStringLiteral("end_date"), iso(endDate)},
                                {QStringLiteral("end_reason"), reason}};
    validation::FieldErrors late;
    const auto command = m_workspace.runner().run(actor, QStringLiteral("labour_contract.end"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        const auto c = currentContract(ctx, *this, contractId, expectedVersion);
        if (!c)
            return false;
        if (!c->endReason.isEmpty())
            return ctx.fail(tr("This contract was already ended on %1.").arg(iso(c->endDate)));
        if (isRenewed(ctx.db(), c->id))
            return ctx.fail(tr("This contract was renewed: end the renewal instead."));
        // As for a new contract (EmployeeValidator): the end comes after the start, so that the
        // ended contract can still be corrected.
        if (endDate <= c->startDate)
            late.append({QStringLiteral("end_date"), tr("The contract cannot end (%1) on or before the day it starts (%2).")
                                                         .arg(iso(endDate), iso(c->startDate))});
        else if (c->endDate.isValid() && endDate >= c->endDate)
            late.append({QStringLiteral("end_date"), tr("The contract already ends on %1; an early end must be before "
                                                        "that date.").arg(iso(c->endDate))});
        if (!late.isEmpty())
            return ctx.fail(late.first().message);
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE labour_contract SET end_date = ?, end_reason = ?, version = version + 1, "
                                 "updated_at = ? WHERE id = ? AND version = ?"));
        q.addBindValue(iso(endDate));
        q.addBindValue(reason);
        q.addBindValue(ctx.now());
        q.addBindValue(c->id);
        q.addBindValue(expectedVersion);
        if (!q.exec() || q.numRowsAffected() != 1)
            return ctx.fail(tr("Cannot save the labour contract: %1").arg(q.lastError().text()));
        ctx.baseVersion(QStringLiteral("labour_contract"), c->id, expectedVersion);
        ctx.audit({QStringLiteral("labour_contract.end"), QStringLiteral("labour_contract"), c->id,
                   QJsonObject{{QStringLiteral("employee_id"), c->employeeId},
                               {QStringLiteral("end_date"), StaffSql::jsonDate(c->endDate)}},
                   QJsonObject{{QStringLiteral("employee_id"), c->employeeId},
                               {QStringLiteral("end_date"), iso(endDate)},
                               {QStringLiteral("end_reason"), reason}}});
        return true;
    });
    StaffResult result = StaffResult::fromCommand(command, contractId, 1);
    if (result.ok)
        result.version = expectedVersion + 1;
    else
        result.fieldErrors = late;
    return result;
}

StaffResult ContractService::correct(const commands::Actor &actor, const LabourContract &input, const QString &reasonText,
                                     qint64 expectedVersion)
{
    const QString reason = reasonText.trimmed();
    if (const QString problem = reasonProblem(reason); !problem.isEmpty())
        return StaffResult::refused({{QStringLiteral("reason"), problem}});
    validation::FieldErrors errors;
    QJsonObject arguments = contractJson(input);
    arguments.insert(QStringLiteral("id"), input.id);
    arguments.insert(QStringLiteral("reason"), reason);
    const auto command = m_workspace.runner().run(actor, QStringLiteral("labour_contract.correct"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        const auto old = currentContract(ctx, *this, input.id, expectedVersion);
        if (!old)
            return false;
        LabourContract c = *old;
        c.contractNo = input.contractNo.trimmed();
        c.type = input.type;
        c.startDate = input.startDate;
        c.endDate = input.endDate;
        c.signedOn = input.signedOn;
        // An open-ended contract that was ended early has an end date: checked against its start only.
        const bool endedOpenEnded = !old->endReason.isEmpty() && c.type == QLatin1String("open_ended");
        LabourContract checked = c;
        if (endedOpenEnded)
            checked.endDate = QDate();
        errors = validate(checked);
        if (endedOpenEnded && (!c.endDate.isValid() || c.endDate < c.startDate))
            errors.append({QStringLiteral("end_date"), tr("This contract was ended early: its end date (%1) is required "
                                                          "and cannot be before its start (%2).")
                                                           .arg(iso(c.endDate), iso(c.startDate))});
        if (old->renewalOf.size() && c.startDate != old->startDate)
            errors.append({QStringLiteral("start_date"), tr("A renewal starts the day after the contract it renews "
                                                            "(%1); correct that contract's end instead.")
                                                             .arg(iso(old->startDate))});
        if (c.endDate != old->endDate && isRenewed(ctx.db(), old->id))
            errors.append({QStringLiteral("end_date"), tr("This contract was renewed and its renewal starts the day "
                                                          "after its end; the end date cannot be corrected here.")});
        if (!errors.isEmpty())
            return ctx.fail(errors.first().message);
        QJsonObject before;
        QJsonObject after;
        StaffSql::diff(contractJson(*old), contractJson(c), &before, &after);
        if (after.isEmpty())
            return ctx.fail(tr("Nothing was changed in this contract."));
        after.insert(QStringLiteral("reason"), reason);
        after.insert(QStringLiteral("employee_id"), c.employeeId);
        before.insert(QStringLiteral("employee_id"), c.employeeId);
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE labour_contract SET contract_no = ?, type = ?, start_date = ?, end_date = ?, "
                                 "signed_on = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
        q.addBindValue(StaffSql::textValue(c.contractNo));
        q.addBindValue(c.type);
        q.addBindValue(StaffSql::dateValue(c.startDate));
        q.addBindValue(StaffSql::dateValue(c.endDate));
        q.addBindValue(StaffSql::dateValue(c.signedOn));
        q.addBindValue(ctx.now());
        q.addBindValue(c.id);
        q.addBindValue(expectedVersion);
        if (!q.exec() || q.numRowsAffected() != 1)
            return ctx.fail(tr("Cannot save the labour contract: %1").arg(q.lastError().text()));
        ctx.baseVersion(QStringLiteral("labour_contract"), c.id, expectedVersion);
        ctx.audit({QStringLiteral("labour_contract.correct"), QStringLiteral("labour_contract"), c.id, before, after});
        return true;
    });
    StaffResult result = StaffResult::fromCommand(command, input.id, 1);
    if (result.ok)
        result.version = expectedVersion + 1;
    else
        result.fieldErrors = errors;
    return result;
}

std::optional<LabourContract> ContractService::find(const QString &id) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM labour_contract c WHERE c.id = ? AND c.deleted_at IS NULL").arg(Columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<LabourContract> ContractService::listFor(const QString &employeeId) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM labour_contract c WHERE c.employee_id = ? AND c.deleted_at IS NULL "
                             "ORDER BY c.start_date, c.renewal_count").arg(Columns));
    q.addBindValue(employeeId);
    QList<LabourContract> result;
    if (q.exec()) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

QList<EndingContract> ContractService::endingWithin(int days, QDate today) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "SELECT %1, e.employee_no, e.name FROM labour_contract c JOIN employee e ON e.id = c.employee_id "
        "WHERE c.deleted_at IS NULL AND c.end_date <= ? AND e.deleted_at IS NULL "
        "AND e.status <> 'departed' AND NOT EXISTS (SELECT 1 FROM labour_contract r "
        "WHERE r.renewal_of = c.id AND r.deleted_at IS NULL) "
        // A contract that has run out while the person still works here is the most urgent one,
        // unless a later contract followed it without being entered as its renewal.
        "AND NOT EXISTS (SELECT 1 FROM labour_contract n WHERE n.employee_id = c.employee_id "
        "AND n.deleted_at IS NULL AND n.start_date > c.start_date) "
        // An early end is decided: nothing to renew.
        "AND c.end_reason IS NULL ORDER BY c.end_date, e.employee_no").arg(Columns));
    q.addBindValue(iso(today.addDays(days)));
    QList<EndingContract> result;
    if (!q.exec()) {
        qCWarning(lcStaff) << "ending contracts query failed:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        EndingContract ending;
        ending.contract = fromQuery(q);
        ending.employeeNo = q.value(13).toString();
        ending.employeeName = q.value(14).toString();
        ending.daysLeft = int(today.daysTo(ending.contract.endDate));
        result << ending;
    }
    return result;
}

} // namespace hrdesk::staff
