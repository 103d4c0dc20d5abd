#pragma once

#include "core/audit/AuditEvent.h"
#include "core/commands/Actor.h"
#include "core/commands/CommandContext.h"

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
    qint64 deviceSeq = 0;
    QString error;
};

// The only write path: one transaction holding the domain rows, one outbox entry (the intent,
// for sync) and the command's audit events, or none of them.
class CommandRunner
{
public:
    using Body = std::function<bool(CommandContext &)>;

    CommandRunner(QSqlDatabase db, QString deviceId, const Clock &clock);

    // mutation names the intent ("employee.create"); arguments are what the server replays.
    CommandResult run(const Actor &actor, const QString &mutation, const QJsonObject &arguments,
                      const Body &body);

    // An event that changes no domain row (sign-in, reveal of a masked field, export): audit only.
    CommandResult record(const Actor &actor, const CommandContext::AuditRecord &record);

    const QString &deviceId() const { return m_deviceId; }

private:
    // The stored event for a record the command declared: a new id, the command, actor, device, time.
    audit::AuditEvent eventFor(const Actor &actor, const QString &commandId, const QString &now,
                               const CommandContext::AuditRecord &record) const;
    bool appendAudit(const Actor &actor, const QString &commandId, const QString &now,
                     const CommandContext::AuditRecord &record, QString *error);

    QSqlDatabase m_db;
    QString m_deviceId;
    const Clock &m_clock;
};

} // namespace hrdesk::commands
