#include "core/validation/MobileNumber.h"

#include <QTest>

using hrdesk::validation::MobileNumber;

class TestMobileNumber : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain 138") << "13812345678" << "13812345678";
        QTest::newRow("199") << "19912345678" << "19912345678";
        QTest::newRow("grouped") << "138 1234 5678" << "13812345678";
        QTest::newRow("dashes") << "138-1234-5678" << "13812345678";
        QTest::newRow("+86") << "+86 13812345678" << "13812345678";
        QTest::newRow("86") << "8613812345678" << "13812345678";
    }
    void valid()
    {
        QFETCH(QString, number);
        QFETCH(QString, normalised);
        const auto result = MobileNumber::validate(number);
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(MobileNumber::normalise(number), normalised);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "The mobile number is empty.";
        QTest::newRow("10 digits") << "1381234567" << "A mobile number has 11 digits, not 10.";
        QTest::newRow("12 digits") << "138123456789" << "A mobile number has 11 digits, not 12.";
        QTest::newRow("12 prefix") << "12812345678" << "A mobile number begins with 13 to 19, not 12.";
        QTest::newRow("landline") << "02112345678" << "A mobile number begins with 13 to 19, not 02.";
        QTest::newRow("letter") << "1381234567a" << "A mobile number has only digits; \"a\" is not one.";
    }
    void invalid()
    {
        QFETCH(QString, number);
        QFETCH(QString, reason);
        const auto result = MobileNumber::validate(number);
        QVERIFY(!result.ok);
        QCOMPARE(result.reason, reason);
        QVERIFY(MobileNumber::normalise(number).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMobileNumber)
#include "TestMobileNumber.moc"
