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
    // Set while a key rotation is pending (an interrupted rekey): the new key, when it could be
    // read with the same source. Whichever of key and pendingKey opens the file tells whether the
    // re-encryption committed; see DatabaseKeyring::completeRotation and abandonRotation.
    SecretBytes pendingKey;
    bool rotationPending = false;
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

    // Key rotation, in the order that never loses the key:
    // 1. beginRotation stores the new key durably (a new keychain entry, or wrapped under the
    //    passphrase) as the pending key beside the current one, which stays valid;
    // 2. the caller hands out the new recovery key, then re-encrypts the file;
    // 3. completeRotation makes the pending key current and removes the old keychain entry, or
    //    abandonRotation drops the pending key when the re-encryption did not commit.
    // A crash anywhere leaves a file that the current or the pending key opens; the opener finds
    // out which on the next start and completes or abandons the rotation then.
    bool beginRotation(const QString &databasePath, const SecretBytes &newKey, Protection protection,
                       const QString &passphrase, QString *error);
    bool completeRotation(const QString &databasePath, QString *error);
    bool abandonRotation(const QString &databasePath, QString *error);
    // Whether the key information records a rotation that was started and not finished.
    bool rotationPending(const QString &databasePath) const;
    // The pending key of an unfinished rotation, if it can be read from the keychain without a
    // passphrase; empty otherwise.
    SecretBytes pendingKeychainKey(const QString &databasePath);
    // After unlocking with the recovery key: put the key back into the keychain for next time.
    bool restoreKeychainEntry(const QString &databasePath, const SecretBytes &key, QString *error);

    std::optional<Protection> protection(const QString &databasePath) const;
    bool hasKeyInfo(const QString &databasePath) const;

private:
    // The key kept in slot: read from the keychain, or unwrapped with passphrase.
    SecretBytes readSlot(const KeySlot &slot, const QString &passphrase, QString *error, bool *wrong = nullptr);
    KeyringError loadInfo(const QString &databasePath, KeyInfoFile *info, QString *error) const;

    SecretStore &m_store;
    KdfParams m_kdfParams = KdfParams::moderate();
};

} // namespace hrdesk::security
