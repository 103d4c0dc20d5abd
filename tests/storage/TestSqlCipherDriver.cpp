// Opening, keying and closing QSQLCIPHER connections: registration, the cipher version, what
// lands on disk, wrong and changed keys, read-only and busy files, closing under live queries.
#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherRegistration.h"

#include "SqlCipherTestConnection.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hrdesk::storage::SqlCipherDriver;
using hrdesk::test::execAll;
using hrdesk::test::fileHeader;
using hrdesk::test::wrongKeyMessage;
using Connection = hrdesk::test::SqlCipherTestConnection;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void driverIsRegistered();
    void cipherVersionIsSqlCipher4();
    void keyedFileIsEncrypted();
    void reopenWithSameKeyReadsSchema();
    void wrongKeyFailsWithClearMessage();
    void unkeyedFileIsPlainSqlite();
    void readOnlyOptionRefusesWrites();
    void closeWithLiveQuery();
    void rekeyChangesTheKey();
    void busyDatabaseSaysInUse();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestSqlCipherDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlCipherDriver::driverIsRegistered()
{
    hrdesk::storage::registerSqlCipherDriver();
    hrdesk::storage::registerSqlCipherDriver(); // idempotent
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    QVERIFY(QSqlDatabase::drivers().count(QStringLiteral("QSQLCIPHER")) == 1);
    Connection c(path(QStringLiteral("r.db")), hrdesk::test::fixedTestKey());
    QVERIFY(c.isOpen());
    QVERIFY(c.driver() != nullptr);
    QCOMPARE(c.db().driverName(), QStringLiteral("QSQLCIPHER"));
    const QVariant handle = c.db().driver()->handle();
    QCOMPARE(handle.typeName(), "sqlite3*");
    QVERIFY(handle.value<sqlite3 *>() != nullptr);
}

void TestSqlCipherDriver::cipherVersionIsSqlCipher4()
{
    Connection c(path(QStringLiteral("v.db")), hrdesk::test::fixedTestKey());
    QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
    const QString version = c.driver()->cipherVersion();
    QVERIFY2(version.startsWith(QLatin1String("4.")), qPrintable(version));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_version")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), version);
    QVERIFY(SqlCipherDriver::libraryVersion().startsWith(QLatin1String("3.")));
}

void TestSqlCipherDriver::keyedFileIsEncrypted()
{
    const QString file = path(QStringLiteral("enc.db"));
    {
        Connection c(file, hrdesk::test::fixedTestKey());
        QVERIFY(c.isOpen());
        QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE t(x TEXT); INSERT INTO t VALUES('secret payload')")));
    }
    const QByteArray header = fileHeader(file);
    QCOMPARE(header.size(), 16);
    QVERIFY(header != hrdesk::test::plainSqliteHeader());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("secret payload"));
}

void TestSqlCipherDriver::reopenWithSameKeyReadsSchema()
{
    const QString file = path(QStringLiteral("reopen.db"));
    {
        Connection c(file, hrdesk::test::fixedTestKey());
        QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(y); CREATE INDEX bi ON b(y)")));
    }
    Connection c(file, hrdesk::test::fixedTestKey());
    QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 3);
}

void TestSqlCipherDriver::wrongKeyFailsWithClearMessage()
{
    const QString file = path(QStringLiteral("wrong.db"));
    {
        Connection c(file, hrdesk::test::fixedTestKey());
        QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE a(x)")));
    }
    Connection c(file, hrdesk::test::fixedTestKey('\x11'));
    QVERIFY(!c.isOpen());
    QCOMPARE(c.error().driverText(), wrongKeyMessage());
    QCOMPARE(c.error().type(), QSqlError::ConnectionError);
    QCOMPARE(c.error().nativeErrorCode(), QStringLiteral("26")); // SQLITE_NOTADB
    QVERIFY(!c.error().databaseText().isEmpty());
    QVERIFY(!c.db().isOpen());

    // A key of the wrong size is refused before SQLCipher sees it.
    Connection shortKey(file, QByteArray(16, 'a'));
    QVERIFY(!shortKey.isOpen());
    QCOMPARE(shortKey.error().driverText(), wrongKeyMessage());
}

