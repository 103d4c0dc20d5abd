#include "TempWorkspace.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace hrdesk;
using hrdesk::storage::Database;
using hrdesk::storage::Migrator;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Database> newDatabase(const QTemporaryDir &dir, const QString &name)
    {
        QString error;
        auto db = Database::open(dir.filePath(name), test::fixedTestKey(), Database::Mode::CreateNew, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

    static bool exec(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

    // Rows that a database at `version` could hold; they must survive every later migration.
    static bool seed(QSqlDatabase db, int version)
    {
        bool ok = true;
        if (version >= 1) {
            ok = ok && exec(db, QStringLiteral("INSERT INTO meta VALUES ('device_id', 'dev-1')"));
            ok = ok && exec(db, QStringLiteral("INSERT INTO local_user (id, login, display_name, role, password_hash, updated_at) "
                                               "VALUES ('u1', 'clerk', '王芳', 'hr_clerk', 'x', '2026-01-01')"));
            if (version < 7) {
                // Two commands of the device, queued before device sequences existed.
                for (const char *n : {"1", "2"})
                    ok = ok && exec(db, QStringLiteral("INSERT INTO outbox (id, command_id, device_id, mutation, arguments, "
                                                       "base_versions, created_at) VALUES ('o%1', 'c%1', 'dev-1', "
                                                       "'department.create', '{}', '{}', 'now')").arg(QLatin1String(n)));
                // And one of another device (a file copied before device identities).
                ok = ok && exec(db, QStringLiteral("INSERT INTO outbox (id, command_id, device_id, mutation, arguments, "
                                                   "base_versions, created_at) VALUES ('o3', 'c3', 'dev-2', "
                                                   "'department.create', '{}', '{}', 'now')"));
            }
        }
        if (version >= 2) {
            ok = ok && exec(db, QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) VALUES ('d1', 'branch', 'SH', '上海分公司', 'now')"));
            ok = ok && exec(db, QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, department_id, status, updated_at) "
                                               "VALUES ('e1', 'HD000001', '张伟', 'male', '11010519491231002X', 'd1', 'active', 'now')"));
        }
        if (version >= 3) {
            ok = ok && exec(db, QStringLiteral("INSERT INTO customer (id, kind, name, tier, owner_id, updated_at) "
                                               "VALUES ('c1', 'company', '上海恒达机械有限公司', 'key', 'e1', 'now')"));
        }
        return ok;
    }

private slots:
    void freshDatabaseReachesLatest()
    {
        QTemporaryDir dir;
        auto db = newDatabase(dir, QStringLiteral("a.db"));
        QVERIFY(db);
        Migrator migrator;
        QVERIFY(migrator.latestVersion() >= 3);
        QCOMPARE(Migrator::currentVersion(db->connection()), 0);
        QString error;
        QVERIFY2(migrator.migrate(db->connection(), &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db->connection()), migrator.latestVersion());
        const QStringList tables = db->connection().tables();
        for (const char *t : {"meta", "local_user", "outbox", "audit_event", "department", "employee", "customer"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        // Running again changes nothing.
        QVERIFY(migrator.migrate(db->connection(), &error));
        QCOMPARE(Migrator::currentVersion(db->connection()), migrator.latestVersion());
    }

    void everyEarlierVersionMigrates_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrator().latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("from schema %1").arg(v))) << v;
    }

    void everyEarlierVersionMigrates()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        auto db = newDatabase(dir, QStringLiteral("old.db"));
        QVERIFY(db);
        Migrator migrator;
        QString error;
        QVERIFY2(migrator.migrate(db->connection(), &error, from), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db->connection()), from);
        QVERIFY(seed(db->connection(), from));
        QVERIFY2(migrator.migrate(db->connection(), &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db->connection()), migrator.latestVersion());
        if (from >= 1)
            QCOMPARE(test::rowCount(db->connection(), QStringLiteral("local_user")), 1);
        if (from >= 2)
            QCOMPARE(test::rowCount(db->connection(), QStringLiteral("employee")), 1);
        if (from >= 1 && from < 7) {
            // Schema 7 numbered the old entries per device and listed the device.
            QSqlQuery seq(db->connection());
            QVERIFY(seq.exec(QStringLiteral("SELECT device_seq, kind FROM outbox WHERE device_id = 'dev-1' ORDER BY seq")));
            QVERIFY(seq.next());
            QCOMPARE(seq.value(0).toInt(), 1);
            QCOMPARE(seq.value(1).toString(), QStringLiteral("intent"));
            QVERIFY(seq.next());
            QCOMPARE(seq.value(0).toInt(), 2);
            QVERIFY(seq.exec(QStringLiteral("SELECT device_seq FROM outbox WHERE device_id = 'dev-2'")) && seq.next());
            QCOMPARE(seq.value(0).toInt(), 1); // each device counts from 1
            QVERIFY(seq.exec(QStringLiteral("SELECT reason FROM device WHERE id = 'dev-1'")) && seq.next());
            QCOMPARE(seq.value(0).toString(), QStringLiteral("created"));
        }
        // Rows of the newest schema can now be written on top of the migrated data, and refer to it.
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) "
                                                      "VALUES ('d2', 'branch', 'BJ', '北京分公司', 'now')")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, "
                                                      "department_id, status, updated_at) VALUES ('e2', 'HD000002', "
                                                      "'李娜', 'female', '110105194912310021', 'd2', 'active', 'now')")));
        // Schema 9: an early end keeps its reason on the contract.
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO labour_contract (id, employee_id, contract_no, type, "
                                                      "start_date, end_date, updated_at, end_reason) VALUES ('lc2', 'e2', "
                                                      "'HT-2', 'fixed_term', '2024-01-01', '2025-06-30', 'now', '协商解除')")));
        QVERIFY(!exec(db->connection(), QStringLiteral("INSERT INTO labour_contract (id, employee_id, type, start_date, "
                                                       "updated_at, end_reason) VALUES ('lc3', 'e2', 'open_ended', "
                                                       "'2024-01-01', 'now', '')")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO customer (id, kind, name, tier, owner_id, updated_at) "
                                                      "VALUES ('c2', 'company', '北京远望科技有限公司', 'B', 'e2', 'now')")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO outbox (id, command_id, device_id, device_seq, kind, "
                                                      "mutation, arguments, base_versions, created_at) VALUES ('o9', "
                                                      "'c9', 'dev-9', 1, 'event', 'session.sign_in', '{}', '{}', 'now')")));
        // The same device may not take a number twice.
        QVERIFY(!exec(db->connection(), QStringLiteral("INSERT INTO outbox (id, command_id, device_id, device_seq, kind, "
                                                       "mutation, arguments, base_versions, created_at) VALUES ('o10', "
                                                       "'c10', 'dev-9', 1, 'intent', 'x', '{}', '{}', 'now')")));
        QCOMPARE(test::rowCount(db->connection(), QStringLiteral("customer")), from >= 3 ? 2 : 1);
        QSqlQuery fk(db->connection());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());
    }

    void failingMigrationLeavesDatabaseAsItWas()
    {
        QTemporaryDir dir;
        auto db = newDatabase(dir, QStringLiteral("b.db"));
        QVERIFY(db);
        QString error;
        QVERIFY(Migrator().migrate(db->connection(), &error));
        QVERIFY(seed(db->connection(), 3));
        const int latest = Migrator().latestVersion();
        auto migrations = storage::builtInMigrations();
        migrations.push_back({latest + 1, QStringLiteral("broken"),
                              QStringLiteral("CREATE TABLE half_done (a INTEGER);\n"
                                             "ALTER TABLE employee ADD COLUMN nickname TEXT;\n"
                                             "INSERT INTO no_such_table VALUES (1);")});
        QVERIFY(!Migrator(migrations).migrate(db->connection(), &error));
        QVERIFY(error.contains(QStringLiteral("broken")));
        QVERIFY(error.contains(QStringLiteral("no_such_table")));
        QCOMPARE(Migrator::currentVersion(db->connection()), latest);
        QVERIFY(!db->connection().tables().contains(QStringLiteral("half_done")));
        QVERIFY(!db->connection().record(QStringLiteral("employee")).contains(QStringLiteral("nickname")));
        QCOMPARE(test::rowCount(db->connection(), QStringLiteral("employee")), 1);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        auto db = newDatabase(dir, QStringLiteral("c.db"));
        QVERIFY(db);
        QString error;
        QVERIFY(Migrator().migrate(db->connection(), &error));
        QVERIFY(exec(db->connection(), QStringLiteral("PRAGMA user_version = 999")));
        QVERIFY(!Migrator().migrate(db->connection(), &error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QCOMPARE(Migrator::currentVersion(db->connection()), 999);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
