#pragma once

#include "core/commands/CommandRunner.h"
#include "core/common/Clock.h"
#include "core/identity/LocalUserDirectory.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace hrdesk {

// An open HR Desk database at the newest schema, with its identity and its write path.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::Workspace)

public:
    // A database file just created and keyed: migrates it and writes its identity.
    // installationId: this installation (InstallationIdentity); empty means the default one.
    static std::unique_ptr<Workspace> initialize(std::unique_ptr<storage::Database> database,
                                                 const QString &databaseId, QString *error,
                                                 const Clock &clock = Clock::system(),
                                                 const QString &installationId = {});
    // An existing database: migrates it if it is older than this program. Opened by another
    // installation or at another path than its device was made for (a copy, a restored backup),
    // it gets a new device identity first, recorded as a command (device.assign).
    static std::unique_ptr<Workspace> attach(std::unique_ptr<storage::Database> database, QString *error,
                                             const Clock &clock = Clock::system(),
                                             const QString &installationId = {});
    ~Workspace();

    storage::Database &database() { return *m_database; }
    QSqlDatabase db() const { return m_database->connection(); }
    commands::CommandRunner &runner() { return *m_runner; }
    identity::LocalUserDirectory &users() { return *m_users; }

    QString databaseId() const { return meta(QStringLiteral("database_id")); }
    QString deviceId() const { return m_deviceId; }
    // Made by `hrdesk-admin demo` (its command wrote the flag and the demo.generate event): only
    // then may the desk sign in without a password.
    bool isDemo() const;
    // The password-less sign-in of a demo database (--sign-in-as): refused, with the reason, on
    // any other database; audited like any sign-in, with method "demo".
    std::optional<identity::LocalUser> signInToDemo(const QString &login, QString *refusal);
    // Inside the demo command: marks the database as demo data.
    static bool markAsDemo(commands::CommandContext &ctx, QString *error);
    int schemaVersion() const;

    QString meta(const QString &key) const;

    // What a backup must forget so that it never shares this device's identity once restored.
    static QStringList deviceBindingKeys();

private:
    Workspace(std::unique_ptr<storage::Database> database, const Clock &clock);
    bool load(QString *error);
    // Gives the file a new device identity when it is not where its device was made.
    bool bindDevice(const QString &installationId, QString *error);
    // Meta rows describe the file itself (identity, device binding), not business data; written
    // only inside commands, or while a new file is initialised.
    static bool setMeta(QSqlDatabase db, const QString &key, const QString &value, QString *error);

    std::unique_ptr<storage::Database> m_database;
    const Clock &m_clock;
    QString m_deviceId;
    std::unique_ptr<commands::CommandRunner> m_runner;
    std::unique_ptr<identity::LocalUserDirectory> m_users;
};

} // namespace hrdesk
