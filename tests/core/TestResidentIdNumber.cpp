#include "core/validation/ResidentIdNumber.h"

#include <QTest>

using hrdesk::validation::ResidentIdNumber;

class TestResidentIdNumber : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 6, 1};

private slots:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        // The example of GB 11643 itself, with an X check character.
        QTest::newRow("standard example, X") << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("lower-case x") << "11010519491231002x" << QDate(1949, 12, 31) << false;
        QTest::newRow("Shanghai male") << "310101198507150018" << QDate(1985, 7, 15) << true;
        QTest::newRow("Shenzhen female") << "440305200001010021" << QDate(2000, 1, 1) << false;
        QTest::newRow("Beijing 1990") << "110105199003071239" << QDate(1990, 3, 7) << true;
        QTest::newRow("leap day") << ResidentIdNumber::withCheckDigit(u"51010720000229001") << QDate(2000, 2, 29) << true;
        QTest::newRow("surrounding spaces") << " 310101198507150018 " << QDate(1985, 7, 15) << true;
    }
    void validNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const auto result = ResidentIdNumber::validate(number, m_today);
        QVERIFY2(result.ok, qPrintable(result.reason));
        QVERIFY(result.reason.isEmpty());
        const auto parsed = ResidentIdNumber::parse(number, nullptr, m_today);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->birthDate(), birth);
        QCOMPARE(parsed->isMale(), male);
        QCOMPARE(parsed->number(), number.trimmed().toUpper());
        QCOMPARE(parsed->regionCode(), number.trimmed().left(6));
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong check digit") << "310101198507150017" << "The check digit should be 8, not 7.";
        QTest::newRow("X where a digit belongs") << "31010119850715001X" << "The check digit should be 8, not X.";
        QTest::newRow("31 February") << "110105199902310010" << "The birth date 19990231 does not exist.";
        QTest::newRow("month 13") << "110105199913010012" << "The birth date 19991301 does not exist.";
        QTest::newRow("future") << "11010520300101001X" << "The birth date 20300101 is in the future.";
        QTest::newRow("before 1900") << "440524188001010014" << "The birth date 18800101 is before 1900.";
        QTest::newRow("15 digits") << "310101850715001"
                                   << "This is an old 15-digit ID number; enter the 18-digit number instead.";
        QTest::newRow("17 digits") << "31010119850715001" << "An ID number has 18 characters, not 17.";
        QTest::newRow("letter inside") << "3101011985O7150018" << "Character 11 (\"O\") must be a digit.";
        QTest::newRow("bad last character") << "31010119850715001A" << "The last character must be a digit or X, not \"A\".";
        QTest::newRow("no province 99") << "990101198507150014" << "The region code 990101 does not begin with a province code.";
        QTest::newRow("no province 10") << "100101198507150019" << "The region code 100101 does not begin with a province code.";
        QTest::newRow("empty") << "" << "The ID number is empty.";
        QTest::newRow("full-width digits") << QString::fromUtf16(u"３１０１０１１９８５０７１５００１８")
                                           << "Character 1 (\"３\") must be a digit.";
    }
    void invalidNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, reason);
        const auto result = ResidentIdNumber::validate(number, m_today);
        QVERIFY(!result.ok);
        QCOMPARE(result.reason, reason);
        QVERIFY(!ResidentIdNumber::parse(number, nullptr, m_today));
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QString>("expected");
        QTest::newRow("X") << "11010519491231002" << "11010519491231002X";
        QTest::newRow("0") << "11010519800101001" << ResidentIdNumber::withCheckDigit(u"11010519800101001");
        QTest::newRow("too short") << "1101051949123100" << QString();
        QTest::newRow("letter") << "1101051949123100A" << QString();
    }
    void checkDigit()
    {
        QFETCH(QString, first17);
        QFETCH(QString, expected);
        QCOMPARE(ResidentIdNumber::withCheckDigit(first17), expected);
        if (!expected.isEmpty())
            QVERIFY(ResidentIdNumber::validate(expected, m_today).ok);
    }

    // Every possible check value round-trips: the byte and QString variants agree.
    void allCheckValues()
    {
        QSet<QChar> seen;
        for (int order = 0; order < 200; ++order) {
            const QString first17 = QStringLiteral("33010619880808") + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
            const QByteArray bytes = first17.toLatin1();
            QCOMPARE(QChar(QLatin1Char(ResidentIdNumber::checkCharacter(bytes.constData()))),
                     ResidentIdNumber::checkCharacter(first17));
            const QString number = ResidentIdNumber::withCheckDigit(first17);
            QVERIFY2(ResidentIdNumber::validate(number, m_today).ok, qPrintable(number));
            seen.insert(number.back());
        }
        QCOMPARE(seen.size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestResidentIdNumber)
#include "TestResidentIdNumber.moc"
