#pragma once

#include "core/commands/CommandContext.h"
#include "core/staff/Department.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace hrdesk::staff {

// Reads the department tree and creates missing departments given as a path
// ("华东区/上海分公司/销售一部") inside a caller's command. Paths never include the company root;
// a path may start with the company's name, which is then skipped.
class DepartmentDirectory
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::DepartmentDirectory)

public:
    explicit DepartmentDirectory(QSqlDatabase db);

    // Every live department in tree order (parents before children, siblings by name), each
    // with its path and depth.
    QList<Department> list() const;
    // Live children of parentId (of the top level for an empty id), by name.
    QList<Department> children(const QString &parentId) const;
    std::optional<Department> find(const QString &id) const;
    // The company root, if the database has one.
    std::optional<Department> root() const;

    // "华东区/上海分公司/销售一部"; empty for an unknown id.
    QString pathOf(const QString &id) const;
    // The department at path, or an empty string.
    QString findByPath(const QString &path) const;

    // The department at path, creating the missing levels through ctx (one audit record
    // 'department.create' per created department). A new first level under the company root
    // is a region when the path has three or more levels and a branch otherwise; under a
    // region comes a branch; the last level and anything under a branch is a department.
    // created receives the ids of created departments in creation order. On failure returns
    // an empty string after ctx.fail(message), so the caller can `return false`.
    // Lookups are remembered for the rest of the same command (an import calls this per row).
    QString ensurePath(commands::CommandContext &ctx, const QString &path, QStringList *created = nullptr);

    // The path split into trimmed, non-empty names ('/', '／' and '\' separate levels).
    static QStringList splitPath(const QString &path);

private:
    QString childId(const QString &parentId, const QString &name) const;
    QStringList withoutRootName(QStringList names) const;

    QSqlDatabase m_db;
    QString m_cacheCommandId;
    QHash<QString, QString> m_cache;
};

} // namespace hrdesk::staff
