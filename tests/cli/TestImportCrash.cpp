#include "core/security/RecoveryKey.h"
#include "core/validation/ResidentIdNumber.h"
#include "storage/Database.h"
#include "ProcessRun.h"
#include "RecoveryKeyFile.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using hrdesk::storage::Database;

#ifdef HRDESK_SANITIZED_BUILD
constexpr int Rows = 4000; // the sanitizers make every step several times slower
#else
constexpr int Rows = 20000;
#endif
constexpr int BaselineRows = 50;
constexpr int Kills = 14;
// Fixed so that a failure can be replayed; HRDESK_CRASH_SEED picks another sequence.
constexpr quint32 DefaultSeed = 9062026;

// `hrdesk-admin import` killed at random moments: after every kill the database holds either
// none or all of the file's rows (with their audit events and outbox intent), the audit chain
// is whole and `check` passes.
class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    using Run = hrdesk::test::ProcessRun;

    // What the database holds, counted with the raw key.
    struct Counts
    {
        qint64 employees = -1;
        qint64 auditEvents = -1;
        qint64 importEvents = -1;
        qint64 outbox = -1;

        QString describe() const
        {
            return QStringLiteral("%1 employees, %2 audit events (%3 imports), %4 outbox entries")
                .arg(employees).arg(auditEvents).arg(importEvents).arg(outbox);
        }
    };

    // Where the import was when it was killed, from what it had printed.
    enum class Phase { Opening, Writing, Committed, Finished };

    QTemporaryDir m_dir;
    QString m_db;
    QString m_passphraseFile;
    QByteArray m_key;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run admin(const QStringList &arguments)
    {
        return hrdesk::test::runProcess(QStringLiteral(HRDESK_ADMIN_PATH), arguments, {},
                                        QProcessEnvironment::systemEnvironment(), 300000);
    }

    QStringList importArguments(const QString &file) const
    {
        return {QStringLiteral("import"), QStringLiteral("staff"), QStringLiteral("--db"), m_db,
                QStringLiteral("--passphrase-file"), m_passphraseFile, file};
    }

    static QByteArray rawKey(const QString &recoveryFile) { return hrdesk::test::rawKeyFromRecoveryFile(recoveryFile); }

    // A staff file of `rows` rows whose employee and ID numbers no other batch uses.
    QString writeStaffCsv(int batch, int rows) const
    {
        static const char *const departments[] = {"华南区/深圳分公司/销售部", "华南区/深圳分公司/客服部",
                                                  "华东区/上海分公司/研发部"};
        QByteArray csv = QStringLiteral("员工编号,姓名,身份证号码,部门,入职日期,手机号\n").toUtf8();
        csv.reserve(rows * 96);
        const QDate firstBirth = QDate(1950, 1, 1).addDays(batch * (Rows / 500 + 2));
        for (int i = 0; i < rows; ++i) {
            // 500 odd order codes per birth date keep every ID number distinct.
            const QString first17 = QStringLiteral("440305%1%2")
                                        .arg(firstBirth.addDays(i / 500).toString(QStringLiteral("yyyyMMdd")))
                                        .arg((i % 500) * 2 + 1, 3, 10, QLatin1Char('0'));
            csv += QStringLiteral("B%1N%2,员工%1-%2,%3,%4,2023年7月1日,139%5\n")
                       .arg(batch, 2, 10, QLatin1Char('0'))
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .arg(hrdesk::validation::ResidentIdNumber::withCheckDigit(first17),
                            QString::fromUtf8(departments[i % 3]))
                       .arg(batch * Rows + i, 8, 10, QLatin1Char('0'))
                       .toUtf8();
        }
        QFile file(path(QStringLiteral("staff-%1.csv").arg(batch)));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    // Opens read-write (so that a hot journal left by a kill is rolled back) and counts.
    Counts counts() const
    {
        Counts c;
        QString error;
        auto db = Database::open(m_db, m_key, Database::Mode::OpenExisting, &error);
        if (!db) {
            qWarning("cannot open %s: %s", qPrintable(m_db), qPrintable(error));
            return c;
        }
        QSqlQuery q(db->connection());
        auto count = [&q](const char *sql) {
            return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        c.employees = count("SELECT count(*) FROM employee");
        c.auditEvents = count("SELECT count(*) FROM audit_event");
        c.importEvents = count("SELECT count(*) FROM audit_event WHERE action = 'import.staff'");
        c.outbox = count("SELECT count(*) FROM outbox");
        q.finish();
        return c;
    }

    static bool startedWriting(const QByteArray &out) { return out.contains("checked in"); }

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
        const QString recovery = path(QStringLiteral("recovery.txt"));
        Run r = admin({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                       m_passphraseFile, QStringLiteral("--recovery-key-out"), recovery});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        m_key = rawKey(recovery);
        QCOMPARE(m_key.size(), 32);
        // A few employees before the first large file, so that "none" is not an empty table.
        r = admin(importArguments(writeStaffCsv(0, BaselineRows)));
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(counts().employees, qint64(BaselineRows));
    }

    void killedImportWritesNoneOrAll()
    {
        Counts before = counts();
        QCOMPARE(before.employees, qint64(BaselineRows));
        int batch = 1;

        // One uninterrupted run tells how long an import takes here and when it starts writing.
        QElapsedTimer timer;
        QProcess full;
        timer.start();
        full.start(QStringLiteral(HRDESK_ADMIN_PATH), importArguments(writeStaffCsv(batch++, Rows)));
        QVERIFY(full.waitForStarted());
        QByteArray fullOut;
        while (!startedWriting(fullOut) && full.waitForReadyRead(120000))
            fullOut += full.readAllStandardOutput();
        const qint64 checkedAt = timer.elapsed();
        QVERIFY2(full.waitForFinished(300000), "the uninterrupted import did not finish");
        const qint64 duration = timer.elapsed();
        fullOut += full.readAllStandardOutput();
        QVERIFY2(full.exitStatus() == QProcess::NormalExit && full.exitCode() == 0,
                 qPrintable(QString::fromUtf8(fullOut + full.readAllStandardError())));
        QVERIFY2(startedWriting(fullOut), fullOut.constData());
        Counts after = counts();
        QCOMPARE(after.employees, before.employees + Rows);
        QCOMPARE(after.auditEvents, before.auditEvents + Rows + 1);
        QCOMPARE(after.importEvents, before.importEvents + 1);
        const qint64 outboxPerImport = after.outbox - before.outbox;
        QVERIFY(outboxPerImport >= 1);
        before = after;
        const qint64 writing = std::max<qint64>(duration - checkedAt, 1);

        bool seedOk = false;
        const quint32 envSeed = qEnvironmentVariable("HRDESK_CRASH_SEED").toUInt(&seedOk);
        const quint32 seed = seedOk ? envSeed : DefaultSeed;
        qInfo("import of %d rows takes %lld ms, %lld ms of it writing; kill delays seeded with %u "
              "(HRDESK_CRASH_SEED)", Rows, duration, writing, seed);
        QRandomGenerator random(seed);
        int none = 0;
        int all = 0;
        int killedWriting = 0;
        for (int run = 0; run < Kills; ++run) {
            const QString file = writeStaffCsv(batch++, Rows);
            // Every other kill falls while the rows are written (timed from the line printed
            // once they are checked), every fourth of them near the commit, in the last fifth;
            // the others anywhere from the start to just after the end.
            const bool inWrite = run % 2 == 1;
            const bool nearCommit = run % 4 == 3;
            const int delay = nearCommit ? int(writing * 4 / 5 + random.bounded(quint32(writing / 4 + 1)))
                              : inWrite  ? int(random.bounded(quint32(writing + 1)))
                                         : int(random.bounded(quint32(duration * 11 / 10 + 1)));
            QProcess process;
            process.start(QStringLiteral(HRDESK_ADMIN_PATH), importArguments(file));
            QVERIFY(process.waitForStarted());
            QByteArray out;
            if (inWrite) {
                while (!startedWriting(out) && process.waitForReadyRead(120000))
                    out += process.readAllStandardOutput();
            }
            QThread::msleep(delay);
            const bool exitedFirst = process.state() == QProcess::NotRunning;
            process.kill();
            QVERIFY(process.waitForFinished(60000));
            out += process.readAllStandardOutput();
            const QByteArray err = process.readAllStandardError();

            Phase phase = Phase::Opening;
            if (exitedFirst && process.exitStatus() == QProcess::NormalExit)
                phase = Phase::Finished;
            else if (out.contains("Imported "))
                phase = Phase::Committed;
            else if (startedWriting(out))
                phase = Phase::Writing;
            static const char *const phaseNames[] = {"opening or checking", "writing", "after the commit",
                                                     "after it exited"};
            const QString where = QStringLiteral("run %1 (seed %2), killed %3 ms %4 (%5)")
                                      .arg(run).arg(seed).arg(delay)
                                      .arg(inWrite ? QStringLiteral("after the rows were checked")
                                                   : QStringLiteral("after the start"))
                                      .arg(QString::fromLatin1(phaseNames[int(phase)]));
            qInfo("%s", qPrintable(where));
            if (phase == Phase::Finished)
                QVERIFY2(process.exitCode() == 0, qPrintable(where + u'\n' + QString::fromUtf8(out + err)));
            if (phase == Phase::Writing)
                ++killedWriting;

            // The program's own check comes first: it opens the file as the kill left it.
            const Run check = admin({QStringLiteral("check"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--passphrase-file"), m_passphraseFile});
            QVERIFY2(check.code == 0, qPrintable(where + u'\n' + check.describe()));
            QVERIFY2(check.out.contains(QStringLiteral("Audit chain")), qPrintable(check.describe()));

            // Then exactly none or all of the rows, with their audit events and outbox intent.
            const Counts now = counts();
            const bool nothing = now.employees == before.employees && now.auditEvents == before.auditEvents
                                 && now.importEvents == before.importEvents && now.outbox == before.outbox;
            const bool everything = now.employees == before.employees + Rows
                                    && now.auditEvents == before.auditEvents + Rows + 1
                                    && now.importEvents == before.importEvents + 1
                                    && now.outbox == before.outbox + outboxPerImport;
            QVERIFY2(nothing || everything, qPrintable(QStringLiteral("%1: before %2, now %3")
                                                           .arg(where, before.describe(), now.describe())));
            if (phase == Phase::Committed || phase == Phase::Finished)
                QVERIFY2(everything, qPrintable(where + QStringLiteral(": it said it imported, but ")
                                                + now.describe()));
            if (phase == Phase::Opening)
                QVERIFY2(nothing, qPrintable(where + QStringLiteral(": it never printed the check, but ")
                                             + now.describe()));
            if (everything) {
                ++all;
                before = now;
            } else {
                ++none;
            }
            QVERIFY2(!QFile::exists(m_db + QStringLiteral("-journal")), qPrintable(where));
        }
        qInfo("%d kills left none of the rows, %d all of them; %d of the kills fell while rows were written",
              none, all, killedWriting);
        QVERIFY2(killedWriting >= Kills / 2,
                 qPrintable(QStringLiteral("only %1 of %2 kills fell while the rows were written")
                                .arg(killedWriting).arg(Kills)));

        // And an import still runs normally afterwards.
        const Run last = admin(importArguments(writeStaffCsv(batch++, Rows)));
        QVERIFY2(last.code == 0, qPrintable(last.describe()));
        QCOMPARE(counts().employees, before.employees + Rows);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "TestImportCrash.moc"
