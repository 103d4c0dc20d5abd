#pragma once

#include "core/commands/CommandRunner.h"
#include "core/identity/LocalUser.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hrdesk::identity {

// The people who may sign in on this desk. Passwords are stored as Argon2id hashes.
class LocalUserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::identity::LocalUserDirectory)

public:
    LocalUserDirectory(QSqlDatabase db, commands::CommandRunner &runner);

    QList<LocalUser> users() const;
    std::optional<LocalUser> findByLogin(const QString &login) const;

    // Creates a user through a command (audited, queued for sync).
    commands::CommandResult createUser(const commands::Actor &actor, const QString &login,
                                       const QString &displayName, const QString &role,
                                       const QString &password);

    // Checks the password; success and failure are both audited.
    std::optional<LocalUser> signIn(const QString &login, const QString &password, QString *error);

    static QStringList roles();
    static QString roleDisplayName(const QString &role);

private:
    QSqlDatabase m_db;
    commands::CommandRunner &m_runner;
};

} // namespace hrdesk::identity
