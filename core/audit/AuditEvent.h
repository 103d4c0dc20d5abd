#pragma once

#include <QJsonValue>
#include <QString>

namespace hrdesk::audit {

// One row of the append-only audit chain.
struct AuditEvent
{
    qint64 seq = 0;
    QString id;
    QString commandId;
    QString actorId;
    QString actorName;
    QString deviceId;
    QString occurredAt;
    QString action;
    QString entityType;
    QString entityId;
    QJsonValue before;
    QJsonValue after;
    QString prevHash;
    QString hash;
};

} // namespace hrdesk::audit
