#include "core/commands/CommandRunner.h"

#include "core/audit/AuditChain.h"
#include "core/audit/CanonicalJson.h"
#include "core/common/Clock.h"
#include "core/common/Ids.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QVariantMap>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

Q_LOGGING_CATEGORY(lcCommands, "hrdesk.commands")

namespace hrdesk::commands {

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

QByteArray CommandRunner::baseVersionsText(const std::vector<CommandContext::BaseVersion> &versions)
{
    // {entity type: {id: version}}; a row named twice keeps its last version.
    std::map<QString, QVariantMap> byType;
    for (const auto &v : versions)
        byType[v.entityType].insert(v.entityId, v.version);
    QJsonObject object;
    for (const auto &[type, ids] : byType)
        object.insert(type, QJsonObject::fromVariantMap(ids));
    return audit::CanonicalJson::text(object);
}

qint64 CommandRunner::appendOutbox(const Actor &actor, const QString &commandId, const QString &kind,
                                   const QString &mutation, const QByteArray &arguments,
                                   const QByteArray &baseVersions, const QString &now, QString *error)
{
    // Inside the command's transaction: no other writer can take the same number, and the unique
    // index (device_id, device_seq) refuses it if one ever did.
    QSqlQuery outbox(m_db);
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox (id, command_id, device_id, device_seq, kind, actor_id, mutation, arguments, "
        "base_versions, created_at) "
        "VALUES (?, ?, ?, (SELECT COALESCE(MAX(device_seq), 0) + 1 FROM outbox WHERE device_id = ?), ?, ?, ?, ?, ?, ?) "
        "RETURNING device_seq"));
    outbox.addBindValue(newId());
    outbox.addBindValue(commandId);
    outbox.addBindValue(m_deviceId);
    outbox.addBindValue(m_deviceId);
    outbox.addBindValue(kind);
    outbox.addBindValue(actor.id.isEmpty() ? QVariant() : QVariant(actor.id));
    outbox.addBindValue(mutation);
    outbox.addBindValue(QString::fromUtf8(arguments));
    outbox.addBindValue(QString::fromUtf8(baseVersions));
    outbox.addBindValue(now);
    if (!outbox.exec() || !outbox.next()) {
        if (error)
            *error = outbox.lastError().text();
        return 0;
    }
    const qint64 seq = outbox.value(0).toLongLong();
    outbox.finish();
    return seq;
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
    QElapsedTimer timer;
    timer.start();
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
    const qint64 bodyMs = timer.restart();

    QString outboxError;
    result.deviceSeq = appendOutbox(
        actor, result.commandId, QStringLiteral("intent"), mutation,
        context.argumentsText().isNull() ? audit::CanonicalJson::text(arguments) : context.argumentsText(),
        baseVersionsText(context.baseVersions()), now, &outboxError);
    if (result.deviceSeq == 0)
        return abort(tr("Cannot record the change for synchronisation: %1").arg(outboxError));

    // One statement for all of the command's events: an import declares one per row.
    std::vector<audit::AuditEvent> events;
    events.reserve(context.auditRecords().size());
    for (const auto &record : context.auditRecords())
        events.push_back(eventFor(actor, result.commandId, now, record));
    QString auditError;
    if (!audit::AuditChain::appendAll(m_db, events, &auditError))
        return abort(tr("Cannot write the audit log: %1").arg(auditError));
    const qint64 logMs = timer.restart();
    if (!m_db.commit())
        return abort(tr("Cannot save the change: %1").arg(m_db.lastError().text()));
    qCDebug(lcCommands) << "command" << mutation << "body" << bodyMs << "ms, outbox and" << events.size()
                        << "audit events" << logMs << "ms, commit" << timer.elapsed() << "ms";
    result.ok = true;
    return result;
}

CommandResult CommandRunner::record(const Actor &actor, const CommandContext::AuditRecord &record)
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
        result.deviceSeq = 0;
        result.error = why;
        return result;
    };
    QJsonObject arguments{{QStringLiteral("entity_type"), record.entityType},
                          {QStringLiteral("entity_id"), record.entityId.isEmpty() ? QJsonValue() : QJsonValue(record.entityId)}};
    if (!record.afterText.isNull())
        arguments.insert(QStringLiteral("details"), QJsonDocument::fromJson(record.afterText).object());
    else if (!record.after.isUndefined() && !record.after.isNull())
        arguments.insert(QStringLiteral("details"), record.after);
    QString error;
    result.deviceSeq = appendOutbox(actor, result.commandId, QStringLiteral("event"), record.action,
                                    audit::CanonicalJson::text(arguments), QByteArrayLiteral("{}"), now, &error);
    if (result.deviceSeq == 0)
        return abort(tr("Cannot record the event for synchronisation: %1").arg(error));
    audit::AuditEvent event = eventFor(actor, result.commandId, now, record);
    if (!audit::AuditChain::append(m_db, event, &error))
        return abort(tr("Cannot write the audit log: %1").arg(error));
    if (!m_db.commit())
        return abort(tr("Cannot write the audit log: %1").arg(m_db.lastError().text()));
    result.ok = true;
    return result;
}

} // namespace hrdesk::commands
