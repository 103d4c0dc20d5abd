#include "TempWorkspace.h"

#include "core/customers/CustomerFields.h"
#include "core/masking/RevealService.h"
#include "core/staff/EmployeeFields.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using hrdesk::customers::CustomerFields;
using hrdesk::masking::RevealService;
using hrdesk::staff::EmployeeFields;

class TestRevealService : public QObject
{
    Q_OBJECT

private:
    static hrdesk::commands::Actor clerk()
    {
        return {QStringLiteral("u-1"), QStringLiteral("clerk"), QStringLiteral("clerk")};
    }
    static qint64 count(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void revealWritesOneEventWithoutValue()
    {
        hrdesk::test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        QSqlQuery q(ws->db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, mobile, status, updated_at) "
                                       "VALUES ('e1', 'E1', '张伟', 'male', '110105194912310021', '13812345678', 'active', 'now')")),
                 qPrintable(q.lastError().text()));
        const qint64 before = hrdesk::test::rowCount(ws->db(), QStringLiteral("audit_event"));

        RevealService service(*ws);
        const RevealService::Result result = service.reveal(clerk(), QStringLiteral("employee"), QStringLiteral("e1"),
                                                            QStringLiteral("id_number"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.value, QStringLiteral("110105194912310021"));
        QCOMPARE(hrdesk::test::rowCount(ws->db(), QStringLiteral("audit_event")), before + 1);

        QVERIFY(q.exec(QStringLiteral("SELECT action, entity_type, entity_id, actor_name, after_json, "
                                      "ifnull(before_json, '') FROM audit_event ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("employee.reveal"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("employee"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("e1"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("clerk"));
        QVERIFY(q.value(4).toString().contains(QStringLiteral("id_number")));
        // Neither the value nor a recognisable part of it is in the audit log.
        QCOMPARE(count(ws->db(), QStringLiteral("SELECT count(*) FROM audit_event WHERE ifnull(after_json, '') LIKE '%19491231%' "
                                                "OR ifnull(before_json, '') LIKE '%19491231%'")),
                 0);

        const RevealService::Result mobile = service.reveal(clerk(), QStringLiteral("employee"), QStringLiteral("e1"),
                                                            QStringLiteral("mobile"));
        QVERIFY(mobile.ok);
        QCOMPARE(mobile.value, QStringLiteral("13812345678"));
        QCOMPARE(hrdesk::test::rowCount(ws->db(), QStringLiteral("audit_event")), before + 2);
    }

    void refusals()
    {
        hrdesk::test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const qint64 before = hrdesk::test::rowCount(ws->db(), QStringLiteral("audit_event"));
        RevealService service(*ws);
        // Not a masked field: no SQL built from the caller's field name, no event.
        RevealService::Result r = service.reveal(clerk(), QStringLiteral("employee"), QStringLiteral("e1"),
                                                 QStringLiteral("name FROM local_user --"));
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        // Messages name fields by their labels; the caller's codes stay out of them.
        QVERIFY2(!r.error.contains(QStringLiteral("local_user")) && !r.error.contains(QStringLiteral("employee")),
                 qPrintable(r.error));
        r = service.reveal(clerk(), QStringLiteral("employee"), QStringLiteral("e1"), QStringLiteral("name"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(EmployeeFields::label(EmployeeFields::Name)) && !r.error.contains(QStringLiteral("name")),
                 qPrintable(r.error));
        r = service.reveal(clerk(), QStringLiteral("employee"), QStringLiteral("missing"), QStringLiteral("id_number"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("ID number cannot be revealed: the record no longer exists (it may have been "
                                         "deleted)."));
        r = service.reveal(clerk(), QStringLiteral("customer"), QStringLiteral("missing"), QStringLiteral("phone"));
        QVERIFY(!r.ok);
        QVERIFY(r.value.isEmpty());
        QVERIFY2(r.error.startsWith(CustomerFields::label(QStringLiteral("phone"))) && !r.error.contains(QStringLiteral("phone")),
                 qPrintable(r.error));
        QCOMPARE(hrdesk::test::rowCount(ws->db(), QStringLiteral("audit_event")), before);
        QVERIFY(RevealService::isRevealable(QStringLiteral("customer_contact"), QStringLiteral("mobile")));
        QVERIFY(!RevealService::isRevealable(QStringLiteral("employee"), QStringLiteral("name")));
    }
};

QTEST_GUILESS_MAIN(TestRevealService)
#include "TestRevealService.moc"
