#include "models/AuditActionNames.h"

namespace hrdesk::models {

QString AuditActionNames::displayName(const QString &action)
{
    if (action == QLatin1String("database.create"))
        return tr("Database created");
    if (action == QLatin1String("demo.generate"))
        return tr("Demo data generated");
    if (action == QLatin1String("local_user.create"))
        return tr("Local user created");
    if (action == QLatin1String("session.sign_in"))
        return tr("Signed in");
    if (action == QLatin1String("session.sign_in_failed"))
        return tr("Sign-in failed");
    return action;
}

QString AuditActionNames::entityTypeName(const QString &entityType)
{
    if (entityType == QLatin1String("database"))
        return tr("Database");
    if (entityType == QLatin1String("local_user"))
        return tr("Local user");
    if (entityType == QLatin1String("session"))
        return tr("Session");
    if (entityType == QLatin1String("employee"))
        return tr("Employee");
    if (entityType == QLatin1String("department"))
        return tr("Department");
    if (entityType == QLatin1String("customer"))
        return tr("Customer");
    return entityType;
}

} // namespace hrdesk::models
