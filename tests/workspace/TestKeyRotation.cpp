#include "TestSupport.h"

#include "core/audit/AuditChain.h"
#include "core/security/DatabaseKeyring.h"
#include "core/security/KeyInfoFile.h"
#include "core/security/MemorySecretStore.h"
#include "core/security/RecoveryKey.h"
#include "core/workspace/WorkspaceOpener.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hrdesk;
using Opener = hrdesk::WorkspaceOpener;

// Key rotation stopped at each of its steps, as a crash would stop it: the database opens every
// time, and the next open completes or undoes the rotation and says so.
class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const QString m_passphrase = QStringLiteral("春眠不觉晓-处处闻啼鸟");
    const QString m_newPassphrase = QStringLiteral("夜来风雨声-花落知多少");

    QString freshPath() { return m_dir.filePath(QStringLiteral("rot%1.db").arg(++m_counter)); }

    static bool opensWith(const QString &path, const QString &recoveryKey)
    {
        const auto parsed = security::RecoveryKey::parse(recoveryKey);
        if (!parsed.ok())
            return false;
        QString error;
        return storage::Database::open(path, parsed.key.view(), storage::Database::Mode::OpenExisting, &error) != nullptr;
    }

    static int countActions(Workspace &ws, const QString &action)
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // Starts a rotation the way WorkspaceOpener::rekey does and stops after the given step.
    enum class StopAfter { Stored, Reencrypted };
    static QString interruptedRotation(Workspace &ws, security::SecretStore &store, security::Protection protection,
                                       const QString &passphrase, StopAfter stop)
    {
        security::DatabaseKeyring keyring(store);
        keyring.setKdfParams(security::KdfParams::interactive());
        security::SecretBytes key = security::SecretBytes::random(32);
        QString error;
        if (!keyring.beginRotation(ws.database().path(), key, protection, passphrase, &error))
            qFatal("beginRotation: %s", qPrintable(error));
        if (stop == StopAfter::Reencrypted && !ws.database().rekey(key.view(), &error))
            qFatal("rekey: %s", qPrintable(error));
        return security::RecoveryKey::format(key);
    }

