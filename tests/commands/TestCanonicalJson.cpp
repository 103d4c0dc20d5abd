#include "core/audit/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <limits>

using hrdesk::audit::CanonicalJson;

// The audit chain hashes CanonicalJson's text; events hashed before it existed were hashed over
// QJsonDocument's. Both must agree on every value, or old chains stop verifying.
class TestCanonicalJson : public QObject
{
    Q_OBJECT

private:
    static QByteArray qtText(const QJsonValue &value)
    {
        // Wrapped in an array, as scalars cannot be documents.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2);
    }

    static QString awkwardString(QRandomGenerator &random)
    {
        static const char16_t pool[] = {u'a', u'Z', u'0', u' ', u'"', u'\\', u'/', u'\b', u'\f', u'\n', u'\r', u'\t',
                                        0x01, 0x1f, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, u'王', u'，', 0xfeff, 0xffff,
                                        0xd83d, 0xde00, 0xdbff, 0xdc00, 0x2028};
        QString s;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i)
            s.append(QChar(pool[random.bounded(int(std::size(pool)))]));
        return s;
    }

private slots:
    void scalarsAsQtWritesThem_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("null") << QJsonValue();
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("false") << QJsonValue(false);
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("negative int") << QJsonValue(-42);
        QTest::newRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max());
        QTest::newRow("int64 min") << QJsonValue(std::numeric_limits<qint64>::min());
        QTest::newRow("2^53 + 1") << QJsonValue(qint64(9007199254740993));
        QTest::newRow("integral double") << QJsonValue(3.0);
        QTest::newRow("big integral double") << QJsonValue(1e21);
        QTest::newRow("tenth") << QJsonValue(0.1);
        QTest::newRow("third") << QJsonValue(1.0 / 3.0);
        QTest::newRow("tiny") << QJsonValue(5e-324);
        QTest::newRow("huge") << QJsonValue(1.7976931348623157e308);
        QTest::newRow("negative zero") << QJsonValue(-0.0);
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity());
        QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("empty string") << QJsonValue(QString());
        QTest::newRow("chinese") << QJsonValue(QStringLiteral("华东区/上海分公司/销售一部"));
        QTest::newRow("controls") << QJsonValue(QStringLiteral("a\"b\\c\b\f\n\r\t") + QChar(0x01) + QChar(0x1f));
        QTest::newRow("emoji pair") << QJsonValue(QString::fromUtf16(u"\U0001F600"));
        QTest::newRow("lone high surrogate at end") << QJsonValue(QString(QChar(0xd83d)));
        QTest::newRow("lone high surrogate before text") << QJsonValue(QString(QChar(0xd83d)) + QStringLiteral("x"));
        QTest::newRow("lone low surrogate") << QJsonValue(QString(QChar(0xde00)));
    }

    void scalarsAsQtWritesThem()
    {
        QFETCH(QJsonValue, value);
        QCOMPARE(CanonicalJson::text(value), qtText(value));
    }

    void nestedValuesAsQtWritesThem()
    {
        const QJsonObject object{
            {QStringLiteral("name"), QStringLiteral("王芳")},
            {QStringLiteral("import_row"), 100001},
            {QStringLiteral("score"), 87.5},
            {QStringLiteral("tags"), QJsonArray{1, QStringLiteral("二"), QJsonValue(), true, QJsonObject{}}},
            {QStringLiteral("Zeta"), QJsonArray{}},
            {QStringLiteral("\xe9t\xe9"), QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonValue()}}},
        };
        QCOMPARE(CanonicalJson::text(object), qtText(object));
        // And as the audit log reads it back from the database.
        const QJsonValue parsed = QJsonDocument::fromJson(qtText(object)).object();
        QCOMPARE(CanonicalJson::text(parsed), qtText(parsed));
    }

    void randomValuesAsQtWritesThem()
    {
        QRandomGenerator random(20261127);
        for (int round = 0; round < 2000; ++round) {
            QJsonObject object;
            const int keys = int(random.bounded(6));
            for (int k = 0; k < keys; ++k) {
                QJsonValue value;
                switch (random.bounded(5)) {
                case 0: value = awkwardString(random); break;
                case 1: value = qint64(random.generate64()); break;
                case 2: value = random.generateDouble() * std::pow(10.0, int(random.bounded(40)) - 20); break;
                case 3: value = QJsonArray{awkwardString(random), int(random.bounded(1000))}; break;
                default: value = QJsonValue(); break;
                }
                object.insert(awkwardString(random), value);
            }
            const QByteArray expected = qtText(object);
            QCOMPARE(CanonicalJson::text(object), expected);
            const QJsonValue parsed = QJsonDocument::fromJson(expected).object();
            QCOMPARE(CanonicalJson::text(parsed), qtText(parsed));
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
