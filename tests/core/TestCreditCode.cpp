#include "core/validation/CreditCode.h"

#include <QTest>

using hrdesk::validation::CreditCode;

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("code");
        // The example printed in GB 32100-2015.
        QTest::newRow("standard example") << "91350100M000100Y43";
        QTest::newRow("letter check") << "91330100799655058B";
        QTest::newRow("lower case accepted") << "91330100799655058b";
        QTest::newRow("computed") << CreditCode::withCheckCharacter(u"91310115MA1K4ABCD");
    }
    void valid()
    {
        QFETCH(QString, code);
        const auto result = CreditCode::validate(code);
        QVERIFY2(result.ok, qPrintable(result.reason));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong check") << "91350100M000100Y44" << "The check character should be 3, not 4.";
        QTest::newRow("short") << "91350100M000100Y4" << "A unified social credit code has 18 characters, not 17.";
        QTest::newRow("letter I") << "91350100I000100Y43"
                                  << "Character 9 (\"I\") cannot appear in a credit code "
                                     "(digits and capital letters except I, O, S, V, Z).";
        QTest::newRow("letter in region") << "913501A0M000100Y43"
                                          << "Characters 3 to 8 of a credit code are the region code and must be digits.";
        QTest::newRow("empty") << "" << "The credit code is empty.";
    }
    void invalid()
    {
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const auto result = CreditCode::validate(code);
        QVERIFY(!result.ok);
        QCOMPARE(result.reason, reason);
    }

    void byteAndStringAgree()
    {
        const QByteArray first17 = "91310115MA1K4ABCD";
        QCOMPARE(QChar(QLatin1Char(CreditCode::checkCharacter(first17.constData()))),
                 CreditCode::checkCharacter(QString::fromLatin1(first17)));
        QCOMPARE(CreditCode::checkCharacter("9131011SMA1K4ABCD"), '\0');
        QVERIFY(CreditCode::withCheckCharacter(u"9131011SMA1K4ABCD").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "TestCreditCode.moc"
