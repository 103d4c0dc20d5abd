#include "storage/BulkForeignKeyCheck.h"
#include "storage/Database.h"

#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hrdesk::storage::BulkForeignKeyCheck;
using hrdesk::storage::Database;

class TestBulkForeignKeyCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> newDatabase()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("fk%1.db").arg(++m_counter)),
                                 hrdesk::test::fixedTestKey(), Database::Mode::CreateNew, &error);
        if (!db)
            qFatal("cannot create a database: %s", qPrintable(error));
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY NOT NULL)"))
            || !q.exec(QStringLiteral("CREATE TABLE child (id TEXT PRIMARY KEY NOT NULL, "
                                      "parent_id TEXT REFERENCES parent (id))"))
            || !q.exec(QStringLiteral("INSERT INTO parent (id) VALUES ('p1')")))
            qFatal("cannot create the tables: %s", qPrintable(q.lastError().text()));
        return db;
    }

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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
