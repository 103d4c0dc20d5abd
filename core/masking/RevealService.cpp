#include "core/masking/RevealService.h"

#include "core/customers/CustomerFields.h"
#include "core/staff/EmployeeFields.h"
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
    {"employee", "employee", "emergency_contact_phone"},
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

// The translated label of a field of one of the entity types above, as its forms show it; empty
// when there is none (the caller's codes are for the log, not for a message).
QString fieldLabel(const QString &entityType, const QString &field)
{
    QString label;
    if (entityType == QLatin1String("employee"))
        label = staff::EmployeeFields::label(field);
    else if (entityType == QLatin1String("customer"))
        label = customers::CustomerFields::label(field);
    else if (entityType == QLatin1String("customer_contact"))
        label = customers::CustomerFields::contactLabel(field);
    // The label functions answer an unknown field with the field itself.
    return label == field ? QString() : label;
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
    const QString label = fieldLabel(entityType, field);
    if (!target) {
        qCWarning(lcReveal) << "not a masked field:" << entityType << field;
        result.error = label.isEmpty()
            ? tr("This field is not a masked field: there is nothing to reveal.")
            : tr("%1 is not a masked field: it is shown in full and there is nothing to reveal.").arg(label);
        return result;
    }
    QSqlQuery q(m_workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted_at IS NULL")
                  .arg(QLatin1String(target->field), QLatin1String(target->table)));
    q.addBindValue(entityId);
    if (!q.exec()) {
        // The database's own text names tables and columns: it is for the warning log, not the screen.
        qCWarning(lcReveal) << "reveal read failed:" << entityType << field << q.lastError().text();
        result.error = tr("%1 cannot be read from the database right now; try again in a moment.").arg(label);
        return result;
    }
    if (!q.next()) {
        result.error = tr("%1 cannot be revealed: the record no longer exists (it may have been deleted).").arg(label);
        return result;
    }
    const QString value = q.value(0).toString();
    q.finish();

    const commands::CommandResult audit = m_workspace.runner().record(
        actor, {entityType + QStringLiteral(".reveal"), entityType, entityId, QJsonValue(),
                QJsonObject{{QStringLiteral("field"), field}}});
    if (!audit.ok) {
        result.error = tr("%1 stays hidden because the reveal could not be recorded: %2").arg(label, audit.error);
        return result;
    }
    result.ok = true;
    result.value = value;
    return result;
}

} // namespace hrdesk::masking
