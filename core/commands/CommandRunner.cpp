#include "core/commands/CommandRunner.h"

#include "core/audit/AuditChain.h"
#include "core/audit/CanonicalJson.h"
#include "core/common/Clock.h"
#include "core/common/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCommands, "hrdesk.commands")

namespace hrdesk::commands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hrdesk::commands::CommandRunner", text);
}
} // namespace

CommandRunner::CommandRunner(QSqlDatabase db, QString deviceId, const Clock &clock)
    : m_db(std::move(db))
    , m_deviceId(std::move(deviceId))
    , m_clock(clock)
{
}

audit::AuditEvent CommandRunner::eventFor(const Actor &actor, const QString &commandId, const QString &now,
                                          const CommandContext::AuditRecord &record) const
{
    audit::AuditEvent event;
    event.id = newId();
    event.commandId = commandId;
    event.actorId = actor.id;
    event.actorName = actor.name;
    event.deviceId = m_deviceId;
    event.occurredAt = now;
    event.action = record.action;
    event.entityType = record.entityType;
    event.entityId = record.entityId;
    event.before = record.before;
    event.after = record.after;
    event.afterText = record.afterText;
    return event;
}

bool CommandRunner::appendAudit(const Actor &actor, const QString &commandId, const QString &now,
                                const CommandContext::AuditRecord &record, QString *error)
{
    audit::AuditEvent event = eventFor(actor, commandId, now, record);
    return audit::AuditChain::append(m_db, event, error);
}

CommandResult CommandRunner::run(const Actor &actor, const QString &mutation,
                                 const QJsonObject &arguments, const Body &body)
{
    CommandResult result;
    result.commandId = newId();
    const QString now = Clock::toStorage(m_clock.now());
    if (!m_db.transaction()) {
        result.error = tr("The database is busy; try again. (%1)").arg(m_db.lastError().text());
        return result;
    }
    auto abort = [&](const QString &why) {
        m_db.rollback();
        qCInfo(lcCommands) << "command" << mutation << "rolled back:" << why;
        result.ok = false;
        result.deviceSeq = 0;
        result.error = why;
        return result;
    };

    CommandContext context(m_db, actor, result.commandId, now);
    bool bodyOk = false;
    try {
        bodyOk = body(context);
    } catch (const std::exception &e) {
        return abort(tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!bodyOk)
        return abort(context.error().isEmpty() ? tr("The operation failed.") : context.error());
    if (context.auditRecords().empty())
        return abort(tr("Internal error: command %1 declared no audit event.").arg(mutation));

    QSqlQuery outbox(m_db);
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox (id, command_id, device_id, actor_id, mutation, arguments, base_versions, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    outbox.addBindValue(newId());
    outbox.addBindValue(result.commandId);
    outbox.addBindValue(m_deviceId);
    outbox.addBindValue(actor.id.isEmpty() ? QVariant() : QVariant(actor.id));
    outbox.addBindValue(mutation);
    outbox.addBindValue(QString::fromUtf8(context.argumentsText().isNull() ? audit::CanonicalJson::text(arguments)
                                                                           : context.argumentsText()));
    outbox.addBindValue(QString::fromUtf8(QJsonDocument(context.baseVersions()).toJson(QJsonDocument::Compact)));
    outbox.addBindValue(now);
    if (!outbox.exec())
        return abort(tr("Cannot record the change for synchronisation: %1").arg(outbox.lastError().text()));
    result.deviceSeq = outbox.lastInsertId().toLongLong();
    outbox.finish();

    // One statement for all of the command's events: an import declares one per row.
    std::vector<audit::AuditEvent> events;
    events.reserve(context.auditRecords().size());
    for (const auto &record : context.auditRecords())
        events.push_back(eventFor(actor, result.commandId, now, record));
    QString auditError;
    if (!audit::AuditChain::appendAll(m_db, events, &auditError))
        return abort(tr("Cannot write the audit log: %1").arg(auditError));
    if (!m_db.commit())
        return abort(tr("Cannot save the change: %1").arg(m_db.lastError().text()));
    result.ok = true;
    return result;
}

CommandResult CommandRunner::record(const Actor &actor, const CommandContext::AuditRecord &record)
{
    CommandResult result;
    if (!m_db.transaction()) {
        result.error = tr("The database is busy; try again. (%1)").arg(m_db.lastError().text());
        return result;
    }
    QString error;
    if (!appendAudit(actor, QString(), Clock::toStorage(m_clock.now()), record, &error)) {
        m_db.rollback();
        result.error = tr("Cannot write the audit log: %1").arg(error);
        return result;
    }
    if (!m_db.commit()) {
        m_db.rollback();
        result.error = tr("Cannot write the audit log: %1").arg(m_db.lastError().text());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace hrdesk::commands
