#include "storage/BulkInsert.h"
#include "storage/Database.h"

#include "ScratchDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>
#include <memory>

using hrdesk::storage::BulkInsert;
using hrdesk::storage::Database;

class TestBulkInsert : public QObject
{
    Q_OBJECT

private:
    hrdesk::test::ScratchDatabase m_databases{{QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, n INTEGER, r REAL, name TEXT, data BLOB)")}};

    std::unique_ptr<Database> newDatabase() { return m_databases.create(); }

    static qint64 count(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static const inline QString Insert =
        QStringLiteral("INSERT INTO t (id, code, n, r, name, data) VALUES (?, ?, ?, ?, ?, ?)");

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void valuesRoundTrip()
    {
        auto database = newDatabase();
        QSqlDatabase db = database->connection();
        const QString chinese = QString::fromUtf16(u"恒信商贸集团有限公司·总经理 王芳");
        const QByteArray blob("\0\x01\xff\0zero\0", 9);
        {
            BulkInsert insert(db, Insert);
            QVERIFY2(insert.isValid(), qPrintable(insert.lastError()));
            insert.bind(1, qint64(1));
            insert.bindText(2, QByteArrayView("min"));
            insert.bind(3, std::numeric_limits<qint64>::min());
            insert.bind(4, 3.25);
            insert.bindText(5, QStringView(chinese));
            insert.bindBlob(6, blob);
            QVERIFY2(insert.step(), qPrintable(insert.lastError()));

            insert.bind(1, qint64(2));
            insert.bindText(2, "max");
            insert.bind(3, std::numeric_limits<qint64>::max());
            insert.bindNull(4);
            insert.bindText(5, chinese.toUtf8()); // the UTF-8 overload
            insert.bindBlob(6, QByteArrayView("", 0));
            QVERIFY2(insert.step(), qPrintable(insert.lastError()));

            // Nothing bound but the key and the code: step() cleared the previous bindings.
            insert.bind(1, qint64(3));
            insert.bindText(2, QStringView(u"nulls"));
            QVERIFY2(insert.step(), qPrintable(insert.lastError()));
            QCOMPARE(insert.rowsWritten(), 3);
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT code, n, typeof(n), r, typeof(r), name, data, typeof(data), length(data) "
                                      "FROM t ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("min"));
        QCOMPARE(q.value(1).toLongLong(), std::numeric_limits<qint64>::min());
        QCOMPARE(q.value(2).toString(), QStringLiteral("integer"));
        QCOMPARE(q.value(3).toDouble(), 3.25);
        QCOMPARE(q.value(5).toString(), chinese);
        QCOMPARE(q.value(6).toByteArray(), blob);
        QCOMPARE(q.value(7).toString(), QStringLiteral("blob"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
        QCOMPARE(q.value(5).toString(), chinese);
        QCOMPARE(q.value(7).toString(), QStringLiteral("blob"));
        QCOMPARE(q.value(8).toInt(), 0);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("nulls"));
        for (int column : {2, 4})
            QCOMPARE(q.value(column).toString(), QStringLiteral("null"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("null"));
        QVERIFY(!q.next());
    }

    void constraintViolationRollsBack()
    {
        auto database = newDatabase();
        QSqlDatabase db = database->connection();
        QVERIFY(db.transaction());
        {
            BulkInsert insert(db, Insert);
            for (int id : {1, 2}) {
                insert.bind(1, qint64(id));
                insert.bindText(2, "same-code");
                if (id == 1) {
                    QVERIFY2(insert.step(), qPrintable(insert.lastError()));
                } else {
                    QVERIFY(!insert.step());
                    QVERIFY2(insert.lastError().contains(QStringLiteral("UNIQUE constraint failed: t.code")),
                             qPrintable(insert.lastError()));
                }
            }
            QCOMPARE(insert.rowsWritten(), 1);
            // NOT NULL: the message names the column too.
            insert.bind(1, qint64(3));
            QVERIFY(!insert.step());
            QVERIFY2(insert.lastError().contains(QStringLiteral("NOT NULL constraint failed: t.code")),
                     qPrintable(insert.lastError()));
        }
        QCOMPARE(count(db), 1); // the first row is in the open transaction
        QVERIFY(db.rollback());
        QCOMPARE(count(db), 0);
    }

    void reuseOverManyRows()
    {
        auto database = newDatabase();
        QSqlDatabase db = database->connection();
        constexpr int Rows = 20000;
        QVERIFY(db.transaction());
        {
            BulkInsert insert(db, QStringLiteral("INSERT INTO t (id, code, n, name) VALUES (?, ?, ?, ?)"));
            for (int i = 0; i < Rows; ++i) {
                const QByteArray code = "C" + QByteArray::number(i);
                insert.bind(1, qint64(i + 1));
                insert.bindText(2, code);
                insert.bind(3, qint64(i) * 1000003);
                insert.bindText(4, QString::fromUtf16(u"客户%1").arg(i));
                QVERIFY2(insert.step(), qPrintable(insert.lastError()));
            }
            QCOMPARE(insert.rowsWritten(), Rows);
        }
        QVERIFY(db.commit());
        QCOMPARE(count(db), Rows);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT code, n, name FROM t WHERE id = 12346")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("C12345"));
        QCOMPARE(q.value(1).toLongLong(), qint64(12345) * 1000003);
        QCOMPARE(q.value(2).toString(), QString::fromUtf16(u"客户12345"));
    }

    void invalidSql()
    {
        auto database = newDatabase();
        QSqlDatabase db = database->connection();
        BulkInsert missingTable(db, QStringLiteral("INSERT INTO nowhere (a) VALUES (?)"));
        QVERIFY(!missingTable.isValid());
        QVERIFY2(missingTable.lastError().contains(QStringLiteral("no such table: nowhere")),
                 qPrintable(missingTable.lastError()));
        missingTable.bind(1, qint64(1));
        QVERIFY(!missingTable.step());

        BulkInsert syntax(db, QStringLiteral("INSERT INTO t VALUES (?,, ?)"));
        QVERIFY(!syntax.isValid());
        QVERIFY2(syntax.lastError().contains(QStringLiteral("syntax error")), qPrintable(syntax.lastError()));

        BulkInsert two(db, QStringLiteral("INSERT INTO t (id, code) VALUES (1, 'a'); DELETE FROM t"));
        QVERIFY(!two.isValid());
        QVERIFY(!two.step());
        QCOMPARE(count(db), 0);

        // Binding past the last parameter is reported by the next step(), which writes nothing.
        BulkInsert insert(db, QStringLiteral("INSERT INTO t (id, code) VALUES (?, ?)"));
        insert.bind(1, qint64(1));
        insert.bindText(2, "a");
        insert.bind(3, qint64(7));
        QVERIFY(!insert.step());
        QVERIFY2(insert.lastError().contains(QStringLiteral("3")), qPrintable(insert.lastError()));
        QCOMPARE(count(db), 0);
        insert.bind(1, qint64(1));
        insert.bindText(2, "a");
        QVERIFY2(insert.step(), qPrintable(insert.lastError()));
        QCOMPARE(count(db), 1);
    }

    void notSqlCipher()
    {
        BulkInsert insert(QSqlDatabase(), Insert);
        QVERIFY(!insert.isValid());
        QVERIFY(!insert.lastError().isEmpty());
        QVERIFY(!insert.step());
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "TestBulkInsert.moc"
