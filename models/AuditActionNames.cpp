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

QString AuditActionNames::actorName(const QString &actorName)
{
    return actorName == QLatin1String("system") ? tr("System") : actorName;
}

QString AuditActionNames::fieldName(const QString &key)
{
    if (key == QLatin1String("login"))
        return tr("login");
    if (key == QLatin1String("method"))
        return tr("method");
    if (key == QLatin1String("display_name"))
        return tr("name");
    if (key == QLatin1String("role"))
        return tr("role");
    if (key == QLatin1String("customers"))
        return tr("customers");
    if (key == QLatin1String("employees"))
        return tr("employees");
    if (key == QLatin1String("departments"))
        return tr("departments");
    if (key == QLatin1String("device_id"))
        return tr("device");
    if (key == QLatin1String("schema"))
        return tr("schema");
    if (key == QLatin1String("seed"))
        return tr("seed");
    if (key == QLatin1String("users"))
        return tr("accounts");
    return key;
}

QString AuditActionNames::valueText(const QString &key, const QString &value)
{
    if (key == QLatin1String("method") && value == QLatin1String("demo"))
        return tr("demo, without password");
    if (key == QLatin1String("role"))
        return value; // role names are translated where roles are shown
    return value;
}

} // namespace hrdesk::models
