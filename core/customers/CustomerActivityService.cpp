#include "core/customers/CustomerActivityService.h"

#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/customers/CustomerLookup.h"
#include "core/customers/CustomerRecordValidator.h"
#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::customers {

using commands::Actor;
using commands::CommandContext;
using commands::CommandResult;
using validation::FieldError;
using validation::FieldErrors;

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const Contact &c)
{
    return {{QStringLiteral("id"), c.id},          {QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("name"), c.name},      {QStringLiteral("title"), jsonText(c.title)},
            {QStringLiteral("mobile"), jsonText(c.mobile)}, {QStringLiteral("wechat"), jsonText(c.wechat)},
            {QStringLiteral("email"), jsonText(c.email)}};
}

QJsonObject toJson(const FollowUp &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("customer_id"), f.customerId},
            {QStringLiteral("occurred_at"), Clock::toStorage(f.occurredAt)},
            {QStringLiteral("channel"), f.channel},
            {QStringLiteral("summary"), f.summary},
            {QStringLiteral("next_step"), jsonText(f.nextStep)},
            {QStringLiteral("next_step_due"), jsonDate(f.nextStepDue)},
            {QStringLiteral("by_employee_id"), jsonText(f.byEmployeeId)}};
}

QJsonObject toJson(const Deal &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("customer_id"), d.customerId},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("stage"), d.stage},
            {QStringLiteral("amount_fen"), d.amountFen ? QJsonValue(*d.amountFen) : QJsonValue()},
            {QStringLiteral("expected_close"), jsonDate(d.expectedClose)},
            {QStringLiteral("owner_id"), jsonText(d.ownerId)}};
}

QJsonObject toJson(const SalesContract &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("customer_id"), s.customerId},
            {QStringLiteral("contract_no"), s.contractNo},
            {QStringLiteral("amount_fen"), s.amountFen},
            {QStringLiteral("signed_on"), jsonDate(s.signedOn)},
            {QStringLiteral("start_date"), jsonDate(s.startDate)},
            {QStringLiteral("end_date"), jsonDate(s.endDate)},
            {QStringLiteral("owner_id"), jsonText(s.ownerId)}};
}

SaveResult invalid(const FieldErrors &errors)
{
    SaveResult result;
    result.fieldErrors = errors;
    result.error = errors.isEmpty() ? QString() : errors.first().message;
    return result;
}

SaveResult finish(const CommandResult &command, const QString &id, qint64 version, const FieldErrors &errors)
{
    SaveResult result;
    result.ok = command.ok;
    result.commandId = command.commandId;
    if (command.ok) {
        result.id = id;
        result.version = version;
    } else {
        result.error = command.error;
        result.fieldErrors = errors;
    }
    return result;
}

// The customer a record is attached to, alive; else the command fails with a plain reason.
std::optional<Customer> liveCustomer(CommandContext &ctx, const QString &customerId)
{
    auto customer = CustomerLookup::customer(ctx.db(), customerId);
    if (!customer || !customer->deletedAt.isEmpty()) {
        ctx.fail(CustomerActivityService::tr("The customer of this record no longer exists."));
        return std::nullopt;
    }
    return customer;
}

// A contact that is not removed, as stored.
std::optional<Contact> liveContact(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, customer_id, name, title, mobile, wechat, email, version, updated_at "
                             "FROM customer_contact WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Contact{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                   q.value(8).toString()};
}

// A follow-up that is not removed, as stored.
std::optional<FollowUp> liveFollowUp(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT customer_id, occurred_at, channel, summary, next_step, next_step_due, "
                             "by_employee_id, version FROM follow_up WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FollowUp f;
    f.id = id;
    f.customerId = q.value(0).toString();
    f.occurredAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    f.channel = q.value(2).toString();
    f.summary = q.value(3).toString();
    f.nextStep = q.value(4).toString();
    f.nextStepDue = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    f.byEmployeeId = q.value(6).toString();
    f.version = q.value(7).toLongLong();
    return f;
}

} // namespace

CustomerActivityService::CustomerActivityService(Workspace &workspace)
    : m_workspace(workspace)
{
}

