#include "core/staff/DepartmentDirectory.h"

#include "core/common/Ids.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace hrdesk::staff {

namespace {

const QString Columns = QStringLiteral("id, parent_id, kind, code, name, version");

Department fromQuery(const QSqlQuery &q)
{
    Department d;
    d.id = q.value(0).toString();
    d.parentId = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.code = q.value(3).toString();
    d.name = q.value(4).toString();
    d.version = q.value(5).toLongLong();
    return d;
}

} // namespace

DepartmentDirectory::DepartmentDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList DepartmentDirectory::splitPath(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[/／\\\\]"));
    QStringList names;
    for (const QString &part : path.split(separators)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

QList<Department> DepartmentDirectory::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM department WHERE deleted_at IS NULL").arg(Columns));
    QList<Department> all;
    QHash<QString, QList<int>> byParent;
    while (q.next()) {
        all << fromQuery(q);
        byParent[all.last().parentId].append(int(all.size() - 1));
    }
    QList<Department> ordered;
    ordered.reserve(all.size());
    std::function<void(const QString &, const QString &, int)> walk = [&](const QString &parentId,
                                                                         const QString &parentPath, int depth) {
        QList<int> rows = byParent.value(parentId);
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return all[a].name < all[b].name; });
        for (int row : rows) {
            Department d = all[row];
            d.depth = depth;
            // The company root names the whole tree; it is not part of anyone's path.
            d.path = d.kind == QLatin1String("company")
                ? QString()
                : (parentPath.isEmpty() ? d.name : parentPath + QLatin1Char('/') + d.name);
            ordered << d;
            walk(d.id, d.path, depth + 1);
        }
    };
    walk(QString(), QString(), 0);
    return ordered;
}

QList<Department> DepartmentDirectory::children(const QString &parentId) const
{
    QSqlQuery q(m_db);
    if (parentId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM department WHERE parent_id IS NULL AND deleted_at IS NULL "
                                 "ORDER BY name").arg(Columns));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM department WHERE parent_id = ? AND deleted_at IS NULL "
                                 "ORDER BY name").arg(Columns));
        q.addBindValue(parentId);
    }
    QList<Department> result;
    if (q.exec()) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

std::optional<Department> DepartmentDirectory::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM department WHERE id = ? AND deleted_at IS NULL").arg(Columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Department d = fromQuery(q);
    d.path = pathOf(id);
    d.depth = d.kind == QLatin1String("company") ? 0 : int(splitPath(d.path).size());
    return d;
}

std::optional<Department> DepartmentDirectory::root() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM department WHERE kind = 'company' AND parent_id IS NULL "
                               "AND deleted_at IS NULL ORDER BY code LIMIT 1").arg(Columns))
        || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QString DepartmentDirectory::pathOf(const QString &id) const
{
    QStringList names;
    QString current = id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT parent_id, kind, name FROM department WHERE id = ?"));
    // A corrupt tree with a cycle must not hang the desk; real trees are a handful of levels.
    for (int guard = 0; !current.isEmpty() && guard < 64; ++guard) {
        q.bindValue(0, current);
        if (!q.exec() || !q.next())
            return QString();
        if (q.value(1).toString() != QLatin1String("company"))
            names.prepend(q.value(2).toString());
        current = q.value(0).toString();
    }
    return names.join(QLatin1Char('/'));
}

QString DepartmentDirectory::childId(const QString &parentId, const QString &name) const
{
    QSqlQuery q(m_db);
    if (parentId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM department WHERE parent_id IS NULL AND name = ? "
                                 "AND deleted_at IS NULL ORDER BY code LIMIT 1"));
        q.addBindValue(name);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM department WHERE parent_id = ? AND name = ? "
                                 "AND deleted_at IS NULL ORDER BY code LIMIT 1"));
        q.addBindValue(parentId);
        q.addBindValue(name);
    }
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

QStringList DepartmentDirectory::withoutRootName(QStringList names) const
{
    const auto company = root();
    if (company && names.size() > 1 && names.first() == company->name)
        names.removeFirst();
    return names;
}

QString DepartmentDirectory::findByPath(const QString &path) const
{
    const QStringList names = withoutRootName(splitPath(path));
    if (names.isEmpty())
        return QString();
    const auto company = root();
    QString current = company ? company->id : QString();
    for (const QString &name : names) {
        current = childId(current, name);
        if (current.isEmpty())
            return QString();
    }
    return current;
}

QString DepartmentDirectory::ensurePath(commands::CommandContext &ctx, const QString &path, QStringList *created)
{
    if (m_cacheCommandId != ctx.commandId()) {
        // Ids remembered from another command may have been rolled back with it.
        m_cacheCommandId = ctx.commandId();
        m_cache.clear();
    }
    const QStringList names = withoutRootName(splitPath(path));
    if (names.isEmpty()) {
        ctx.fail(tr("The department path \"%1\" names no department.").arg(path));
        return QString();
    }
    const QString key = names.join(QLatin1Char('/'));
    if (const auto hit = m_cache.constFind(key); hit != m_cache.constEnd())
        return *hit;

    const auto company = root();
    QString current = company ? company->id : QString();
    QString parentKind = company ? company->kind : QString();
    for (int level = 0; level < names.size(); ++level) {
        const QString &name = names.at(level);
        if (name.size() > 60) {
            ctx.fail(tr("The department name \"%1\" in \"%2\" is longer than 60 characters.").arg(name, path));
            return QString();
        }
        const QString existing = childId(current, name);
        if (!existing.isEmpty()) {
            QSqlQuery kind(m_db);
            kind.prepare(QStringLiteral("SELECT kind FROM department WHERE id = ?"));
            kind.addBindValue(existing);
            parentKind = kind.exec() && kind.next() ? kind.value(0).toString() : QString();
            current = existing;
            continue;
        }
        const bool last = level == names.size() - 1;
        QString kind = QStringLiteral("department");
        if (!last && (parentKind == QLatin1String("company") || parentKind.isEmpty()))
            kind = names.size() - level >= 3 ? QStringLiteral("region") : QStringLiteral("branch");
        else if (!last && parentKind == QLatin1String("region"))
            kind = QStringLiteral("branch");

        const QString id = newId();
        // From the random end of the id: its start is the time, shared by departments made together.
        const QString code = QStringLiteral("D-") + id.right(12).toUpper();
        QSqlQuery insert(ctx.db());
        insert.prepare(QStringLiteral("INSERT INTO department (id, parent_id, kind, code, name, version, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, 1, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(current.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(current));
        insert.addBindValue(kind);
        insert.addBindValue(code);
        insert.addBindValue(name);
        insert.addBindValue(ctx.now());
        if (!insert.exec()) {
            ctx.fail(tr("Cannot create the department \"%1\": %2").arg(name, insert.lastError().text()));
            return QString();
        }
        const QString createdPath = names.mid(0, level + 1).join(QLatin1Char('/'));
        ctx.baseVersion(QStringLiteral("department"), id, 0);
        ctx.audit({QStringLiteral("department.create"), QStringLiteral("department"), id, QJsonValue(),
                   QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("parent_id"), current.isEmpty() ? QJsonValue() : QJsonValue(current)},
                               {QStringLiteral("path"), createdPath}}});
        if (created)
            created->append(id);
        current = id;
        parentKind = kind;
    }
    m_cache.insert(key, current);
    return current;
}

} // namespace hrdesk::staff
