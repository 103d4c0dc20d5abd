#include "core/records/ArchiveService.h"

#include "core/commands/CommandContext.h"
#include "core/commands/CommandRunner.h"
#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::records {

namespace {

struct KindSpec
{
    const char *table;
    const char *entityType;
    const char *actionPrefix;
    const char *labelColumn;
};

KindSpec spec(ArchiveKind kind)
{
    switch (kind) {
    case ArchiveKind::Employee:
        return {"employee", "employee", "employee", "name"};
    case ArchiveKind::Customer:
        return {"customer", "customer", "customer", "name"};
    case ArchiveKind::Contact:
        return {"customer_contact", "customer_contact", "contact", "name"};
    case ArchiveKind::FollowUp:
        return {"follow_up", "follow_up", "follow_up", "summary"};
    case ArchiveKind::Document:
        break;
    }
    return {"document", "document", "document", "file_name"};
}

// The table names and columns above are fixed strings, never user text.
std::optional<ArchivableRecord> readRow(QSqlDatabase db, ArchiveKind kind, const QString &id)
{
    const KindSpec s = spec(kind);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, version, deleted_at FROM %2 WHERE id = ?")
                  .arg(QLatin1String(s.labelColumn), QLatin1String(s.table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString label = q.value(0).toString();
    // A follow-up is named by its summary, which can be a paragraph: messages quote its start.
    constexpr int LabelLength = 30;
    if (label.size() > LabelLength)
        label = label.left(LabelLength) + QChar(0x2026);
    return ArchivableRecord{id, label, q.value(1).toLongLong(), q.value(2).toString()};
}

// One value of a single-row query, or a null QVariant.
QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// What the audit event calls the row: documents carry their metadata (the employee timeline
// shows the file name and category), the others their name or summary.
QJsonObject identity(QSqlDatabase db, ArchiveKind kind, const ArchivableRecord &row)
{
    if (kind == ArchiveKind::Document) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT owner_type, owner_id, category, file_name FROM document WHERE id = ?"));
        q.addBindValue(row.id);
        if (q.exec() && q.next())
            return {{QStringLiteral("owner_type"), q.value(0).toString()},
                    {QStringLiteral("owner_id"), q.value(1).toString()},
                    {QStringLiteral("category"), q.value(2).toString()},
                    {QStringLiteral("file_name"), q.value(3).toString()}};
    }
    return {{QLatin1String(spec(kind).labelColumn), row.label}};
}

} // namespace

ArchiveService::ArchiveService(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString ArchiveService::entityType(ArchiveKind kind)
{
    return QLatin1String(spec(kind).entityType);
}

QString ArchiveService::action(ArchiveKind kind, bool restore)
{
    return QLatin1String(spec(kind).actionPrefix) + (restore ? QLatin1String(".restore") : QLatin1String(".archive"));
}

std::optional<ArchivableRecord> ArchiveService::find(ArchiveKind kind, const QString &id) const
{
    return readRow(m_workspace.db(), kind, id);
}

ArchiveResult ArchiveService::archive(const commands::Actor &actor, ArchiveKind kind, const QString &id,
                                      const QString &reason, qint64 expectedVersion)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        ArchiveResult refused;
        refused.error = tr("Please say why the record is archived: the reason is kept in the audit log.");
        return refused;
    }
    if (why.size() > MaxReasonLength) {
        ArchiveResult refused;
        refused.error = tr("The reason is %1 characters long; please shorten it to %2.").arg(why.size()).arg(MaxReasonLength);
        return refused;
    }
    return run(actor, kind, id, why, expectedVersion, false);
}

ArchiveResult ArchiveService::restore(const commands::Actor &actor, ArchiveKind kind, const QString &id,
                                      qint64 expectedVersion)
{
    return run(actor, kind, id, QString(), expectedVersion, true);
}

