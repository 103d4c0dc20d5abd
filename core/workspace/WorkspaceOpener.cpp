#include "core/workspace/WorkspaceOpener.h"

#include "core/common/Clock.h"
#include "core/security/KeyInfoFile.h"
#include "core/security/RecoveryKey.h"
#include "core/security/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkspace, "hrdesk.workspace")

namespace hrdesk {

using security::KeyringError;

namespace {

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
                                           created.databaseId.toString(QUuid::WithoutBraces), &error,
                                           Clock::system(), m_installationId);
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
    const auto mode = request.readOnly ? storage::Database::Mode::ReadOnly : storage::Database::Mode::OpenExisting;
    bool openedWithPending = false;
    std::unique_ptr<storage::Database> database;
    if (unlocked.key.size() == security::DatabaseKeyring::KeySize)
        database = storage::Database::open(request.path, unlocked.key.view(), mode, &error, &wrongKey);
    if (!database && unlocked.pendingKey.size() == security::DatabaseKeyring::KeySize) {
        // An interrupted rekey: the file may already use the new key.
        QString pendingError;
        bool pendingWrong = false;
        database = storage::Database::open(request.path, unlocked.pendingKey.view(), mode, &pendingError,
                                           &pendingWrong);
        openedWithPending = database != nullptr;
        if (!database && unlocked.key.size() != security::DatabaseKeyring::KeySize) {
            error = pendingError;
            wrongKey = pendingWrong;
        }
    }
    if (!database) {
        if (wrongKey && request.source == KeySource::Keychain)
            return failure(Status::KeychainEntryMissing,
                           tr("The key kept in the keychain does not open this database (it belongs to "
                              "another file, or the database was rekeyed elsewhere). Open it with the "
                              "recovery key."));
        return failure(wrongKey ? Status::WrongKey : Status::Failed, error);
    }
    auto workspace = Workspace::attach(std::move(database), &error, Clock::system(), m_installationId);
    if (!workspace)
        return failure(Status::Failed, error);

    Outcome outcome;
    outcome.status = Status::Ok;
    outcome.workspace = std::move(workspace);
    if (unlocked.rotationPending)
        settleRotation(request, unlocked, openedWithPending, outcome);
    outcome.protection = m_keyring.protection(request.path).value_or(Protection::Keychain);
    if (request.source == KeySource::RecoveryKey && outcome.protection == Protection::Keychain
        && m_keyring.hasKeyInfo(request.path)) {
        const security::UnlockResult stored = m_keyring.unlock(request.path);
        if (!stored.ok() || stored.key.view() != unlocked.key.view()) {
            // The keychain lost its entry (a reinstalled profile): put the key back for next time.
            QString restoreError;
            QString restored;
            if (m_keyring.restoreKeychainEntry(request.path, unlocked.key, &restoreError)) {
                restored = tr("The key was stored in the keychain again; next time the database opens without the "
                              "recovery key.");
                if (!request.readOnly)
                    outcome.workspace->runner().record(
                        commands::Actor::system(), {QStringLiteral("database.keychain_restore"), QStringLiteral("database"),
                                                    outcome.workspace->databaseId(), QJsonValue(), QJsonObject()});
            } else {
                restored = tr("The database is open, but the key could not be stored in the keychain again: %1")
                               .arg(restoreError);
            }
            outcome.notice = outcome.notice.isEmpty() ? restored : outcome.notice + u' ' + restored;
        }
    }
    return outcome;
}

