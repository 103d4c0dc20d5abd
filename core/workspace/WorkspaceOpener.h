#pragma once

#include "core/security/DatabaseKeyring.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace hrdesk {

// Creates and unlocks HR Desk databases: the key comes from the OS keychain, a passphrase, or
// the recovery key; the file is opened, checked against the key and migrated.
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::WorkspaceOpener)

public:
    using Protection = security::Protection;
    enum class KeySource { Keychain, Passphrase, RecoveryKey };
    enum class Status {
        Ok,
        // The database is protected by a passphrase: ask for it.
        NeedsPassphrase,
        // No keychain answered (headless Linux, locked keyring): fall back to a passphrase and say so.
        KeychainUnavailable,
        // The keychain works but has no entry for this database (reinstalled profile): recovery key.
        KeychainEntryMissing,
        // The passphrase, recovery key or stored key does not open the file.
        WrongKey,
        Failed,
    };

    struct CreateRequest
    {
        QString path;
        Protection protection = Protection::Keychain;
        QString passphrase; // for Protection::Passphrase, at least 10 characters
    };
    struct OpenRequest
    {
        QString path;
        KeySource source = KeySource::Keychain;
        QString secret; // the passphrase or the recovery key text
        bool readOnly = false;
    };
    struct Outcome
    {
        Status status = Status::Failed;
        QString error;                    // translated, for people
        std::unique_ptr<Workspace> workspace;
        QString recoveryKey;              // create(): shown once; rekey(): the new one
        QString notice;                   // translated; something the user should know on success
        Protection protection = Protection::Keychain;
        bool ok() const { return status == Status::Ok; }
    };

    explicit WorkspaceOpener(security::SecretStore &store);

    // Argon2id cost for new passphrase protections (tests use a cheap one).
    void setKdfParams(const security::KdfParams &params) { m_keyring.setKdfParams(params); }
    // The installation the databases are opened by (InstallationIdentity); empty: the default.
    void setInstallationId(const QString &installationId) { m_installationId = installationId; }

    Outcome create(const CreateRequest &request);
    Outcome open(const OpenRequest &request);

    // Hands the new recovery key to the person (file, screen) before the file is re-encrypted;
    // false with a translated reason stops the rotation while the old key still works.
    using RecoveryKeyDelivery = std::function<bool(const QString &recoveryKey, QString *error)>;

    // New random key for the open workspace's file, kept where the old one was kept. Crash-safe:
    // the new key is stored (as pending) and the recovery key delivered before the file is
    // re-encrypted; the old key stays valid until the re-encryption has committed. The new
    // recovery key is also returned in Outcome::recoveryKey. Recorded in the audit log by actor.
    Outcome rekey(Workspace &workspace, const commands::Actor &actor, const RecoveryKeyDelivery &deliver,
                  const QString &passphrase = {});

    // How the key of path is kept (from the file beside the database).
    bool protection(const QString &path, Protection *protection, QString *error) const;

private:
    // After a start with an unfinished rotation: keeps the key that opened the file and drops the
    // other, and says what happened (Outcome::notice).
    void settleRotation(const OpenRequest &request, const security::UnlockResult &unlocked, bool openedWithPending,
                        Outcome &outcome);

    security::SecretStore &m_store;
    security::DatabaseKeyring m_keyring;
    QString m_installationId;
};

} // namespace hrdesk
