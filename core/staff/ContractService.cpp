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
    "c.renewal_count, c.version, c.updated_at, c.deleted_at");

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

StaffResult refused(validation::FieldErrors errors)
{
    StaffResult result;
    QStringList messages;
    for (const auto &error : errors)
        messages << error.message;
    result.error = messages.join(QLatin1Char('\n'));
    result.fieldErrors = std::move(errors);
    return result;
}

StaffResult fromCommand(const commands::CommandResult &command, const QString &id)
{
    StaffResult result;
    result.ok = command.ok;
    result.commandId = command.commandId;
    result.error = command.error;
    if (command.ok) {
        result.id = id;
        result.version = 1;
    }
    return result;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
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
        return refused(std::move(errors));
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
    return fromCommand(command, c.id);
}

StaffResult ContractService::renew(const commands::Actor &actor, const QString &contractId, QDate newEnd,
                                   QDate signedOn, const QString &contractNo)
{
    const auto old = find(contractId);
    if (!old)
        return refused({{QStringLiteral("id"), tr("The contract to renew no longer exists.")}});
    if (!old->endDate.isValid())
        return refused({{QStringLiteral("end_date"), tr("This contract has no end date; there is nothing to renew.")}});
    QSqlQuery follow(m_workspace.db());
    follow.prepare(QStringLiteral("SELECT start_date FROM labour_contract WHERE renewal_of = ? AND deleted_at IS NULL"));
    follow.addBindValue(contractId);
    if (follow.exec() && follow.next())
        return refused({{QStringLiteral("id"), tr("This contract was already renewed by a contract starting on %1.")
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
        return refused(std::move(errors));

    QJsonObject arguments{{QStringLiteral("id"), c.id}, {QStringLiteral("renewal_of"), contractId},
                          {QStringLiteral("end_date"), StaffSql::jsonDate(newEnd)},
                          {QStringLiteral("signed_on"), StaffSql::jsonDate(signedOn)}};
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
    return fromCommand(command, c.id);
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
        "WHERE c.deleted_at IS NULL AND c.end_date BETWEEN ? AND ? AND e.deleted_at IS NULL "
        "AND e.status <> 'departed' AND NOT EXISTS (SELECT 1 FROM labour_contract r "
        "WHERE r.renewal_of = c.id AND r.deleted_at IS NULL) ORDER BY c.end_date, e.employee_no").arg(Columns));
    q.addBindValue(iso(today));
    q.addBindValue(iso(today.addDays(days)));
    QList<EndingContract> result;
    if (!q.exec()) {
        qCWarning(lcStaff) << "ending contracts query failed:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        EndingContract ending;
        ending.contract = fromQuery(q);
        ending.employeeNo = q.value(12).toString();
        ending.employeeName = q.value(13).toString();
        ending.daysLeft = int(today.daysTo(ending.contract.endDate));
        result << ending;
    }
    return result;
}

} // namespace hrdesk::staff
