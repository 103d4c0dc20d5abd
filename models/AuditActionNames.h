#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hrdesk::models {

// People read "Signed in", not "session.sign_in". The codes stay as written in the chain (they
// are hashed and synced); only their display is translated. Unknown actions (added by newer
// versions or other devices through sync) are shown raw rather than hidden.
class AuditActionNames
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::models::AuditActionNames)

public:
    // Every action code this version writes to the audit chain (a test checks each has a name).
    static QStringList knownActions();
    static QString displayName(const QString &action);

    // Every entity type the audit events of this version name.
    static QStringList knownEntityTypes();
    static QString entityTypeName(const QString &entityType);

    // "system" is the actor of migrations and generators, not a person.
    static QString actorName(const QString &actorName);
};

} // namespace hrdesk::models
