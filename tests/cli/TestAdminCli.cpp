#include "core/security/RecoveryKey.h"
#include "storage/Database.h"
#include "ProcessRun.h"
#include "RecoveryKeyFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::storage::Database;

class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    using Run = hrdesk::test::ProcessRun;

    QTemporaryDir m_dir;
    QString m_passphraseFile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run run(const QStringList &arguments, const QByteArray &input = {},
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return hrdesk::test::runProcess(QStringLiteral(HRDESK_ADMIN_PATH), arguments, input, environment, 120000);
    }

    static QString describe(const Run &r)
    {
        return r.describe();
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(content);
        return file.fileName();
    }

    // A passphrase-protected database with demo data and its recovery key file.
    void makeDemo(const QString &db, const QString &recovery)
    {
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                           m_passphraseFile, QStringLiteral("--recovery-key-out"), recovery,
                           QStringLiteral("--employees"), QStringLiteral("60"), QStringLiteral("--customers"),
                           QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("11")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    static QByteArray rawKey(const QString &recoveryFile) { return hrdesk::test::rawKeyFromRecoveryFile(recoveryFile); }

    static qint64 count(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
            return q.value(0).toLongLong();
        return -1;
    }

    QStringList unlock() const { return {QStringLiteral("--passphrase-file"), m_passphraseFile}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(HRDESK_ADMIN_PATH)));
        m_passphraseFile = writeFile(QStringLiteral("passphrase.txt"), "correct horse battery staple\n");
    }

    void usage()
    {
        Run r = run({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: hrdesk-admin COMMAND")));
        r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *command : {"init", "demo", "check", "rekey", "backup"}) {
            QVERIFY(r.out.contains(QLatin1String(command)));
            const Run help = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(help.code == 0 && help.out.contains(QStringLiteral("--db")), qPrintable(describe(help)));
            QVERIFY(help.out.contains(QStringLiteral("hrdesk-admin %1").arg(QLatin1String(command))));
        }
        r = run({QStringLiteral("check"), QStringLiteral("--bogus")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--bogus")) || r.err.contains(QStringLiteral("bogus")));
    }

    void missingDatabaseOption()
    {
        for (const char *command : {"init", "demo", "check", "rekey", "backup"}) {
            const Run r = run({QString::fromLatin1(command)});
            QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("Missing --db")), qPrintable(describe(r)));
        }
    }

    void databaseDoesNotExist()
    {
        const QString missing = path(QStringLiteral("missing.db"));
        for (const char *command : {"check", "rekey", "backup"}) {
            QStringList args{QString::fromLatin1(command), QStringLiteral("--db"), missing};
            args << unlock() << QStringLiteral("--out") << path(QStringLiteral("never.db"));
            if (QLatin1String(command) != QLatin1String("backup"))
                args.removeLast(), args.removeLast();
            const Run r = run(args);
            QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("does not exist")), qPrintable(describe(r)));
        }
        QVERIFY(!QFileInfo::exists(missing));
    }

    void initWithPassphrase()
    {
        const QString db = path(QStringLiteral("init.db"));
        const QString recovery = path(QStringLiteral("init.recovery"));
        Run r = run(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-out"),
                                recovery} + unlock());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(recovery));
        QVERIFY(r.out.contains(QStringLiteral("passphrase")));
        QVERIFY(QFileInfo::exists(db));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(recovery).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
#endif
        QCOMPARE(rawKey(recovery).size(), 32);

        r = run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("all checks passed")), qPrintable(describe(r)));

        // Never over an existing database.
        r = run(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("already exists")), qPrintable(describe(r)));
    }

    void initShowsRecoveryKeyOnce()
    {
        const Run r = run(QStringList{QStringLiteral("init"), QStringLiteral("--db"), path(QStringLiteral("shown.db"))} + unlock());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        static const QRegularExpression grouped(QStringLiteral("([0-9A-F]{8}-){7}[0-9A-F]{8}"));
        QCOMPARE(r.out.count(grouped), 1);
        QVERIFY(r.out.contains(QStringLiteral("shown only this once")));
    }

    void initWithoutKeychainNamesTheOption()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("only the Secret Service can be switched off through the environment");
