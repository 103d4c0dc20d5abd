#pragma once

#include "core/commands/CommandRunner.h"
#include "core/common/Clock.h"
#include "core/identity/LocalUserDirectory.h"
#include "storage/Database.h"

#include <memory>

namespace hrdesk {

// An open HR Desk database at the newest schema, with its identity and its write path.
class Workspace
{
public:
    // A database file just created and keyed: migrates it and writes its identity.
    static std::unique_ptr<Workspace> initialize(std::unique_ptr<storage::Database> database,
                                                 const QString &databaseId, QString *error,
                                                 const Clock &clock = Clock::system());
    // An existing database: migrates it if it is older than this program.
    static std::unique_ptr<Workspace> attach(std::unique_ptr<storage::Database> database, QString *error,
                                             const Clock &clock = Clock::system());
    ~Workspace();

    storage::Database &database() { return *m_database; }
    QSqlDatabase db() const { return m_database->connection(); }
    commands::CommandRunner &runner() { return *m_runner; }
    identity::LocalUserDirectory &users() { return *m_users; }

    QString databaseId() const { return meta(QStringLiteral("database_id")); }
    QString deviceId() const { return m_deviceId; }
    bool isDemo() const { return meta(QStringLiteral("demo")) == QLatin1String("1"); }
    int schemaVersion() const;

    QString meta(const QString &key) const;
    // Meta rows describe the file itself (identity, demo flag), not business data.
    bool setMeta(const QString &key, const QString &value, QString *error);

private:
    Workspace(std::unique_ptr<storage::Database> database, const Clock &clock);
    bool load(QString *error);

    std::unique_ptr<storage::Database> m_database;
    const Clock &m_clock;
    QString m_deviceId;
    std::unique_ptr<commands::CommandRunner> m_runner;
    std::unique_ptr<identity::LocalUserDirectory> m_users;
};

} // namespace hrdesk