private slots:
    void recoveryKeyIsDeliveredWhileTheOldKeyStillWorks()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY2(created.ok(), qPrintable(created.error));
        const QString oldRecovery = created.recoveryKey;
        bool checked = false;
        auto rekeyed = opener.rekey(*created.workspace, commands::Actor::system(), [&](const QString &key, QString *) {
            // At hand-over the new key is stored, and the file still opens with the old one only.
            checked = security::DatabaseKeyring(store).rotationPending(path) && store.count() == 2
                && opensWith(path, oldRecovery) && !opensWith(path, key);
            return true;
        });
        QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.error));
        QVERIFY(checked);
        QVERIFY(!security::DatabaseKeyring(store).rotationPending(path));
        QCOMPARE(countActions(*created.workspace, QStringLiteral("database.rekey")), 1);
        created.workspace.reset();
        QVERIFY(opensWith(path, rekeyed.recoveryKey));
        QVERIFY(!opensWith(path, oldRecovery));
    }

    void failedHandOverKeepsTheOldKey()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(created.ok());
        auto rekeyed = opener.rekey(*created.workspace, commands::Actor::system(), [](const QString &, QString *error) {
            *error = QStringLiteral("disk full");
            return false;
        });
        QCOMPARE(rekeyed.status, Opener::Status::Failed);
        QVERIFY2(rekeyed.error.contains(QStringLiteral("disk full")), qPrintable(rekeyed.error));
        QCOMPARE(store.count(), 1);
        QVERIFY(!security::DatabaseKeyring(store).rotationPending(path));
        created.workspace.reset();
        QVERIFY(opensWith(path, created.recoveryKey));
        QVERIFY(opener.open({path, Opener::KeySource::Keychain, {}, false}).ok());
    }

    void keychainRotationStoppedBeforeReencryptionIsUndone()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(created.ok());
        const QString newRecovery = interruptedRotation(*created.workspace, store, security::Protection::Keychain, {},
                                                        StopAfter::Stored);
        created.workspace.reset();
        QCOMPARE(store.count(), 2);

        auto opened = opener.open({path, Opener::KeySource::Keychain, {}, false});
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY2(opened.notice.contains(QStringLiteral("before the file was re-encrypted")), qPrintable(opened.notice));
        QCOMPARE(countActions(*opened.workspace, QStringLiteral("database.rekey_undone")), 1);
        QVERIFY(!security::DatabaseKeyring(store).rotationPending(path));
        QCOMPARE(store.count(), 1);
        opened.workspace.reset();
        QVERIFY(opensWith(path, created.recoveryKey));
        QVERIFY(!opensWith(path, newRecovery));
    }

    void keychainRotationStoppedAfterReencryptionIsCompleted()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(created.ok());
        const QString newRecovery = interruptedRotation(*created.workspace, store, security::Protection::Keychain, {},
                                                        StopAfter::Reencrypted);
        created.workspace.reset();

        auto opened = opener.open({path, Opener::KeySource::Keychain, {}, false});
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY2(opened.notice.contains(QStringLiteral("has completed it")), qPrintable(opened.notice));
        QCOMPARE(countActions(*opened.workspace, QStringLiteral("database.rekey")), 1);
        QVERIFY(!security::DatabaseKeyring(store).rotationPending(path));
        QCOMPARE(store.count(), 1);
        opened.workspace.reset();
        QVERIFY(opensWith(path, newRecovery));
        QVERIFY(!opensWith(path, created.recoveryKey));
        // Settled: the next open says nothing more.
        auto again = opener.open({path, Opener::KeySource::Keychain, {}, false});
        QVERIFY(again.ok());
        QVERIFY(again.notice.isEmpty());
    }

    void passphraseRotationOpensWithTheRightPassphraseAtEachStep_data()
    {
        QTest::addColumn<bool>("reencrypted");
        QTest::newRow("stopped before re-encryption") << false;
        QTest::newRow("stopped after re-encryption") << true;
    }

    void passphraseRotationOpensWithTheRightPassphraseAtEachStep()
    {
        QFETCH(bool, reencrypted);
        security::MemorySecretStore store;
        Opener opener(store);
        opener.setKdfParams(security::KdfParams::interactive());
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Passphrase, m_passphrase});
        QVERIFY(created.ok());
        interruptedRotation(*created.workspace, store, security::Protection::Passphrase, m_newPassphrase,
                            reencrypted ? StopAfter::Reencrypted : StopAfter::Stored);
        created.workspace.reset();

        // The passphrase that protects the key the file uses opens it; the other one does not.
        const QString right = reencrypted ? m_newPassphrase : m_passphrase;
        const QString wrong = reencrypted ? m_passphrase : m_newPassphrase;
        auto refused = opener.open({path, Opener::KeySource::Passphrase, wrong, false});
        if (!reencrypted) {
            // Before re-encryption both wraps still decrypt; the new one just does not open the file.
            QVERIFY(refused.ok() || refused.status == Opener::Status::WrongKey);
            if (refused.ok())
                QVERIFY(refused.notice.contains(QStringLiteral("before the file was re-encrypted")));
            refused.workspace.reset();
        }
        auto opened = opener.open({path, Opener::KeySource::Passphrase, right, false});
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY(!security::DatabaseKeyring(store).rotationPending(path));
        opened.workspace.reset();
        if (reencrypted)
            QCOMPARE(opener.open({path, Opener::KeySource::Passphrase, wrong, false}).status, Opener::Status::WrongKey);
    }

    void recoveryKeyOpensAnInterruptedRotation()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(created.ok());
        const QString newRecovery = interruptedRotation(*created.workspace, store, security::Protection::Keychain, {},
                                                        StopAfter::Reencrypted);
        created.workspace.reset();
        QCOMPARE(opener.open({path, Opener::KeySource::RecoveryKey, created.recoveryKey, false}).status,
                 Opener::Status::WrongKey);
        auto opened = opener.open({path, Opener::KeySource::RecoveryKey, newRecovery, false});
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY2(opened.notice.contains(QStringLiteral("has completed it")), qPrintable(opened.notice));
        QVERIFY(!security::DatabaseKeyring(store).rotationPending(path));
        opened.workspace.reset();
        QVERIFY(opener.open({path, Opener::KeySource::Keychain, {}, false}).ok());
    }

    void pendingKeyInfoSurvivesAReadBack()
    {
        security::KeyInfoFile info;
        info.setDatabaseId(QUuid::createUuid());
        info.setCreatedAt(QDateTime::currentDateTimeUtc());
        info.setKeychain(QStringLiteral("HR Desk"), QStringLiteral("database/a"));
        security::KeySlot pending;
        pending.keychainService = QStringLiteral("HR Desk");
        pending.keychainAccount = QStringLiteral("database/a/key-1");
        info.setPendingKey(pending, QDateTime::currentDateTimeUtc());
        const QByteArray json = info.toJson();
        QVERIFY(json.contains("\"format\": 2"));
        security::KeyInfoFile back;
        QString reason;
        QVERIFY2(back.fromJson(json, &reason), qPrintable(reason));
        QVERIFY(back.hasPendingKey());
        QCOMPARE(back.pendingKey().keychainAccount, pending.keychainAccount);
        QCOMPARE(back.keychainAccount(), QStringLiteral("database/a"));
        back.promotePendingKey();
        QCOMPARE(back.keychainAccount(), pending.keychainAccount);
        QVERIFY(back.toJson().contains("\"format\": 1"));
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "TestKeyRotation.moc"
