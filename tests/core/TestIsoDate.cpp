#include "core/common/IsoDate.h"

#include <QTest>

using hrdesk::IsoDate;

class TestIsoDate : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQDate()
    {
        // Every day of two centuries, as QDate writes it.
        for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
            const QString expected = d.toString(Qt::ISODate);
            if (IsoDate::text(d) != expected || IsoDate::utf8(d) != expected.toUtf8())
                QFAIL(qPrintable(QStringLiteral("%1 written as %2").arg(expected, IsoDate::text(d))));
        }
        for (const QDate d : {QDate(1, 1, 1), QDate(9, 9, 9), QDate(999, 12, 31), QDate(9999, 12, 31)}) {
            QCOMPARE(IsoDate::text(d), d.toString(Qt::ISODate));
            QCOMPARE(IsoDate::utf8(d), d.toString(Qt::ISODate).toUtf8());
        }
    }

    void outsideItsRangeAsQDate()
    {
        for (const QDate d : {QDate(), QDate(2024, 2, 30), QDate(-44, 3, 15), QDate(10000, 1, 1), QDate(12345, 6, 7)}) {
            QCOMPARE(IsoDate::text(d), d.toString(Qt::ISODate));
            QCOMPARE(IsoDate::utf8(d), d.toString(Qt::ISODate).toUtf8());
        }
        QVERIFY(IsoDate::text(QDate()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIsoDate)
#include "TestIsoDate.moc"
