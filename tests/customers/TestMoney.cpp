#include "core/customers/Money.h"

#include <QTest>

using hrdesk::customers::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("grouped two decimals") << "12,345.67" << qint64(1234567);
        QTest::newRow("plain one decimal") << "12345.6" << qint64(1234560);
        QTest::newRow("whole") << "12345" << qint64(1234500);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("one fen") << "0.01" << qint64(1);
        QTest::newRow("spaces") << "  88.80 " << qint64(8880);
        QTest::newRow("yen sign") << "¥1,000" << qint64(100000);
        QTest::newRow("fullwidth yen sign") << "￥ 2.5" << qint64(250);
        QTest::newRow("yuan suffix") << "300元" << qint64(30000);
        QTest::newRow("millions grouped") << "1,234,567.89" << qint64(123456789);
        QTest::newRow("leading zeros") << "007.5" << qint64(750);
        QTest::newRow("maximum") << "999,999,999,999.99" << Money::MaxFen;
    }
    void parsesYuan()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QString error;
        const auto parsed = Money::parseYuan(text, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(*parsed, fen);
    }

    void refusesBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "The amount is empty.";
        QTest::newRow("negative") << "-5" << "The amount \"-5\" is negative; amounts cannot be below zero.";
        QTest::newRow("three decimals") << "1.234"
                                        << "The amount \"1.234\" has more than two decimal places; the smallest unit is one fen (0.01).";
        QTest::newRow("bad grouping") << "1,23,456"
                                      << "The amount \"1,23,456\" has misplaced thousands separators; write it as 12,345.67 or 12345.67.";
        QTest::newRow("trailing comma") << "12,"
                                        << "The amount \"12,\" has misplaced thousands separators; write it as 12,345.67 or 12345.67.";
        QTest::newRow("letters") << "12a" << "The amount \"12a\" is not a number in yuan such as 12,345.67.";
        QTest::newRow("two points") << "1.2.3" << "The amount \"1.2.3\" is not a number in yuan such as 12,345.67.";
        QTest::newRow("dangling point") << "12." << "The amount \"12.\" is not a number in yuan such as 12,345.67.";
        QTest::newRow("exponent") << "1e5" << "The amount \"1e5\" is not a number in yuan such as 12,345.67.";
        QTest::newRow("too large") << "1000000000000"
                                   << "The amount \"1000000000000\" is too large (at most 999,999,999,999.99 yuan).";
    }
    void refusesBadText()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Money::parseYuan(text, &error).has_value());
        QCOMPARE(error, reason);
    }

    void formatsYuan_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("one fen") << qint64(1) << "0.01";
        QTest::newRow("grouped") << qint64(1234567) << "12,345.67";
        QTest::newRow("exact thousand") << qint64(100000) << "1,000.00";
        QTest::newRow("negative") << qint64(-123456) << "-1,234.56";
    }
    void formatsYuan()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::formatYuan(fen), text);
        if (fen >= 0)
            QCOMPARE(Money::parseYuan(text).value_or(-1), fen);
    }
};

QTEST_GUILESS_MAIN(TestMoney)

#include "TestMoney.moc"
