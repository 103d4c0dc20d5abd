#include "core/staff/DepartmentService.h"

#include "core/staff/DepartmentDirectory.h"
#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace hrdesk::staff {

using commands::CommandContext;

namespace {

// The depth a kind belongs at: a node goes only under a node of a smaller rank, except that
// departments nest in departments.
int rank(const QString &kind)
{
    if (kind == QLatin1String("company"))
        return 0;
    if (kind == QLatin1String("region"))
        return 1;
    if (kind == QLatin1String("branch"))
        return 2;
    return 3;
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("company"))
        return DepartmentService::tr("the company");
    if (kind == QLatin1String("region"))
        return DepartmentService::tr("a region");
    if (kind == QLatin1String("branch"))
        return DepartmentService::tr("a branch");
    return DepartmentService::tr("a department");
}

// A live sibling under parentId (the top level for an empty id) named name, other than selfId.
bool siblingNamed(QSqlDatabase db, const QString &parentId, const QString &name, const QString &selfId)
{
    QSqlQuery q(db);
    if (parentId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT 1 FROM department WHERE parent_id IS NULL AND name = ? AND id <> ? "
                                 "AND deleted_at IS NULL LIMIT 1"));
    } else {
        q.prepare(QStringLiteral("SELECT 1 FROM department WHERE parent_id = ? AND name = ? AND id <> ? "
                                 "AND deleted_at IS NULL LIMIT 1"));
        q.addBindValue(parentId);
    }
    q.addBindValue(name);
    q.addBindValue(selfId);
    return q.exec() && q.next();
}

bool writeVersioned(CommandContext &ctx, const QString &column, const QVariant &value, const Department &d)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("UPDATE department SET %1 = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ? AND deleted_at IS NULL").arg(column));
    q.addBindValue(value);
    q.addBindValue(ctx.now());
    q.addBindValue(d.id);
    q.addBindValue(d.version);
    if (!q.exec())
        return ctx.fail(DepartmentService::tr("Cannot save the department \"%1\": %2").arg(d.name, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return ctx.fail(DepartmentService::tr("Someone else changed the department \"%1\" after you opened it. "
                                              "Reload and try again.").arg(d.name));
    ctx.baseVersion(QStringLiteral("department"), d.id, d.version);
    return true;
}

// The department as of the command's start, checked against the version the user saw.
std::optional<Department> current(CommandContext &ctx, const QString &id, qint64 expectedVersion)
{
    const auto d = DepartmentDirectory(ctx.db()).find(id);
    if (!d) {
        ctx.fail(DepartmentService::tr("This department no longer exists."));
        return std::nullopt;
    }
    if (d->version != expectedVersion) {
        ctx.fail(DepartmentService::tr("Someone else changed the department \"%1\" after you opened it. "
                                       "Reload and try again.").arg(d->name));
        return std::nullopt;
    }
    return d;
}

} // namespace

DepartmentService::DepartmentService(Workspace &workspace)
    : m_workspace(workspace)
{
}

StaffResult DepartmentService::rename(const commands::Actor &actor, const QString &departmentId,
                                      const QString &newName, qint64 expectedVersion)
{
    static const QRegularExpression separators(QStringLiteral("[/／\\\\]"));
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return StaffResult::refused(QStringLiteral("name"), tr("Enter the department's new name."));
    if (name.size() > NameMaxLength)
        return StaffResult::refused(QStringLiteral("name"), tr("A department name has at most %1 characters.").arg(NameMaxLength));
    if (name.contains(separators))
        return StaffResult::refused(QStringLiteral("name"),
                       tr("A department name cannot contain \"/\" or \"\\\": they separate the levels of a path."));

    const QJsonObject arguments{{QStringLiteral("id"), departmentId}, {QStringLiteral("name"), name}};
    const auto command = m_workspace.runner().run(actor, QStringLiteral("department.rename"), arguments,
                                                  [&](CommandContext &ctx) {
        const auto d = current(ctx, departmentId, expectedVersion);
        if (!d)
            return false;
        if (d->name == name)
            return ctx.fail(tr("The department is already called \"%1\".").arg(name));
        if (siblingNamed(ctx.db(), d->parentId, name, d->id))
            return ctx.fail(tr("There is already a department \"%1\" at the same level; choose another name.").arg(name));
        if (!writeVersioned(ctx, QStringLiteral("name"), name, *d))
            return false;
        const QString newPath = DepartmentDirectory(ctx.db()).pathOf(d->id);
        ctx.audit({QStringLiteral("department.rename"), QStringLiteral("department"), d->id,
                   QJsonObject{{QStringLiteral("name"), d->name}, {QStringLiteral("path"), d->path}},
                   QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("path"), newPath}}});
        return true;
    });
    return StaffResult::fromCommand(command, departmentId, expectedVersion + 1);
}

