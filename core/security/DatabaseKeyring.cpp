#include "DatabaseKeyring.h"

#include "core/security/SecurityLogging.h"
#include "core/security/RecoveryKey.h"
#include "core/security/SecretStore.h"

#include <QDir>
#include <QFileInfo>

namespace hrdesk::security {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

template<typename Result>
Result failure(KeyringError kind, const QString &message)
{
    Result result;
    result.error = kind;
    result.errorMessage = message;
    return result;
}

} // namespace

QString DatabaseKeyring::keychainService()
{
    return QStringLiteral("HR Desk");
}

QString DatabaseKeyring::keychainAccount(const QUuid &databaseId)
{
    return QStringLiteral("database/") + databaseId.toString(QUuid::WithoutBraces);
}

DatabaseKeyring::DatabaseKeyring(SecretStore &store)
    : m_store(store)
{
}

bool DatabaseKeyring::hasKeyInfo(const QString &databasePath) const
{
    return QFileInfo::exists(KeyInfoFile::pathFor(databasePath));
}

std::optional<Protection> DatabaseKeyring::protection(const QString &databasePath) const
{
    KeyInfoFile info;
    if (!info.load(KeyInfoFile::pathFor(databasePath), nullptr))
        return std::nullopt;
    return info.protection();
}

KeyringError DatabaseKeyring::loadInfo(const QString &databasePath, KeyInfoFile *info, QString *error) const
{
    const QString path = KeyInfoFile::pathFor(databasePath);
    if (!QFileInfo::exists(path)) {
        setError(error, tr("The key information file %1 is missing. Unlock the database with its recovery key.")
                                .arg(QDir::toNativeSeparators(path)));
        return KeyringError::KeyInfoMissing;
    }
    if (!info->load(path, error))
        return KeyringError::KeyInfoDamaged;
    return KeyringError::None;
}

CreatedKey DatabaseKeyring::create(const QString &databasePath, Protection protection,
                                   const QString &passphrase)
{
    const QString infoPath = KeyInfoFile::pathFor(databasePath);
    if (QFileInfo::exists(infoPath)) {
        return failure<CreatedKey>(KeyringError::AlreadyExists,
                                   tr("The database %1 already has a key (%2). HR Desk does not replace "
                                      "an existing database's key.")
                                           .arg(QDir::toNativeSeparators(databasePath),
                                                QDir::toNativeSeparators(infoPath)));
    }
    if (protection == Protection::Passphrase) {
        if (const QString problem = PassphraseKeyWrap::checkPassphrase(passphrase); !problem.isEmpty())
            return failure<CreatedKey>(KeyringError::WeakPassphrase, problem);
    }

    CreatedKey created;
    created.key = SecretBytes::random(KeySize);
    if (created.key.size() != KeySize)
        return failure<CreatedKey>(KeyringError::Other, tr("Could not generate a database key."));
    created.databaseId = QUuid::createUuid();
    created.protection = protection;

    KeyInfoFile info;
    info.setDatabaseId(created.databaseId);
    info.setCreatedAt(QDateTime::currentDateTimeUtc());

    const QString account = keychainAccount(created.databaseId);
    if (protection == Protection::Keychain) {
        const SecretStoreResult stored = m_store.write(keychainService(), account, created.key);
        if (!stored.ok()) {
            const KeyringError kind = stored.error == SecretStoreResult::Error::NoBackend
                                              ? KeyringError::KeychainUnavailable
                                              : KeyringError::Other;
            return failure<CreatedKey>(kind, tr("The database key could not be stored in the system "
                                                "keychain: %1")
                                                     .arg(stored.message));
        }
        info.setKeychain(keychainService(), account);
    } else {
        WrappedKey wrapped;
        QString error;
        if (!PassphraseKeyWrap(m_kdfParams).wrap(created.key, passphrase, &wrapped, &error))
            return failure<CreatedKey>(KeyringError::Other, error);
        info.setPassphrase(wrapped);
    }

    QString error;
    if (!info.save(infoPath, KeyInfoFile::SaveMode::CreateNew, &error)) {
        if (protection == Protection::Keychain)
            m_store.remove(keychainService(), account); // nothing refers to it any more
        const KeyringError kind = QFileInfo::exists(infoPath) ? KeyringError::AlreadyExists
                                                              : KeyringError::Other;
        return failure<CreatedKey>(kind, error);
    }
    created.recoveryKeyText = RecoveryKey::format(created.key);
    qCInfo(lcSecurity) << "Created key for database" << created.databaseId
                       << (protection == Protection::Keychain ? "in the keychain" : "under a passphrase");
    return created;
}

