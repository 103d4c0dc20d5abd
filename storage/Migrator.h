#pragma once

#include "storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hrdesk::storage {

// Brings a database to the newest schema. Each migration runs in its own transaction together
// with the PRAGMA user_version bump, so a failing step leaves the database at the version before.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::storage::Migrator)

public:
    explicit Migrator(std::vector<Migration> migrations = builtInMigrations());

    int latestVersion() const;
    static int currentVersion(QSqlDatabase db);

    // Migrates up to targetVersion (default: the newest). Refuses databases newer than this
    // program knows, since writing to them could destroy data a newer version relies on.
    bool migrate(QSqlDatabase db, QString *error, int targetVersion = -1) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace hrdesk::storage
