#pragma once

#include "core/identity/LocalUser.h"
#include "core/workspace/WorkspaceOpener.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace hrdesk::security {
class SecretStore;
}

namespace hrdesk::ui {

class StartupPrompter;

// From a database path to a signed-in session: create or unlock the database (keychain,
// passphrase or recovery key) and sign a user in. Asks through a StartupPrompter only.
class StartupFlow
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::ui::StartupFlow)

public:
    struct Options
    {
        QString databasePath;
        QString signInAs;   // skips the password on demo databases only
        QString passphrase; // from --passphrase-file (demos, automation); tried before asking
    };

    struct Session
    {
        std::unique_ptr<Workspace> workspace;
        identity::LocalUser user;
        WorkspaceOpener::Protection protection = WorkspaceOpener::Protection::Keychain;
        // No keychain answered during this start-up (shown as a warning in the window).
        bool keychainUnavailable = false;
        QString notice; // from the opener, e.g. the keychain entry was restored
        bool ok() const { return workspace != nullptr && !user.id.isEmpty(); }
    };

    StartupFlow(security::SecretStore &store, StartupPrompter &prompter);

    Session run(const Options &options);

private:
    bool createDatabase(const Options &options, Session *session);
    bool openDatabase(const Options &options, Session *session);
    bool ensureFirstUser(Session *session);
    bool signIn(const Options &options, Session *session);
    bool signInWithoutPassword(const QString &login, Session *session, QString *refusal);

    security::SecretStore &m_store;
    StartupPrompter &m_prompter;
    WorkspaceOpener m_opener;
};

} // namespace hrdesk::ui
