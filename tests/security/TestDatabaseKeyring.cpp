#include "core/security/DatabaseKeyring.h"
#include "core/security/KeyInfoFile.h"
#include "core/security/MemorySecretStore.h"
#include "core/security/RecoveryKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hrdesk::security;

class TestDatabaseKeyring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createThenUnlockViaKeychain();
    void createNeverReplacesExistingKey();
    void keychainUnavailable();
    void missingKeychainEntry();
    void missingOrDamagedKeyInfo();
    void passphrasePath();
    void weakPassphraseRefused();
    void recoveryPath();
    void restoreKeychainEntryAfterRecovery();
    void rotateInKeychain();
    void rotateToPassphraseAndAbandon();
    void rotateWithoutKeyInfo();

private:
    QString dbPath(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<DatabaseKeyring> m_keyring;
    const QString m_passphrase = QStringLiteral("correct horse battery staple");
};

void TestDatabaseKeyring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
    m_keyring = std::make_unique<DatabaseKeyring>(*m_store);
    m_keyring->setKdfParams(KdfParams::interactive());
}

void TestDatabaseKeyring::createThenUnlockViaKeychain()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    QVERIFY(!m_keyring->hasKeyInfo(path));
    QVERIFY(!m_keyring->protection(path).has_value());

    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage));
    QCOMPARE(created.key.size(), 32);
    QVERIFY(!created.databaseId.isNull());
    QCOMPARE(created.protection, Protection::Keychain);
    QCOMPARE(created.recoveryKeyText, RecoveryKey::format(created.key));
    QVERIFY(m_store->contains(QStringLiteral("HR Desk"), DatabaseKeyring::keychainAccount(created.databaseId)));
    QCOMPARE(DatabaseKeyring::keychainAccount(created.databaseId),
             QStringLiteral("database/") + created.databaseId.toString(QUuid::WithoutBraces));
    QVERIFY(m_keyring->hasKeyInfo(path));
    QCOMPARE(m_keyring->protection(path), Protection::Keychain);

    // The sidecar must never hold the key itself, in any encoding.
    QFile sidecar(KeyInfoFile::pathFor(path));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QByteArray json = sidecar.readAll();
    const QByteArray raw(reinterpret_cast<const char *>(created.key.data()), created.key.size());
    QVERIFY(!json.contains(raw));
    QVERIFY(!json.toLower().contains(raw.toHex()));
    QVERIFY(!json.contains(raw.toBase64()));

    const UnlockResult unlocked = m_keyring->unlock(path);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorMessage));
    QVERIFY(unlocked.key.equals(created.key));
    QCOMPARE(unlocked.databaseId, created.databaseId);

    const CreatedKey other = m_keyring->create(dbPath(QStringLiteral("other.db")), Protection::Keychain);
    QVERIFY(other.ok());
    QVERIFY(!other.key.equals(created.key));
    QVERIFY(other.databaseId != created.databaseId);
}

void TestDatabaseKeyring::createNeverReplacesExistingKey()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey first = m_keyring->create(path, Protection::Keychain);
    QVERIFY(first.ok());
    QFile sidecar(KeyInfoFile::pathFor(path));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QByteArray before = sidecar.readAll();
    sidecar.close();

    for (const Protection protection : {Protection::Keychain, Protection::Passphrase}) {
        const CreatedKey second = m_keyring->create(path, protection, m_passphrase);
        QCOMPARE(second.error, KeyringError::AlreadyExists);
        QVERIFY(second.errorMessage.contains(QStringLiteral("already has a key")));
        QVERIFY(second.key.isEmpty());
    }
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(sidecar.readAll(), before);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(m_keyring->unlock(path).key.equals(first.key));
}

void TestDatabaseKeyring::keychainUnavailable()
{
    m_store->setAvailable(false);
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QCOMPARE(created.error, KeyringError::KeychainUnavailable);
    QVERIFY(!created.errorMessage.isEmpty());
    QVERIFY(!m_keyring->hasKeyInfo(path));

    // The caller falls back to a passphrase on the same path.
    const CreatedKey fallback = m_keyring->create(path, Protection::Passphrase, m_passphrase);
    QVERIFY2(fallback.ok(), qPrintable(fallback.errorMessage));

    // A keychain database whose keychain is locked at unlock time.
    m_store->setAvailable(true);
    const QString keychainPath = dbPath(QStringLiteral("keychain.db"));
    QVERIFY(m_keyring->create(keychainPath, Protection::Keychain).ok());
    m_store->setAvailable(false);
    const UnlockResult unlocked = m_keyring->unlock(keychainPath);
    QCOMPARE(unlocked.error, KeyringError::KeychainUnavailable);
    QVERIFY(unlocked.errorMessage.contains(QStringLiteral("recovery key")));
}

