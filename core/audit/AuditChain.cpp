#include "core/audit/AuditChain.h"

#include "core/audit/CanonicalJson.h"
#include "storage/BulkInsert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <QScopeGuard>

#include <atomic>
#include <thread>

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
// How often the chaining thread tells the inserting one how far it has got.
constexpr size_t PublishEvery = 64;

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
    // A second thread writes the JSON texts and chains the hashes while this one inserts the
    // events it has finished: the insert of event i waits only until the chain has reached i.
    struct Texts
    {
        QByteArray before;
        QByteArray after;
    };
    std::vector<Texts> texts(events.size());
    std::atomic<size_t> chained{0};
    auto chain = [&events, &texts, &chained, first = prevHash] {
        QString previous = first;
        for (size_t i = 0; i < events.size(); ++i) {
            AuditEvent &event = events[i];
            Texts &t = texts[i];
            t.before = jsonText(event.before);
            t.after = afterTextOf(event);
            event.prevHash = previous;
            event.hash = sha256Hex(canonicalWith(canonicalPrefix(event, t.before, t.after), previous));
            previous = event.hash;
            if ((i + 1) % PublishEvery == 0 || i + 1 == events.size()) {
                chained.store(i + 1, std::memory_order_release);
                chained.notify_one();
            }
        }
    };
    std::thread chainer;
    if (events.size() >= ParallelFrom)
        chainer = std::thread(chain);
    else
        chain();
    // Never leave with the thread still running over the events.
    auto joinChainer = qScopeGuard([&chainer] {
        if (chainer.joinable())
            chainer.join();
    });

    auto text = [&insert](int index, const QString &s) {
        if (s.isEmpty())
            insert.bindNull(index);
        else
            insert.bindText(index, QStringView(s));
    };
    auto json = [&insert](int index, const QByteArray &utf8) {
        if (utf8.isNull())
            insert.bindNull(index);
        else
            insert.bindText(index, QByteArrayView(utf8));
    };
    size_t available = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        while (available <= i) {
            chained.wait(available, std::memory_order_acquire);
            available = chained.load(std::memory_order_acquire);
        }
        const AuditEvent &event = events[i];
        const Texts &t = texts[i];
        insert.bindText(1, QStringView(event.id));
        text(2, event.commandId);
        text(3, event.actorId);
        insert.bindText(4, QStringView(event.actorName));
        insert.bindText(5, QStringView(event.deviceId));
        insert.bindText(6, QStringView(event.occurredAt));
        insert.bindText(7, QStringView(event.action));
        insert.bindText(8, QStringView(event.entityType));
        text(9, event.entityId);
        json(10, t.before);
        json(11, t.after);
        insert.bindText(12, QStringView(event.prevHash));
        insert.bindText(13, QStringView(event.hash));
        if (!insert.step()) {
            if (error)
                *error = insert.lastError();
            return false;
        }
    }
    // The texts were allocated by the chaining thread: freed here, after it has finished, not
    // one by one while it allocates (that contends for the allocator's lock).
    joinChainer.dismiss();
    if (chainer.joinable())
        chainer.join();
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
