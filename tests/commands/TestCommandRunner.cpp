#include "TempWorkspace.h"

#include "core/common/Ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

class TestCommandRunner : public QObject
{
    Q_OBJECT

private:
    static bool insertDepartment(CommandContext &ctx, const QString &id, const QString &code)
    {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) VALUES (?, 'branch', ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(code);
        q.addBindValue(QStringLiteral("上海分公司"));
        q.addBindValue(ctx.now());
        if (!q.exec())
            return ctx.fail(q.lastError().text());
        return true;
    }

    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

private slots:
    void successfulCommandWritesRowsOutboxAndAudit()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const QString id = newId();
        const auto result = ws->runner().run(m_clerk, QStringLiteral("department.create"),
                                             {{QStringLiteral("id"), id}}, [&](CommandContext &ctx) {
            if (!insertDepartment(ctx, id, QStringLiteral("SH")))
                return false;
            ctx.baseVersion(QStringLiteral("department"), id, 0);
            ctx.audit({QStringLiteral("department.create"), QStringLiteral("department"), id, QJsonValue(),
                       QJsonObject{{QStringLiteral("code"), QStringLiteral("SH")}}});
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("department")), 1);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore + 1);

        QSqlQuery outbox(ws->db());
        QVERIFY(outbox.exec(QStringLiteral("SELECT device_seq, command_id, device_id, actor_id, mutation, arguments, base_versions "
                                           "FROM outbox WHERE kind = 'intent'")));
        QVERIFY(outbox.next());
        QCOMPARE(outbox.value(0).toLongLong(), result.deviceSeq);
        QCOMPARE(outbox.value(1).toString(), result.commandId);
        QCOMPARE(outbox.value(2).toString(), ws->deviceId());
        QCOMPARE(outbox.value(3).toString(), m_clerk.id);
        QCOMPARE(outbox.value(4).toString(), QStringLiteral("department.create"));
        QCOMPARE(QJsonDocument::fromJson(outbox.value(5).toString().toUtf8()).object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(QJsonDocument::fromJson(outbox.value(6).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("department"))
                     .toObject()
                     .value(id)
                     .toInt(-1),
                 0);
        QVERIFY(!outbox.next());

        QSqlQuery audit(ws->db());
        QVERIFY(audit.exec(QStringLiteral("SELECT command_id, actor_name, device_id, action, entity_id, after_json "
                                          "FROM audit_event ORDER BY seq DESC LIMIT 1")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), result.commandId);
        QCOMPARE(audit.value(1).toString(), QStringLiteral("王芳"));
        QCOMPARE(audit.value(2).toString(), ws->deviceId());
        QCOMPARE(audit.value(3).toString(), QStringLiteral("department.create"));
        QCOMPARE(audit.value(4).toString(), id);
        QCOMPARE(audit.value(5).toString(), QStringLiteral("{\"code\":\"SH\"}"));
    }

    void deviceSequenceIncreasesPerCommand()
    {
        test::TempWorkspace ws;
        qint64 last = 1; // entry 1 is the event database.create
        for (int i = 0; i < 3; ++i) {
            const QString id = newId();
            const auto r = ws->runner().run(m_clerk, QStringLiteral("department.create"), {}, [&](CommandContext &ctx) {
                ctx.audit({QStringLiteral("department.create"), QStringLiteral("department"), id, {}, {}});
                return insertDepartment(ctx, id, QStringLiteral("D%1").arg(i));
            });
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.deviceSeq, last + 1);
            last = r.deviceSeq;
        }
    }

    void failingBodyLeavesNothing_data()
    {
        QTest::addColumn<int>("failureKind");
        QTest::newRow("body reports failure") << 0;
        QTest::newRow("SQL constraint violation") << 1;
        QTest::newRow("no audit event declared") << 2;
        QTest::newRow("exception in body") << 3;
    }

    void failingBodyLeavesNothing()
    {
        QFETCH(int, failureKind);
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const auto result = ws->runner().run(m_clerk, QStringLiteral("department.create"), {}, [&](CommandContext &ctx) {
            const QString id = newId();
            if (!insertDepartment(ctx, id, QStringLiteral("SH")))
                return false;
            ctx.audit({QStringLiteral("department.create"), QStringLiteral("department"), id, {}, {}});
            switch (failureKind) {
            case 0:
                return ctx.fail(QStringLiteral("the name is missing"));
            case 1:
                return insertDepartment(ctx, newId(), QStringLiteral("SH")); // duplicate code
            case 2:
                return true;
            default:
                throw std::runtime_error("boom");
            }
        });
        if (failureKind == 2) {
            // Re-run without declaring an audit record: must be refused.
            const auto noAudit = ws->runner().run(m_clerk, QStringLiteral("x"), {}, [&](CommandContext &ctx) {
                return insertDepartment(ctx, newId(), QStringLiteral("SZ"));
            });
            QVERIFY(!noAudit.ok);
            QVERIFY(noAudit.error.contains(QStringLiteral("audit")));
            QCOMPARE(test::rowCount(ws->db(), QStringLiteral("department")), 1);
            return;
        }
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        if (failureKind == 0)
            QCOMPARE(result.error, QStringLiteral("the name is missing"));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("department")), 0);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), auditBefore); // one entry per event so far
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
    }

    void auditTableIsAppendOnly()
    {
        test::TempWorkspace ws;
        QVERIFY(test::rowCount(ws->db(), QStringLiteral("audit_event")) > 0);
        QSqlQuery q(ws->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_event SET actor_name = 'mallory'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_event")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QSqlQuery check(ws->db());
        QVERIFY(check.exec(QStringLiteral("SELECT actor_name FROM audit_event")));
        while (check.next())
            QVERIFY(check.value(0).toString() != QStringLiteral("mallory"));
    }

    void recordWritesAnEventAndNoIntent()
    {
        test::TempWorkspace ws;
        const qint64 before = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const qint64 outboxBefore = test::rowCount(ws->db(), QStringLiteral("outbox"));
        const auto r = ws->runner().record(m_clerk, {QStringLiteral("employee.reveal"), QStringLiteral("employee"),
                                                     QStringLiteral("e-1"), {}, QJsonObject{{QStringLiteral("field"), QStringLiteral("id_number")}}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), before + 1);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), outboxBefore + 1);
        QSqlQuery q(ws->db());
        q.prepare(QStringLiteral("SELECT kind, mutation, arguments, device_seq FROM outbox WHERE command_id = ?"));
        q.addBindValue(r.commandId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("event"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("employee.reveal"));
        QCOMPARE(q.value(2).toString(),
                 QStringLiteral("{\"details\":{\"field\":\"id_number\"},\"entity_id\":\"e-1\",\"entity_type\":\"employee\"}"));
        QCOMPARE(q.value(3).toLongLong(), r.deviceSeq);
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "TestCommandRunner.moc"
