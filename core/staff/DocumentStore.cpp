#include "core/staff/DocumentStore.h"

#include "core/common/Ids.h"
#include "core/staff/StaffSql.h"
#include "core/workspace/Workspace.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::staff {

namespace {

const QString Columns = QStringLiteral(
    "id, owner_type, owner_id, category, file_name, mime_type, size_bytes, sha256, version, updated_at");

StoredDocument fromQuery(const QSqlQuery &q)
{
    StoredDocument d;
    d.id = q.value(0).toString();
    d.ownerType = q.value(1).toString();
    d.ownerId = q.value(2).toString();
    d.category = q.value(3).toString();
    d.fileName = q.value(4).toString();
    d.mimeType = q.value(5).toString();
    d.sizeBytes = q.value(6).toLongLong();
    d.sha256 = q.value(7).toString();
    d.version = q.value(8).toLongLong();
    d.updatedAt = q.value(9).toString();
    return d;
}

QJsonObject metadataJson(const StoredDocument &d)
{
    return QJsonObject{{QStringLiteral("owner_type"), d.ownerType},
                       {QStringLiteral("owner_id"), d.ownerId},
                       {QStringLiteral("category"), d.category},
                       {QStringLiteral("file_name"), d.fileName},
                       {QStringLiteral("mime_type"), d.mimeType},
                       {QStringLiteral("size_bytes"), d.sizeBytes},
                       {QStringLiteral("sha256"), d.sha256}};
}

} // namespace

DocumentStore::DocumentStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QStringList DocumentStore::ownerTypes()
{
    return {QStringLiteral("employee"), QStringLiteral("labour_contract"), QStringLiteral("customer"),
            QStringLiteral("sales_contract")};
}

QString DocumentStore::categoryLabel(const QString &category)
{
    if (category == QLatin1String("contract"))
        return tr("Contract", "document category");
    if (category == QLatin1String("archive"))
        return tr("Archive", "document category");
    return category;
}

bool DocumentStore::ownerExists(const QString &ownerType, const QString &ownerId) const
{
    if (!ownerTypes().contains(ownerType))
        return false;
    // ownerType is one of the fixed table names above, never user text.
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(ownerType));
    q.addBindValue(ownerId);
    return q.exec() && q.next();
}

