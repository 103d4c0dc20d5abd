#include "core/audit/CanonicalJson.h"
#include "core/audit/CanonicalObjectWriter.h"
#include "core/staff/Employee.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeWriter.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <limits>

using hrdesk::audit::CanonicalJson;
using hrdesk::audit::CanonicalObjectWriter;

// The writer's text is hashed into the audit chain in place of CanonicalJson::text() of the same
// object; any difference would make those events fail verification.
class TestCanonicalObjectWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameTextAsTheJsonObject()
    {
        CanonicalObjectWriter w;
        w.addString(u"zeta", u"末尾");
        w.addInteger(u"alpha", -42);
        w.addNull(u"middle");
        w.addString(u"quote", u"say \"hi\"\n\\ \t\x01");
        w.addTextOrNull(u"empty", u"");
        w.addTextOrNull(u"filled", u"王芳");
        w.addInteger(u"big", std::numeric_limits<qint64>::max());
        w.addString(u"Upper", u"before lower-case keys");
        const QJsonObject expected{{QStringLiteral("zeta"), QString::fromUtf16(u"末尾")},
                                   {QStringLiteral("alpha"), -42},
                                   {QStringLiteral("middle"), QJsonValue()},
                                   {QStringLiteral("quote"), QString::fromUtf16(u"say \"hi\"\n\\ \t\x01")},
                                   {QStringLiteral("empty"), QJsonValue()},
                                   {QStringLiteral("filled"), QString::fromUtf16(u"王芳")},
                                   {QStringLiteral("big"), std::numeric_limits<qint64>::max()},
                                   {QStringLiteral("Upper"), QStringLiteral("before lower-case keys")}};
        QCOMPARE(w.text(), CanonicalJson::text(expected));
        // Reusable: the next object starts empty.
        QCOMPARE(w.text(), QByteArray("{}"));
    }

    void lastValueOfARepeatedKeyWins()
    {
        CanonicalObjectWriter w;
        w.addString(u"k", u"first");
        w.addInteger(u"a", 1);
        w.addNull(u"k");
        w.addString(u"k", u"last");
        QJsonObject expected;
        expected.insert(QStringLiteral("k"), QStringLiteral("first"));
        expected.insert(QStringLiteral("a"), 1);
        expected.insert(QStringLiteral("k"), QJsonValue());
        expected.insert(QStringLiteral("k"), QStringLiteral("last"));
        QCOMPARE(w.text(), CanonicalJson::text(expected));
    }

    void randomObjects()
    {
        QRandomGenerator random(20261128);
        static const char16_t pool[] = {u'a', u'b', u'_', u'Z', u'0', u'"', u'\\', u'\n', 0x01, u'王', 0xd83d, 0xde00};
        auto randomText = [&](int maxLength) {
            QString s;
            const int length = int(random.bounded(maxLength + 1));
            for (int i = 0; i < length; ++i)
                s.append(QChar(pool[random.bounded(int(std::size(pool)))]));
            return s;
        };
        for (int round = 0; round < 500; ++round) {
            CanonicalObjectWriter w;
            QJsonObject expected;
            std::vector<QString> keys; // the writer keeps views of its keys until text()
            keys.reserve(16);
            const int members = int(random.bounded(12));
            for (int m = 0; m < members; ++m) {
                keys.push_back(QStringLiteral("k") + randomText(4));
                const QString &key = keys.back();
                switch (random.bounded(3)) {
                case 0: {
                    const QString value = randomText(10);
                    w.addString(key, value);
                    expected.insert(key, value);
                    break;
                }
                case 1: {
                    const qint64 value = qint64(random.generate64() >> 12) - (qint64(1) << 51);
                    w.addInteger(key, value);
                    expected.insert(key, value);
                    break;
                }
                default:
                    w.addNull(key);
                    expected.insert(key, QJsonValue());
                }
            }
            QCOMPARE(w.text(), CanonicalJson::text(expected));
        }
    }

    void employeeJsonHasEveryFormField()
    {
        hrdesk::staff::Employee full;
        full.employeeNo = QStringLiteral("E00042");
        full.name = QString::fromUtf16(u"欧阳娜娜");
        full.gender = QStringLiteral("female");
        full.birthDate = QDate(1990, 2, 28);
        full.idType = QStringLiteral("resident_id");
        full.idNumber = QStringLiteral("11010519900228002X");
        full.mobile = QStringLiteral("13800000042");
        full.email = QStringLiteral("nana@example.cn");
        full.address = QString::fromUtf16(u"上海市浦东新区\"世纪大道\"1号");
        full.departmentId = QStringLiteral("0192f3a4-1111-7222-8333-444455556666");
        full.position = QString::fromUtf16(u"销售代表");
        full.hireDate = QDate(2024, 3, 1);
        full.status = QStringLiteral("probation");
        const hrdesk::staff::Employee sparse; // every field empty: all null

        for (const auto &e : {full, sparse}) {
            CanonicalObjectWriter w;
            hrdesk::staff::EmployeeWriter::addJson(w, e);
            w.addString(u"department_path", u"华东区/上海分公司");
            w.addInteger(u"import_row", 43);
            // Every field of the form (EmployeeFields), read through the form's own accessor:
            // a field added there and forgotten in the audit JSON fails here.
            QJsonObject expected;
            for (const QString &field : hrdesk::staff::EmployeeFields::all()) {
                const QVariant value = hrdesk::staff::EmployeeFields::value(e, field);
                const QString text = value.metaType().id() == QMetaType::QDate
                    ? value.toDate().toString(Qt::ISODate) : value.toString();
                expected.insert(field, text.isEmpty() ? QJsonValue() : QJsonValue(text));
            }
            QCOMPARE(hrdesk::staff::EmployeeWriter::json(e), expected);
            expected.insert(QStringLiteral("department_path"), QString::fromUtf16(u"华东区/上海分公司"));
            expected.insert(QStringLiteral("import_row"), 43);
            QCOMPARE(w.text(), CanonicalJson::text(expected));
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalObjectWriter)
#include "TestCanonicalObjectWriter.moc"
