#include "core/audit/AuditChain.h"

#include "storage/BulkInsert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::audit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hrdesk::audit::AuditChain", text);
}

QJsonValue parseJson(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Null);
    const QByteArray text = stored.toString().toUtf8();
    // Wrap so that scalars and arrays round-trip as well as objects.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Null) : doc.array().at(0);
}

const QString kColumns = QStringLiteral(
    "seq, id, command_id, actor_id, actor_name, device_id, occurred_at, action, entity_type, "
    "entity_id, before_json, after_json, prev_hash, hash");

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::canonicalJson(const QJsonValue &value)
{
    QJsonArray wrapper{value};
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QByteArray AuditChain::canonical(const AuditEvent &e)
{
    // QJsonObject keeps keys sorted, which makes this serialisation canonical.
    const QJsonObject object{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("command_id"), e.commandId.isEmpty() ? QJsonValue() : QJsonValue(e.commandId)},
        {QStringLiteral("actor_id"), e.actorId.isEmpty() ? QJsonValue() : QJsonValue(e.actorId)},
        {QStringLiteral("actor_name"), e.actorName},
        {QStringLiteral("device_id"), e.deviceId},
        {QStringLiteral("occurred_at"), e.occurredAt},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("entity_type"), e.entityType},
        {QStringLiteral("entity_id"), e.entityId.isEmpty() ? QJsonValue() : QJsonValue(e.entityId)},
        {QStringLiteral("before"), e.before},
        {QStringLiteral("after"), e.after},
        {QStringLiteral("prev_hash"), e.prevHash},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AuditChain::computeHash(const AuditEvent &event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(event), QCryptographicHash::Sha256).toHex());
}

bool AuditChain::append(QSqlDatabase db, AuditEvent &event, QString *error)
{
    QSqlQuery last(db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
        if (error)
            *error = last.lastError().text();
        return false;
    }
    event.prevHash = last.next() ? last.value(0).toString() : genesisHash();
    last.finish();
    event.hash = computeHash(event);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_event (id, command_id, actor_id, actor_name, device_id, occurred_at, action, "
        "entity_type, entity_id, before_json, after_json, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto jsonOrNull = [](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() ? QVariant() : QVariant(canonicalJson(v));
    };
    insert.addBindValue(event.id);
    insert.addBindValue(textOrNull(event.commandId));
    insert.addBindValue(textOrNull(event.actorId));
    insert.addBindValue(event.actorName);
    insert.addBindValue(event.deviceId);
    insert.addBindValue(event.occurredAt);
    insert.addBindValue(event.action);
    insert.addBindValue(event.entityType);
    insert.addBindValue(textOrNull(event.entityId));
    insert.addBindValue(jsonOrNull(event.before));
    insert.addBindValue(jsonOrNull(event.after));
    insert.addBindValue(event.prevHash);
    insert.addBindValue(event.hash);
    if (!insert.exec()) {
        if (error)
            *error = insert.lastError().text();
        return false;
    }
    event.seq = insert.lastInsertId().toLongLong();
    return true;
}

bool AuditChain::appendAll(QSqlDatabase db, std::vector<AuditEvent> &events, QString *error)
{
    if (events.empty())
        return true;
    QSqlQuery last(db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
        if (error)
            *error = last.lastError().text();
        return false;
    }
    QString prevHash = last.next() ? last.value(0).toString() : genesisHash();
    last.finish();
    storage::BulkInsert insert(db, QStringLiteral(
        "INSERT INTO audit_event (id, command_id, actor_id, actor_name, device_id, occurred_at, action, "
        "entity_type, entity_id, before_json, after_json, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid()) {
        if (error)
            *error = insert.lastError();
        return false;
    }
    auto text = [&insert](int index, const QString &s) {
        if (s.isEmpty())
            insert.bindNull(index);
        else
            insert.bindText(index, QStringView(s));
    };
    auto json = [&insert](int index, const QJsonValue &v) {
        if (v.isNull() || v.isUndefined())
            insert.bindNull(index);
        else
            insert.bindText(index, QStringView(canonicalJson(v)));
    };
    for (AuditEvent &event : events) {
        event.prevHash = prevHash;
        event.hash = computeHash(event);
        insert.bindText(1, QStringView(event.id));
        text(2, event.commandId);
        text(3, event.actorId);
        insert.bindText(4, QStringView(event.actorName));
        insert.bindText(5, QStringView(event.deviceId));
        insert.bindText(6, QStringView(event.occurredAt));
        insert.bindText(7, QStringView(event.action));
        insert.bindText(8, QStringView(event.entityType));
        text(9, event.entityId);
        json(10, event.before);
        json(11, event.after);
        insert.bindText(12, QStringView(event.prevHash));
        insert.bindText(13, QStringView(event.hash));
        if (!insert.step()) {
            if (error)
                *error = insert.lastError();
            return false;
        }
        prevHash = event.hash;
    }
    return true;
}

AuditEvent AuditChain::fromCurrentRow(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.commandId = q.value(2).toString();
    e.actorId = q.value(3).toString();
    e.actorName = q.value(4).toString();
    e.deviceId = q.value(5).toString();
    e.occurredAt = q.value(6).toString();
    e.action = q.value(7).toString();
    e.entityType = q.value(8).toString();
    e.entityId = q.value(9).toString();
    e.before = parseJson(q.value(10));
    e.after = parseJson(q.value(11));
    e.prevHash = q.value(12).toString();
    e.hash = q.value(13).toString();
    return e;
}

AuditChain::Verification AuditChain::verify(QSqlDatabase db)
{
    Verification result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq").arg(kColumns))) {
        result.ok = false;
        result.problem = q.lastError().text();
        return result;
    }
    QString expectedPrev = genesisHash();
    while (q.next()) {
        const AuditEvent e = fromCurrentRow(q);
        ++result.events;
        QString problem;
        if (e.prevHash != expectedPrev)
            problem = tr("event %1 does not follow the event before it (the chain is broken)").arg(e.seq);
        else if (computeHash(e) != e.hash)
            problem = tr("event %1 was altered after it was written (its hash does not match)").arg(e.seq);
        if (!problem.isEmpty()) {
            result.ok = false;
            result.firstBadSeq = e.seq;
            result.problem = problem;
            return result;
        }
        expectedPrev = e.hash;
    }
    return result;
}

} // namespace hrdesk::audit
