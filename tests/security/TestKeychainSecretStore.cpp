#include "core/security/DatabaseKeyring.h"
#include "core/security/KeychainSecretStore.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hrdesk::security::CreatedKey;
using hrdesk::security::DatabaseKeyring;
using hrdesk::security::KeychainSecretStore;
using hrdesk::security::Protection;
using hrdesk::security::SecretBytes;
using hrdesk::security::SecretStoreResult;
using hrdesk::security::UnlockResult;

// Runs against the real OS keychain (under scripts/test: a throwaway gnome-keyring).
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void missingEntryIsNotFound();
    void databaseKeyringRoundTrip();
    void cleanupTestCase();

private:
    const QString m_service = QStringLiteral("HR Desk test");
    // Unique per run so a developer's real keychain never collides with (or keeps) test entries.
    const QString m_account = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore m_store;
    bool m_available = false;
};

void TestKeychainSecretStore::initTestCase()
{
    const SecretStoreResult probe = m_store.read(m_service, m_account);
    if (probe.error == SecretStoreResult::Error::NotFound) {
        m_available = true;
        return;
    }
    const QString reason = QStringLiteral("No usable keychain (error %1): %2")
                                   .arg(static_cast<int>(probe.error))
                                   .arg(probe.message);
    if (hrdesk::test::keychainRequired())
        QFAIL(qPrintable(reason));
    QSKIP(qPrintable(reason));
}

void TestKeychainSecretStore::writeReadOverwriteRemove()
{
    const SecretBytes first = SecretBytes::random(32);
    const SecretBytes second = SecretBytes::random(32);

    SecretStoreResult result = m_store.write(m_service, m_account, first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = m_store.read(m_service, m_account);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.data.equals(first));

    result = m_store.write(m_service, m_account, second);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = m_store.read(m_service, m_account);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.data.equals(second));

    result = m_store.remove(m_service, m_account);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = m_store.read(m_service, m_account);
    QCOMPARE(result.error, SecretStoreResult::Error::NotFound);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.data.isEmpty());
}

void TestKeychainSecretStore::missingEntryIsNotFound()
{
    const QString account = QStringLiteral("test/missing-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QElapsedTimer timer;
    timer.start();
    const SecretStoreResult result = m_store.read(m_service, account);
    QCOMPARE(result.error, SecretStoreResult::Error::NotFound);
    // A missing entry is an answer, not a backend that is still starting: no retry delay.
    QVERIFY2(timer.elapsed() < 400, qPrintable(QString::number(timer.elapsed())));
}

void TestKeychainSecretStore::databaseKeyringRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hr.db"));
    DatabaseKeyring keyring(m_store);
    const CreatedKey created = keyring.create(path, Protection::Keychain);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage));
    const QString account = DatabaseKeyring::keychainAccount(created.databaseId);

    // A second store object, as on the next start of the program.
    KeychainSecretStore nextRun;
    DatabaseKeyring nextKeyring(nextRun);
    const UnlockResult unlocked = nextKeyring.unlock(path);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorMessage));
    QVERIFY(unlocked.key.equals(created.key));

    QVERIFY(m_store.remove(DatabaseKeyring::keychainService(), account).ok());
    QCOMPARE(nextKeyring.unlock(path).error, hrdesk::security::KeyringError::KeychainEntryMissing);
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (m_available)
        m_store.remove(m_service, m_account);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
