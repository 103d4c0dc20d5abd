#include "core/security/SecretBytes.h"

#include <QTest>

using hrdesk::security::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void randomHasRequestedSizeAndDiffers();
    void hexRoundTrip();
    void fromHexRejectsBadInput_data();
    void fromHexRejectsBadInput();
    void moveLeavesSourceEmpty();
    void equalsComparesContentAndSize();
};

void TestSecretBytes::randomHasRequestedSizeAndDiffers()
{
    const SecretBytes a = SecretBytes::random(32);
    const SecretBytes b = SecretBytes::random(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(a.view().size(), 32);
    QVERIFY(!a.equals(b));
    QVERIFY(SecretBytes::random(0).isEmpty());
}

void TestSecretBytes::hexRoundTrip()
{
    const SecretBytes bytes = SecretBytes::copyOf(QByteArrayView("\x00\x01\xab\xff", 4));
    QCOMPARE(bytes.toHex().view(), QByteArrayView("0001abff"));
    QCOMPARE(bytes.toHex(SecretBytes::HexCase::Upper).view(), QByteArrayView("0001ABFF"));
    QVERIFY(SecretBytes::fromHex(u"0001ABff").equals(bytes));
    QVERIFY(SecretBytes::fromHex(QByteArrayView("0001abff")).equals(bytes));

    const SecretBytes key = SecretBytes::random(32);
    QVERIFY(SecretBytes::fromHex(key.toHex(SecretBytes::HexCase::Upper).view()).equals(key));
}

void TestSecretBytes::fromHexRejectsBadInput_data()
{
    QTest::addColumn<QString>("hex");
    QTest::newRow("empty") << QString();
    QTest::newRow("odd length") << QStringLiteral("abc");
    QTest::newRow("non-hex") << QStringLiteral("zz");
    QTest::newRow("space") << QStringLiteral("ab cd");
    QTest::newRow("non-ascii") << QStringLiteral("ab\u00e9\u00e9");
}

void TestSecretBytes::fromHexRejectsBadInput()
{
    QFETCH(QString, hex);
    QVERIFY(SecretBytes::fromHex(hex).isEmpty());
}

void TestSecretBytes::moveLeavesSourceEmpty()
{
    SecretBytes a = SecretBytes::random(16);
    const SecretBytes copy = SecretBytes::copyOf(a.view());
    SecretBytes b = std::move(a);
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract
    QVERIFY(b.equals(copy));
    a = std::move(b);
    QVERIFY(a.equals(copy));
    a.clear();
    QVERIFY(a.isEmpty());
}

void TestSecretBytes::equalsComparesContentAndSize()
{
    const SecretBytes a = SecretBytes::copyOf("abcd");
    QVERIFY(a.equals(QByteArrayView("abcd")));
    QVERIFY(!a.equals(QByteArrayView("abce")));
    QVERIFY(!a.equals(QByteArrayView("abc")));
    QVERIFY(SecretBytes().equals(SecretBytes()));
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
