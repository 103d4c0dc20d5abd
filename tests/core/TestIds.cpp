#include "core/common/Ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <thread>
#include <vector>

using hrdesk::newId;

// Row and command ids: UUID version 7, ordered as made, unique across threads.
class TestIds : public QObject
{
    Q_OBJECT

private slots:
    void formatIsUuidVersion7()
    {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (int i = 0; i < 1000; ++i) {
            const QString id = newId();
            QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
        }
    }

    void startsWithTheTimeInMilliseconds()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = newId();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        bool ok = false;
        const qint64 ms = (id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
        QVERIFY(ok);
        // Ids made before, faster than 4,096 per millisecond, may have borrowed milliseconds from
        // the future: at most one per 4,096 ids (this test runs before the 20,000-id one).
        QVERIFY2(ms >= before && ms <= after + 10, qPrintable(id));
    }

    void idsSortInTheOrderTheyWereMade()
    {
        // More than 4,096 per millisecond: the counter overflows into the next millisecond.
        QString previous = newId();
        QSet<QString> seen{previous};
        for (int i = 0; i < 20000; ++i) {
            const QString id = newId();
            QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" then ") + id));
            seen.insert(id);
            previous = id;
        }
        QCOMPARE(seen.size(), 20001);
    }

    void uniqueAcrossThreads()
    {
        std::vector<QStringList> made(4);
        std::vector<std::thread> threads;
        for (auto &list : made) {
            threads.emplace_back([&list] {
                for (int i = 0; i < 5000; ++i)
                    list.append(newId());
            });
        }
        for (auto &t : threads)
            t.join();
        QSet<QString> all;
        for (const QStringList &list : made) {
            for (int i = 1; i < list.size(); ++i)
                QVERIFY(list.at(i) > list.at(i - 1));
            for (const QString &id : list)
                all.insert(id);
        }
        QCOMPARE(all.size(), 20000);
    }

    void derivedIdFollowsFromItsInputsAlone()
    {
        const QString customer = hrdesk::newId();
        const QString a = hrdesk::derivedId(u"customer_owner_change.created", customer);
        QCOMPARE(hrdesk::derivedId(u"customer_owner_change.created", customer), a);
        QVERIFY(hrdesk::derivedId(u"customer_owner_change.created", hrdesk::newId()) != a);
        QVERIFY(hrdesk::derivedId(u"other.role", customer) != a);
        static const QRegularExpression v5(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(v5.match(a).hasMatch(), qPrintable(a));
        // Fixed forever: a changed namespace would give replayed rows other keys.
        QCOMPARE(hrdesk::derivedId(u"customer_owner_change.created", QStringLiteral("0192f3a4-1111-7222-8333-444455556666")),
                 QUuid::createUuidV5(QUuid(QStringLiteral("6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f")),
                                     QStringLiteral("customer_owner_change.created:0192f3a4-1111-7222-8333-444455556666"))
                     .toString(QUuid::WithoutBraces));
    }

    void shortIdIsTheRandomEnd()
    {
        const QString a = newId();
        const QString b = newId();
        QCOMPARE(hrdesk::shortId(a), a.right(8));
        QVERIFY(hrdesk::shortId(a) != hrdesk::shortId(b));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "TestIds.moc"
