// Statements and values through the QSQLCIPHER driver: positional and named binds, bind-count
// errors, text, integers at their limits, doubles, dates, BLOBs and typed NULLs, SQL errors and
// multi-statement exec.
#include "SqlCipherTestConnection.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using hrdesk::test::execAll;
using Connection = hrdesk::test::SqlCipherTestConnection;

class TestSqlCipherValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void blobRoundTrip();
    void positionalAndNamedBinds();
    void bindCountMismatchFails();
    void unicodeNumbersAndNulls();
    void syntaxErrorIsStatementError();
    void multiStatementExec();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestSqlCipherValues::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlCipherValues::blobRoundTrip()
{
    Connection c(path(QStringLiteral("blob.db")), hrdesk::test::fixedTestKey());
    QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE b(id INTEGER PRIMARY KEY, data BLOB)")));
    const QByteArray small("a\0b\0\0c", 6);
    QByteArray big(1024 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 7 + i / 251) & 0xff);
    QSqlQuery q(c.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO b(id, data) VALUES(?, ?)")));
    const QList<QByteArray> blobs {small, big, QByteArray("")};
    for (int i = 0; i < blobs.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(blobs.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT data, typeof(data) FROM b ORDER BY id")));
    for (const QByteArray &expected : blobs) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).typeId(), int(QMetaType::QByteArray));
        QCOMPARE(q.value(0).toByteArray(), expected);
        QCOMPARE(q.value(1).toString(), QStringLiteral("blob"));
    }
    QSqlField field(QStringLiteral("data"), QMetaType(QMetaType::QByteArray));
    field.setValue(QByteArray("\x01\xff", 2));
    QCOMPARE(c.db().driver()->formatValue(field), QStringLiteral("X'01ff'"));
}

void TestSqlCipherValues::positionalAndNamedBinds()
{
    Connection c(path(QStringLiteral("bind.db")), hrdesk::test::fixedTestKey());
    QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE p(a INTEGER, b TEXT, c INTEGER)")));
    QSqlQuery q(c.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p(a, b, c) VALUES(?, ?, ?)")));
    q.addBindValue(1);
    q.addBindValue(QStringLiteral("one"));
    q.addBindValue(QVariant());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.bindValue(0, 2);
    q.bindValue(1, QStringLiteral("two"));
    q.bindValue(2, 22);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p(a, b, c) VALUES(:a, :b, :a)")));
    q.bindValue(QStringLiteral(":a"), 3);
    q.bindValue(QStringLiteral(":b"), QStringLiteral("three"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.prepare(QStringLiteral("SELECT a, b, c FROM p WHERE a >= :low AND a <= :high ORDER BY a")));
    q.bindValue(QStringLiteral(":high"), 3);
    q.bindValue(QStringLiteral(":low"), 1);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("one"));
    QVERIFY(q.isNull(2));
    QVERIFY(q.value(2).isNull());
    QCOMPARE(q.value(2).typeId(), int(QMetaType::LongLong)); // typed NULL from the declared type
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toInt(), 22);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toString(), QStringLiteral("three"));
    QCOMPARE(q.value(2).toInt(), 3);
    QVERIFY(!q.next());
}

