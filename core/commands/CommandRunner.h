#pragma once

#include "core/audit/AuditEvent.h"
#include "core/commands/Actor.h"
#include "core/commands/CommandContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace hrdesk {
class Clock;
}

namespace hrdesk::commands {

struct CommandResult
{
    bool ok = false;
    QString commandId;
    // The outbox entry's number among this device's entries: 1, 2, 3 … without gaps.
    qint64 deviceSeq = 0;
    QString error;
};

// The only write path: one transaction holding the domain rows, one outbox entry (the intent,
// for sync) and the command's audit events, or none of them. The outbox entries of a device
// are numbered 1, 2, 3 … (device_seq) in the order of its commands and its recorded events.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::commands::CommandRunner)

public:
    using Body = std::function<bool(CommandContext &)>;

    CommandRunner(QSqlDatabase db, QString deviceId, const Clock &clock);

    // mutation names the intent ("employee.create"); arguments are what the server replays.
    CommandResult run(const Actor &actor, const QString &mutation, const QJsonObject &arguments,
                      const Body &body);

    // An event that changes no domain row (sign-in, reveal of a masked field, export): an audit
    // event and an outbox entry of kind "event" (mutation = the action), so that the server
    // receives it in the device's order; nothing to replay.
    CommandResult record(const Actor &actor, const CommandContext::AuditRecord &record);

    const QString &deviceId() const { return m_deviceId; }

private:
    // The stored event for a record the command declared: a new id, the command, actor, device, time.
    audit::AuditEvent eventFor(const Actor &actor, const QString &commandId, const QString &now,
                               const CommandContext::AuditRecord &record) const;
    // Appends the outbox entry with the device's next sequence number; 0 with *error on failure.
    qint64 appendOutbox(const Actor &actor, const QString &commandId, const QString &kind, const QString &mutation,
                        const QByteArray &arguments, const QByteArray &baseVersions, const QString &now,
                        QString *error);
    static QByteArray baseVersionsText(const std::vector<CommandContext::BaseVersion> &versions);

    QSqlDatabase m_db;
    QString m_deviceId;
    const Clock &m_clock;
};

} // namespace hrdesk::commands