SaveResult CustomerActivityService::addContact(const Actor &actor, const Contact &input)
{
    Contact contact = CustomerRecordValidator::normalised(input);
    contact.id = newId();
    if (const auto errors = CustomerRecordValidator::validate(contact); !errors.isEmpty())
        return invalid(errors);
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("customer.contact_add"), toJson(contact), [&](CommandContext &ctx) {
            if (!liveCustomer(ctx, contact.customerId))
                return false;
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("INSERT INTO customer_contact (id, customer_id, name, title, mobile, wechat, email, "
                                     "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
            for (const QVariant &v : {QVariant(contact.id), QVariant(contact.customerId), QVariant(contact.name),
                                      textOrNull(contact.title), textOrNull(contact.mobile), textOrNull(contact.wechat),
                                      textOrNull(contact.email), QVariant(ctx.now())})
                q.addBindValue(v);
            if (!q.exec())
                return ctx.fail(tr("Cannot save the contact: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("customer_contact"), contact.id, 0);
            ctx.audit({QStringLiteral("customer.contact_add"), QStringLiteral("customer_contact"), contact.id,
                       QJsonValue(), toJson(contact)});
            return true;
        });
    return finish(command, contact.id, 1, {});
}

SaveResult CustomerActivityService::updateContact(const Actor &actor, const Contact &input, qint64 expectedVersion)
{
    Contact contact = CustomerRecordValidator::normalised(input);
    if (const auto errors = CustomerRecordValidator::validate(contact); !errors.isEmpty())
        return invalid(errors);
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("customer.contact_update"), toJson(contact), [&](CommandContext &ctx) {
            const auto old = liveContact(ctx.db(), contact.id);
            if (!old)
                return ctx.fail(tr("This contact no longer exists."));
            if (old->version != expectedVersion)
                return ctx.fail(tr("Someone else changed this contact after you opened it. Reload it and try again."));
            contact.customerId = old->customerId; // a contact does not move between customers
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("UPDATE customer_contact SET name = ?, title = ?, mobile = ?, wechat = ?, email = ?, "
                                     "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
            for (const QVariant &v : {QVariant(contact.name), textOrNull(contact.title), textOrNull(contact.mobile),
                                      textOrNull(contact.wechat), textOrNull(contact.email), QVariant(ctx.now()),
                                      QVariant(contact.id), QVariant(expectedVersion)})
                q.addBindValue(v);
            if (!q.exec() || q.numRowsAffected() != 1)
                return ctx.fail(tr("Cannot save the contact: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("customer_contact"), contact.id, expectedVersion);
            ctx.audit({QStringLiteral("customer.contact_update"), QStringLiteral("customer_contact"), contact.id,
                       toJson(*old), toJson(contact)});
            return true;
        });
    return finish(command, contact.id, expectedVersion + 1, {});
}

SaveResult CustomerActivityService::addFollowUp(const Actor &actor, const FollowUp &input)
{
    FollowUp followUp = input;
    followUp.id = newId();
    followUp.summary = followUp.summary.trimmed();
    followUp.nextStep = followUp.nextStep.trimmed();
    FieldErrors errors;
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("follow_up.add"), toJson(followUp), [&](CommandContext &ctx) {
            // The clock of the command decides what "the future" is, so tests can fix it.
            const QDateTime now = QDateTime::fromString(ctx.now(), Qt::ISODateWithMs);
            if (followUp.byEmployeeId.isEmpty())
                followUp.byEmployeeId = CustomerLookup::employeeOfUser(ctx.db(), actor.id);
            errors = CustomerRecordValidator::validate(followUp, now);
            if (followUp.byEmployeeId.isEmpty())
                errors.append({QStringLiteral("by_employee_id"),
                               tr("Say who followed up: choose an employee (your user is not linked to one).")});
            else if (!CustomerLookup::employee(ctx.db(), followUp.byEmployeeId))
                errors.append({QStringLiteral("by_employee_id"), tr("The person who followed up is not a known employee.")});
            if (!errors.isEmpty())
                return ctx.fail(errors.first().message);
            if (!liveCustomer(ctx, followUp.customerId))
                return false;
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("INSERT INTO follow_up (id, customer_id, occurred_at, channel, summary, next_step, "
                                     "next_step_due, by_employee_id, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
            for (const QVariant &v : {QVariant(followUp.id), QVariant(followUp.customerId),
                                      QVariant(Clock::toStorage(followUp.occurredAt)), QVariant(followUp.channel),
                                      QVariant(followUp.summary), textOrNull(followUp.nextStep),
                                      dateOrNull(followUp.nextStepDue), QVariant(followUp.byEmployeeId),
                                      QVariant(ctx.now())})
                q.addBindValue(v);
            if (!q.exec())
                return ctx.fail(tr("Cannot save the follow-up: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("follow_up"), followUp.id, 0);
            ctx.audit({QStringLiteral("follow_up.add"), QStringLiteral("follow_up"), followUp.id, QJsonValue(),
                       toJson(followUp)});
            return true;
        });
    return finish(command, followUp.id, 1, errors);
}

SaveResult CustomerActivityService::updateFollowUp(const Actor &actor, const FollowUp &input, qint64 expectedVersion)
{
    FollowUp followUp = input;
    followUp.summary = followUp.summary.trimmed();
    followUp.nextStep = followUp.nextStep.trimmed();
    FieldErrors errors;
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("follow_up.update"), toJson(followUp), [&](CommandContext &ctx) {
            const auto old = liveFollowUp(ctx.db(), followUp.id);
            if (!old)
                return ctx.fail(tr("This follow-up no longer exists."));
            if (old->version != expectedVersion)
                return ctx.fail(tr("Someone else changed this follow-up after you opened it. Reload it and try again."));
            followUp.customerId = old->customerId; // a follow-up does not move between customers
            if (followUp.byEmployeeId.isEmpty())
                followUp.byEmployeeId = old->byEmployeeId;
            const QDateTime now = QDateTime::fromString(ctx.now(), Qt::ISODateWithMs);
            errors = CustomerRecordValidator::validate(followUp, now);
            if (followUp.byEmployeeId.isEmpty())
                errors.append({QStringLiteral("by_employee_id"), tr("Say who followed up: choose an employee.")});
            else if (followUp.byEmployeeId != old->byEmployeeId && !CustomerLookup::employee(ctx.db(), followUp.byEmployeeId))
                errors.append({QStringLiteral("by_employee_id"), tr("The person who followed up is not a known employee.")});
            if (!errors.isEmpty())
                return ctx.fail(errors.first().message);
            QJsonObject before;
            QJsonObject after;
            const QJsonObject oldJson = toJson(*old);
            const QJsonObject newJson = toJson(followUp);
            for (auto it = newJson.begin(); it != newJson.end(); ++it) {
                if (oldJson.value(it.key()) != it.value()) {
                    before.insert(it.key(), oldJson.value(it.key()));
                    after.insert(it.key(), it.value());
                }
            }
            if (after.isEmpty())
                return ctx.fail(tr("Nothing was changed in this follow-up."));
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("UPDATE follow_up SET occurred_at = ?, channel = ?, summary = ?, next_step = ?, "
                                     "next_step_due = ?, by_employee_id = ?, version = version + 1, updated_at = ? "
                                     "WHERE id = ? AND version = ?"));
            for (const QVariant &v : {QVariant(Clock::toStorage(followUp.occurredAt)), QVariant(followUp.channel),
                                      QVariant(followUp.summary), textOrNull(followUp.nextStep),
                                      dateOrNull(followUp.nextStepDue), QVariant(followUp.byEmployeeId),
                                      QVariant(ctx.now()), QVariant(followUp.id), QVariant(expectedVersion)})
                q.addBindValue(v);
            if (!q.exec() || q.numRowsAffected() != 1)
                return ctx.fail(tr("Cannot save the follow-up: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("follow_up"), followUp.id, expectedVersion);
            ctx.audit({QStringLiteral("follow_up.update"), QStringLiteral("follow_up"), followUp.id, before, after});
            return true;
        });
    return finish(command, followUp.id, expectedVersion + 1, errors);
}

SaveResult CustomerActivityService::addDeal(const Actor &actor, const Deal &input)
{
    Deal deal = input;
    deal.id = newId();
    deal.title = deal.title.trimmed();
    if (const auto errors = CustomerRecordValidator::validate(deal); !errors.isEmpty())
        return invalid(errors);
    FieldErrors errors;
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("deal.add"), toJson(deal), [&](CommandContext &ctx) {
            const auto customer = liveCustomer(ctx, deal.customerId);
            if (!customer)
                return false;
            if (deal.ownerId.isEmpty())
                deal.ownerId = customer->ownerId;
            else if (!CustomerLookup::employee(ctx.db(), deal.ownerId)) {
                errors.append({QStringLiteral("owner_id"), tr("The owner of the deal is not a known employee.")});
                return ctx.fail(errors.first().message);
            }
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("INSERT INTO deal (id, customer_id, title, stage, amount_fen, expected_close, owner_id, "
                                     "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
            for (const QVariant &v : {QVariant(deal.id), QVariant(deal.customerId), QVariant(deal.title),
                                      QVariant(deal.stage), deal.amountFen ? QVariant(*deal.amountFen) : QVariant(),
                                      dateOrNull(deal.expectedClose), textOrNull(deal.ownerId), QVariant(ctx.now())})
                q.addBindValue(v);
            if (!q.exec())
                return ctx.fail(tr("Cannot save the deal: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("deal"), deal.id, 0);
            ctx.audit({QStringLiteral("deal.add"), QStringLiteral("deal"), deal.id, QJsonValue(), toJson(deal)});
            return true;
        });
    return finish(command, deal.id, 1, errors);
}

SaveResult CustomerActivityService::updateDeal(const Actor &actor, const Deal &input, qint64 expectedVersion)
{
    Deal deal = input;
    deal.title = deal.title.trimmed();
    if (const auto errors = CustomerRecordValidator::validate(deal); !errors.isEmpty())
        return invalid(errors);
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("deal.update"), toJson(deal), [&](CommandContext &ctx) {
            QSqlQuery before(ctx.db());
            before.prepare(QStringLiteral("SELECT customer_id, title, stage, amount_fen, expected_close, owner_id, version "
                                          "FROM deal WHERE id = ? AND deleted_at IS NULL"));
            before.addBindValue(deal.id);
            if (!before.exec() || !before.next())
                return ctx.fail(tr("This deal no longer exists."));
            Deal old;
            old.id = deal.id;
            old.customerId = before.value(0).toString();
            old.title = before.value(1).toString();
            old.stage = before.value(2).toString();
            if (!before.value(3).isNull())
                old.amountFen = before.value(3).toLongLong();
            old.expectedClose = QDate::fromString(before.value(4).toString(), Qt::ISODate);
            old.ownerId = before.value(5).toString();
            old.version = before.value(6).toLongLong();
            if (old.version != expectedVersion)
                return ctx.fail(tr("Someone else changed this deal after you opened it. Reload it and try again."));
            deal.customerId = old.customerId;
            deal.ownerId = old.ownerId;
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("UPDATE deal SET title = ?, stage = ?, amount_fen = ?, expected_close = ?, "
                                     "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
            for (const QVariant &v : {QVariant(deal.title), QVariant(deal.stage),
                                      deal.amountFen ? QVariant(*deal.amountFen) : QVariant(),
                                      dateOrNull(deal.expectedClose), QVariant(ctx.now()), QVariant(deal.id),
                                      QVariant(expectedVersion)})
                q.addBindValue(v);
            if (!q.exec() || q.numRowsAffected() != 1)
                return ctx.fail(tr("Cannot save the deal: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("deal"), deal.id, expectedVersion);
            ctx.audit({QStringLiteral("deal.update"), QStringLiteral("deal"), deal.id, toJson(old), toJson(deal)});
            return true;
        });
    return finish(command, deal.id, expectedVersion + 1, {});
}

SaveResult CustomerActivityService::addSalesContract(const Actor &actor, const SalesContract &input)
{
    SalesContract contract = input;
    contract.id = newId();
    contract.contractNo = contract.contractNo.trimmed();
    if (const auto errors = CustomerRecordValidator::validate(contract); !errors.isEmpty())
        return invalid(errors);
    FieldErrors errors;
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("sales_contract.add"), toJson(contract), [&](CommandContext &ctx) {
            const auto customer = liveCustomer(ctx, contract.customerId);
            if (!customer)
                return false;
            if (const auto holder = CustomerLookup::contractNoHolder(ctx.db(), contract.contractNo)) {
                const QString message = holder->ownerName.isEmpty()
                    ? tr("The contract number %1 is already used by a contract of %2").arg(contract.contractNo, holder->name)
                    : tr("The contract number %1 is already used by a contract of %2 (owner: %3)")
                          .arg(contract.contractNo, holder->name, holder->ownerName);
                errors.append({QStringLiteral("contract_no"), message});
                return ctx.fail(message);
            }
            if (contract.ownerId.isEmpty())
                contract.ownerId = customer->ownerId;
            else if (!CustomerLookup::employee(ctx.db(), contract.ownerId)) {
                errors.append({QStringLiteral("owner_id"), tr("The owner of the contract is not a known employee.")});
                return ctx.fail(errors.first().message);
            }
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("INSERT INTO sales_contract (id, customer_id, contract_no, amount_fen, signed_on, "
                                     "start_date, end_date, owner_id, version, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
            for (const QVariant &v : {QVariant(contract.id), QVariant(contract.customerId), QVariant(contract.contractNo),
                                      QVariant(contract.amountFen), dateOrNull(contract.signedOn),
                                      dateOrNull(contract.startDate), dateOrNull(contract.endDate),
                                      textOrNull(contract.ownerId), QVariant(ctx.now())})
                q.addBindValue(v);
            if (!q.exec())
                return ctx.fail(tr("Cannot save the sales contract: %1").arg(q.lastError().text()));
            ctx.baseVersion(QStringLiteral("sales_contract"), contract.id, 0);
            ctx.audit({QStringLiteral("sales_contract.add"), QStringLiteral("sales_contract"), contract.id, QJsonValue(),
                       toJson(contract)});
            return true;
        });
    return finish(command, contract.id, 1, errors);
}

QList<Contact> CustomerActivityService::contacts(const QString &customerId, records::RecordState state) const
{
    QList<Contact> rows;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id, customer_id, name, title, mobile, wechat, email, version, updated_at "
                             "FROM customer_contact WHERE customer_id = ? AND deleted_at IS %1 ORDER BY name, id")
                  .arg(state == records::RecordState::Live ? QLatin1String("NULL") : QLatin1String("NOT NULL")));
    q.addBindValue(customerId);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                     q.value(8).toString()});
    return rows;
}

QList<FollowUp> CustomerActivityService::followUps(const QString &customerId, int limit,
                                                   records::RecordState state) const
{
    QList<FollowUp> rows;
    QSqlQuery q(m_workspace.db());
    // follow_up_customer (customer_id, occurred_at) serves this newest-first read without a sort.
    q.prepare(QStringLiteral("SELECT f.id, f.customer_id, f.occurred_at, f.channel, f.summary, f.next_step, "
                             "f.next_step_due, f.by_employee_id, e.name, f.version FROM follow_up f "
                             "LEFT JOIN employee e ON e.id = f.by_employee_id "
                             "WHERE f.customer_id = ? AND f.deleted_at IS %1 ORDER BY f.occurred_at DESC LIMIT ?")
                  .arg(state == records::RecordState::Live ? QLatin1String("NULL") : QLatin1String("NOT NULL")));
    q.addBindValue(customerId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return rows;
    while (q.next()) {
        FollowUp f;
        f.id = q.value(0).toString();
        f.customerId = q.value(1).toString();
        f.occurredAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        f.channel = q.value(3).toString();
        f.summary = q.value(4).toString();
        f.nextStep = q.value(5).toString();
        f.nextStepDue = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        f.byEmployeeId = q.value(7).toString();
        f.byEmployeeName = q.value(8).toString();
        f.version = q.value(9).toLongLong();
        rows.append(f);
    }
    return rows;
}

QList<Deal> CustomerActivityService::deals(const QString &customerId) const
{
    QList<Deal> rows;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id, customer_id, title, stage, amount_fen, expected_close, owner_id, version "
                             "FROM deal WHERE customer_id = ? AND deleted_at IS NULL ORDER BY updated_at DESC, id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        Deal d;
        d.id = q.value(0).toString();
        d.customerId = q.value(1).toString();
        d.title = q.value(2).toString();
        d.stage = q.value(3).toString();
        if (!q.value(4).isNull())
            d.amountFen = q.value(4).toLongLong();
        d.expectedClose = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        d.ownerId = q.value(6).toString();
        d.version = q.value(7).toLongLong();
        rows.append(d);
    }
    return rows;
}

QList<SalesContract> CustomerActivityService::salesContracts(const QString &customerId) const
{
    QList<SalesContract> rows;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id, customer_id, contract_no, amount_fen, signed_on, start_date, end_date, owner_id, "
                             "version FROM sales_contract WHERE customer_id = ? AND deleted_at IS NULL "
                             "ORDER BY signed_on DESC, contract_no"));
    q.addBindValue(customerId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        SalesContract s;
        s.id = q.value(0).toString();
        s.customerId = q.value(1).toString();
        s.contractNo = q.value(2).toString();
        s.amountFen = q.value(3).toLongLong();
        s.signedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        s.endDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        s.ownerId = q.value(7).toString();
        s.version = q.value(8).toLongLong();
        rows.append(s);
    }
    return rows;
}

} // namespace hrdesk::customers
