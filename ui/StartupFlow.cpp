#include "ui/StartupFlow.h"

#include "core/commands/Actor.h"
#include "core/identity/LocalUserDirectory.h"
#include "ui/StartupPrompter.h"
#include "ui/UiLogging.h"

#include <QFileInfo>
#include <QJsonObject>

namespace hrdesk::ui {

using Status = WorkspaceOpener::Status;

StartupFlow::StartupFlow(security::SecretStore &store, StartupPrompter &prompter)
    : m_store(store)
    , m_prompter(prompter)
    , m_opener(store)
{
}

StartupFlow::Session StartupFlow::run(const Options &options)
{
    Session session;
    // Never create over an existing file: a missing key is answered with the recovery key.
    const bool exists = QFileInfo::exists(options.databasePath);
    const bool opened = exists ? openDatabase(options, &session) : createDatabase(options, &session);
    if (!opened || !ensureFirstUser(&session) || !signIn(options, &session))
        return {};
    qCInfo(lcStartup) << "signed in as" << session.user.login << "on" << options.databasePath;
    return session;
}

bool StartupFlow::createDatabase(const Options &options, Session *session)
{
    if (!m_prompter.confirmCreate(options.databasePath))
        return false;
    WorkspaceOpener::CreateRequest request{options.databasePath, WorkspaceOpener::Protection::Keychain, {}};
    WorkspaceOpener::Outcome outcome = m_opener.create(request);
    if (outcome.status == Status::KeychainUnavailable) {
        qCWarning(lcStartup) << "no keychain answered at creation:" << outcome.error;
        session->keychainUnavailable = true;
        StartupPrompter::NewPassphraseRequest ask{options.databasePath, outcome.error, {}};
        if (!options.passphrase.isEmpty()) {
            request.protection = WorkspaceOpener::Protection::Passphrase;
            request.passphrase = options.passphrase;
            outcome = m_opener.create(request);
        }
        while (!outcome.ok()) {
            if (request.protection == WorkspaceOpener::Protection::Passphrase)
                ask.error = outcome.error;
            const std::optional<QString> passphrase = m_prompter.askNewPassphrase(ask);
            if (!passphrase)
                return false;
            request.protection = WorkspaceOpener::Protection::Passphrase;
            request.passphrase = *passphrase;
            outcome = m_opener.create(request);
            if (outcome.status == Status::Failed && QFileInfo::exists(options.databasePath)) {
                m_prompter.showError(outcome.error);
                return false;
            }
        }
    }
    if (!outcome.ok()) {
        m_prompter.showError(outcome.error);
        return false;
    }
    session->protection = outcome.protection;
    session->workspace = std::move(outcome.workspace);
    // The recovery key exists nowhere else: without confirmation the person may lose the data.
    while (!m_prompter.showRecoveryKey(options.databasePath, outcome.recoveryKey)) {
        qCWarning(lcStartup) << "recovery key not confirmed; showing it again";
    }
    return true;
}

bool StartupFlow::openDatabase(const Options &options, Session *session)
{
    WorkspaceOpener::Outcome outcome;
    WorkspaceOpener::KeySource source = WorkspaceOpener::KeySource::Keychain;
    QString error;
    if (!options.passphrase.isEmpty()) {
        outcome = m_opener.open({options.databasePath, WorkspaceOpener::KeySource::Passphrase,
                                 options.passphrase, false});
        source = WorkspaceOpener::KeySource::Passphrase;
        if (outcome.status == Status::WrongKey)
            error = outcome.error;
        // a keychain-protected file ignores --passphrase-file: try the keychain as usual
        if (!outcome.ok() && outcome.status != Status::WrongKey)
            outcome = m_opener.open({options.databasePath, WorkspaceOpener::KeySource::Keychain, {}, false});
    } else {
        outcome = m_opener.open({options.databasePath, source, {}, false});
    }

    for (;;) {
        switch (outcome.status) {
        case Status::Ok:
            session->protection = outcome.protection;
            session->notice = outcome.notice;
            session->workspace = std::move(outcome.workspace);
            return true;
        case Status::NeedsPassphrase:
            source = WorkspaceOpener::KeySource::Passphrase;
            break;
        case Status::KeychainUnavailable: {
            session->keychainUnavailable = true;
            WorkspaceOpener::Protection protection = WorkspaceOpener::Protection::Keychain;
            QString why;
            m_opener.protection(options.databasePath, &protection, &why);
            source = protection == WorkspaceOpener::Protection::Passphrase
                ? WorkspaceOpener::KeySource::Passphrase
                : WorkspaceOpener::KeySource::RecoveryKey;
            break;
        }
        case Status::KeychainEntryMissing:
            source = WorkspaceOpener::KeySource::RecoveryKey;
            break;
        case Status::WrongKey:
            error = outcome.error;
            break;
        case Status::Failed:
            m_prompter.showError(outcome.error);
            return false;
        }

        std::optional<QString> secret;
        if (source == WorkspaceOpener::KeySource::Passphrase) {
            secret = m_prompter.askPassphrase({options.databasePath, session->keychainUnavailable, error});
        } else if (source == WorkspaceOpener::KeySource::RecoveryKey) {
            secret = m_prompter.askRecoveryKey({options.databasePath, session->keychainUnavailable, error});
        } else {
            // The keychain itself held a key that does not open the file: only a person can help.
            m_prompter.showError(outcome.error);
            return false;
        }
        if (!secret)
            return false;
        outcome = m_opener.open({options.databasePath, source, *secret, false});
        error.clear();
    }
}

bool StartupFlow::ensureFirstUser(Session *session)
{
    identity::LocalUserDirectory &users = session->workspace->users();
    if (!users.users().isEmpty())
        return true;
    QString error;
    for (;;) {
        const std::optional<StartupPrompter::FirstUser> first = m_prompter.askFirstUser(error);
        if (!first)
            return false;
        const commands::CommandResult result = users.createUser(
            commands::Actor::system(), first->login, first->displayName, QStringLiteral("admin"), first->password);
        if (result.ok)
            return true;
        error = result.error;
    }
}

bool StartupFlow::signInWithoutPassword(const QString &login, Session *session, QString *refusal)
{
    const std::optional<identity::LocalUser> user = session->workspace->signInToDemo(login, refusal);
    if (!user)
        return false;
    session->user = *user;
    return true;
}

bool StartupFlow::signIn(const Options &options, Session *session)
{
    QString notice;
    if (!options.signInAs.isEmpty() && signInWithoutPassword(options.signInAs, session, &notice))
        return true;
    if (!notice.isEmpty())
        qCWarning(lcStartup) << "--sign-in-as refused:" << notice;

    identity::LocalUserDirectory &users = session->workspace->users();
    StartupPrompter::SignInRequest request;
    request.databasePath = options.databasePath;
    request.users = users.users();
    request.notice = notice;
    request.attempt = [&users](const QString &login, const QString &password, QString *error) {
        return users.signIn(login, password, error);
    };
    const std::optional<identity::LocalUser> user = m_prompter.askSignIn(request);
    if (!user)
        return false;
    session->user = *user;
    return true;
}

} // namespace hrdesk::ui
