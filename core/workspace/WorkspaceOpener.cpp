#include "core/workspace/WorkspaceOpener.h"

#include "core/security/KeyInfoFile.h"
#include "core/security/RecoveryKey.h"
#include "core/security/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkspace, "hrdesk.workspace")

namespace hrdesk {

using security::KeyringError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hrdesk::WorkspaceOpener", text);
}

WorkspaceOpener::Status statusFor(KeyringError error)
{
    switch (error) {
    case KeyringError::None:
        return WorkspaceOpener::Status::Ok;
    case KeyringError::NeedsPassphrase:
        return WorkspaceOpener::Status::NeedsPassphrase;
    case KeyringError::KeychainUnavailable:
        return WorkspaceOpener::Status::KeychainUnavailable;
    case KeyringError::KeychainEntryMissing:
    case KeyringError::KeyInfoMissing:
        return WorkspaceOpener::Status::KeychainEntryMissing;
    case KeyringError::WrongPassphrase:
    case KeyringError::InvalidRecoveryKey:
        return WorkspaceOpener::Status::WrongKey;
    default:
        return WorkspaceOpener::Status::Failed;
    }
}

WorkspaceOpener::Outcome failure(WorkspaceOpener::Status status, const QString &message)
{
    WorkspaceOpener::Outcome outcome;
    outcome.status = status;
    outcome.error = message;
    return outcome;
}

} // namespace

WorkspaceOpener::WorkspaceOpener(security::SecretStore &store)
    : m_store(store)
    , m_keyring(store)
{
}

WorkspaceOpener::Outcome WorkspaceOpener::create(const CreateRequest &request)
{
    if (QFileInfo::exists(request.path) || m_keyring.hasKeyInfo(request.path)) {
        return failure(Status::Failed, tr("%1 already exists. HR Desk never replaces an existing database; "
                                          "choose another file or open this one.").arg(request.path));
    }
    security::CreatedKey created = m_keyring.create(request.path, request.protection, request.passphrase);
    if (!created.ok())
        return failure(statusFor(created.error), created.errorMessage);

    // From here on, any failure removes what was made so no half-created database remains.
    auto undo = [&](const QString &why) {
        QFile::remove(request.path);
        QFile::remove(request.path + QStringLiteral("-wal"));
        QFile::remove(request.path + QStringLiteral("-shm"));
        QFile::remove(security::KeyInfoFile::pathFor(request.path));
        if (created.protection == Protection::Keychain)
            m_store.remove(security::DatabaseKeyring::keychainService(),
                           security::DatabaseKeyring::keychainAccount(created.databaseId));
        return failure(Status::Failed, why);
    };

    QString error;
    auto database = storage::Database::open(request.path, created.key.view(),
                                            storage::Database::Mode::CreateNew, &error);
    if (!database)
        return undo(error);
    auto workspace = Workspace::initialize(std::move(database),
                                           created.databaseId.toString(QUuid::WithoutBraces), &error);
    if (!workspace)
        return undo(error);

    Outcome outcome;
    outcome.status = Status::Ok;
    outcome.workspace = std::move(workspace);
    outcome.recoveryKey = created.recoveryKeyText;
    outcome.protection = created.protection;
    qCInfo(lcWorkspace) << "created database" << request.path;
    return outcome;
}

WorkspaceOpener::Outcome WorkspaceOpener::open(const OpenRequest &request)
{
    if (!QFileInfo::exists(request.path))
        return failure(Status::Failed, tr("The database %1 does not exist.").arg(request.path));

    security::UnlockResult unlocked;
    switch (request.source) {
    case KeySource::Keychain:
        unlocked = m_keyring.unlock(request.path);
        break;
    case KeySource::Passphrase:
        unlocked = m_keyring.unlockWithPassphrase(request.path, request.secret);
        break;
    case KeySource::RecoveryKey:
        unlocked = m_keyring.unlockWithRecoveryKey(request.path, request.secret);
        break;
    }
    if (!unlocked.ok())
        return failure(statusFor(unlocked.error), unlocked.errorMessage);

    QString error;
    bool wrongKey = false;
    auto database = storage::Database::open(
        request.path, unlocked.key.view(),
        request.readOnly ? storage::Database::Mode::ReadOnly : storage::Database::Mode::OpenExisting, &error,
        &wrongKey);
    if (!database) {
        if (wrongKey && request.source == KeySource::Keychain)
            return failure(Status::KeychainEntryMissing,
                           tr("The key kept in the keychain does not open this database (it belongs to "
                              "another file, or the database was rekeyed elsewhere). Open it with the "
                              "recovery key."));
        return failure(wrongKey ? Status::WrongKey : Status::Failed, error);
    }
    auto workspace = Workspace::attach(std::move(database), &error);
    if (!workspace)
        return failure(Status::Failed, error);

    Outcome outcome;
    outcome.status = Status::Ok;
    outcome.workspace = std::move(workspace);
    outcome.protection = m_keyring.protection(request.path).value_or(Protection::Keychain);
    if (request.source == KeySource::RecoveryKey && outcome.protection == Protection::Keychain
        && m_keyring.hasKeyInfo(request.path)) {
        // The keychain lost its entry (a reinstalled profile): put the key back for next time.
        QString restoreError;
        if (m_keyring.restoreKeychainEntry(request.path, unlocked.key, &restoreError))
            outcome.notice = tr("The key was stored in the keychain again; next time the database opens without the recovery key.");
        else
            outcome.notice = tr("The database is open, but the key could not be stored in the keychain again: %1")
                                 .arg(restoreError);
    }
    return outcome;
}

WorkspaceOpener::Outcome WorkspaceOpener::rekey(Workspace &workspace, const QString &passphrase)
{
    const QString path = workspace.database().path();
    const Protection protection = m_keyring.protection(path).value_or(Protection::Keychain);
    if (protection == Protection::Passphrase && passphrase.isEmpty())
        return failure(Status::NeedsPassphrase,
                       tr("This database is protected by a passphrase: give the passphrase that will protect the new key."));

    security::SecretBytes newKey = security::SecretBytes::random(security::DatabaseKeyring::KeySize);
    const QString recovery = security::RecoveryKey::format(newKey);
    QString error;
    if (!workspace.database().rekey(newKey.view(), &error))
        return failure(Status::Failed, tr("The database could not be re-encrypted; it still uses its old key. %1").arg(error));

    Outcome outcome;
    outcome.recoveryKey = recovery;
    outcome.protection = protection;
    if (!m_keyring.replaceKey(path, newKey, protection, passphrase, &error)) {
        // The file already uses the new key: the recovery key is now the only way in, so it must reach the user.
        outcome.status = Status::Failed;
        outcome.error = tr("The database was re-encrypted, but the new key could not be stored (%1). "
                           "Keep the new recovery key: it is the only way to open the database now.").arg(error);
        return outcome;
    }
    outcome.status = Status::Ok;
    return outcome;
}

bool WorkspaceOpener::protection(const QString &path, Protection *protection, QString *error) const
{
    const auto p = m_keyring.protection(path);
    if (!p) {
        if (error)
            *error = tr("There is no key information beside %1.").arg(path);
        return false;
    }
    *protection = *p;
    return true;
}

} // namespace hrdesk