UnlockResult DatabaseKeyring::unlock(const QString &databasePath)
{
    KeyInfoFile info;
    QString error;
    if (const KeyringError kind = loadInfo(databasePath, &info, &error); kind != KeyringError::None)
        return failure<UnlockResult>(kind, error);
    if (info.protection() == Protection::Passphrase) {
        return failure<UnlockResult>(KeyringError::NeedsPassphrase,
                                     tr("The database %1 is protected by a passphrase.")
                                             .arg(QDir::toNativeSeparators(databasePath)));
    }
    SecretStoreResult stored = m_store.read(info.keychainService(), info.keychainAccount());
    switch (stored.error) {
    case SecretStoreResult::Error::None:
        break;
    case SecretStoreResult::Error::NotFound:
        return failure<UnlockResult>(KeyringError::KeychainEntryMissing,
                                     tr("The key of the database %1 is not in this computer's keychain "
                                        "(it may have been created on another computer or the keychain "
                                        "was reset). Unlock it with its recovery key; HR Desk will then "
                                        "store the key again.")
                                             .arg(QDir::toNativeSeparators(databasePath)));
    case SecretStoreResult::Error::NoBackend:
        return failure<UnlockResult>(KeyringError::KeychainUnavailable,
                                     tr("The system keychain is not available, so the database %1 cannot "
                                        "be unlocked automatically: %2 Unlock the keychain, or use the "
                                        "recovery key.")
                                             .arg(QDir::toNativeSeparators(databasePath), stored.message));
    case SecretStoreResult::Error::Other:
        return failure<UnlockResult>(KeyringError::Other, stored.message);
    }
    if (stored.data.size() != KeySize) {
        return failure<UnlockResult>(KeyringError::Other,
                                     tr("The keychain entry for the database %1 is not a valid key.")
                                             .arg(QDir::toNativeSeparators(databasePath)));
    }
    UnlockResult result;
    result.key = std::move(stored.data);
    result.databaseId = info.databaseId();
    if (info.hasPendingKey()) {
        result.rotationPending = true;
        QString pendingError;
        result.pendingKey = readSlot(info.pendingKey(), QString(), &pendingError);
    }
    return result;
}

UnlockResult DatabaseKeyring::unlockWithPassphrase(const QString &databasePath, const QString &passphrase)
{
    KeyInfoFile info;
    QString error;
    if (const KeyringError kind = loadInfo(databasePath, &info, &error); kind != KeyringError::None)
        return failure<UnlockResult>(kind, error);
    if (info.protection() != Protection::Passphrase) {
        return failure<UnlockResult>(KeyringError::NotPassphraseProtected,
                                     tr("The database %1 is not protected by a passphrase.")
                                             .arg(QDir::toNativeSeparators(databasePath)));
    }
    // The stored parameters, not m_kdfParams: the file says how it was made.
    UnlockResult result;
    bool wrong = false;
    result.key = PassphraseKeyWrap(info.wrappedKey().kdf).unwrap(info.wrappedKey(), passphrase, &error, &wrong);
    if (info.hasPendingKey()) {
        // An interrupted rekey may have changed the passphrase too: the new key may be wrapped
        // under the new passphrase only, and the file may already use it.
        result.rotationPending = true;
        QString pendingError;
        result.pendingKey = readSlot(info.pendingKey(), passphrase, &pendingError);
        if (result.key.size() != KeySize && result.pendingKey.size() == KeySize) {
            result.databaseId = info.databaseId();
            return result;
        }
    }
    if (result.key.size() != KeySize) {
        return failure<UnlockResult>(wrong ? KeyringError::WrongPassphrase : KeyringError::Other, error);
    }
    result.databaseId = info.databaseId();
    return result;
}

