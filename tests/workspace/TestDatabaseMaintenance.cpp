#include "TempWorkspace.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using hrdesk::storage::Database;

class TestDatabaseMaintenance : public QObject
{
    Q_OBJECT

private:
    static void addDepartments(QSqlDatabase db, int n)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) VALUES (?, 'department', ?, ?, 'now')"));
        for (int i = 0; i < n; ++i) {
            q.addBindValue(QStringLiteral("d%1").arg(i));
            q.addBindValue(QStringLiteral("C%1").arg(i));
            q.addBindValue(QStringLiteral("销售%1部").arg(i));
            QVERIFY(q.exec());
        }
    }

private slots:
    void fileIsEncrypted()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        QVERIFY(ws->database().cipherVersion().startsWith(QLatin1Char('4')));
        QFile f(ws.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));
    }

    void backupIsConsistentWhileAnotherConnectionWrites()
    {
        test::TempWorkspace ws;
        addDepartments(ws->db(), 50);
        QString error;
        // A second connection (the desk, say) holds an open write transaction during the backup.
        auto other = Database::open(ws.path(), test::fixedTestKey(), Database::Mode::OpenExisting, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(other->connection().transaction());
        addDepartments(other->connection(), 0);
        QSqlQuery pending(other->connection());
        QVERIFY(pending.exec(QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) "
                                            "VALUES ('uncommitted', 'branch', 'UC', '未提交', 'now')")));

        const QString target = ws.dir() + QStringLiteral("/backup.db");
        QVERIFY2(ws->database().backupTo(target, &error), qPrintable(error));
        QVERIFY(other->connection().rollback());

        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));
        f.close();
        auto copy = Database::open(target, test::fixedTestKey(), Database::Mode::OpenExisting, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(test::rowCount(copy->connection(), QStringLiteral("department")), 50);
        QCOMPARE(test::rowCount(copy->connection(), QStringLiteral("audit_event")),
                 test::rowCount(ws->db(), QStringLiteral("audit_event")));
        QSqlQuery version(copy->connection());
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), ws->schemaVersion());
        QStringList problems;
        QVERIFY2(copy->checkIntegrity(&problems), qPrintable(problems.join(u'\n')));
        QVERIFY(!Database::open(target, test::fixedTestKey('\x01'), Database::Mode::OpenExisting, &error));
    }

    void backupNeverOverwrites()
    {
        test::TempWorkspace ws;
        const QString target = ws.dir() + QStringLiteral("/exists.db");
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QString error;
        QVERIFY(!ws->database().backupTo(target, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void rekeyChangesTheKey()
    {
        test::TempWorkspace ws;
        addDepartments(ws->db(), 3);
        QString error;
        QVERIFY2(ws->database().rekey(test::fixedTestKey('\x33'), &error), qPrintable(error));
        ws.close();
        bool wrongKey = false;
        QVERIFY(!Database::open(ws.path(), test::fixedTestKey(), Database::Mode::OpenExisting, &error, &wrongKey));
        QVERIFY(wrongKey);
        QCOMPARE(error, QStringLiteral("The database key is wrong, or this is not an HR Desk database."));
        auto reopened = Database::open(ws.path(), test::fixedTestKey('\x33'), Database::Mode::OpenExisting, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(test::rowCount(reopened->connection(), QStringLiteral("department")), 3);
    }

    void integrityCheckPassesOnHealthyFile()
    {
        test::TempWorkspace ws;
        addDepartments(ws->db(), 10);
        QStringList problems;
        QVERIFY2(ws->database().checkIntegrity(&problems), qPrintable(problems.join(u'\n')));
        QVERIFY(problems.isEmpty());
    }

    void openRefusesMissingAndExistingFiles()
    {
        test::TempWorkspace ws;
        QString error;
        QVERIFY(!Database::open(ws.dir() + QStringLiteral("/none.db"), test::fixedTestKey(), Database::Mode::OpenExisting, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(!Database::open(ws.path(), test::fixedTestKey(), Database::Mode::CreateNew, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!Database::open(ws.path(), QByteArray(16, 'a'), Database::Mode::OpenExisting, &error));
        QVERIFY(error.contains(QStringLiteral("256 bits")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseMaintenance)
#include "TestDatabaseMaintenance.moc"