#endif
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/hrdesk-no-bus"));
        const QString db = path(QStringLiteral("nokeychain.db"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), db}, {}, env);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("No keychain answered")) && r.err.contains(QStringLiteral("--passphrase-file")),
                 qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(db));
    }

    void wrongSecrets()
    {
        const QString db = path(QStringLiteral("secrets.db"));
        const QString recovery = path(QStringLiteral("secrets.recovery"));
        makeDemo(db, recovery);
        const QString wrong = writeFile(QStringLiteral("wrong.txt"), "not the passphrase at all\n");
        Run r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), wrong});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(describe(r)));

        const QString badKey = writeFile(QStringLiteral("bad.recovery"), "12345-not-a-key\n");
        r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"), badKey});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("Cannot open")), qPrintable(describe(r)));

        // Well-formed but another key.
        const QString otherKey = writeFile(QStringLiteral("other.recovery"), QByteArray(64, 'A') + '\n');
        r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"), otherKey});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("Cannot open")), qPrintable(describe(r)));

        r = run({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("--passphrase-file")), qPrintable(describe(r)));

        r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"), recovery});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void demoRefusesDatabaseWithStaff()
    {
        const QString db = path(QStringLiteral("staff.db"));
        makeDemo(db, path(QStringLiteral("staff.recovery")));
        const Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("already has staff")), qPrintable(describe(r)));
        const Run bad = run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--employees"),
                                        QStringLiteral("many")} + unlock());
        QCOMPARE(bad.code, 2);
    }

    void demoReportsSpeed()
    {
        const QString db = path(QStringLiteral("speed.db"));
        const Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--employees"),
                                      QStringLiteral("40"), QStringLiteral("--customers"), QStringLiteral("100"),
                                      QStringLiteral("--recovery-key-out"), path(QStringLiteral("speed.recovery"))}
                          + unlock());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("40 employees, 100 customers")));
        QVERIFY(r.out.contains(QStringLiteral("rows/s")));
        QVERIFY(r.out.contains(QStringLiteral("demo-password")));
    }

    void checkCatchesTamperedAuditChain()
    {
        const QString db = path(QStringLiteral("tamper.db"));
        const QString recovery = path(QStringLiteral("tamper.recovery"));
        makeDemo(db, recovery);
        const QByteArray key = rawKey(recovery);
        QCOMPARE(key.size(), 32);
        {
            QString error;
            auto database = Database::open(db, key, Database::Mode::OpenExisting, &error);
            QVERIFY2(database, qPrintable(error));
            QSqlQuery q(database->connection());
            // What someone with the key and a SQLite shell could do: lift the guard, edit, restore the guard.
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_event SET after_json = '{\"employees\":1}' "
                                          "WHERE action = 'demo.generate'")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event "
                                          "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END")));
        }
        Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("[FAIL] Audit chain")), qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("PROBLEMS FOUND")));
        QVERIFY(r.out.contains(QStringLiteral("[ ok ] Integrity")));

        // Without the trigger restored, check reports that too.
        {
            QString error;
            auto database = Database::open(db, key, Database::Mode::OpenExisting, &error);
            QVERIFY2(database, qPrintable(error));
            QSqlQuery q(database->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_delete")));
        }
        r = run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 1 && r.out.contains(QStringLiteral("[FAIL] Audit log append-only triggers")), qPrintable(describe(r)));
    }

    void rekeyReplacesRecoveryKey()
    {
        const QString db = path(QStringLiteral("rekey.db"));
        const QString oldRecovery = path(QStringLiteral("rekey-old.recovery"));
        const QString newRecovery = path(QStringLiteral("rekey-new.recovery"));
        makeDemo(db, oldRecovery);
        Run r = run(QStringList{QStringLiteral("rekey"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-out"),
                                oldRecovery} + unlock());
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("already exists")), qPrintable(describe(r)));
        r = run(QStringList{QStringLiteral("rekey"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-out"),
                            newRecovery} + unlock());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(rawKey(newRecovery) != rawKey(oldRecovery));

        r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"), oldRecovery});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("Cannot open")), qPrintable(describe(r)));
        r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"), newRecovery});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // Printed to stdout when no file is named.
        r = run(QStringList{QStringLiteral("rekey"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(r.code == 0 && r.out.contains(QRegularExpression(QStringLiteral("([0-9A-F]{8}-){7}[0-9A-F]{8}"))),
                 qPrintable(describe(r)));
    }

    void backupWhileAnotherConnectionWrites()
    {
        const QString db = path(QStringLiteral("live.db"));
        const QString recovery = path(QStringLiteral("live.recovery"));
        const QString copy = path(QStringLiteral("live-backup.db"));
        makeDemo(db, recovery);
        const QByteArray key = rawKey(recovery);
        QString error;
        auto writer = Database::open(db, key, Database::Mode::OpenExisting, &error);
        QVERIFY2(writer, qPrintable(error));
        QSqlQuery q(writer->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE customer SET score = 1")));

        QProcess backupRun;
        backupRun.start(QStringLiteral(HRDESK_ADMIN_PATH),
                        QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}
                            + unlock());
        QVERIFY(backupRun.waitForStarted());
        // The copy is taken while the write transaction is open. The transaction ends once the copy
        // is being written, as the desk's short commands do, so that the backup can then record its
        // audit event in the source (it waits for the lock; a backup that cannot be audited is removed).
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(copy).size() == 0 && backupRun.state() != QProcess::NotRunning && waited.elapsed() < 60000)
            QTest::qWait(5);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(backupRun.waitForFinished(120000));
        const QString out = QString::fromLocal8Bit(backupRun.readAllStandardOutput());
        QVERIFY2(backupRun.exitCode() == 0 && out.contains(QStringLiteral("verified")),
                 qPrintable(out + QString::fromLocal8Bit(backupRun.readAllStandardError())));

        auto backup = Database::open(copy, key, Database::Mode::ReadOnly, &error);
        QVERIFY2(backup, qPrintable(error));
        for (const char *table : {"employee", "customer", "department", "local_user"})
            QCOMPARE(count(*backup, QLatin1String(table)), count(*writer, QLatin1String(table)));
        // The source has one event more than its copy: the backup itself, in the audit log and the outbox.
        for (const char *table : {"audit_event", "outbox"})
            QCOMPARE(count(*backup, QLatin1String(table)) + 1, count(*writer, QLatin1String(table)));
        QSqlQuery scores(backup->connection());
        QVERIFY(scores.exec(QStringLiteral("SELECT count(*) FROM customer WHERE score = 1")) && scores.next());
        QVERIFY(scores.value(0).toLongLong() < 300); // the uncommitted update is not in the copy
        scores.finish();
        backup.reset();

        // The copy opens through hrdesk-admin with the same passphrase (its key information travelled with it).
        Run checked = run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), copy} + unlock());
        QVERIFY2(checked.code == 0, qPrintable(describe(checked)));

        checked = run(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}
                      + unlock());
        QVERIFY2(checked.code == 1 && checked.err.contains(QStringLiteral("already exists")), qPrintable(describe(checked)));
        checked = run(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db} + unlock());
        QVERIFY2(checked.code == 2 && checked.err.contains(QStringLiteral("--out")), qPrintable(describe(checked)));

        // Restored, the backup becomes a database with a device identity of its own.
        const QString restoredPath = path(QStringLiteral("live-restored.db"));
        checked = run(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--db"),
                                  restoredPath}
                      + unlock());
        QVERIFY2(checked.code == 0 && checked.out.contains(QStringLiteral("new device identity")),
                 qPrintable(describe(checked)));
        {
            auto restored = Database::open(restoredPath, key, Database::Mode::ReadOnly, &error);
            QVERIFY2(restored, qPrintable(error));
            QSqlQuery device(restored->connection());
            QVERIFY(device.exec(QStringLiteral("SELECT reason FROM device ORDER BY rowid DESC LIMIT 1")) && device.next());
            QCOMPARE(device.value(0).toString(), QStringLiteral("restored"));
            QVERIFY(device.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'database.restore'"))
                    && device.next());
            QCOMPARE(device.value(0).toInt(), 1);
            QCOMPARE(count(*restored, QStringLiteral("employee")), count(*writer, QStringLiteral("employee")));
        }
        // Never over an existing database, and a failed restore leaves nothing behind.
        checked = run(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--db"), db}
                      + unlock());
        QVERIFY2(checked.code == 1 && checked.err.contains(QStringLiteral("never overwrites")), qPrintable(describe(checked)));
        const QString wrongKeyTarget = path(QStringLiteral("wrong-key-restored.db"));
        checked = run({QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--db"), wrongKeyTarget,
                       QStringLiteral("--passphrase-file"), writeFile(QStringLiteral("wrong.pass"), "not the passphrase at all")});
        QVERIFY2(checked.code == 1 && checked.err.contains(QStringLiteral("Nothing was restored")), qPrintable(describe(checked)));
        QVERIFY(!QFileInfo::exists(wrongKeyTarget));
        QVERIFY(!QFileInfo::exists(wrongKeyTarget + QStringLiteral(".key.json")));
    }

    void sqlcipherShellOpensWithRecoveryKey()
    {
        const QString shell = QStringLiteral("/usr/bin/sqlcipher");
        // scripts/lib/deps.sh installs it: its absence is a broken set-up, not a reason to skip.
        QVERIFY2(QFileInfo::exists(shell), "/usr/bin/sqlcipher is not installed (package sqlcipher)");
        const QString db = path(QStringLiteral("shell.db"));
        const QString recovery = path(QStringLiteral("shell.recovery"));
        makeDemo(db, recovery);
        const QByteArray hex = rawKey(recovery).toHex().toUpper();
        QProcess process;
        process.start(shell, {db});
        QVERIFY(process.waitForStarted());
        process.write("PRAGMA key = \"x'" + hex + "'\";\nSELECT count(*) FROM employee;\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.split('\n').contains("60"), out.constData());
    }

    void keychainProtection()
    {
        const QString db = path(QStringLiteral("keychain.db"));
        const QString recovery = path(QStringLiteral("keychain.recovery"));
        Run r = run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--recovery-key-out"), recovery});
        if (r.code != 0 && r.err.contains(QStringLiteral("No keychain answered"))) {
            if (hrdesk::test::keychainRequired())
                QFAIL(qPrintable(describe(r)));
            QSKIP("no keychain answers here (scripts/test provides one)");
        }
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("keychain")), qPrintable(describe(r)));
        r = run({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("rekey"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "TestAdminCli.moc"
