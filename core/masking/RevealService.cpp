#include "core/masking/RevealService.h"

#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcReveal, "hrdesk.masking")

namespace hrdesk::masking {

namespace {

struct Revealable
{
    const char *entityType;
    const char *table;
    const char *field;
};

// Table and column names come from this list only, never from the caller's strings.
constexpr Revealable kRevealable[] = {
    {"employee", "employee", "id_number"},
    {"employee", "employee", "mobile"},
    {"customer", "customer", "phone"},
    {"customer_contact", "customer_contact", "mobile"},
};

const Revealable *find(const QString &entityType, const QString &field)
{
    for (const Revealable &r : kRevealable) {
        if (entityType == QLatin1String(r.entityType) && field == QLatin1String(r.field))
            return &r;
    }
    return nullptr;
}

} // namespace

RevealService::RevealService(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool RevealService::isRevealable(const QString &entityType, const QString &field)
{
    return find(entityType, field) != nullptr;
}

RevealService::Result RevealService::reveal(const commands::Actor &actor, const QString &entityType,
                                            const QString &entityId, const QString &field)
{
    Result result;
    const Revealable *target = find(entityType, field);
    if (!target) {
        result.error = tr("The field %1 of %2 records is not a masked field.").arg(field, entityType);
        return result;
    }
    QSqlQuery q(m_workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted_at IS NULL")
                  .arg(QLatin1String(target->field), QLatin1String(target->table)));
    q.addBindValue(entityId);
    if (!q.exec()) {
        qCWarning(lcReveal) << "reveal read failed:" << q.lastError().text();
        result.error = tr("Cannot read the record: %1").arg(q.lastError().text());
        return result;
    }
    if (!q.next()) {
        result.error = tr("The record to reveal no longer exists (it may have been deleted).");
        return result;
    }
    const QString value = q.value(0).toString();
    q.finish();

    const commands::CommandResult audit = m_workspace.runner().record(
        actor, {entityType + QStringLiteral(".reveal"), entityType, entityId, QJsonValue(),
                QJsonObject{{QStringLiteral("field"), field}}});
    if (!audit.ok) {
        result.error = tr("The reveal could not be recorded in the audit log, so the value stays hidden: %1")
                           .arg(audit.error);
        return result;
    }
    result.ok = true;
    result.value = value;
    return result;
}

} // namespace hrdesk::masking
