#include "TestSupport.h"

#include "core/security/KeyInfoFile.h"
#include "core/security/MemorySecretStore.h"
#include "core/security/RecoveryKey.h"
#include "core/workspace/WorkspaceOpener.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hrdesk;
using Opener = hrdesk::WorkspaceOpener;

class TestWorkspaceOpener : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.db").arg(++m_counter)); }

    static Opener::Outcome open(Opener &opener, const QString &path, Opener::KeySource source,
                                const QString &secret = {})
    {
        return opener.open({path, source, secret, false});
    }

    const QString m_passphrase = QStringLiteral("春眠不觉晓-处处闻啼鸟");

private slots:
    void keychainCreateThenOpen()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY2(created.ok(), qPrintable(created.error));
        QVERIFY(created.workspace);
        QCOMPARE(store.count(), 1);
        QVERIFY(security::RecoveryKey::parse(created.recoveryKey).ok());
        const QString databaseId = created.workspace->databaseId();
        created.workspace.reset();

        auto opened = open(opener, path, Opener::KeySource::Keychain);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(opened.workspace->databaseId(), databaseId);
        QCOMPARE(opened.protection, Opener::Protection::Keychain);
        // The sidecar never holds the key in plain text.
        QFile info(security::KeyInfoFile::pathFor(path));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QByteArray json = info.readAll();
        const auto key = security::RecoveryKey::parse(created.recoveryKey).key.toHex();
        QVERIFY(!json.toLower().contains(QByteArray(key.view().data(), key.view().size()).toLower()));
    }

    void createNeverReplacesAnExistingDatabase()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        QVERIFY(opener.create({path, Opener::Protection::Keychain, {}}).ok());
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        auto again = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(!again.ok());
        QVERIFY(again.error.contains(QStringLiteral("already exists")));
        QCOMPARE(store.count(), 1);
    }

    void passphraseProtection()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        opener.setKdfParams(security::KdfParams::interactive());
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Passphrase, m_passphrase});
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(store.count(), 0);
        created.workspace.reset();

        QCOMPARE(open(opener, path, Opener::KeySource::Keychain).status, Opener::Status::NeedsPassphrase);
        auto wrong = open(opener, path, Opener::KeySource::Passphrase, QStringLiteral("not the passphrase"));
        QCOMPARE(wrong.status, Opener::Status::WrongKey);
        QVERIFY(!wrong.error.isEmpty());
        auto right = open(opener, path, Opener::KeySource::Passphrase, m_passphrase);
        QVERIFY2(right.ok(), qPrintable(right.error));
        QCOMPARE(right.protection, Opener::Protection::Passphrase);
    }

    void weakPassphraseIsRefusedAndNothingIsCreated()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Passphrase, QStringLiteral("short")});
        QVERIFY(!created.ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(security::KeyInfoFile::pathFor(path)));
    }

    void keychainUnavailableIsReportedAndLeavesNothing()
    {
        security::MemorySecretStore store;
        store.setAvailable(false);
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QCOMPARE(created.status, Opener::Status::KeychainUnavailable);
        QVERIFY(!created.error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(security::KeyInfoFile::pathFor(path)));
    }

    void lostKeychainEntryNeedsRecoveryKeyThenIsRestored()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(created.ok());
        const QString recovery = created.recoveryKey;
        const QString databaseId = created.workspace->databaseId();
        created.workspace.reset();

        security::MemorySecretStore reinstalledProfile; // same file, empty keychain
        Opener fresh(reinstalledProfile);
        auto missing = open(fresh, path, Opener::KeySource::Keychain);
        QCOMPARE(missing.status, Opener::Status::KeychainEntryMissing);
        QVERIFY(QFile::exists(path)); // never replaced by a new database

        auto bad = open(fresh, path, Opener::KeySource::RecoveryKey, QStringLiteral("1234-5678"));
        QCOMPARE(bad.status, Opener::Status::WrongKey);
        QString otherKey = recovery;
        otherKey[0] = otherKey[0] == u'A' ? u'B' : u'A';
        QCOMPARE(open(fresh, path, Opener::KeySource::RecoveryKey, otherKey).status, Opener::Status::WrongKey);

        auto recovered = open(fresh, path, Opener::KeySource::RecoveryKey, recovery.toLower());
        QVERIFY2(recovered.ok(), qPrintable(recovered.error));
        QCOMPARE(recovered.workspace->databaseId(), databaseId);
        QVERIFY(!recovered.notice.isEmpty());
        recovered.workspace.reset();
        QVERIFY(open(fresh, path, Opener::KeySource::Keychain).ok());
    }

    void rekeyReplacesKeyAndRecoveryKey()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Keychain, {}});
        QVERIFY(created.ok());
        const QString oldRecovery = created.recoveryKey;
        QString delivered;
        auto rekeyed = opener.rekey(*created.workspace, commands::Actor::system(),
                                    [&](const QString &key, QString *) {
                                        delivered = key;
                                        return true;
                                    });
        QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.error));
        QVERIFY(rekeyed.recoveryKey != oldRecovery);
        QCOMPARE(delivered, rekeyed.recoveryKey);
        QCOMPARE(store.count(), 1); // the old keychain entry is gone
        created.workspace.reset();
        QVERIFY(open(opener, path, Opener::KeySource::Keychain).ok());
        QCOMPARE(open(opener, path, Opener::KeySource::RecoveryKey, oldRecovery).status, Opener::Status::WrongKey);
        QVERIFY(open(opener, path, Opener::KeySource::RecoveryKey, rekeyed.recoveryKey).ok());
    }

    void rekeyOfPassphraseDatabaseNeedsPassphrase()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        opener.setKdfParams(security::KdfParams::interactive());
        const QString path = freshPath();
        auto created = opener.create({path, Opener::Protection::Passphrase, m_passphrase});
        QVERIFY(created.ok());
        const auto accept = [](const QString &, QString *) { return true; };
        QCOMPARE(opener.rekey(*created.workspace, commands::Actor::system(), accept).status,
                 Opener::Status::NeedsPassphrase);
        const QString newPassphrase = QStringLiteral("a-new-passphrase-2026");
        auto rekeyed = opener.rekey(*created.workspace, commands::Actor::system(), accept, newPassphrase);
        QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.error));
        created.workspace.reset();
        QCOMPARE(open(opener, path, Opener::KeySource::Passphrase, m_passphrase).status, Opener::Status::WrongKey);
        QVERIFY(open(opener, path, Opener::KeySource::Passphrase, newPassphrase).ok());
    }

    void missingDatabaseIsReported()
    {
        security::MemorySecretStore store;
        Opener opener(store);
        auto outcome = open(opener, m_dir.filePath(QStringLiteral("nope.db")), Opener::KeySource::Keychain);
        QCOMPARE(outcome.status, Opener::Status::Failed);
        QVERIFY(outcome.error.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOpener)
#include "TestWorkspaceOpener.moc"
