#include "core/security/DatabaseKeyring.h"
#include "core/security/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace hrdesk::security;

// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere: the situation of a headless Linux box or a
// desktop without a Secret Service. The keychain must answer "no backend" quickly and the keyring
// must then let the caller fall back to a passphrase.
class TestKeychainFallback : public QObject
{
    Q_OBJECT

private slots:
    void storeReportsNoBackend();
    void createWithKeychainFailsAsUnavailable();
    void passphraseFallbackWorks();

private:
    QTemporaryDir m_dir;
};

void TestKeychainFallback::storeReportsNoBackend()
{
    KeychainSecretStore store;
    QElapsedTimer timer;
    timer.start();
    const SecretStoreResult result = store.read(QStringLiteral("HR Desk test"), QStringLiteral("test/none"));
    QCOMPARE(result.error, SecretStoreResult::Error::NoBackend);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    const SecretStoreResult written = store.write(QStringLiteral("HR Desk test"), QStringLiteral("test/none"),
                                                  SecretBytes::random(32));
    QCOMPARE(written.error, SecretStoreResult::Error::NoBackend);
}

void TestKeychainFallback::createWithKeychainFailsAsUnavailable()
{
    KeychainSecretStore store;
    DatabaseKeyring keyring(store);
    const QString path = m_dir.filePath(QStringLiteral("keychain.db"));
    const CreatedKey created = keyring.create(path, Protection::Keychain);
    QCOMPARE(created.error, KeyringError::KeychainUnavailable);
    QVERIFY(!created.errorMessage.isEmpty());
    QVERIFY(created.key.isEmpty());
    // Nothing half-made is left behind, so a passphrase attempt can follow on the same path.
    QVERIFY(!keyring.hasKeyInfo(path));
}

void TestKeychainFallback::passphraseFallbackWorks()
{
    KeychainSecretStore store;
    DatabaseKeyring keyring(store);
    keyring.setKdfParams(KdfParams::interactive());
    const QString path = m_dir.filePath(QStringLiteral("keychain.db"));
    const QString passphrase = QStringLiteral("correct horse battery");

    const CreatedKey created = keyring.create(path, Protection::Passphrase, passphrase);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage));

    const UnlockResult viaKeychain = keyring.unlock(path);
    QCOMPARE(viaKeychain.error, KeyringError::NeedsPassphrase);

    const UnlockResult unlocked = keyring.unlockWithPassphrase(path, passphrase);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorMessage));
    QVERIFY(unlocked.key.equals(created.key));
    QCOMPARE(unlocked.databaseId, created.databaseId);
}

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "TestKeychainFallback.moc"
