#pragma once

#include <QByteArray>
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
    // When not null: the canonical JSON text (CanonicalJson) of the after value, written by the
    // command itself (a bulk import renders its rows without building QJsonObjects); it is stored
    // and hashed instead of after.
    QByteArray afterText;
    QString prevHash;
    QString hash;
};

} // namespace hrdesk::audit
