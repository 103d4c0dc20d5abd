#pragma once

#include <QCoreApplication>
#include <QString>

namespace hrdesk::models {

// People read "Signed in", not "session.sign_in". Unknown actions (added by newer versions or
// other devices through sync) are shown raw rather than hidden.
class AuditActionNames
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::models::AuditActionNames)

public:
    static QString displayName(const QString &action);
    static QString entityTypeName(const QString &entityType);
    // "system" is the actor of migrations and generators, not a person.
    static QString actorName(const QString &actorName);
    // Keys of the details JSON (the audit format stays English; people read it translated).
    static QString fieldName(const QString &key);
    static QString valueText(const QString &key, const QString &value);
};

} // namespace hrdesk::models
