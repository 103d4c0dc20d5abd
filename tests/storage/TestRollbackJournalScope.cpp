#include "storage/Database.h"
#include "storage/RollbackJournalScope.h"

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::storage::Database;
using hrdesk::storage::RollbackJournalScope;

class TestRollbackJournalScope : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("journal%1.db").arg(++m_counter)); }

    static QString journalMode(QSqlDatabase db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString().toLower() : QString();
    }
    static qint64 count(QSqlDatabase db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static bool fill(QSqlDatabase db, int rows)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < %1) "
                                     "INSERT INTO t (v) SELECT randomblob(200) FROM s").arg(rows));
    }

    std::unique_ptr<Database> create(const QString &path)
    {
        QString error;
        auto database = Database::open(path, hrdesk::test::fixedTestKey(), Database::Mode::CreateNew, &error);
        if (database) {
            QSqlQuery q(database->connection());
            q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)"));
        }
        return database;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aloneWritesThroughARollbackJournal()
    {
        const QString path = newPath();
        auto database = create(path);
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        QCOMPARE(journalMode(db), QStringLiteral("wal"));
        {
            const RollbackJournalScope scope(db);
            QVERIFY(scope.active());
            QCOMPARE(journalMode(db), QStringLiteral("delete"));
            QVERIFY(db.transaction());
            QVERIFY(fill(db, 5000));
            QVERIFY(db.commit());
            // Nothing went through a write-ahead log.
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        }
        QCOMPARE(journalMode(db), QStringLiteral("wal"));
        QCOMPARE(count(db), 5000);
        // The file is whole: reopened, it has every row.
        database.reset();
        QString error;
        auto reopened = Database::open(path, hrdesk::test::fixedTestKey(), Database::Mode::OpenExisting, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(count(reopened->connection()), 5000);
    }

    void rollbackStillUndoes()
    {
        auto database = create(newPath());
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        QVERIFY(fill(db, 100));
        const RollbackJournalScope scope(db);
        QVERIFY(scope.active());
        QVERIFY(db.transaction());
        QVERIFY(fill(db, 20000));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM t WHERE id <= 50")));
        QCOMPARE(count(db), 20050);
        QVERIFY(db.rollback());
        QCOMPARE(count(db), 100);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    // A crash in the middle of a large write leaves a hot journal: a read-only open (hrdesk-admin
    // check) rolls it back first and reads the last committed state, instead of taking the
    // refusal to read for a wrong key.
    void readOnlyOpenRollsBackAHotJournal()
    {
        const QString path = newPath();
        const QString crashed = newPath();
        auto database = create(path);
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        QVERIFY(fill(db, 100));
        {
            const RollbackJournalScope scope(db);
            QVERIFY(scope.active());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 10"))); // pages spill into the file
            QVERIFY(db.transaction());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM t WHERE id <= 50")));
            QVERIFY(fill(db, 20000));
            // The files as a crash would leave them now: changed pages, and the journal with their old content.
            QVERIFY(QFile::copy(path, crashed));
            QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);
            QVERIFY(db.rollback());
        }
        QString error;
        bool wrongKey = true;
        auto readOnly = Database::open(crashed, hrdesk::test::fixedTestKey(), Database::Mode::ReadOnly, &error,
                                       &wrongKey);
        QVERIFY2(readOnly, qPrintable(error));
        QVERIFY(!wrongKey);
        QCOMPARE(count(readOnly->connection()), 100);
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QSqlQuery q(readOnly->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        database.reset();
    }

    void anotherConnectionKeepsWal()
    {
        const QString path = newPath();
        auto database = create(path);
        QVERIFY(database);
        QString error;
        auto other = Database::open(path, hrdesk::test::fixedTestKey(), Database::Mode::OpenExisting, &error);
        QVERIFY2(other, qPrintable(error));
        QSqlDatabase db = database->connection();
        QCOMPARE(count(other->connection()), 0); // the other connection has read the database
        {
            const RollbackJournalScope scope(db);
            QVERIFY(!scope.active());
            QCOMPARE(journalMode(db), QStringLiteral("wal"));
            QVERIFY(db.transaction());
            QVERIFY(fill(db, 10));
            QVERIFY(db.commit());
        }
        QCOMPARE(journalMode(db), QStringLiteral("wal"));
        QCOMPARE(count(other->connection()), 10);
    }
};

QTEST_GUILESS_MAIN(TestRollbackJournalScope)
#include "TestRollbackJournalScope.moc"