UnlockResult DatabaseKeyring::unlockWithRecoveryKey(const QString &databasePath, QStringView recoveryKey)
{
    RecoveryKey::ParseResult parsed = RecoveryKey::parse(recoveryKey);
    if (!parsed.ok())
        return failure<UnlockResult>(KeyringError::InvalidRecoveryKey, parsed.error);
    UnlockResult result;
    result.key = std::move(parsed.key);
    // The recovery key must work without the key information file; the id is a bonus.
    KeyInfoFile info;
    if (info.load(KeyInfoFile::pathFor(databasePath), nullptr)) {
        result.databaseId = info.databaseId();
        result.rotationPending = info.hasPendingKey();
    }
    return result;
}

SecretBytes DatabaseKeyring::readSlot(const KeySlot &slot, const QString &passphrase, QString *error, bool *wrong)
{
    if (slot.protection == Protection::Keychain) {
        SecretStoreResult stored = m_store.read(slot.keychainService, slot.keychainAccount);
        if (!stored.ok()) {
            setError(error, stored.message);
            return {};
        }
        if (stored.data.size() != KeySize) {
            setError(error, tr("The keychain entry %1 is not a valid key.").arg(slot.keychainAccount));
            return {};
        }
        return std::move(stored.data);
    }
    if (passphrase.isEmpty()) {
        setError(error, tr("The key is protected by a passphrase."));
        return {};
    }
    QString unwrapError;
    SecretBytes key = PassphraseKeyWrap(slot.wrappedKey.kdf).unwrap(slot.wrappedKey, passphrase, &unwrapError, wrong);
    if (key.size() != KeySize) {
        setError(error, unwrapError);
        return {};
    }
    return key;
}

bool DatabaseKeyring::rotationPending(const QString &databasePath) const
{
    KeyInfoFile info;
    return info.load(KeyInfoFile::pathFor(databasePath), nullptr) && info.hasPendingKey();
}

SecretBytes DatabaseKeyring::pendingKeychainKey(const QString &databasePath)
{
    KeyInfoFile info;
    if (!info.load(KeyInfoFile::pathFor(databasePath), nullptr) || !info.hasPendingKey()
        || info.pendingKey().protection != Protection::Keychain)
        return {};
    return readSlot(info.pendingKey(), QString(), nullptr);
}

bool DatabaseKeyring::beginRotation(const QString &databasePath, const SecretBytes &newKey, Protection protection,
                                    const QString &passphrase, QString *error)
{
    if (newKey.size() != KeySize) {
        setError(error, tr("The new database key is not valid."));
        return false;
    }
    const QString infoPath = KeyInfoFile::pathFor(databasePath);
    KeyInfoFile info;
    const bool hadInfo = QFileInfo::exists(infoPath);
    if (hadInfo) {
        if (!info.load(infoPath, error))
            return false;
        if (info.hasPendingKey()) {
            setError(error, tr("An earlier key change of %1 is not finished; open the database once so that "
                               "HR Desk completes or undoes it, then try again.")
                                    .arg(QDir::toNativeSeparators(databasePath)));
            return false;
        }
    } else {
        // Recovering a database whose key information was lost: start a new identity for its key.
        // Until the file is re-encrypted only the recovery key the user opened it with works, and
        // afterwards the new recovery key, which is handed out before the re-encryption.
        info.setDatabaseId(QUuid::createUuid());
        info.setCreatedAt(QDateTime::currentDateTimeUtc());
    }

    KeySlot slot;
    slot.protection = protection;
    if (protection == Protection::Keychain) {
        // A new entry of its own: the current entry must keep the old key until the file changes.
        slot.keychainService = keychainService();
        slot.keychainAccount = keychainAccount(info.databaseId()) + QStringLiteral("/key-")
            + QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
        const SecretStoreResult stored = m_store.write(slot.keychainService, slot.keychainAccount, newKey);
        if (!stored.ok()) {
            setError(error, tr("The new database key could not be stored in the system keychain: %1")
                                    .arg(stored.message));
            return false;
        }
    } else if (!PassphraseKeyWrap(m_kdfParams).wrap(newKey, passphrase, &slot.wrappedKey, error)) {
        return false;
    }

    if (hadInfo)
        info.setPendingKey(slot, QDateTime::currentDateTimeUtc());
    else
        info.setCurrentKey(slot);
    if (!info.save(infoPath, hadInfo ? KeyInfoFile::SaveMode::Replace : KeyInfoFile::SaveMode::CreateNew, error)) {
        if (protection == Protection::Keychain)
            m_store.remove(slot.keychainService, slot.keychainAccount);
        return false;
    }
    qCInfo(lcSecurity) << "Key rotation started for database" << info.databaseId();
    return true;
}

