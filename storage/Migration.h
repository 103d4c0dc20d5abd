#pragma once

#include <QString>

#include <vector>

namespace hrdesk::storage {

// One schema step. `version` is the PRAGMA user_version the database has after it.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The project's migrations in order, read from the embedded resources.
std::vector<Migration> builtInMigrations();

} // namespace hrdesk::storage