StaffResult DepartmentService::move(const commands::Actor &actor, const QString &departmentId,
                                    const QString &newParentId, qint64 expectedVersion)
{
    if (newParentId.isEmpty())
        return StaffResult::refused(QStringLiteral("parent_id"), tr("Choose the department to move it under."));
    const QJsonObject arguments{{QStringLiteral("id"), departmentId}, {QStringLiteral("parent_id"), newParentId}};
    const auto command = m_workspace.runner().run(actor, QStringLiteral("department.move"), arguments,
                                                  [&](CommandContext &ctx) {
        const auto d = current(ctx, departmentId, expectedVersion);
        if (!d)
            return false;
        if (d->kind == QLatin1String("company"))
            return ctx.fail(tr("The company is the root of the tree; it cannot be moved."));
        const DepartmentDirectory directory(ctx.db());
        const auto parent = directory.find(newParentId);
        if (!parent)
            return ctx.fail(tr("The department to move under no longer exists."));
        if (parent->id == d->parentId)
            return ctx.fail(tr("\"%1\" is already directly under \"%2\".").arg(d->name, parent->name));
        if (subtree(d->id).contains(parent->id))
            return ctx.fail(tr("\"%1\" cannot be moved under itself or under a department below it (\"%2\"): "
                               "choose a department outside its branch.").arg(d->name, parent->name));
        const bool nests = rank(parent->kind) < rank(d->kind)
            || (d->kind == QLatin1String("department") && parent->kind == QLatin1String("department"));
        if (!nests)
            return ctx.fail(tr("\"%1\" is %2 and cannot be placed under %3 (\"%4\").")
                                .arg(d->name, kindLabel(d->kind), kindLabel(parent->kind), parent->name));
        if (siblingNamed(ctx.db(), parent->id, d->name, d->id))
            return ctx.fail(tr("\"%1\" already has a department called \"%2\"; rename one of them first.")
                                .arg(parent->name, d->name));
        if (!writeVersioned(ctx, QStringLiteral("parent_id"), parent->id, *d))
            return false;
        ctx.audit({QStringLiteral("department.move"), QStringLiteral("department"), d->id,
                   QJsonObject{{QStringLiteral("parent_id"), d->parentId.isEmpty() ? QJsonValue() : QJsonValue(d->parentId)},
                               {QStringLiteral("path"), d->path}},
                   QJsonObject{{QStringLiteral("parent_id"), parent->id},
                               {QStringLiteral("path"), directory.pathOf(d->id)}}});
        return true;
    });
    return StaffResult::fromCommand(command, departmentId, expectedVersion + 1);
}

QStringList DepartmentService::subtree(const QString &departmentId) const
{
    QStringList ids;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT id FROM department WHERE id = ? AND deleted_at IS NULL "
                             "UNION SELECT child.id FROM department child JOIN sub ON child.parent_id = sub.id "
                             "WHERE child.deleted_at IS NULL) SELECT id FROM sub"));
    q.addBindValue(departmentId);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

} // namespace hrdesk::staff
