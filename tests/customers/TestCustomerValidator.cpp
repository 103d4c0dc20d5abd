#include "core/customers/CustomerFields.h"
#include "core/customers/CustomerValidator.h"

#include <QTest>

using hrdesk::customers::Customer;
using hrdesk::customers::CustomerFields;
using hrdesk::customers::CustomerValidator;

class TestCustomerValidator : public QObject
{
    Q_OBJECT

private:
    static Customer company()
    {
        Customer c;
        c.kind = QStringLiteral("company");
        c.name = QStringLiteral("上海恒达机械有限公司");
        c.creditCode = QStringLiteral("91350100M000100Y43");
        c.tier = QStringLiteral("A");
        c.status = QStringLiteral("active");
        c.score = 80;
        c.phone = QStringLiteral("021-62345678");
        return c;
    }
    static Customer person()
    {
        Customer c = company();
        c.kind = QStringLiteral("person");
        c.name = QStringLiteral("李娜");
        c.creditCode.clear();
        return c;
    }

private slots:
    void validRecordsHaveNoErrors()
    {
        QVERIFY(CustomerValidator::validate(company()).isEmpty());
        QVERIFY(CustomerValidator::validate(person()).isEmpty());
    }

    void creditCode_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // empty = valid
        QTest::newRow("standard example") << "company" << "91350100M000100Y43" << "";
        QTest::newRow("letter check") << "company" << "91330100799655058B" << "";
        QTest::newRow("wrong check char") << "company" << "91350100M000100Y44"
                                          << "Unified social credit code: The check character should be 3, not 4.";
        QTest::newRow("wrong check letter") << "company" << "91330100799655058C"
                                            << "Unified social credit code: The check character should be B, not C.";
        QTest::newRow("too short") << "company" << "91350100M000100Y4"
                                   << "Unified social credit code: A unified social credit code has 18 characters, not 17.";
        QTest::newRow("forbidden letter") << "company" << "91350100I000100Y43"
                                          << "Unified social credit code: Character 9 (\"I\") cannot appear in a credit code "
                                             "(digits and capital letters except I, O, S, V, Z).";
        QTest::newRow("company without code") << "company" << "" << "A company needs its unified social credit code.";
        QTest::newRow("company blank code") << "company" << "   " << "A company needs its unified social credit code.";
        QTest::newRow("person with code") << "person" << "91350100M000100Y43"
                                          << "A person has no unified social credit code; leave it empty or make the customer a company.";
        QTest::newRow("person without code") << "person" << "" << "";
    }
    void creditCode()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Customer context = company();
        context.kind = kind;
        const auto error = CustomerValidator::checkField(QStringLiteral("credit_code"), code, context);
        if (message.isEmpty()) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
        } else {
            QVERIFY(error);
            QCOMPARE(error->field, QStringLiteral("credit_code"));
            QCOMPARE(error->message, message);
        }
        // Save-time validation reaches the same verdict.
        context.creditCode = code.trimmed();
        const auto errors = CustomerValidator::validate(context);
        QCOMPARE(errors.size(), message.isEmpty() ? 0 : 1);
    }

    void score_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("zero") << "0" << true;
        QTest::newRow("hundred") << "100" << true;
        QTest::newRow("middle") << " 57 " << true;
        QTest::newRow("negative") << "-1" << false;
        QTest::newRow("above") << "101" << false;
        QTest::newRow("fraction") << "80.5" << false;
        QTest::newRow("text") << "高" << false;
        QTest::newRow("huge") << "99999999999" << false;
    }
    void score()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const auto error = CustomerValidator::checkField(QStringLiteral("score"), value, company());
        QCOMPARE(!error, valid);
    }

    void scoreBoundsOnSave()
    {
        Customer c = company();
        c.score = 101;
        auto errors = CustomerValidator::validate(c);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("score"));
        QCOMPARE(errors.first().message, QStringLiteral("The score must be from 0 to 100, not 101."));
        c.score = -5;
        QCOMPARE(CustomerValidator::validate(c).size(), 1);
        c.score.reset();
        QVERIFY(CustomerValidator::validate(c).isEmpty());
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("mobile") << "13812345678" << true;
        QTest::newRow("mobile +86 grouped") << "+86 138-1234-5678" << true;
        QTest::newRow("shanghai landline") << "021-62345678" << true;
        QTest::newRow("landline no dash") << "02162345678" << true;
        QTest::newRow("4-digit area") << "0755-8888666" << true;
        QTest::newRow("landline extension") << "010-88886666-123" << true;
        QTest::newRow("service number") << "400-820-8820" << true;
        QTest::newRow("mobile wrong second digit") << "12812345678" << false;
        QTest::newRow("mobile too short") << "1381234567" << false;
        QTest::newRow("landline without area code") << "62345678" << false;
        QTest::newRow("letters") << "021-6234ABCD" << false;
        QTest::newRow("local too short") << "021-12345" << false;
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        const auto error = CustomerValidator::checkField(QStringLiteral("phone"), phone, company());
        QVERIFY2(!error == valid, error ? qPrintable(error->message) : "accepted");
        if (error)
            QVERIFY(error->message.contains(phone.trimmed()));
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("blank") << "   " << false;
        QTest::newRow("one char") << "张" << false;
        QTest::newRow("two chars") << "张伟" << true;
        QTest::newRow("100 chars") << QString(100, QChar(0x5F20)) << true;
        QTest::newRow("101 chars") << QString(101, QChar(0x5F20)) << false;
    }
    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(!CustomerValidator::checkField(QStringLiteral("name"), name, company()), valid);
    }

    void enumerationsAndFreeText()
    {
        const Customer c = company();
        QVERIFY(!CustomerValidator::checkField(QStringLiteral("tier"), QStringLiteral("key"), c));
        QVERIFY(CustomerValidator::checkField(QStringLiteral("tier"), QStringLiteral("D"), c));
        QVERIFY(!CustomerValidator::checkField(QStringLiteral("status"), QStringLiteral("prospect"), c));
        QVERIFY(CustomerValidator::checkField(QStringLiteral("status"), QStringLiteral("closed"), c));
        QVERIFY(CustomerValidator::checkField(QStringLiteral("kind"), QStringLiteral("government"), c));
        QVERIFY(!CustomerValidator::checkField(QStringLiteral("region"), QString(50, QLatin1Char('x')), c));
        QVERIFY(CustomerValidator::checkField(QStringLiteral("region"), QString(51, QLatin1Char('x')), c));
        QVERIFY(CustomerValidator::checkField(QStringLiteral("industry"), QString(51, QLatin1Char('x')), c));
        const auto unknown = CustomerValidator::checkField(QStringLiteral("colour"), QStringLiteral("red"), c);
        QVERIFY(unknown);
        QCOMPARE(unknown->field, QStringLiteral("colour"));
    }

    void severalErrorsAreAllReported()
    {
        Customer c = company();
        c.name = QStringLiteral("x");
        c.creditCode = QStringLiteral("91350100M000100Y44");
        c.tier = QStringLiteral("Z");
        c.phone = QStringLiteral("12345");
        const auto errors = CustomerValidator::validate(c);
        QStringList fields;
        for (const auto &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("tier"), QStringLiteral("phone")}));
    }

    void normalisation()
    {
        Customer c = company();
        c.name = QStringLiteral("  上海恒达  机械 ");
        c.creditCode = QStringLiteral(" 91330100799655058b ");
        c.phone = QStringLiteral("+86 138 1234 5678");
        const Customer n = CustomerValidator::normalised(c);
        QCOMPARE(n.name, QStringLiteral("上海恒达 机械"));
        QCOMPARE(n.creditCode, QStringLiteral("91330100799655058B"));
        QCOMPARE(n.phone, QStringLiteral("13812345678"));
        QVERIFY(CustomerValidator::validate(n).isEmpty());
    }

    void fieldLabelsAndKeysFromText()
    {
        QCOMPARE(CustomerFields::label(QStringLiteral("credit_code")), QStringLiteral("Unified social credit code"));
        QCOMPARE(CustomerFields::label(QStringLiteral("nonsense")), QStringLiteral("nonsense"));
        for (const QString &key : CustomerFields::keys())
            QVERIFY2(CustomerFields::label(key) != key, qPrintable(key));
        QCOMPARE(CustomerFields::contactLabel(QStringLiteral("wechat")), QStringLiteral("WeChat ID"));
        QCOMPARE(CustomerFields::followUpLabel(QStringLiteral("by_employee_id")), QStringLiteral("Followed up by"));
        QCOMPARE(CustomerFields::dealLabel(QStringLiteral("amount_fen")), QStringLiteral("Amount (yuan)"));
        QCOMPARE(CustomerFields::salesContractLabel(QStringLiteral("end_date")), QStringLiteral("End date"));
        QCOMPARE(CustomerFields::stageLabel(QStringLiteral("negotiation")), QStringLiteral("Negotiation"));
        QCOMPARE(CustomerFields::channelLabel(QStringLiteral("wechat")), QStringLiteral("WeChat"));
        QCOMPARE(CustomerFields::tierFromText(QStringLiteral("Key account")), QStringLiteral("key"));
        QCOMPARE(CustomerFields::tierFromText(QStringLiteral("a")), QStringLiteral("A"));
        QCOMPARE(CustomerFields::tierFromText(QStringLiteral("E")), QString());
        QCOMPARE(CustomerFields::statusFromText(QStringLiteral("Dormant")), QStringLiteral("dormant"));
        QCOMPARE(CustomerFields::kindFromText(QStringLiteral("person")), QStringLiteral("person"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerValidator)

#include "TestCustomerValidator.moc"