void TestDatabaseKeyring::missingKeychainEntry()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QVERIFY(created.ok());
    QVERIFY(m_store->remove(DatabaseKeyring::keychainService(), DatabaseKeyring::keychainAccount(created.databaseId))
                    .ok());
    const UnlockResult unlocked = m_keyring->unlock(path);
    QCOMPARE(unlocked.error, KeyringError::KeychainEntryMissing);
    QVERIFY(unlocked.key.isEmpty());
    QVERIFY2(unlocked.errorMessage.contains(QStringLiteral("recovery key")), qPrintable(unlocked.errorMessage));
}

void TestDatabaseKeyring::missingOrDamagedKeyInfo()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    UnlockResult unlocked = m_keyring->unlock(path);
    QCOMPARE(unlocked.error, KeyringError::KeyInfoMissing);
    QVERIFY(unlocked.errorMessage.contains(QStringLiteral("recovery key")));

    QFile sidecar(KeyInfoFile::pathFor(path));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write("{ not json");
    sidecar.close();
    unlocked = m_keyring->unlock(path);
    QCOMPARE(unlocked.error, KeyringError::KeyInfoDamaged);
    QVERIFY(unlocked.errorMessage.contains(QStringLiteral("is damaged")));
    QCOMPARE(m_keyring->unlockWithPassphrase(path, m_passphrase).error, KeyringError::KeyInfoDamaged);
    // A damaged file still counts as "exists": create must not overwrite it.
    QCOMPARE(m_keyring->create(path, Protection::Keychain).error, KeyringError::AlreadyExists);
}

void TestDatabaseKeyring::passphrasePath()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Passphrase, m_passphrase);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage));
    QCOMPARE(created.protection, Protection::Passphrase);
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(m_keyring->protection(path), Protection::Passphrase);

    const UnlockResult viaKeychain = m_keyring->unlock(path);
    QCOMPARE(viaKeychain.error, KeyringError::NeedsPassphrase);

    const UnlockResult wrong = m_keyring->unlockWithPassphrase(path, QStringLiteral("not the passphrase"));
    QCOMPARE(wrong.error, KeyringError::WrongPassphrase);
    QCOMPARE(wrong.errorMessage, QStringLiteral("The passphrase is wrong."));

    const UnlockResult unlocked = m_keyring->unlockWithPassphrase(path, m_passphrase);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorMessage));
    QVERIFY(unlocked.key.equals(created.key));
    QCOMPARE(unlocked.databaseId, created.databaseId);

    const QString keychainPath = dbPath(QStringLiteral("keychain.db"));
    QVERIFY(m_keyring->create(keychainPath, Protection::Keychain).ok());
    QCOMPARE(m_keyring->unlockWithPassphrase(keychainPath, m_passphrase).error, KeyringError::NotPassphraseProtected);
}

void TestDatabaseKeyring::weakPassphraseRefused()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Passphrase, QStringLiteral("short"));
    QCOMPARE(created.error, KeyringError::WeakPassphrase);
    QVERIFY(created.errorMessage.contains(QStringLiteral("at least 10 characters")));
    QVERIFY(!m_keyring->hasKeyInfo(path));
}

void TestDatabaseKeyring::recoveryPath()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QVERIFY(created.ok());

    UnlockResult recovered = m_keyring->unlockWithRecoveryKey(path, created.recoveryKeyText.toLower());
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorMessage));
    QVERIFY(recovered.key.equals(created.key));
    QCOMPARE(recovered.databaseId, created.databaseId);

    const UnlockResult bad = m_keyring->unlockWithRecoveryKey(path, QStringLiteral("1234-5678"));
    QCOMPARE(bad.error, KeyringError::InvalidRecoveryKey);
    QVERIFY(!bad.errorMessage.isEmpty());

    // Works with nothing but the key: the sidecar is gone.
    QVERIFY(QFile::remove(KeyInfoFile::pathFor(path)));
    recovered = m_keyring->unlockWithRecoveryKey(path, created.recoveryKeyText);
    QVERIFY(recovered.ok());
    QVERIFY(recovered.key.equals(created.key));
    QVERIFY(recovered.databaseId.isNull());
}