StaffResult DocumentStore::attach(const commands::Actor &actor, const QString &ownerType, const QString &ownerId,
                                  const QString &fileName, const QByteArray &bytes, const QString &category)
{
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return StaffResult::refused(QStringLiteral("file_name"), tr("The file has no name."));
    if (bytes.size() > MaxBytes) {
        const QLocale locale;
        return StaffResult::refused(QStringLiteral("content"),
                       tr("%1 is %2 MB (%3 bytes); files up to 20 MB (%4 bytes) can be stored.")
                           .arg(name, locale.toString(double(bytes.size()) / (1024.0 * 1024.0), 'f', 2),
                                locale.toString(qint64(bytes.size())), locale.toString(MaxBytes)));
    }
    if (bytes.isEmpty())
        return StaffResult::refused(QStringLiteral("content"), tr("%1 is empty; there is nothing to store.").arg(name));
    if (!ownerExists(ownerType, ownerId))
        return StaffResult::refused(QStringLiteral("owner_id"), tr("The record to attach %1 to does not exist.").arg(name));
    const QString cat = category.trimmed();
    if (cat.isEmpty())
        return StaffResult::refused(QStringLiteral("category"), tr("Choose a category for %1.").arg(name));

    StoredDocument d;
    d.id = newId();
    d.ownerType = ownerType;
    d.ownerId = ownerId;
    d.category = cat;
    d.fileName = name;
    d.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();
    d.sizeBytes = bytes.size();
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    d.version = 1;

    QJsonObject arguments = metadataJson(d);
    arguments.insert(QStringLiteral("id"), d.id);
    const auto command = m_workspace.runner().run(actor, QStringLiteral("document.attach"), arguments,
                                                  [&](commands::CommandContext &ctx) {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("INSERT INTO document (id, owner_type, owner_id, category, file_name, mime_type, "
                                 "size_bytes, sha256, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        q.addBindValue(d.id);
        q.addBindValue(d.ownerType);
        q.addBindValue(d.ownerId);
        q.addBindValue(d.category);
        q.addBindValue(d.fileName);
        q.addBindValue(d.mimeType);
        q.addBindValue(d.sizeBytes);
        q.addBindValue(d.sha256);
        q.addBindValue(ctx.now());
        if (!q.exec())
            return ctx.fail(tr("Cannot store %1: %2").arg(d.fileName, q.lastError().text()));
        QSqlQuery content(ctx.db());
        content.prepare(QStringLiteral("INSERT INTO document_content (document_id, content) VALUES (?, ?)"));
        content.addBindValue(d.id);
        content.addBindValue(bytes);
        if (!content.exec())
            return ctx.fail(tr("Cannot store %1: %2").arg(d.fileName, content.lastError().text()));
        ctx.baseVersion(QStringLiteral("document"), d.id, 0);
        ctx.audit({QStringLiteral("document.attach"), QStringLiteral("document"), d.id, QJsonValue(), metadataJson(d)});
        return true;
    });
    StaffResult result;
    result.ok = command.ok;
    result.error = command.error;
    result.commandId = command.commandId;
    if (command.ok) {
        result.id = d.id;
        result.version = 1;
    }
    return result;
}

StaffResult DocumentStore::remove(const commands::Actor &actor, const QString &documentId)
{
    const auto d = find(documentId);
    if (!d)
        return StaffResult::refused(QStringLiteral("id"), tr("The document no longer exists."));
    const auto command = m_workspace.runner().run(actor, QStringLiteral("document.remove"),
                                                  QJsonObject{{QStringLiteral("id"), documentId}},
                                                  [&](commands::CommandContext &ctx) {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE document SET deleted_at = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
        q.addBindValue(ctx.now());
        q.addBindValue(ctx.now());
        q.addBindValue(documentId);
        q.addBindValue(d->version);
        if (!q.exec())
            return ctx.fail(tr("Cannot remove %1: %2").arg(d->fileName, q.lastError().text()));
        if (q.numRowsAffected() != 1)
            return ctx.fail(tr("%1 was changed by someone else meanwhile; try again.").arg(d->fileName));
        ctx.baseVersion(QStringLiteral("document"), documentId, d->version);
        ctx.audit({QStringLiteral("document.remove"), QStringLiteral("document"), documentId, metadataJson(*d),
                   QJsonObject{{QStringLiteral("deleted_at"), ctx.now()}}});
        return true;
    });
    StaffResult result;
    result.ok = command.ok;
    result.error = command.error;
    result.commandId = command.commandId;
    if (command.ok) {
        result.id = documentId;
        result.version = d->version + 1;
    }
    return result;
}

std::optional<StoredDocument> DocumentStore::find(const QString &documentId) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM document WHERE id = ? AND deleted_at IS NULL").arg(Columns));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool DocumentStore::recordCopy(const commands::Actor &actor, const QString &documentId, QString *error)
{
    const auto d = find(documentId);
    if (!d) {
        *error = tr("The document no longer exists.");
        return false;
    }
    const auto recorded = m_workspace.runner().record(
        actor, {QStringLiteral("document.export"), QStringLiteral("document"), documentId, QJsonValue(), metadataJson(*d)});
    if (!recorded.ok)
        *error = recorded.error;
    return recorded.ok;
}

std::optional<QByteArray> DocumentStore::content(const QString &documentId) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT c.content FROM document_content c JOIN document d ON d.id = c.document_id "
                             "WHERE d.id = ? AND d.deleted_at IS NULL"));
    q.addBindValue(documentId);
    if (!q.exec()) {
        qCWarning(lcStaff) << "document content query failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QList<StoredDocument> DocumentStore::listFor(const QString &ownerType, const QString &ownerId,
                                             records::RecordState state) const
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM document WHERE owner_type = ? AND owner_id = ? AND deleted_at IS %2 "
                             "ORDER BY updated_at DESC, file_name")
                  .arg(Columns, state == records::RecordState::Live ? QLatin1String("NULL") : QLatin1String("NOT NULL")));
    q.addBindValue(ownerType);
    q.addBindValue(ownerId);
    QList<StoredDocument> result;
    if (q.exec()) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

} // namespace hrdesk::staff
