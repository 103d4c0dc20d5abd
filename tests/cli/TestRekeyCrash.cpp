#include "core/security/RecoveryKey.h"
#include "storage/Database.h"
#include "ProcessRun.h"
#include "RecoveryKeyFile.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using hrdesk::storage::Database;

#ifdef HRDESK_SANITIZED_BUILD
constexpr int Employees = 4000; // the sanitizers make every step several times slower
#else
constexpr int Employees = 20000;
#endif
constexpr int Kills = 14;

// `hrdesk-admin rekey` killed at random moments: after every kill the database opens with its
// old key or with the new one, the passphrase still opens it, and `check` passes.
class TestRekeyCrash : public QObject
{
    Q_OBJECT

private:
    using Run = hrdesk::test::ProcessRun;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_passphraseFile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run admin(const QStringList &arguments)
    {
        return hrdesk::test::runProcess(QStringLiteral(HRDESK_ADMIN_PATH), arguments, {},
                                        QProcessEnvironment::systemEnvironment(), 300000);
    }

    static QByteArray rawKey(const QString &recoveryFile) { return hrdesk::test::rawKeyFromRecoveryFile(recoveryFile); }

    // Opens with the raw key (read-write, so that a hot journal left by the kill is rolled back)
    // and counts the employees; -1 when the key does not open the file.
    qint64 employeesWith(const QByteArray &key) const
    {
        if (key.size() != 32)
            return -1;
        QString error;
        auto db = Database::open(m_db, key, Database::Mode::OpenExisting, &error);
        if (!db)
            return -1;
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM employee")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QStringList rekeyArguments(const QString &recoveryOut) const
    {
        return {QStringLiteral("rekey"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                m_passphraseFile, QStringLiteral("--recovery-key-out"), recoveryOut};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("staff.db"));
        m_passphraseFile = path(QStringLiteral("passphrase.txt"));
        QFile passphrase(m_passphraseFile);
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("correct horse battery staple\n");
        passphrase.close();
        const Run r = admin({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                             m_passphraseFile, QStringLiteral("--recovery-key-out"), path(QStringLiteral("key-0")),
                             QStringLiteral("--employees"), QString::number(Employees), QStringLiteral("--customers"),
                             QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }

    void killedRekeyNeverLosesTheKey()
    {
        QString currentKeyFile = path(QStringLiteral("key-0"));
        const qint64 employees = employeesWith(rawKey(currentKeyFile));
        QCOMPARE(employees, qint64(Employees));

        // One uninterrupted run tells how long a rekey takes here; kills are spread over it.
        QElapsedTimer timer;
        timer.start();
        const QString firstKey = path(QStringLiteral("key-1"));
        const Run full = admin(rekeyArguments(firstKey));
        QVERIFY2(full.code == 0, qPrintable(full.describe()));
        const qint64 duration = timer.elapsed();
        QCOMPARE(employeesWith(rawKey(firstKey)), employees);
        QCOMPARE(employeesWith(rawKey(currentKeyFile)), qint64(-1));
        currentKeyFile = firstKey;

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("rekey takes %lld ms; kill delays seeded with %u", duration, seed);
        QRandomGenerator random(seed);
        int completed = 0;
        int undone = 0;
        for (int run = 0; run < Kills; ++run) {
            const QString newKeyFile = path(QStringLiteral("key-%1-%2").arg(run + 2).arg(seed));
            // Every other kill falls into the second half, where the file is re-encrypted and
            // the key information updated; the others anywhere from the start to just after the end.
            const int delay = run % 2 ? int(duration / 2 + random.bounded(quint32(duration * 11 / 20 + 1)))
                                      : int(random.bounded(quint32(duration * 11 / 10 + 1)));
            QProcess process;
            process.start(QStringLiteral(HRDESK_ADMIN_PATH), rekeyArguments(newKeyFile));
            QVERIFY(process.waitForStarted());
            QThread::msleep(delay);
            process.kill();
            QVERIFY(process.waitForFinished(60000));

            // The file opens with exactly one of the two keys, and holds every employee.
            const qint64 withOld = employeesWith(rawKey(currentKeyFile));
            const qint64 withNew = QFileInfo::exists(newKeyFile) ? employeesWith(rawKey(newKeyFile)) : -1;
            QVERIFY2((withOld == employees) != (withNew == employees),
                     qPrintable(QStringLiteral("run %1, killed after %2 ms (seed %3): old key %4, new key %5")
                                        .arg(run).arg(delay).arg(seed).arg(withOld).arg(withNew)));
            if (withNew == employees) {
                currentKeyFile = newKeyFile;
                ++completed;
            } else {
                ++undone;
            }

            // The passphrase opens it, the unfinished rotation is settled, the audit chain is whole.
            const Run check = admin({QStringLiteral("check"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--passphrase-file"), m_passphraseFile});
            QVERIFY2(check.code == 0, qPrintable(QStringLiteral("run %1, killed after %2 ms (seed %3): %4")
                                                         .arg(run).arg(delay).arg(seed).arg(check.describe())));
            QVERIFY2(!QFile::exists(m_db + QStringLiteral("-journal")), qPrintable(QStringLiteral("run %1").arg(run)));
            QFile keyInfo(m_db + QStringLiteral(".key.json"));
            QVERIFY(keyInfo.open(QIODevice::ReadOnly));
            QVERIFY2(!keyInfo.readAll().contains("pending_key"), qPrintable(QStringLiteral("run %1").arg(run)));
        }
        qInfo("%d kills left the new key in place, %d the old one", completed, undone);

        // And the key still changes normally afterwards.
        const QString lastKey = path(QStringLiteral("key-last"));
        const Run last = admin(rekeyArguments(lastKey));
        QVERIFY2(last.code == 0, qPrintable(last.describe()));
        QCOMPARE(employeesWith(rawKey(lastKey)), employees);
    }
};

QTEST_GUILESS_MAIN(TestRekeyCrash)
#include "TestRekeyCrash.moc"