bool DatabaseKeyring::completeRotation(const QString &databasePath, QString *error)
{
    const QString infoPath = KeyInfoFile::pathFor(databasePath);
    KeyInfoFile info;
    if (!info.load(infoPath, error))
        return false;
    if (!info.hasPendingKey())
        return true; // nothing pending: the key information was written new by beginRotation
    const KeySlot old = info.currentKey();
    const bool sameEntry = old.protection == Protection::Keychain
        && info.pendingKey().protection == Protection::Keychain
        && old.keychainAccount == info.pendingKey().keychainAccount;
    info.promotePendingKey();
    if (!info.save(infoPath, KeyInfoFile::SaveMode::Replace, error))
        return false;
    if (old.protection == Protection::Keychain && !sameEntry) {
        // The old entry no longer opens the file; under a passphrase protection it would also be a
        // second way in if it did. Left behind only if the keychain refuses; it is harmless then.
        const SecretStoreResult removed = m_store.remove(old.keychainService, old.keychainAccount);
        if (!removed.ok() && removed.error != SecretStoreResult::Error::NotFound)
            qCWarning(lcSecurity) << "Could not remove the old keychain entry" << old.keychainAccount << removed.message;
    }
    qCInfo(lcSecurity) << "Key rotation completed for database" << info.databaseId();
    return true;
}

bool DatabaseKeyring::abandonRotation(const QString &databasePath, QString *error)
{
    const QString infoPath = KeyInfoFile::pathFor(databasePath);
    KeyInfoFile info;
    if (!info.load(infoPath, error))
        return false;
    if (!info.hasPendingKey())
        return true;
    const KeySlot pending = info.pendingKey();
    info.clearPendingKey();
    if (!info.save(infoPath, KeyInfoFile::SaveMode::Replace, error))
        return false;
    if (pending.protection == Protection::Keychain) {
        const SecretStoreResult removed = m_store.remove(pending.keychainService, pending.keychainAccount);
        if (!removed.ok() && removed.error != SecretStoreResult::Error::NotFound)
            qCWarning(lcSecurity) << "Could not remove the unused keychain entry" << pending.keychainAccount
                                  << removed.message;
    }
    qCInfo(lcSecurity) << "Key rotation abandoned for database" << info.databaseId();
    return true;
}

bool DatabaseKeyring::restoreKeychainEntry(const QString &databasePath, const SecretBytes &key, QString *error)
{
    if (key.size() != KeySize) {
        setError(error, tr("The database key is not valid."));
        return false;
    }
    KeyInfoFile info;
    if (loadInfo(databasePath, &info, error) != KeyringError::None)
        return false;
    if (info.protection() != Protection::Keychain) {
        setError(error, tr("The database %1 is protected by a passphrase, not by the keychain.")
                                .arg(QDir::toNativeSeparators(databasePath)));
        return false;
    }
    const SecretStoreResult stored = m_store.write(info.keychainService(), info.keychainAccount(), key);
    if (!stored.ok()) {
        setError(error, tr("The database key could not be stored in the system keychain: %1").arg(stored.message));
        return false;
    }
    return true;
}

} // namespace hrdesk::security
