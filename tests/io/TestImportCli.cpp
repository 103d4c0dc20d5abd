#include "ProcessRun.h"
#include "core/validation/ResidentIdNumber.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// hrdesk-admin import, run as a real process against a passphrase-protected database.
class TestImportCli : public QObject
{
    Q_OBJECT

private:
    using Run = hrdesk::test::ProcessRun;

    QTemporaryDir m_dir;
    QString m_passphraseFile;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run run(const QStringList &arguments)
    {
        return hrdesk::test::runProcess(QStringLiteral(HRDESK_ADMIN_PATH), arguments);
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

    QStringList import(const QString &what, const QString &file) const
    {
        return {QStringLiteral("import"), what, QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                m_passphraseFile, file};
    }

    static QString staffCsv(int from, int count, bool breakOne)
    {
        QString csv = QStringLiteral("员工编号,姓名,身份证号码,部门,入职日期\n");
        for (int i = from; i < from + count; ++i) {
            QString id = hrdesk::validation::ResidentIdNumber::withCheckDigit(
                QStringLiteral("44030519880512%1").arg(i * 2 + 1, 3, 10, QLatin1Char('0')));
            if (breakOne && i == from + 1)
                id = id.left(17) + (id.endsWith(u'0') ? u'1' : u'0');
            csv += QStringLiteral("S%1,员工%1,%2,华南区/深圳分公司/销售部,2023年7月1日\n").arg(i).arg(id);
        }
        return csv;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_passphraseFile = writeFile(QStringLiteral("passphrase.txt"), "correct horse battery staple\n");
        m_db = path(QStringLiteral("hr.db"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                           m_passphraseFile, QStringLiteral("--recovery-key-out"), path(QStringLiteral("recovery.txt"))});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void usageErrors()
    {
        Run r = run({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--skip-invalid")));
        r = run({QStringLiteral("import"), QStringLiteral("payroll"), QStringLiteral("--db"), m_db, path(QStringLiteral("x.csv"))});
        QCOMPARE(r.code, 2);
        r = run(import(QStringLiteral("staff"), path(QStringLiteral("missing.csv"))));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.csv")));
    }

    void oneInvalidRowImportsNothing()
    {
        const QString file = writeFile(QStringLiteral("bad.csv"), staffCsv(1, 5, true).toUtf8());
        const QString report = path(QStringLiteral("report.csv"));
        const Run r = run(import(QStringLiteral("staff"), file) + QStringList{QStringLiteral("--report"), report});
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("Row 3")) || r.err.contains(QStringLiteral("3")), qPrintable(describe(r)));
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = reportFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // header + one problem
        QVERIFY(lines.at(1).startsWith("3,"));
        QVERIFY(lines.at(1).contains(QStringLiteral("身份证号码").toUtf8()));

        // Nothing was written: the valid rows of the same file still import (with --skip-invalid).
        const Run dry = run(import(QStringLiteral("staff"), file) + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});
        QVERIFY2(dry.code == 0, qPrintable(describe(dry)));
        QVERIFY2(dry.out.contains(QStringLiteral("4 valid")), qPrintable(describe(dry)));
        QVERIFY(dry.out.contains(QStringLiteral("华南区/深圳分公司/销售部")));
    }

    void importThenRefuseDuplicates()
    {
        const QString file = writeFile(QStringLiteral("good.csv"), staffCsv(100, 20, false).toUtf8());
        Run r = run(import(QStringLiteral("staff"), file));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Imported 20 rows")), qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("created 3 departments")));
        // The rows are in the database now: a second run finds them all taken.
        r = run(import(QStringLiteral("staff"), file) + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 1 && r.out.contains(QStringLiteral("20 invalid")), qPrintable(describe(r)));

        const QString customers = writeFile(QStringLiteral("customers.csv"),
                                            QStringLiteral("客户名称,类型,客户等级,负责人工号\n陈女士,个人,重点,S100\n李先生,个人,C,S101\n").toUtf8());
        r = run(import(QStringLiteral("customers"), customers));
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Imported 2 rows")), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