void TestDatabaseKeyring::restoreKeychainEntryAfterRecovery()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QVERIFY(created.ok());
    m_store->remove(DatabaseKeyring::keychainService(), DatabaseKeyring::keychainAccount(created.databaseId));
    QCOMPARE(m_keyring->unlock(path).error, KeyringError::KeychainEntryMissing);

    const UnlockResult recovered = m_keyring->unlockWithRecoveryKey(path, created.recoveryKeyText);
    QVERIFY(recovered.ok());
    QString error;
    QVERIFY2(m_keyring->restoreKeychainEntry(path, recovered.key, &error), qPrintable(error));
    const UnlockResult unlocked = m_keyring->unlock(path);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorMessage));
    QVERIFY(unlocked.key.equals(created.key));

    const QString passphrasePath = dbPath(QStringLiteral("passphrase.db"));
    const CreatedKey passphraseKey = m_keyring->create(passphrasePath, Protection::Passphrase, m_passphrase);
    QVERIFY(passphraseKey.ok());
    QVERIFY(!m_keyring->restoreKeychainEntry(passphrasePath, passphraseKey.key, &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabaseKeyring::rotateInKeychain()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QVERIFY(created.ok());
    const SecretBytes newKey = SecretBytes::random(32);
    QString error;
    QVERIFY2(m_keyring->beginRotation(path, newKey, Protection::Keychain, {}, &error), qPrintable(error));
    QVERIFY(m_keyring->rotationPending(path));
    // While pending, the old key stays current and the new one sits in an entry of its own.
    UnlockResult unlocked = m_keyring->unlock(path);
    QVERIFY(unlocked.ok());
    QVERIFY(unlocked.key.equals(created.key));
    QVERIFY(unlocked.rotationPending);
    QVERIFY(unlocked.pendingKey.equals(newKey));
    QVERIFY(m_keyring->pendingKeychainKey(path).equals(newKey));
    QCOMPARE(m_store->count(), 2);
    // A second rotation may not start on top of an unfinished one.
    QVERIFY(!m_keyring->beginRotation(path, SecretBytes::random(32), Protection::Keychain, {}, &error));
    QVERIFY(error.contains(QStringLiteral("not finished")));

    QVERIFY2(m_keyring->completeRotation(path, &error), qPrintable(error));
    QVERIFY(!m_keyring->rotationPending(path));
    unlocked = m_keyring->unlock(path);
    QVERIFY(unlocked.ok());
    QVERIFY(unlocked.key.equals(newKey));
    QCOMPARE(unlocked.databaseId, created.databaseId);
    QCOMPARE(m_store->count(), 1); // the old entry is gone

    QVERIFY(!m_keyring->beginRotation(path, SecretBytes::random(16), Protection::Keychain, {}, &error));
    QVERIFY(!m_keyring->rotationPending(path));
    QVERIFY(m_keyring->unlock(path).key.equals(newKey));
}

void TestDatabaseKeyring::rotateToPassphraseAndAbandon()
{
    const QString path = dbPath(QStringLiteral("hr.db"));
    const CreatedKey created = m_keyring->create(path, Protection::Keychain);
    QVERIFY(created.ok());
    const SecretBytes newKey = SecretBytes::random(32);
    QString error;

    QVERIFY(!m_keyring->beginRotation(path, newKey, Protection::Passphrase, QStringLiteral("short"), &error));
    QVERIFY(error.contains(QStringLiteral("at least 10 characters")));
    QVERIFY(!m_keyring->rotationPending(path)); // nothing changed
    QVERIFY(m_keyring->unlock(path).key.equals(created.key));

    // Abandoned: the pending key is dropped, the old key stays.
    QVERIFY2(m_keyring->beginRotation(path, newKey, Protection::Passphrase, m_passphrase, &error), qPrintable(error));
    QVERIFY(m_keyring->rotationPending(path));
    QVERIFY2(m_keyring->abandonRotation(path, &error), qPrintable(error));
    QVERIFY(!m_keyring->rotationPending(path));
    QCOMPARE(m_keyring->protection(path), Protection::Keychain);
    QVERIFY(m_keyring->unlock(path).key.equals(created.key));

    // Completed: the passphrase protects the key and the keychain copy, a way around it, is gone.
    QVERIFY2(m_keyring->beginRotation(path, newKey, Protection::Passphrase, m_passphrase, &error), qPrintable(error));
    QVERIFY2(m_keyring->completeRotation(path, &error), qPrintable(error));
    QCOMPARE(m_keyring->protection(path), Protection::Passphrase);
    QCOMPARE(m_store->count(), 0);
    const UnlockResult unlocked = m_keyring->unlockWithPassphrase(path, m_passphrase);
    QVERIFY(unlocked.ok());
    QVERIFY(unlocked.key.equals(newKey));
    QCOMPARE(unlocked.databaseId, created.databaseId);
}

void TestDatabaseKeyring::rotateWithoutKeyInfo()
{
    const QString path = dbPath(QStringLiteral("orphan.db"));
    const SecretBytes key = SecretBytes::random(32);
    QString error;
    QVERIFY2(m_keyring->beginRotation(path, key, Protection::Keychain, {}, &error), qPrintable(error));
    QVERIFY(!m_keyring->rotationPending(path)); // a new key information file has nothing to undo
    QVERIFY2(m_keyring->completeRotation(path, &error), qPrintable(error));
    const UnlockResult unlocked = m_keyring->unlock(path);
    QVERIFY(unlocked.ok());
    QVERIFY(unlocked.key.equals(key));
    QVERIFY(!unlocked.databaseId.isNull());
}

QTEST_GUILESS_MAIN(TestDatabaseKeyring)
#include "TestDatabaseKeyring.moc"
