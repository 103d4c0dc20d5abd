#include "DatabaseKeyring.h"

#include "core/security/RecoveryKey.h"
#include "core/security/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace hrdesk::security {

namespace {

Q_LOGGING_CATEGORY(lcSecurity, "hrdesk.security")

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
    if (info.load(KeyInfoFile::pathFor(databasePath), nullptr))
        result.databaseId = info.databaseId();
    return result;
}

bool DatabaseKeyring::replaceKey(const QString &databasePath, const SecretBytes &newKey, Protection protection,
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
    } else {
        // Recovering a database whose key information was lost: start a new identity for its key.
        info.setDatabaseId(QUuid::createUuid());
        info.setCreatedAt(QDateTime::currentDateTimeUtc());
    }
    const bool oldInKeychain = hadInfo && info.protection() == Protection::Keychain;
    const QString oldService = info.keychainService();
    const QString oldAccount = info.keychainAccount();

    if (protection == Protection::Keychain) {
        const QString account = keychainAccount(info.databaseId());
        const SecretStoreResult stored = m_store.write(keychainService(), account, newKey);
        if (!stored.ok()) {
            setError(error, tr("The new database key could not be stored in the system keychain: %1")
                                    .arg(stored.message));
            return false;
        }
        info.setKeychain(keychainService(), account);
    } else {
        WrappedKey wrapped;
        if (!PassphraseKeyWrap(m_kdfParams).wrap(newKey, passphrase, &wrapped, error))
            return false;
        info.setPassphrase(wrapped);
    }
    if (!info.save(infoPath, KeyInfoFile::SaveMode::Replace, error))
        return false;

    if (oldInKeychain && protection == Protection::Passphrase) {
        // The keychain copy would otherwise unlock the database without the passphrase.
        const SecretStoreResult removed = m_store.remove(oldService, oldAccount);
        if (!removed.ok() && removed.error != SecretStoreResult::Error::NotFound)
            qCWarning(lcSecurity) << "Could not remove the old keychain entry" << oldAccount << removed.message;
    }
    qCInfo(lcSecurity) << "Replaced key for database" << info.databaseId();
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
