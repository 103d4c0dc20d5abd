#pragma once

#include "core/commands/Actor.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace hrdesk::commands {

// What a command body sees: the open transaction, the actor, and the audit records it declares.
class CommandContext
{
public:
    struct AuditRecord
    {
        QString action;
        QString entityType;
        QString entityId;
        QJsonValue before;
        QJsonValue after;
        // Optional: after already as canonical JSON text (audit::CanonicalObjectWriter), for
        // commands that declare thousands of records; stored and hashed instead of after.
        QByteArray afterText{};
    };

    struct BaseVersion
    {
        QString entityType;
        QString entityId;
        qint64 version = 0;
    };

    CommandContext(QSqlDatabase db, Actor actor, QString commandId, QString now);

    QSqlDatabase db() const { return m_db; }
    const Actor &actor() const { return m_actor; }
    const QString &commandId() const { return m_commandId; }
    // The command's single timestamp, for updated_at columns.
    const QString &now() const { return m_now; }

    void audit(AuditRecord record) { m_audit.push_back(std::move(record)); }
    // Version of an entity the command started from (0: the command creates it); sent with the
    // intent as {entity type: {id: version}} so the server can detect concurrent changes.
    void baseVersion(const QString &entityType, const QString &entityId, qint64 version)
    {
        m_baseVersions.push_back({entityType, entityId, version});
    }
    // Replaces the arguments given to CommandRunner::run as the outbox intent, already as
    // canonical JSON text (audit::CanonicalJson): for a command that builds an intent too large
    // for a QJsonObject while it writes (an import assembles its rows on a second thread).
    void setArgumentsText(QByteArray canonicalJson) { m_argumentsText = std::move(canonicalJson); }
    const QByteArray &argumentsText() const { return m_argumentsText; }
    // Makes the command fail with a message for the user; everything is rolled back.
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    const std::vector<AuditRecord> &auditRecords() const { return m_audit; }
    const std::vector<BaseVersion> &baseVersions() const { return m_baseVersions; }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QString m_commandId;
    QString m_now;
    std::vector<AuditRecord> m_audit;
    QByteArray m_argumentsText;
    std::vector<BaseVersion> m_baseVersions;
    QString m_error;
};

} // namespace hrdesk::commands
