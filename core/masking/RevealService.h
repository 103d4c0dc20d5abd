#pragma once

#include "core/commands/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::masking {

// The only way to the clear value of a masked field: reads it and records the reveal in the
// audit chain (action "<entity>.reveal", after {"field": …}). The value itself never goes into
// the audit log. No audit event, no value: if the event cannot be written, nothing is returned.
// Who may reveal is for the permissions issue; until then every signed-in user may.
class RevealService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::masking::RevealService)

public:
    struct Result
    {
        bool ok = false;
        QString value; // the clear value (may be empty when the field is empty)
        QString error; // translated; names the field by its label, never by its code
    };

    explicit RevealService(Workspace &workspace);

    // entityType: "employee" (fields "id_number", "mobile", "emergency_contact_phone"; the
    // ID number's reveal also shows what it encodes, see EmployeeMasking), "customer" ("phone"),
    // "customer_contact" ("mobile").
    Result reveal(const commands::Actor &actor, const QString &entityType, const QString &entityId,
                  const QString &field);

    static bool isRevealable(const QString &entityType, const QString &field);

private:
    Workspace &m_workspace;
};

} // namespace hrdesk::masking
