#pragma once

#include "core/security/KeyInfoFile.h"
#include "core/security/PassphraseKeyWrap.h"
#include "core/security/SecretBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace hrdesk::security {

class SecretStore;

enum class KeyringError {
    None,
    AlreadyExists,        // the database already has key information; nothing was replaced
    KeychainUnavailable,  // no keychain, locked or denied: offer a passphrase and say so
    KeychainEntryMissing, // the keychain answered but has no key: use the recovery key
    NeedsPassphrase,      // the database is passphrase-protected: ask for it
    NotPassphraseProtected,
    WrongPassphrase,
    WeakPassphrase,
    InvalidRecoveryKey,
    KeyInfoMissing,
    KeyInfoDamaged,
    Other,
};

struct CreatedKey
{
    SecretBytes key;
    QString recoveryKeyText; // show once, offer to save or print; see RecoveryKey
    QUuid databaseId;
    Protection protection = Protection::Keychain;
    KeyringError error = KeyringError::None;
    QString errorMessage; // translated

    bool ok() const { return error == KeyringError::None; }
};

struct UnlockResult
{
    SecretBytes key;
    QUuid databaseId; // null when unlocked by recovery key without key information
    KeyringError error = KeyringError::None;
    QString errorMessage; // translated

    bool ok() const { return error == KeyringError::None; }
};

// Produces and protects the raw SQLCipher key of each database. Does not open databases: whether
// a key actually opens one is for the opener to find out.
class DatabaseKeyring
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::DatabaseKeyring)

public:
    static constexpr qsizetype KeySize = 32;
    static QString keychainService();
    static QString keychainAccount(const QUuid &databaseId);

    explicit DatabaseKeyring(SecretStore &store);

    // Argon2id cost for new passphrase protections; tests lower it.
    void setKdfParams(const KdfParams &params) { m_kdfParams = params; }

    CreatedKey create(const QString &databasePath, Protection protection, const QString &passphrase = {});

    UnlockResult unlock(const QString &databasePath);
    UnlockResult unlockWithPassphrase(const QString &databasePath, const QString &passphrase);
    UnlockResult unlockWithRecoveryKey(const QString &databasePath, QStringView recoveryKey);

    // After a rekey: store the new key with the given protection and rewrite the key information
    // (keeping the database id when there is one).
    bool replaceKey(const QString &databasePath, const SecretBytes &newKey, Protection protection,
                    const QString &passphrase, QString *error);
    // After unlocking with the recovery key: put the key back into the keychain for next time.
    bool restoreKeychainEntry(const QString &databasePath, const SecretBytes &key, QString *error);

    std::optional<Protection> protection(const QString &databasePath) const;
    bool hasKeyInfo(const QString &databasePath) const;

private:
    KeyringError loadInfo(const QString &databasePath, KeyInfoFile *info, QString *error) const;

    SecretStore &m_store;
    KdfParams m_kdfParams = KdfParams::moderate();
};

} // namespace hrdesk::security
