#include "TempWorkspace.h"

#include "core/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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

    // The form the chain was first built on: a QJsonObject written by QJsonDocument. Events
    // written since must hash the same way, or verify() would reject old logs.
    void canonicalFormIsWhatQJsonDocumentWrote()
    {
        AuditEvent e;
        e.id = QStringLiteral("0b7c2f5e-1f1c-4c1e-9a55-3f0d2a9a7c11");
        e.commandId = QStringLiteral("c-1");
        e.actorId = QString();
        e.actorName = QStringLiteral("王\"芳\\");
        e.deviceId = QStringLiteral("dev");
        e.occurredAt = QStringLiteral("2026-11-27T01:00:00.000Z");
        e.action = QStringLiteral("employee.import");
        e.entityType = QStringLiteral("employee");
        e.entityId = QStringLiteral("e-1");
        e.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("王芳\n")}, {QStringLiteral("import_row"), 2},
                              {QStringLiteral("score"), 0.5}, {QStringLiteral("tags"), QJsonArray{QJsonValue(), false}}};
        e.prevHash = QString(64, QLatin1Char('a'));
        for (const QJsonValue &before : {QJsonValue(), QJsonValue(QJsonObject{{QStringLiteral("status"), 1}})}) {
            e.before = before;
            const QJsonObject object{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("command_id"), e.commandId},
                {QStringLiteral("actor_id"), QJsonValue()},
                {QStringLiteral("actor_name"), e.actorName},
                {QStringLiteral("device_id"), e.deviceId},
                {QStringLiteral("occurred_at"), e.occurredAt},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("entity_type"), e.entityType},
                {QStringLiteral("entity_id"), e.entityId},
                {QStringLiteral("before"), e.before},
                {QStringLiteral("after"), e.after},
                {QStringLiteral("prev_hash"), e.prevHash},
            };
            const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
            QCOMPARE(AuditChain::canonical(e), expected);
            QCOMPARE(AuditChain::computeHash(e),
                     QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        }
    }

    void manyEventsAtOnceVerify()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        // Enough events for appendAll to serialise them on two threads.
        const auto r = ws->runner().run({QStringLiteral("u-1"), QStringLiteral("李娜"), QStringLiteral("hr_clerk")},
                                        QStringLiteral("test.many"), QJsonObject(), [](commands::CommandContext &ctx) {
            for (int i = 0; i < 1500; ++i)
                ctx.audit({QStringLiteral("employee.import"), QStringLiteral("employee"), QStringLiteral("e-%1").arg(i),
                           QJsonValue(), QJsonObject{{QStringLiteral("import_row"), i + 2},
                                                     {QStringLiteral("name"), QStringLiteral("员工%1").arg(i)}}});
            return true;
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto v = AuditChain::verify(ws->db());
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.events, 1501);
        // Stored as written: no before (NULL, not empty text), the after text, in order.
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(before_json IS NULL), sum(actor_id = 'u-1'), "
                                      "min(entity_id = 'e-' || (seq - (SELECT min(seq) FROM audit_event "
                                      "WHERE action = 'employee.import')))"
                                      "FROM audit_event WHERE action = 'employee.import'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1500);
        QCOMPARE(q.value(1).toInt(), 1500);
        QCOMPARE(q.value(2).toInt(), 1500);
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_event WHERE entity_id = 'e-7'")) && q.next());
        QCOMPARE(q.value(0).toString(), QString::fromUtf16(u"{\"import_row\":9,\"name\":\"员工7\"}"));
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
