#include "storage/BulkForeignKeyCheck.h"
#include "storage/Database.h"

#include "ScratchDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using hrdesk::storage::BulkForeignKeyCheck;
using hrdesk::storage::Database;

class TestBulkForeignKeyCheck : public QObject
{
    Q_OBJECT

private:
    hrdesk::test::ScratchDatabase m_databases{{
        QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY NOT NULL)"),
        QStringLiteral("CREATE TABLE child (id TEXT PRIMARY KEY NOT NULL, parent_id TEXT REFERENCES parent (id))"),
        QStringLiteral("INSERT INTO parent (id) VALUES ('p1')")}};

    std::unique_ptr<Database> newDatabase() { return m_databases.create(); }

    static int pragma(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() ? q.value(0).toInt() : -1;
    }

    static bool exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void checksOnceAtTheEndAndRestores()
    {
        auto database = newDatabase();
        QSqlDatabase db = database->connection();
        QCOMPARE(pragma(db), 1);
        // Row by row, a missing parent is refused at once.
        QVERIFY(!exec(db, QStringLiteral("INSERT INTO child (id, parent_id) VALUES ('c0', 'nobody')")));
        {
            BulkForeignKeyCheck check(db);
            QCOMPARE(pragma(db), 0);
            QVERIFY(db.transaction());
            QVERIFY(exec(db, QStringLiteral("INSERT INTO child (id, parent_id) VALUES ('c1', 'p1')")));
            QString error;
            QVERIFY2(check.verify(&error), qPrintable(error));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO child (id, parent_id) VALUES ('c2', 'nobody')")));
            QVERIFY(!check.verify(&error));
            QVERIFY2(error.contains(QStringLiteral("child")) && error.contains(QStringLiteral("parent")),
                     qPrintable(error));
            QVERIFY(db.rollback());
        }
        QCOMPARE(pragma(db), 1);
        QVERIFY(!exec(db, QStringLiteral("INSERT INTO child (id, parent_id) VALUES ('c3', 'nobody')")));
        QSqlQuery left(db);
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM child")) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void leavesChecksOffWhenTheyWereOff()
    {
        auto database = newDatabase();
        QSqlDatabase db = database->connection();
        QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")));
        {
            BulkForeignKeyCheck check(db);
            QString error;
            QVERIFY(check.verify(&error));
        }
        QCOMPARE(pragma(db), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkForeignKeyCheck)
#include "TestBulkForeignKeyCheck.moc"