void TestSqlCipherDriver::unkeyedFileIsPlainSqlite()
{
    const QString file = path(QStringLiteral("plain.db"));
    {
        Connection c(file, {});
        QVERIFY(c.isOpen());
        QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1)")));
    }
    QCOMPARE(fileHeader(file), hrdesk::test::plainSqliteHeader());
    // Keying a plain file is the same failure as a wrong key.
    Connection keyed(file, hrdesk::test::fixedTestKey());
    QVERIFY(!keyed.isOpen());
    QCOMPARE(keyed.error().driverText(), wrongKeyMessage());
}

void TestSqlCipherDriver::readOnlyOptionRefusesWrites()
{
    const QString file = path(QStringLiteral("ro.db"));
    {
        Connection c(file, hrdesk::test::fixedTestKey());
        QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE t(x)")));
    }
    Connection c(file, hrdesk::test::fixedTestKey(), QStringLiteral("HRDESK_OPEN_READONLY;HRDESK_BUSY_TIMEOUT=100"));
    QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES(1)")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
}

void TestSqlCipherDriver::closeWithLiveQuery()
{
    const QString file = path(QStringLiteral("live.db"));
    auto c = std::make_unique<Connection>(file, hrdesk::test::fixedTestKey());
    QVERIFY(execAll(c->db(), QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1),(2),(3)")));
    QSqlQuery live(c->db());
    QVERIFY(live.exec(QStringLiteral("SELECT x FROM t")));
    QVERIFY(live.next());
    QSqlQuery prepared(c->db());
    QVERIFY(prepared.prepare(QStringLiteral("INSERT INTO t VALUES(?)")));
    QSqlDatabase db = c->db();
    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!live.isActive());
    prepared.addBindValue(4);
    QVERIFY(!prepared.exec());
    // The file is really closed and unlocked: another connection can write and count.
    Connection other(file, hrdesk::test::fixedTestKey());
    QVERIFY(other.isOpen());
    QVERIFY(execAll(other.db(), QStringLiteral("INSERT INTO t VALUES(5)")));
    QVERIFY(db.open());
    QVERIFY(SqlCipherDriver::fromDatabase(db)->setKey(hrdesk::test::fixedTestKey()));
    QSqlQuery count(db);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 4);
}

void TestSqlCipherDriver::rekeyChangesTheKey()
{
    const QString file = path(QStringLiteral("rekey.db"));
    const QByteArray oldKey = hrdesk::test::fixedTestKey('\x01');
    const QByteArray newKey = hrdesk::test::fixedTestKey('\x02');
    {
        Connection c(file, oldKey);
        QVERIFY(execAll(c.db(), QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES('kept')")));
        QVERIFY2(c.driver()->rekey(newKey), qPrintable(c.driver()->lastError().text()));
        QVERIFY(!c.driver()->rekey(QByteArray(5, 'x')));
    }
    {
        Connection c(file, oldKey);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error().driverText(), wrongKeyMessage());
    }
    Connection c(file, newKey);
    QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT x FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void TestSqlCipherDriver::busyDatabaseSaysInUse()
{
    const QString file = path(QStringLiteral("busy.db"));
    Connection writer(file, hrdesk::test::fixedTestKey());
    QVERIFY(execAll(writer.db(), QStringLiteral("CREATE TABLE t(x)")));
    QVERIFY(writer.db().transaction());
    QVERIFY(execAll(writer.db(), QStringLiteral("INSERT INTO t VALUES(1)")));
    Connection other(file, hrdesk::test::fixedTestKey(), QStringLiteral("HRDESK_BUSY_TIMEOUT=50"));
    QVERIFY(other.isOpen());
    QSqlQuery q(other.db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES(2)")));
    QVERIFY2(q.lastError().driverText().contains(QLatin1String("in use by another program")),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 5); // SQLITE_BUSY
    QVERIFY(writer.db().rollback());
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
