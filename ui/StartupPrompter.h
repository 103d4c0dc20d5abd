#pragma once

#include "core/identity/LocalUser.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hrdesk::ui {

// Everything start-up needs to ask the person at the desk. The desk answers with dialogs
// (DialogStartupPrompter); tests answer programmatically, so no timer ever pokes at a window.
// An empty optional means the person cancelled.
class StartupPrompter
{
public:
    virtual ~StartupPrompter() = default;

    // No database yet: may one be created at path (key kept in the keychain)?
    virtual bool confirmCreate(const QString &databasePath) = 0;

    struct NewPassphraseRequest
    {
        QString databasePath;
        QString keychainProblem; // why the keychain cannot be used, shown on screen
        QString error;
    };
    virtual std::optional<QString> askNewPassphrase(const NewPassphraseRequest &request) = 0;

    // Shown exactly once after creation; false when the person did not confirm storing it.
    virtual bool showRecoveryKey(const QString &databasePath, const QString &recoveryKey) = 0;

    struct FirstUser
    {
        QString login;
        QString displayName;
        QString password;
    };
    // A new database has nobody to sign in as: the first account (an administrator).
    virtual std::optional<FirstUser> askFirstUser(const QString &error) = 0;

    struct PassphraseRequest
    {
        QString databasePath;
        bool keychainUnavailable = false; // say that no keychain answered
        QString error;
    };
    virtual std::optional<QString> askPassphrase(const PassphraseRequest &request) = 0;

    struct RecoveryKeyRequest
    {
        QString databasePath;
        bool keychainUnavailable = false; // no keychain answered at all, rather than no entry
        QString error;
    };
    virtual std::optional<QString> askRecoveryKey(const RecoveryKeyRequest &request) = 0;

    struct SignInRequest
    {
        QString databasePath;
        QList<identity::LocalUser> users;
        QString notice; // e.g. why --sign-in-as was refused
        // Checks a login and password (audited); fills error for the inline message on failure.
        std::function<std::optional<identity::LocalUser>(const QString &login, const QString &password,
                                                         QString *error)>
            attempt;
    };
    virtual std::optional<identity::LocalUser> askSignIn(const SignInRequest &request) = 0;

    virtual void showError(const QString &message) = 0;
};

} // namespace hrdesk::ui