void TestSqlCipherValues::bindCountMismatchFails()
{
    Connection c(path(QStringLiteral("mm.db")), hrdesk::test::fixedTestKey());
    QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE p(a, b)")));
    QSqlQuery q(c.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p(a, b) VALUES(?, ?)")));
    q.addBindValue(1);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("2 placeholders")), qPrintable(q.lastError().text()));

    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p(a, b) VALUES(?, ?)")));
    q.addBindValue(1);
    q.addBindValue(2);
    q.addBindValue(3);
    QVERIFY(!q.exec());

    QSqlQuery count(c.db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM p")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestSqlCipherValues::unicodeNumbersAndNulls()
{
    Connection c(path(QStringLiteral("types.db")), hrdesk::test::fixedTestKey());
    QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE v(k INTEGER PRIMARY KEY, t TEXT, i INTEGER, d REAL, x BLOB)")));
    const QString chinese = QStringLiteral("员工档案 \u674e\u56db — 客户交接 😀");
    const qint64 minInt = std::numeric_limits<qint64>::min();
    const qint64 maxInt = std::numeric_limits<qint64>::max();
    const QDateTime when(QDate(2024, 2, 29), QTime(13, 45, 6, 789), Qt::OffsetFromUTC, 8 * 3600);
    QSqlQuery q(c.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO v(k, t, i, d, x) VALUES(:k, :t, :i, :d, :x)")));
    struct Row { int k; QVariant t, i, d, x; };
    const QList<Row> rows {
        {1, chinese, QVariant::fromValue(minInt), 3.141592653589793, QVariant()},
        {2, QString(), QVariant::fromValue(maxInt), -1.5e-300, QVariant(QMetaType(QMetaType::QByteArray))},
        {3, when, true, 0.1, QVariant(QMetaType(QMetaType::QString))},
        {4, QDate(2025, 1, 2), QVariant::fromValue(quint64(42)), double(1e300), QVariant()},
    };
    for (const Row &r : rows) {
        q.bindValue(QStringLiteral(":k"), r.k);
        q.bindValue(QStringLiteral(":t"), r.t);
        q.bindValue(QStringLiteral(":i"), r.i);
        q.bindValue(QStringLiteral(":d"), r.d);
        q.bindValue(QStringLiteral(":x"), r.x);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT t, i, d, x, typeof(x) FROM v ORDER BY k")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), chinese);
    QCOMPARE(q.value(1).toLongLong(), minInt);
    QCOMPARE(q.value(1).typeId(), int(QMetaType::LongLong));
    QCOMPARE(q.value(2).toDouble(), 3.141592653589793);
    QCOMPARE(q.value(2).typeId(), int(QMetaType::Double));
    QVERIFY(q.isNull(3));
    QCOMPARE(q.value(3).typeId(), int(QMetaType::QByteArray));
    QVERIFY(q.next());
    QVERIFY(!q.isNull(0)); // an empty QString is text, not NULL
    QCOMPARE(q.value(0).toString(), QString());
    QCOMPARE(q.value(1).toLongLong(), maxInt);
    QCOMPARE(q.value(2).toDouble(), -1.5e-300);
    QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2024-02-29T13:45:06.789+08:00"));
    QCOMPARE(q.value(1).toLongLong(), 1);
    QCOMPARE(q.value(2).toDouble(), 0.1);
    QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2025-01-02"));
    QCOMPARE(q.value(1).toLongLong(), 42);
    QCOMPARE(q.value(2).toDouble(), 1e300);
    QVERIFY(!q.next());
}

void TestSqlCipherValues::syntaxErrorIsStatementError()
{
    Connection c(path(QStringLiteral("syntax.db")), hrdesk::test::fixedTestKey());
    QSqlQuery q(c.db());
    QVERIFY(!q.exec(QStringLiteral("SELEC 1")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("syntax error")), qPrintable(q.lastError().databaseText()));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("1"));
    QVERIFY(!q.prepare(QStringLiteral("SELECT * FROM nowhere")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("no such table")));
    QVERIFY(!q.exec());
    QVERIFY(!q.prepare(QStringLiteral("SELECT 1; SELECT 2")));
}

void TestSqlCipherValues::multiStatementExec()
{
    Connection c(path(QStringLiteral("multi.db")), hrdesk::test::fixedTestKey());
    QSqlQuery q(c.db());
    QVERIFY2(q.exec(QStringLiteral(
        "-- leading comment\n"
        "CREATE TABLE a(x);\n"
        "CREATE TRIGGER a_ins AFTER INSERT ON a BEGIN SELECT 1; END;\n"
        "INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);\n"
        "SELECT sum(x) FROM a; /* trailing */ \n")), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(!q.exec(QStringLiteral("SELECT 1; INSERT INTO a VALUES(3)")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("last statement")));
    QVERIFY(!q.exec(QStringLiteral("  -- nothing\n")));
}

QTEST_GUILESS_MAIN(TestSqlCipherValues)
#include "TestSqlCipherValues.moc"
