#include "core/customers/CustomerService.h"

#include "core/common/Ids.h"
#include "core/customers/CustomerLookup.h"
#include "core/customers/CustomerValidator.h"
#include "core/customers/CustomerWriter.h"
#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCustomers, "hrdesk.customers")

namespace hrdesk::customers {

using commands::Actor;
using commands::CommandContext;
using validation::FieldError;

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// kind, name, credit_code, tier, region, industry, score, status: in this order in both the
// INSERT and the UPDATE of a customer.
void bindProfile(QSqlQuery &q, const Customer &customer)
{
    q.addBindValue(customer.kind);
    q.addBindValue(customer.name);
    q.addBindValue(textOrNull(customer.creditCode));
    q.addBindValue(customer.tier);
    q.addBindValue(textOrNull(customer.region));
    q.addBindValue(textOrNull(customer.industry));
    q.addBindValue(customer.score ? QVariant(*customer.score) : QVariant());
    q.addBindValue(customer.status);
}

QJsonObject ownerJson(const std::optional<CustomerLookup::Employee> &owner, const QString &ownerId)
{
    return {{QStringLiteral("owner_id"), ownerId.isEmpty() ? QJsonValue() : QJsonValue(ownerId)},
            {QStringLiteral("owner_name"), owner ? QJsonValue(owner->name) : QJsonValue()}};
}

bool insertOwnerChange(CommandContext &ctx, const QString &customerId, const QString &fromOwnerId,
                       const QString &toOwnerId, const QString &reason, QString *error)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("INSERT INTO customer_owner_change (id, customer_id, from_owner_id, to_owner_id, changed_at, "
                             "changed_by, reason, command_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newId());
    q.addBindValue(customerId);
    q.addBindValue(textOrNull(fromOwnerId));
    q.addBindValue(textOrNull(toOwnerId));
    q.addBindValue(ctx.now());
    // The system actor (demo data, handover run by a script) has no local user id.
    q.addBindValue(ctx.actor().id.isEmpty() ? ctx.actor().name : ctx.actor().id);
    q.addBindValue(reason);
    q.addBindValue(ctx.commandId());
    q.addBindValue(ctx.now());
    if (!q.exec()) {
        *error = CustomerService::tr("Cannot record the owner change: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

// The pointer to the record that already holds a credit code, as the user should read it.
FieldError duplicateCreditCode(const QString &code, const CustomerLookup::Holder &holder)
{
    const QString message = holder.ownerName.isEmpty()
        ? CustomerService::tr("The unified social credit code %1 already belongs to %2 (no owner)").arg(code, holder.name)
        : CustomerService::tr("The unified social credit code %1 already belongs to %2 (owner: %3)")
              .arg(code, holder.name, holder.ownerName);
    return {QStringLiteral("credit_code"), message};
}

SaveResult invalid(const validation::FieldErrors &errors)
{
    SaveResult result;
    result.fieldErrors = errors;
    result.error = errors.isEmpty() ? QString() : errors.first().message;
    return result;
}

} // namespace

CustomerService::CustomerService(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool CustomerService::createWithin(CommandContext &ctx, Customer &customer, validation::FieldErrors *errors,
                                   bool auditEach)
{
    customer = CustomerValidator::normalised(customer);
    if (customer.id.isEmpty())
        customer.id = newId();
    customer.version = 1;
    validation::FieldErrors found = CustomerValidator::validate(customer);
    if (!customer.ownerId.isEmpty()) {
        const auto owner = CustomerLookup::employee(ctx.db(), customer.ownerId);
        if (!owner)
            found.append({QStringLiteral("owner_id"), tr("The owner is not a known employee.")});
        else if (owner->departed)
            found.append({QStringLiteral("owner_id"),
                          tr("%1 has left the company and cannot own customers.").arg(owner->name)});
    }
    if (const auto holder = CustomerLookup::creditCodeHolder(ctx.db(), customer.creditCode, customer.id);
        holder && !customer.creditCode.isEmpty())
        found.append(duplicateCreditCode(customer.creditCode, *holder));
    if (!found.isEmpty()) {
        if (errors)
            *errors = found;
        return false;
    }
    std::vector<Customer> rows{customer};
    CustomerWriter::Options options;
    if (auditEach)
        options.auditAction = QStringLiteral("customer.create");
    CustomerWriter::Outcome written;
    if (!CustomerWriter::write(ctx, rows, options, &written)) {
        if (errors)
            *errors = {FieldError{QString(), tr("Cannot save the customer: %1").arg(written.error)}};
        return false;
    }
    customer = rows.front();
    ctx.baseVersion(QStringLiteral("customer"), customer.id, 0);
    return true;
}

SaveResult CustomerService::create(const Actor &actor, const Customer &input)
{
    Customer customer = CustomerValidator::normalised(input);
    customer.id = newId();
    validation::FieldErrors errors;
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("customer.create"), customer.toJson(), [&](CommandContext &ctx) {
            if (!createWithin(ctx, customer, &errors))
                return ctx.fail(errors.value(0).message);
            return true;
        });
    SaveResult result;
    result.commandId = command.commandId;
    if (!command.ok) {
        result.error = command.error;
        for (const FieldError &e : std::as_const(errors)) {
            if (!e.field.isEmpty())
                result.fieldErrors.append(e);
        }
        return result;
    }
    result.ok = true;
    result.id = customer.id;
    result.version = 1;
    return result;
}

SaveResult CustomerService::update(const Actor &actor, const Customer &input, qint64 expectedVersion)
{
    Customer customer = CustomerValidator::normalised(input);
    const auto errors = CustomerValidator::validate(customer);
    if (!errors.isEmpty())
        return invalid(errors);

    SaveResult result;
    std::optional<FieldError> fieldError;
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("customer.update"), customer.toJson(), [&](CommandContext &ctx) {
            const auto stored = CustomerLookup::customer(ctx.db(), customer.id);
            if (!stored || !stored->deletedAt.isEmpty())
                return ctx.fail(tr("This customer no longer exists."));
            if (stored->version != expectedVersion)
                return ctx.fail(tr("Someone else changed this customer after you opened it (version %1, now %2). "
                                   "Reload it and make your changes again.")
                                    .arg(expectedVersion)
                                    .arg(stored->version));
            if (stored->ownerId != customer.ownerId) {
                fieldError = FieldError{QStringLiteral("owner_id"),
                                        tr("The owner cannot be changed while editing; use Change owner, "
                                           "which records the reason.")};
                return ctx.fail(fieldError->message);
            }
            if (const auto holder = CustomerLookup::creditCodeHolder(ctx.db(), customer.creditCode, customer.id)) {
                fieldError = duplicateCreditCode(customer.creditCode, *holder);
                return ctx.fail(fieldError->message);
            }
            customer.createdBy = stored->createdBy;
            customer.version = stored->version + 1;
            customer.updatedAt = ctx.now();
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("UPDATE customer SET kind = ?, name = ?, credit_code = ?, tier = ?, region = ?, "
                                     "industry = ?, score = ?, status = ?, source = ?, phone = ?, version = ?, "
                                     "updated_at = ? WHERE id = ? AND version = ?"));
            bindProfile(q, customer);
            q.addBindValue(textOrNull(customer.source));
            q.addBindValue(textOrNull(customer.phone));
            q.addBindValue(customer.version);
            q.addBindValue(customer.updatedAt);
            q.addBindValue(customer.id);
            q.addBindValue(expectedVersion);
            if (!q.exec())
                return ctx.fail(tr("Cannot save the customer: %1").arg(q.lastError().text()));
            if (q.numRowsAffected() != 1)
                return ctx.fail(tr("Someone else changed this customer meanwhile. Reload it and try again."));
            ctx.baseVersion(QStringLiteral("customer"), customer.id, expectedVersion);
            ctx.audit({QStringLiteral("customer.update"), QStringLiteral("customer"), customer.id, stored->toJson(),
                       customer.toJson()});
            return true;
        });
    if (!command.ok) {
        result.error = command.error;
        if (fieldError)
            result.fieldErrors.append(*fieldError);
        return result;
    }
    result.ok = true;
    result.id = customer.id;
    result.version = customer.version;
    result.commandId = command.commandId;
    return result;
}

bool CustomerService::changeOwnerWithin(CommandContext &ctx, const QString &customerId, const QString &newOwnerId,
                                        const QString &rawReason, QString *error)
{
    const QString reason = rawReason.trimmed();
    if (reason.isEmpty()) {
        *error = tr("Say why the owner changes; the reason is kept in the ownership history.");
        return false;
    }
    if (reason.size() > 500) {
        *error = tr("The reason is too long: %1 characters, at most 500.").arg(reason.size());
        return false;
    }
    const auto stored = CustomerLookup::customer(ctx.db(), customerId);
    if (!stored || !stored->deletedAt.isEmpty()) {
        *error = tr("This customer no longer exists.");
        return false;
    }
    const auto newOwner = CustomerLookup::employee(ctx.db(), newOwnerId);
    if (!newOwner) {
        *error = tr("The new owner is not a known employee.");
        return false;
    }
    if (newOwner->departed) {
        *error = tr("%1 has left the company and cannot own customers.").arg(newOwner->name);
        return false;
    }
    if (stored->ownerId == newOwnerId) {
        *error = tr("%1 already owns %2.").arg(newOwner->name, stored->name);
        return false;
    }
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("UPDATE customer SET owner_id = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.addBindValue(newOwnerId);
    q.addBindValue(ctx.now());
    q.addBindValue(customerId);
    q.addBindValue(stored->version);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("Cannot change the owner: %1").arg(q.lastError().text());
        return false;
    }
    if (!insertOwnerChange(ctx, customerId, stored->ownerId, newOwnerId, reason, error))
        return false;
    const auto oldOwner = CustomerLookup::employee(ctx.db(), stored->ownerId);
    QJsonObject after = ownerJson(newOwner, newOwnerId);
    after.insert(QStringLiteral("reason"), reason);
    ctx.baseVersion(QStringLiteral("customer"), customerId, stored->version);
    ctx.audit({QStringLiteral("customer.owner_change"), QStringLiteral("customer"), customerId,
               ownerJson(oldOwner, stored->ownerId), after});
    qCDebug(lcCustomers) << "customer" << customerId << "owner" << stored->ownerId << "->" << newOwnerId;
    return true;
}

SaveResult CustomerService::changeOwner(const Actor &actor, const QString &customerId, const QString &newOwnerId,
                                        const QString &reason)
{
    SaveResult result;
    const QJsonObject arguments{{QStringLiteral("customer_id"), customerId},
                                {QStringLiteral("owner_id"), newOwnerId},
                                {QStringLiteral("reason"), reason.trimmed()}};
    const auto command = m_workspace.runner().run(
        actor, QStringLiteral("customer.owner_change"), arguments, [&](CommandContext &ctx) {
            QString error;
            if (!changeOwnerWithin(ctx, customerId, newOwnerId, reason, &error))
                return ctx.fail(error);
            return true;
        });
    if (!command.ok) {
        result.error = command.error;
        return result;
    }
    const auto stored = find(customerId);
    result.ok = true;
    result.id = customerId;
    result.version = stored ? stored->version : 0;
    result.commandId = command.commandId;
    return result;
}

std::optional<Customer> CustomerService::find(const QString &id) const
{
    auto customer = CustomerLookup::customer(m_workspace.db(), id);
    if (customer && !customer->deletedAt.isEmpty())
        return std::nullopt;
    return customer;
}

QList<OwnerChange> CustomerService::ownershipHistory(const QString &customerId) const
{
    QList<OwnerChange> history;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "SELECT h.id, h.customer_id, h.from_owner_id, f.name, h.to_owner_id, t.name, h.changed_at, h.changed_by, "
        "u.display_name, h.reason, h.command_id FROM customer_owner_change h "
        "LEFT JOIN employee f ON f.id = h.from_owner_id LEFT JOIN employee t ON t.id = h.to_owner_id "
        "LEFT JOIN local_user u ON u.id = h.changed_by "
        "WHERE h.customer_id = ? AND h.deleted_at IS NULL ORDER BY h.changed_at DESC, h.rowid DESC"));
    q.addBindValue(customerId);
    if (!q.exec()) {
        qCWarning(lcCustomers) << "ownership history failed:" << q.lastError().text();
        return history;
    }
    while (q.next()) {
        OwnerChange change;
        change.id = q.value(0).toString();
        change.customerId = q.value(1).toString();
        change.fromOwnerId = q.value(2).toString();
        change.fromOwnerName = q.value(3).toString();
        change.toOwnerId = q.value(4).toString();
        change.toOwnerName = q.value(5).toString();
        change.changedAt = q.value(6).toString();
        change.changedBy = q.value(7).toString();
        change.changedByName = q.value(8).isNull() ? change.changedBy : q.value(8).toString();
        change.reason = q.value(9).toString();
        change.commandId = q.value(10).toString();
        history.append(change);
    }
    return history;
}

} // namespace hrdesk::customers
