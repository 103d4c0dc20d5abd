#include "core/security/KeyInfoFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hrdesk::security;

class TestKeyInfoFile : public QObject
{
    Q_OBJECT

private slots:
    void pathIsNextToDatabase();
    void keychainRoundTrip();
    void passphraseRoundTrip();
    void createNewRefusesExistingFile();
    void replaceOverwritesAtomically();
    void damagedFile_data();
    void damagedFile();
    void missingFile();

private:
    static WrappedKey sampleWrappedKey();
    QString write(const QByteArray &content);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

WrappedKey TestKeyInfoFile::sampleWrappedKey()
{
    WrappedKey wrapped;
    wrapped.kdf = KdfParams::interactive();
    wrapped.salt = QByteArray(16, '\x01');
    wrapped.nonce = QByteArray(24, '\x02');
    wrapped.ciphertext = QByteArray(48, '\x03');
    return wrapped;
}

QString TestKeyInfoFile::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("file%1.key.json").arg(++m_counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestKeyInfoFile::pathIsNextToDatabase()
{
    QCOMPARE(KeyInfoFile::pathFor(QStringLiteral("/data/hr.db")), QStringLiteral("/data/hr.db.key.json"));
}

void TestKeyInfoFile::keychainRoundTrip()
{
    KeyInfoFile info;
    const QUuid id = QUuid::createUuid();
    const QDateTime created = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 0), Qt::UTC);
    info.setDatabaseId(id);
    info.setCreatedAt(created);
    info.setKeychain(QStringLiteral("HR Desk"), QStringLiteral("database/x"));
    const QString path = m_dir.filePath(QStringLiteral("keychain.db.key.json"));
    QString error;
    QVERIFY2(info.save(path, KeyInfoFile::SaveMode::CreateNew, &error), qPrintable(error));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
#endif

    KeyInfoFile loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.databaseId(), id);
    QCOMPARE(loaded.createdAt(), created);
    QCOMPARE(loaded.protection(), Protection::Keychain);
    QCOMPARE(loaded.keychainService(), QStringLiteral("HR Desk"));
    QCOMPARE(loaded.keychainAccount(), QStringLiteral("database/x"));

    const QJsonObject json = QJsonDocument::fromJson(info.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("protection")).toString(), QStringLiteral("keychain"));
    QCOMPARE(json.value(QStringLiteral("database_id")).toString(), id.toString(QUuid::WithoutBraces));
    QVERIFY(!json.contains(QStringLiteral("passphrase")));
}

void TestKeyInfoFile::passphraseRoundTrip()
{
    KeyInfoFile info;
    info.setDatabaseId(QUuid::createUuid());
    info.setCreatedAt(QDateTime::currentDateTimeUtc());
    info.setPassphrase(sampleWrappedKey());
    const QString path = m_dir.filePath(QStringLiteral("passphrase.db.key.json"));
    QString error;
    QVERIFY2(info.save(path, KeyInfoFile::SaveMode::CreateNew, &error), qPrintable(error));

    KeyInfoFile loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.protection(), Protection::Passphrase);
    QCOMPARE(loaded.wrappedKey().kdf.opsLimit, sampleWrappedKey().kdf.opsLimit);
    QCOMPARE(loaded.wrappedKey().kdf.memLimit, sampleWrappedKey().kdf.memLimit);
    QCOMPARE(loaded.wrappedKey().salt, sampleWrappedKey().salt);
    QCOMPARE(loaded.wrappedKey().nonce, sampleWrappedKey().nonce);
    QCOMPARE(loaded.wrappedKey().ciphertext, sampleWrappedKey().ciphertext);
    QVERIFY(loaded.keychainAccount().isEmpty());
}

void TestKeyInfoFile::createNewRefusesExistingFile()
{
    const QString path = write("{}");
    KeyInfoFile info;
    info.setDatabaseId(QUuid::createUuid());
    info.setKeychain(QStringLiteral("HR Desk"), QStringLiteral("database/y"));
    QString error;
    QVERIFY(!info.save(path, KeyInfoFile::SaveMode::CreateNew, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{}"));
}

void TestKeyInfoFile::replaceOverwritesAtomically()
{
    const QString path = write("{}");
    KeyInfoFile info;
    info.setDatabaseId(QUuid::createUuid());
    info.setKeychain(QStringLiteral("HR Desk"), QStringLiteral("database/z"));
    QString error;
    QVERIFY2(info.save(path, KeyInfoFile::SaveMode::Replace, &error), qPrintable(error));
    KeyInfoFile loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.databaseId(), info.databaseId());
}

void TestKeyInfoFile::damagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray("{\"format\": 1, \"database_id\": \"");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("no format") << QByteArray("{\"database_id\": \"" + id + "\"}");
    QTest::newRow("future format") << QByteArray("{\"format\": 2, \"database_id\": \"" + id + "\"}");
    QTest::newRow("bad id") << QByteArray("{\"format\": 1, \"database_id\": \"nope\", \"protection\": \"keychain\"}");
    QTest::newRow("unknown protection")
            << QByteArray("{\"format\": 1, \"database_id\": \"" + id + "\", \"protection\": \"post-it\"}");
    QTest::newRow("keychain without account")
            << QByteArray("{\"format\": 1, \"database_id\": \"" + id
                          + "\", \"protection\": \"keychain\", \"keychain\": {\"service\": \"HR Desk\"}}");
    QTest::newRow("passphrase with bad base64")
            << QByteArray("{\"format\": 1, \"database_id\": \"" + id
                          + "\", \"protection\": \"passphrase\", \"passphrase\": {\"kdf\": \"argon2id13\", "
                            "\"opslimit\": 2, \"memlimit\": 67108864, \"salt\": \"!!\", \"nonce\": \"AA==\", "
                            "\"ciphertext\": \"AA==\"}}");
    QTest::newRow("passphrase with absurd memlimit")
            << QByteArray("{\"format\": 1, \"database_id\": \"" + id
                          + "\", \"protection\": \"passphrase\", \"passphrase\": {\"kdf\": \"argon2id13\", "
                            "\"opslimit\": 2, \"memlimit\": 1e15, \"salt\": \"AA==\", \"nonce\": \"AA==\", "
                            "\"ciphertext\": \"AA==\"}}");
    QTest::newRow("unknown kdf")
            << QByteArray("{\"format\": 1, \"database_id\": \"" + id
                          + "\", \"protection\": \"passphrase\", \"passphrase\": {\"kdf\": \"md5\"}}");
}

void TestKeyInfoFile::damagedFile()
{
    QFETCH(QByteArray, content);
    const QString path = write(content);
    QVERIFY(!path.isEmpty());
    KeyInfoFile info;
    QString error;
    QVERIFY(!info.load(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The key information file %1 is damaged: ").arg(path)), qPrintable(error));
    QVERIFY(error.size() > QStringLiteral("The key information file %1 is damaged: ").arg(path).size());
}

void TestKeyInfoFile::missingFile()
{
    KeyInfoFile info;
    QString error;
    QVERIFY(!info.load(m_dir.filePath(QStringLiteral("absent.key.json")), &error));
    QVERIFY(error.contains(QStringLiteral("absent.key.json")));
}

QTEST_GUILESS_MAIN(TestKeyInfoFile)
#include "TestKeyInfoFile.moc"
