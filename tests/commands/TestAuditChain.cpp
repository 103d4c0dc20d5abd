#include "TempWorkspace.h"

#include "core/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using hrdesk::audit::AuditChain;
using hrdesk::audit::AuditEvent;

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    static void addEvents(Workspace &ws, int n)
    {
        for (int i = 0; i < n; ++i) {
            const auto r = ws.runner().record({QStringLiteral("u-1"), QStringLiteral("李娜"), QStringLiteral("hr_clerk")},
                                              {QStringLiteral("employee.reveal"), QStringLiteral("employee"),
                                               QStringLiteral("e-%1").arg(i), {},
                                               QJsonObject{{QStringLiteral("field"), QStringLiteral("身份证号")}}});
            QVERIFY(r.ok);
        }
    }

private slots:
    void canonicalFormIsSortedCompactJson()
    {
        AuditEvent e;
        e.id = QStringLiteral("i");
        e.actorName = QStringLiteral("张伟");
        e.deviceId = QStringLiteral("d");
        e.occurredAt = QStringLiteral("2026-01-01T00:00:00.000Z");
        e.action = QStringLiteral("a");
        e.entityType = QStringLiteral("t");
        e.after = QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}};
        e.prevHash = AuditChain::genesisHash();
        const QByteArray c = AuditChain::canonical(e);
        QVERIFY(c.startsWith("{\"action\":\"a\",\"actor_id\":null,\"actor_name\":\"张伟\",\"after\":{\"a\":1,\"b\":2}"));
        QVERIFY(!c.contains('\n'));
        QCOMPARE(AuditChain::computeHash(e),
                 QString::fromLatin1(QCryptographicHash::hash(c, QCryptographicHash::Sha256).toHex()));
    }

    void chainLinksEveryEvent()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        addEvents(*ws, 5);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_event ORDER BY seq")));
        QString prev = AuditChain::genesisHash();
        int n = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), prev);
            prev = q.value(1).toString();
            QCOMPARE(prev.size(), 64);
            ++n;
        }
        QCOMPARE(n, 6); // database.create + 5
        const auto v = AuditChain::verify(ws->db());
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.events, 6);
    }

    void alteredEventIsDetected()
    {
        test::TempWorkspace ws;
        addEvents(*ws, 4);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_event SET actor_name = '某人' WHERE seq = 3")));
        const auto v = AuditChain::verify(ws->db());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY(v.problem.contains(QStringLiteral("altered")));
    }

    void removedEventIsDetected()
    {
        test::TempWorkspace ws;
        addEvents(*ws, 4);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 2")));
        const auto v = AuditChain::verify(ws->db());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY(v.problem.contains(QStringLiteral("broken")));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
