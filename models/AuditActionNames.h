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
};

} // namespace hrdesk::models
