#include "core/audit/AuditChain.h"

#include "core/audit/CanonicalJson.h"
#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/RowBatch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>



namespace hrdesk::audit {

namespace {

QJsonValue parseJson(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Null);
    const QByteArray text = stored.toString().toUtf8();
    // Wrap so that scalars and arrays round-trip as well as objects.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Null) : doc.array().at(0);
}

// The JSON text stored for before/after: NULL for null (and undefined) values.
QByteArray jsonText(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QByteArray() : CanonicalJson::text(value);
}

QByteArray afterTextOf(const AuditEvent &e)
{
    return e.afterText.isNull() ? jsonText(e.after) : e.afterText;
}

void appendNullable(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out.append("null");
    else
        CanonicalJson::appendString(out, text);
}

// The canonical object up to "prev_hash", which sorts last: its keys in the order QJsonObject
// keeps them (sorted), empty optional strings as null, undefined before/after left out, as
// QJsonDocument wrote it when the chain was first built on it.
QByteArray canonicalPrefix(const AuditEvent &e, const QByteArray &beforeText, const QByteArray &afterText)
{
    QByteArray out;
    out.reserve(320 + beforeText.size() + afterText.size());
    out.append("{\"action\":");
    CanonicalJson::appendString(out, e.action);
    out.append(",\"actor_id\":");
    appendNullable(out, e.actorId);
    out.append(",\"actor_name\":");
    CanonicalJson::appendString(out, e.actorName);
    if (!e.after.isUndefined() || !e.afterText.isNull())
        out.append(",\"after\":").append(afterText.isNull() ? QByteArray("null") : afterText);
    if (!e.before.isUndefined())
        out.append(",\"before\":").append(beforeText.isNull() ? QByteArray("null") : beforeText);
    out.append(",\"command_id\":");
    appendNullable(out, e.commandId);
    out.append(",\"device_id\":");
    CanonicalJson::appendString(out, e.deviceId);
    out.append(",\"entity_id\":");
    appendNullable(out, e.entityId);
    out.append(",\"entity_type\":");
    CanonicalJson::appendString(out, e.entityType);
    out.append(",\"id\":");
    CanonicalJson::appendString(out, e.id);
    out.append(",\"occurred_at\":");
    CanonicalJson::appendString(out, e.occurredAt);
    out.append(",\"prev_hash\":");
    return out;
}

QByteArray canonicalWith(QByteArray prefix, const QString &prevHash)
{
    CanonicalJson::appendString(prefix, prevHash);
    prefix.append('}');
    return prefix;
}

// OpenSSL's SHA-256 uses the CPU's SHA extensions; QCryptographicHash does not, and hashing
// took longer than writing the events of an import.
QString sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    static const char hex[] = "0123456789abcdef";
    QString out(int(length) * 2, Qt::Uninitialized);
    QChar *cursor = out.data();
    for (unsigned int i = 0; i < length; ++i) {
        *cursor++ = QLatin1Char(hex[digest[i] >> 4]);
        *cursor++ = QLatin1Char(hex[digest[i] & 0xf]);
    }
    return out;
}

// Below this many events a second thread costs more than it saves.
constexpr size_t ParallelFrom = 256;
// Events per batch handed from the chaining thread to the inserting one.
constexpr int PipelineBatch = 512;

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
    return QString::fromUtf8(CanonicalJson::text(value));
}

QByteArray AuditChain::canonical(const AuditEvent &e)
{
    return canonicalWith(canonicalPrefix(e, jsonText(e.before), afterTextOf(e)), e.prevHash);
}

QString AuditChain::computeHash(const AuditEvent &event)
{
    return sha256Hex(canonical(event));
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
    const QByteArray afterText = afterTextOf(event);
    insert.addBindValue(afterText.isNull() ? QVariant() : QVariant(QString::fromUtf8(afterText)));
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
    // Chaining an event means writing its JSON texts and hashing them after the previous hash.
    // For many events (an import) a second thread chains them and converts their values for
    // SQLite while this one inserts the events already chained (storage::BulkPipeline).
    QString previous = prevHash;
    size_t next = 0;
    const auto produce = [&](storage::RowBatch &row) {
        for (; next < events.size() && !row.isFull(); ++next) {
            AuditEvent &event = events[next];
            const QByteArray before = jsonText(event.before);
            const QByteArray after = afterTextOf(event);
            event.prevHash = previous;
            event.hash = sha256Hex(canonicalWith(canonicalPrefix(event, before, after), previous));
            previous = event.hash;
            row.bindText(1, event.id);
            row.bindTextOrNull(2, event.commandId);
            row.bindTextOrNull(3, event.actorId);
            row.bindText(4, event.actorName);
            row.bindText(5, event.deviceId);
            row.bindText(6, event.occurredAt);
            row.bindText(7, event.action);
            row.bindText(8, event.entityType);
            row.bindTextOrNull(9, event.entityId);
            row.bindText(10, before); // a null text binds NULL
            row.bindText(11, after);
            row.bindText(12, event.prevHash);
            row.bindText(13, event.hash);
            row.endRow();
        }
        return next < events.size();
    };
    constexpr int Columns = 13;
    if (events.size() < ParallelFrom) {
        storage::RowBatch rows(Columns, qsizetype(events.size()));
        produce(rows);
        qsizetype failed = -1;
        if (!insert.stepRows(rows, &failed)) {
            if (error)
                *error = insert.lastError();
            return false;
        }
        return true;
    }
    storage::BulkPipeline pipeline(insert, Columns, PipelineBatch);
    if (!pipeline.run(produce, {})) {
        if (error)
            *error = pipeline.error();
        return false;
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
