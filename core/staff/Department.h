#pragma once

#include <QString>

namespace hrdesk::staff {

// One node of the organisation tree (kind 'company' | 'region' | 'branch' | 'department').
struct Department
{
    QString id;
    QString parentId;
    QString kind;
    QString code;
    QString name;
    qint64 version = 0;
    // Filled by DepartmentDirectory: names below the company root joined by '/', and the depth
    // below the root (the root is 0, a region 1 ...).
    QString path;
    int depth = 0;
};

} // namespace hrdesk::staff
