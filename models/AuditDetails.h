#pragma once

#include <QCoreApplication>
#include <QString>

namespace hrdesk::models {

// What the audit log shows of an event's before/after JSON: a one-line summary in the reader's
// language ("Employee number: HD000001, Name: 张伟, ID number: 110105********1234, ...") and
// the JSON itself for the tooltip. ID and phone numbers are masked in both, as everywhere else
// (who may read them unmasked is not the audit log's decision).
class AuditDetails
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::models::AuditDetails)

public:
    struct Text
    {
        QString summary;
        QString tooltip;
    };

    // A new record (only after) or a removed one (only before) is listed field by field, empty
    // fields left out; a change (both) shows the fields that differ as "old → new".
    static Text describe(const QString &entityType, const QString &beforeJson, const QString &afterJson);
};

} // namespace hrdesk::models
