#pragma once

#include "core/commands/Actor.h"
#include "core/staff/StaffResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::staff {

// Renames and moves departments of the organisation tree, each as one command (row, outbox
// intent, audit event with before and after). Employees keep their department_id, so they stay
// in the renamed or moved subtree and every path shown of them follows.
// Rules: a name is 1–60 characters without '/', '／' or '\' (they separate path levels); no two
// live siblings share a name (paths must name one department); the company root does not move;
// nothing moves under itself or a department below it; a region goes under the company, a branch
// under the company or a region, a department anywhere but the top level.
// Audit actions: department.rename, department.move.
class DepartmentService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::DepartmentService)

public:
    static constexpr int NameMaxLength = 60;

    explicit DepartmentService(Workspace &workspace);

    StaffResult rename(const commands::Actor &actor, const QString &departmentId, const QString &newName,
                       qint64 expectedVersion);
    StaffResult move(const commands::Actor &actor, const QString &departmentId, const QString &newParentId,
                     qint64 expectedVersion);

    // The department and every live department below it.
    QStringList subtree(const QString &departmentId) const;

private:
    Workspace &m_workspace;
};

} // namespace hrdesk::staff