ArchiveResult ArchiveService::run(const commands::Actor &actor, ArchiveKind kind, const QString &id,
                                  const QString &reason, qint64 expectedVersion, bool restore)
{
    const KindSpec s = spec(kind);
    const QString actionName = action(kind, restore);
    QJsonObject arguments{{QStringLiteral("id"), id}};
    if (!restore)
        arguments.insert(QStringLiteral("reason"), reason);
    qint64 newVersion = 0;
    const auto command = m_workspace.runner().run(actor, actionName, arguments, [&](commands::CommandContext &ctx) {
        const auto row = readRow(ctx.db(), kind, id);
        if (!row)
            return ctx.fail(tr("This record no longer exists."));
        if (!restore && row->isArchived())
            return ctx.fail(tr("%1 is already archived.").arg(row->label));
        if (restore && !row->isArchived())
            return ctx.fail(tr("%1 is not archived; there is nothing to restore.").arg(row->label));
        if (row->version != expectedVersion)
            return ctx.fail(tr("%1 was changed by someone else after you opened it (version %2, now %3). "
                               "Reload the list and try again.")
                                .arg(row->label).arg(expectedVersion).arg(row->version));
        const QString refusal = restore ? restoreRefusal(ctx, kind, *row) : archiveRefusal(ctx, kind, *row);
        if (!refusal.isEmpty())
            return ctx.fail(refusal);

        newVersion = row->version + 1;
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?, version = ?, updated_at = ? "
                                 "WHERE id = ? AND version = ? AND deleted_at IS %2")
                      .arg(QLatin1String(s.table), restore ? QLatin1String("NOT NULL") : QLatin1String("NULL")));
        q.addBindValue(restore ? QVariant() : QVariant(ctx.now()));
        q.addBindValue(newVersion);
        q.addBindValue(ctx.now());
        q.addBindValue(id);
        q.addBindValue(row->version);
        if (!q.exec())
            return ctx.fail(restore ? tr("Cannot restore %1: %2").arg(row->label, q.lastError().text())
                                    : tr("Cannot archive %1: %2").arg(row->label, q.lastError().text()));
        if (q.numRowsAffected() != 1)
            return ctx.fail(tr("%1 was changed by someone else meanwhile; reload the list and try again.").arg(row->label));
        ctx.baseVersion(entityType(kind), id, row->version);

        QJsonObject before = identity(ctx.db(), kind, *row);
        QJsonObject after = before;
        const QString archivedAt = QStringLiteral("archived_at");
        if (restore) {
            before.insert(archivedAt, row->archivedAt);
            after.insert(archivedAt, QJsonValue());
        } else {
            before.insert(archivedAt, QJsonValue());
            after.insert(archivedAt, ctx.now());
            after.insert(QStringLiteral("reason"), reason);
        }
        ctx.audit({actionName, entityType(kind), id, before, after});
        return true;
    });
    ArchiveResult result;
    result.ok = command.ok;
    result.commandId = command.commandId;
    result.error = command.error;
    if (command.ok) {
        result.id = id;
        result.version = newVersion;
    }
    return result;
}

QString ArchiveService::archiveRefusal(commands::CommandContext &ctx, ArchiveKind kind, const ArchivableRecord &row)
{
    if (kind != ArchiveKind::Employee)
        return {};
    // The departure handover moves customers to a new owner; until it exists the clerk changes
    // the owner first, so that no live customer is left with an archived owner.
    const int owned = scalar(ctx.db(), QStringLiteral("SELECT count(*) FROM customer WHERE owner_id = ? AND deleted_at IS NULL"),
                             {row.id}).toInt();
    if (owned > 0)
        return tr("%1 still owns %n customer(s). Change the owner of these customers first, then archive %1.", nullptr,
                  owned).arg(row.label);
    // Their files would no longer save ("the selected manager does not exist").
    const int reports = scalar(ctx.db(), QStringLiteral("SELECT count(*) FROM employee WHERE manager_id = ? "
                                                        "AND deleted_at IS NULL"), {row.id}).toInt();
    if (reports > 0)
        return tr("%n employee(s) report to %1. Give them another manager first, then archive %1.", nullptr, reports)
            .arg(row.label);
    return {};
}

