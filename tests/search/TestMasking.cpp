#include "core/masking/Masking.h"

#include <QTest>

using hrdesk::masking::Masking;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void idNumber_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        // Birth date (7-14, 15-digit: 7-12) and gender digit (17, 15-digit: 15) hidden.
        QTest::newRow("resident 18") << "resident_id" << "110105194912310021" << "110105********00*1";
        QTest::newRow("resident X") << "resident_id" << "11010519491231002X" << "110105********00*X";
        QTest::newRow("resident 15") << "resident_id" << "110105491231002" << "110105******00*";
        QTest::newRow("resident trimmed") << "resident_id" << " 110105194912310021 " << "110105********00*1";
        QTest::newRow("resident 17") << "resident_id" << "11010519491231002" << "110105**********2";
        QTest::newRow("passport") << "passport" << "E12345678" << "E1****678";
        QTest::newRow("hk permit") << "hk_macau_permit" << "H12345678" << "H1****678";
        QTest::newRow("taiwan permit") << "taiwan_permit" << "12345678" << "12***678";
        QTest::newRow("short passport") << "passport" << "AB123" << "A**23";
        QTest::newRow("very short") << "passport" << "A12" << "***";
        QTest::newRow("empty") << "resident_id" << "" << "";
    }
    void idNumber()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(Masking::idNumber(value, type), masked);
        // Nothing of the birth date survives the mask of a resident ID.
        if (type == QLatin1String("resident_id") && value.trimmed().size() == 18)
            QVERIFY(!masked.contains(value.trimmed().mid(6, 8)));
    }

    void birthDateAndGender()
    {
        QCOMPARE(Masking::birthDate(QDate(1990, 3, 7)), QStringLiteral("****-**-**"));
        QCOMPARE(Masking::birthDate(QDate()), QString());
        QCOMPARE(Masking::gender(QStringLiteral("female")), QStringLiteral("*"));
        QCOMPARE(Masking::gender(QString()), QString());
    }

    void mobile_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << "13812345678" << "138****5678";
        QTest::newRow("mobile spaced") << "138 1234 5678" << "138 **** 5678";
        QTest::newRow("mobile +86") << "+86 13812345678" << "+86 138****5678";
        QTest::newRow("mobile 0086") << "008613812345678" << "0086138****5678";
        QTest::newRow("beijing landline") << "010-12345678" << "010-****5678";
        QTest::newRow("shenzhen landline") << "0755-12345678" << "0755-****5678";
        QTest::newRow("landline no separator") << "01012345678" << "010****5678";
        QTest::newRow("4-digit area no separator") << "075512345678" << "0755****5678";
        QTest::newRow("local number") << "62345678" << "****5678";
        QTest::newRow("short") << "12345" << "***45";
        QTest::newRow("empty") << "" << "";
    }
    void mobile()
    {
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(Masking::mobile(value), masked);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "TestMasking.moc"
