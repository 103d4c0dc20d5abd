#include "core/security/RecoveryKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::security::RecoveryKey;
using hrdesk::security::SecretBytes;

namespace {
const QByteArray KeyBytes = QByteArray::fromHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210");
const QString Formatted = QStringLiteral("00112233-44556677-8899AABB-CCDDEEFF-01234567-89ABCDEF-FEDCBA98-76543210");
}

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private slots:
    void formatGroupsUpperCase();
    void formatRoundTripsRandomKeys();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void pragma();
    void writeToFile();
};

void TestRecoveryKey::formatGroupsUpperCase()
{
    QCOMPARE(RecoveryKey::format(SecretBytes::copyOf(KeyBytes)), Formatted);
}

void TestRecoveryKey::formatRoundTripsRandomKeys()
{
    for (int i = 0; i < 20; ++i) {
        const SecretBytes key = SecretBytes::random(32);
        const QString text = RecoveryKey::format(key);
        QCOMPARE(text.size(), 64 + 7);
        const RecoveryKey::ParseResult parsed = RecoveryKey::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.key.equals(key));
    }
}

void TestRecoveryKey::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("formatted") << Formatted;
    QTest::newRow("lower case") << Formatted.toLower();
    QTest::newRow("plain hex") << QString(Formatted).remove(u'-');
    QTest::newRow("spaces") << QString(Formatted).replace(u'-', u' ');
    QTest::newRow("surrounding whitespace and newline") << QStringLiteral("  ") + Formatted + QStringLiteral("\n");
    QTest::newRow("mixed separators") << QStringLiteral("0011 2233-4455 6677 8899aabb ccddeeff-0123456789abcdef  fedcba98 76543210");
    QTest::newRow("sqlcipher blob form") << QStringLiteral("x'") + QString(Formatted).remove(u'-') + u'\'';
    QTest::newRow("upper X blob form") << QStringLiteral("X'") + Formatted.toLower() + u'\'';
}

void TestRecoveryKey::parseAccepts()
{
    QFETCH(QString, text);
    const RecoveryKey::ParseResult parsed = RecoveryKey::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.key.equals(KeyBytes));
}

void TestRecoveryKey::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("this one has 0");
    QTest::newRow("too short") << Formatted.left(Formatted.size() - 1) << QStringLiteral("this one has 63");
    QTest::newRow("too long") << Formatted + u'0' << QStringLiteral("this one has 65");
    QTest::newRow("non-hex letter") << QString(Formatted).replace(0, 1, u'G') << QStringLiteral("0-9");
    QTest::newRow("punctuation") << QString(Formatted).replace(8, 1, u'_') << QStringLiteral("0-9");
    QTest::newRow("unterminated blob") << QStringLiteral("x'") + QString(Formatted).remove(u'-') << QStringLiteral("0-9");
    QTest::newRow("chinese") << QStringLiteral("密钥") + Formatted << QStringLiteral("0-9");
}

void TestRecoveryKey::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const RecoveryKey::ParseResult parsed = RecoveryKey::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.key.isEmpty());
    QVERIFY2(parsed.error.contains(messagePart), qPrintable(parsed.error));
}

void TestRecoveryKey::pragma()
{
    QCOMPARE(RecoveryKey::toSqlcipherPragma(SecretBytes::copyOf(KeyBytes)),
             QStringLiteral("PRAGMA key = \"x'00112233445566778899AABBCCDDEEFF0123456789ABCDEFFEDCBA9876543210'\";"));
}

void TestRecoveryKey::writeToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recovery.txt"));
    QString error;
    QVERIFY2(RecoveryKey::writeToFile(path, SecretBytes::copyOf(KeyBytes), QStringLiteral("/data/hr.db"), &error),
             qPrintable(error));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFileDevice::Permissions());
#endif
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(u'#'));
    QVERIFY(text.contains(QStringLiteral("hr.db")));
    QVERIFY(text.contains(QStringLiteral("sqlcipher")));
    QVERIFY(text.contains(RecoveryKey::toSqlcipherPragma(SecretBytes::copyOf(KeyBytes))));
    // The whole file, comments and all, parses back when its last line is pasted.
    const QString lastLine = text.trimmed().split(u'\n').last();
    QCOMPARE(lastLine, Formatted);

    QVERIFY(!RecoveryKey::writeToFile(path, SecretBytes::random(16), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