QString ArchiveService::restoreRefusal(commands::CommandContext &ctx, ArchiveKind kind, const ArchivableRecord &row)
{
    QSqlDatabase db = ctx.db();
    switch (kind) {
    case ArchiveKind::Employee: {
        // employee_no is unique over all rows, the ID number over live rows (schema 2).
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT o.name, o.employee_no, o.employee_no = e.employee_no FROM employee e "
                                 "JOIN employee o ON o.id <> e.id AND o.deleted_at IS NULL "
                                 "AND (o.employee_no = e.employee_no OR (o.id_type = e.id_type AND o.id_number = e.id_number)) "
                                 "WHERE e.id = ? LIMIT 1"));
        q.addBindValue(row.id);
        if (q.exec() && q.next()) {
            if (q.value(2).toBool())
                return tr("Cannot restore %1: the employee number %2 is now used by %3. Change that file first.")
                    .arg(row.label, q.value(1).toString(), q.value(0).toString());
            return tr("Cannot restore %1: the same ID number is now in the file of %2 (employee number %3). "
                      "Archive or correct that file first.")
                .arg(row.label, q.value(0).toString(), q.value(1).toString());
        }
        const QString manager = scalar(db, QStringLiteral("SELECT m.name FROM employee e JOIN employee m ON m.id = e.manager_id "
                                                          "WHERE e.id = ? AND m.deleted_at IS NOT NULL"),
                                       {row.id}).toString();
        if (!manager.isEmpty())
            return tr("Cannot restore %1: the manager %2 is archived. Restore %2 or give %1 another manager first.")
                .arg(row.label, manager);
        return {};
    }
    case ArchiveKind::Customer: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT o.name, c.credit_code FROM customer c JOIN customer o ON o.id <> c.id "
                                 "AND o.deleted_at IS NULL AND o.credit_code = c.credit_code WHERE c.id = ? LIMIT 1"));
        q.addBindValue(row.id);
        if (q.exec() && q.next())
            return tr("Cannot restore %1: the unified social credit code %2 is now used by %3. "
                      "Archive or correct that customer first.")
                .arg(row.label, q.value(1).toString(), q.value(0).toString());
        const QString owner = scalar(db, QStringLiteral("SELECT e.name FROM customer c JOIN employee e ON e.id = c.owner_id "
                                                        "WHERE c.id = ? AND e.deleted_at IS NOT NULL"),
                                     {row.id}).toString();
        if (!owner.isEmpty())
            return tr("Cannot restore %1: its owner %2 is archived. Restore %2 first.").arg(row.label, owner);
        return {};
    }
    case ArchiveKind::Contact:
    case ArchiveKind::FollowUp: {
        const QString table = QLatin1String(spec(kind).table);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT c.name FROM %1 x JOIN customer c ON c.id = x.customer_id "
                                 "WHERE x.id = ? AND c.deleted_at IS NOT NULL").arg(table));
        q.addBindValue(row.id);
        if (q.exec() && q.next())
            return tr("Cannot restore %1: the customer %2 is archived. Restore the customer first.")
                .arg(row.label, q.value(0).toString());
        return {};
    }
    case ArchiveKind::Document: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT owner_type, owner_id FROM document WHERE id = ?"));
        q.addBindValue(row.id);
        if (!q.exec() || !q.next())
            return tr("This record no longer exists.");
        const QString ownerType = q.value(0).toString();
        // owner_type is one of the four tables of the schema's CHECK constraint.
        const QVariant ownerDeleted = scalar(db, QStringLiteral("SELECT deleted_at IS NOT NULL FROM %1 WHERE id = ?")
                                                     .arg(ownerType), {q.value(1)});
        // A contract's file belongs to the contract's employee or customer as well.
        QVariant holderDeleted(false);
        if (ownerType == QLatin1String("labour_contract"))
            holderDeleted = scalar(db, QStringLiteral("SELECT e.deleted_at IS NOT NULL FROM labour_contract x "
                                                      "JOIN employee e ON e.id = x.employee_id WHERE x.id = ?"), {q.value(1)});
        else if (ownerType == QLatin1String("sales_contract"))
            holderDeleted = scalar(db, QStringLiteral("SELECT c.deleted_at IS NOT NULL FROM sales_contract x "
                                                      "JOIN customer c ON c.id = x.customer_id WHERE x.id = ?"), {q.value(1)});
        if (!ownerDeleted.isValid() || ownerDeleted.toBool() || !holderDeleted.isValid() || holderDeleted.toBool())
            return tr("Cannot restore %1: the record it is attached to is archived. Restore that record first.")
                .arg(row.label);
        return {};
    }
    }
    return {};
}

} // namespace hrdesk::records
