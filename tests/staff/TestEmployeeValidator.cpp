#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeValidator.h"
#include "core/validation/ResidentIdNumber.h"

#include <QTest>

using namespace hrdesk::staff;
using hrdesk::validation::ResidentIdNumber;

namespace {

const QDate Today(2024, 6, 1);

// A resident ID for a birth date; order code 123 is odd (male), 124 even (female).
QString makeResidentId(const QString &birth, bool male)
{
    return ResidentIdNumber::withCheckDigit(QStringLiteral("310104") + birth + (male ? QStringLiteral("123") : QStringLiteral("124")));
}

Employee validEmployee()
{
    Employee e;
    e.employeeNo = QStringLiteral("HD000123");
    e.name = QStringLiteral("张伟");
    e.gender = QStringLiteral("male");
    e.birthDate = QDate(1990, 3, 7);
    e.idType = QStringLiteral("resident_id");
    e.idNumber = makeResidentId(QStringLiteral("19900307"), true);
    e.mobile = QStringLiteral("13812345678");
    e.email = QStringLiteral("zhang.wei@example.com");
    e.departmentId = QStringLiteral("d-1");
    e.hireDate = QDate(2020, 1, 6);
    e.probationEnd = QDate(2020, 7, 5);
    e.status = QStringLiteral("active");
    return e;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const auto &error : errors)
        fields << error.field;
    return fields;
}

} // namespace

class TestEmployeeValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRecordHasNoErrors()
    {
        const auto errors = EmployeeValidator::validate(validEmployee(), Today);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    }

    void requiredFields()
    {
        Employee empty;
        empty.idType.clear();
        empty.status.clear();
        const auto errors = EmployeeValidator::validate(empty, Today);
        QCOMPARE(fieldsOf(errors),
                 (QStringList{QStringLiteral("employee_no"), QStringLiteral("name"), QStringLiteral("gender"),
                              QStringLiteral("id_type"), QStringLiteral("id_number"), QStringLiteral("department_id"),
                              QStringLiteral("hire_date"), QStringLiteral("status")}));
        QCOMPARE(errors.first().message, QStringLiteral("Employee number is required."));
        for (const auto &error : errors)
            QVERIFY2(error.message.startsWith(EmployeeFields::label(error.field)), qPrintable(error.message));
    }

    void field_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // empty: accepted; else a fragment of the message

        QTest::newRow("employee no ok") << "employee_no" << "HD000123" << "";
        QTest::newRow("employee no short") << "employee_no" << "H" << "2 to 20 letters or digits";
        QTest::newRow("employee no 21") << "employee_no" << QString(21, u'1') << "2 to 20 letters or digits";
        QTest::newRow("employee no dash") << "employee_no" << "HD-001" << "2 to 20 letters or digits";
        QTest::newRow("name 30") << "name" << QString(30, u'张') << "";
        QTest::newRow("name 31") << "name" << QString(31, u'张') << "has 31 characters";
        QTest::newRow("gender other") << "gender" << "x" << "male or female";
        QTest::newRow("mobile ok") << "mobile" << "138 1234 5678" << "";
        QTest::newRow("mobile short") << "mobile" << "1381234567" << "Mobile: A mobile number has 11 digits, not 10.";
        QTest::newRow("mobile empty ok") << "mobile" << "" << "";
        QTest::newRow("email ok") << "email" << "li.na@hr.example.cn" << "";
        QTest::newRow("email no at") << "email" << "li.na.example.cn" << "Email \"li.na.example.cn\" is not an email";
        QTest::newRow("email no tld") << "email" << "li@example" << "not an email";
        QTest::newRow("email space") << "email" << "li na@example.com" << "not an email";
        QTest::newRow("email two at") << "email" << "a@b@example.com" << "not an email";
        QTest::newRow("emergency mobile") << "emergency_contact_phone" << "13912345678" << "";
        QTest::newRow("emergency landline") << "emergency_contact_phone" << "(021) 6123-4567" << "";
        QTest::newRow("emergency letters") << "emergency_contact_phone" << "call me" << "neither a mobile";
        QTest::newRow("emergency short") << "emergency_contact_phone" << "12345" << "neither a mobile";
        QTest::newRow("status unknown") << "status" << "retired" << "not a known status";
        QTest::newRow("bad date text") << "hire_date" << "2020-13-01" << "is not a date";
        QTest::newRow("slash date") << "hire_date" << "2020/1/6" << "";
        QTest::newRow("chinese date") << "hire_date" << "2020年1月6日" << "";
        QTest::newRow("birth future") << "birth_date" << "2030-01-01" << "in the future";
    }
    void field()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Employee context = validEmployee();
        if (field == QLatin1String("birth_date"))
            context.idType = QStringLiteral("passport"), context.idNumber = QStringLiteral("E12345678");
        const QString message = EmployeeValidator::checkField(field, value, context, Today);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void emergencyPhoneNeededWithContact()
    {
        Employee e = validEmployee();
        e.emergencyContactName = QStringLiteral("李娜");
        const auto errors = EmployeeValidator::validate(e, Today);
        QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("emergency_contact_phone")});
    }

    void residentId_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        const QString valid = makeResidentId(QStringLiteral("19900307"), true);
        QString wrongCheck = valid;
        wrongCheck[17] = valid.at(17) == u'3' ? u'4' : u'3';
        QTest::newRow("valid") << valid << "";
        QTest::newRow("lower-case x accepted") << QStringLiteral("11010519491231002x") << "gives the date of birth";
        QTest::newRow("check digit") << wrongCheck
                                     << QStringLiteral("ID number: The check digit should be %1, not %2.")
                                            .arg(valid.at(17)).arg(wrongCheck.at(17));
        QTest::newRow("17 chars") << valid.left(17) << "18 characters, not 17";
        QTest::newRow("15 digit") << valid.left(15) << "old 15-digit";
        QTest::newRow("letter") << QStringLiteral("31010419900A071234") << "must be a digit";
        QTest::newRow("no such date") << ResidentIdNumber::withCheckDigit(u"31010419900230123") << "does not exist";
        QTest::newRow("region") << ResidentIdNumber::withCheckDigit(u"99010419900307123") << "province code";
        QTest::newRow("future") << ResidentIdNumber::withCheckDigit(u"31010420300307123") << "in the future";
    }
    void residentId()
    {
        QFETCH(QString, number);
        QFETCH(QString, expected);
        const QString message = EmployeeValidator::checkField(QStringLiteral("id_number"), number, validEmployee(), Today);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void birthDateMismatchNamesBothFields()
    {
        Employee e = validEmployee();
        e.birthDate = QDate(1990, 3, 8);
        const auto errors = EmployeeValidator::validate(e, Today);
        QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("id_number")});
        QCOMPARE(errors.first().message,
                 QStringLiteral("ID number gives the date of birth 1990-03-07, but Date of birth says 1990-03-08."));
        // As the user types the birth date, the form re-checks the ID number.
        QVERIFY(EmployeeValidator::relatedFields(QStringLiteral("birth_date")).contains(QStringLiteral("id_number")));
        QVERIFY(!EmployeeValidator::checkField(QStringLiteral("id_number"), e.idNumber, e, Today).isEmpty());
    }

    void genderMismatchNamesBothFields()
    {
        Employee e = validEmployee();
        e.gender = QStringLiteral("female");
        const auto errors = EmployeeValidator::validate(e, Today);
        QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("id_number")});
        QCOMPARE(errors.first().message,
                 QStringLiteral("ID number belongs to a Male person (17th digit 3), but Gender says Female."));
        e.idNumber = makeResidentId(QStringLiteral("19900307"), false);
        QVERIFY(EmployeeValidator::validate(e, Today).isEmpty());
    }

    void otherIdTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("passport 9") << "passport" << "E12345678" << true;
        QTest::newRow("passport lower") << "passport" << "e12345678" << true;
        QTest::newRow("passport 5") << "passport" << "AB123" << true;
        QTest::newRow("passport 17") << "passport" << "A1234567890123456" << true;
        QTest::newRow("passport 4") << "passport" << "AB12" << false;
        QTest::newRow("passport 18") << "passport" << "A12345678901234567" << false;
        QTest::newRow("passport dash") << "passport" << "E1234-5678" << false;
        QTest::newRow("hk 8") << "hk_macau_permit" << "H12345678" << true;
        QTest::newRow("macao 10") << "hk_macau_permit" << "M1234567890" << true;
        QTest::newRow("hk 9") << "hk_macau_permit" << "H123456789" << false;
        QTest::newRow("hk letter K") << "hk_macau_permit" << "K12345678" << false;
        QTest::newRow("hk no letter") << "hk_macau_permit" << "12345678" << false;
        QTest::newRow("tw 8") << "taiwan_permit" << "12345678" << true;
        QTest::newRow("tw 10 letters") << "taiwan_permit" << "1234567B01" << true;
        QTest::newRow("tw 9") << "taiwan_permit" << "123456789" << false;
        QTest::newRow("tw 8 with letter") << "taiwan_permit" << "1234567A" << false;
        QTest::newRow("resident id as passport type") << "passport" << makeResidentId(QStringLiteral("19900307"), true) << false;
    }
    void otherIdTypes()
    {
        QFETCH(QString, type);
        QFETCH(QString, number);
        QFETCH(bool, valid);
        Employee e = validEmployee();
        e.idType = type;
        e.idNumber = number;
        const auto errors = EmployeeValidator::validate(e, Today);
        if (valid) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        } else {
            QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("id_number")});
            QVERIFY2(errors.first().message.startsWith(QStringLiteral("ID number \"")), qPrintable(errors.first().message));
        }
    }

    void unknownIdTypeReportedOnType()
    {
        Employee e = validEmployee();
        e.idType = QStringLiteral("driving_licence");
        QCOMPARE(fieldsOf(EmployeeValidator::validate(e, Today)), QStringList{QStringLiteral("id_type")});
    }

    void datesOutOfOrder_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("hire");
        QTest::addColumn<QDate>("probationEnd");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("hire before birth")
            << QDate(1990, 3, 7) << QDate(1989, 1, 1) << QDate() << "hire_date"
            << "Hire date (1989-01-01) must be after Date of birth (1990-03-07).";
        QTest::newRow("hire on birth day")
            << QDate(1990, 3, 7) << QDate(1990, 3, 7) << QDate() << "hire_date"
            << "Hire date (1990-03-07) must be after Date of birth (1990-03-07).";
        QTest::newRow("15 years old")
            << QDate(1990, 3, 7) << QDate(2006, 3, 6) << QDate() << "hire_date"
            << "Hire date (2006-03-06) is when the employee was 15 by Date of birth (1990-03-07); the minimum age is 16.";
        QTest::newRow("probation before hire")
            << QDate(1990, 3, 7) << QDate(2020, 1, 6) << QDate(2020, 1, 5) << "probation_end"
            << "End of probation (2020-01-05) cannot be before Hire date (2020-01-06).";
    }
    void datesOutOfOrder()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, hire);
        QFETCH(QDate, probationEnd);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Employee e = validEmployee();
        e.idType = QStringLiteral("passport");
        e.idNumber = QStringLiteral("E12345678");
        e.birthDate = birth;
        e.hireDate = hire;
        e.probationEnd = probationEnd;
        const auto errors = EmployeeValidator::validate(e, Today);
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QCOMPARE(errors.first().message, message);
    }

    void sixteenthBirthdayIsEnough()
    {
        Employee e = validEmployee();
        e.hireDate = QDate(2006, 3, 7);
        e.probationEnd = e.hireDate;
        QVERIFY(EmployeeValidator::validate(e, Today).isEmpty());
    }

    void normalisedTrimsAndUppercases()
    {
        Employee e = validEmployee();
        e.employeeNo = QStringLiteral(" hd000123 ");
        e.idNumber = QStringLiteral(" 11010519491231002x");
        e.mobile = QStringLiteral("+86 138-1234-5678");
        const Employee n = EmployeeValidator::normalised(e);
        QCOMPARE(n.employeeNo, QStringLiteral("HD000123"));
        QCOMPARE(n.idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(n.mobile, QStringLiteral("13812345678"));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeValidator)
#include "TestEmployeeValidator.moc"