void WorkspaceOpener::settleRotation(const OpenRequest &request, const security::UnlockResult &unlocked,
                                     bool openedWithPending, Outcome &outcome)
{
    // Which key opened the file decides: the re-encryption either committed or it did not.
    enum class Finding { Committed, NotCommitted, Unknown };
    Finding finding = Finding::Unknown;
    if (request.source != KeySource::RecoveryKey) {
        finding = openedWithPending ? Finding::Committed : Finding::NotCommitted;
    } else {
        // The recovery key opened it: compare it with the keys the keychain holds, if it does.
        const security::UnlockResult stored = m_keyring.unlock(request.path);
        const QByteArrayView given = unlocked.key.view();
        if (stored.ok() && stored.pendingKey.size() > 0 && stored.pendingKey.view() == given)
            finding = Finding::Committed;
        else if (stored.ok() && stored.key.view() == given)
            finding = Finding::NotCommitted;
    }
    Workspace &workspace = *outcome.workspace;
    const auto audit = [&](const QString &action, const QJsonObject &details) {
        if (!request.readOnly)
            workspace.runner().record(commands::Actor::system(), {action, QStringLiteral("database"),
                                                                  workspace.databaseId(), QJsonValue(), details});
    };
    QString error;
    switch (finding) {
    case Finding::Committed:
        if (!m_keyring.completeRotation(request.path, &error)) {
            outcome.notice = tr("An interrupted key change could not be completed: %1").arg(error);
            return;
        }
        audit(QStringLiteral("database.rekey"), QJsonObject{{QStringLiteral("completed_at_start"), true}});
        outcome.notice = tr("A key change of this database was interrupted after the file had been re-encrypted. "
                            "HR Desk has completed it: the new key and the new recovery key open the database; "
                            "the old recovery key no longer does.");
        return;
    case Finding::NotCommitted:
        if (!m_keyring.abandonRotation(request.path, &error)) {
            outcome.notice = tr("An interrupted key change could not be undone: %1").arg(error);
            return;
        }
        audit(QStringLiteral("database.rekey_undone"), QJsonObject());
        outcome.notice = tr("A key change of this database was interrupted before the file was re-encrypted. "
                            "The database still uses its old key and its old recovery key; the recovery key "
                            "shown for that key change does not open it. Run the key change again if it is "
                            "still needed.");
        return;
    case Finding::Unknown:
        outcome.notice = tr("A key change of this database was interrupted. Open it once with the keychain or the "
                            "passphrase so that HR Desk can complete or undo it.");
        return;
    }
}

WorkspaceOpener::Outcome WorkspaceOpener::rekey(Workspace &workspace, const commands::Actor &actor,
                                                const RecoveryKeyDelivery &deliver, const QString &passphrase)
{
    const QString path = workspace.database().path();
    const Protection protection = m_keyring.protection(path).value_or(Protection::Keychain);
    if (protection == Protection::Passphrase && passphrase.isEmpty())
        return failure(Status::NeedsPassphrase,
                       tr("This database is protected by a passphrase: give the passphrase that will protect the new key."));

    security::SecretBytes newKey = security::SecretBytes::random(security::DatabaseKeyring::KeySize);
    if (newKey.size() != security::DatabaseKeyring::KeySize)
        return failure(Status::Failed, tr("Could not generate a database key."));
    const QString recovery = security::RecoveryKey::format(newKey);
    QString error;
    // 1. The new key is stored durably beside the old one, which keeps working.
    if (!m_keyring.beginRotation(path, newKey, protection, passphrase, &error))
        return failure(Status::Failed, tr("The new key could not be stored; nothing was changed. %1").arg(error));
    const auto undo = [&](const QString &message) {
        QString undoError;
        if (!m_keyring.abandonRotation(path, &undoError))
            qCWarning(lcWorkspace) << "could not drop the pending key" << undoError;
        return failure(Status::Failed, message);
    };
    // 2. The person has the new recovery key before the file depends on it.
    if (deliver && !deliver(recovery, &error))
        return undo(tr("The new recovery key could not be handed out (%1); the database keeps its old key.").arg(error));
    // 3. Re-encryption: one transaction, so the file uses either the old key or the new one.
    if (!workspace.database().rekey(newKey.view(), &error))
        return undo(tr("The database could not be re-encrypted; it still uses its old key, and the recovery key "
                       "just shown does not open it. %1")
                            .arg(error));
    // 4. Only now the new key becomes the current one.
    Outcome outcome;
    outcome.recoveryKey = recovery;
    outcome.protection = protection;
    if (!m_keyring.completeRotation(path, &error)) {
        // The key information still names the new key as pending: the next start completes it.
        qCWarning(lcWorkspace) << "rekey committed, key information not updated:" << error;
        outcome.notice = tr("The database was re-encrypted, but its key information could not be updated (%1); "
                            "HR Desk will complete that the next time it opens the database.")
                                 .arg(error);
    }
    const auto recorded = workspace.runner().record(
        actor, {QStringLiteral("database.rekey"), QStringLiteral("database"), workspace.databaseId(), QJsonValue(),
                QJsonObject{{QStringLiteral("protection"),
                             protection == Protection::Passphrase ? QStringLiteral("passphrase")
                                                                  : QStringLiteral("keychain")}}});
    if (!recorded.ok)
        qCWarning(lcWorkspace) << "rekey not recorded in the audit log:" << recorded.error;
    outcome.status = Status::Ok;
    qCInfo(lcWorkspace) << "rekeyed database" << path;
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
