#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "core/workspace/Reminders.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;

// The overview's to-do counts: which rows are due, and which are not.
class TestReminders : public QObject
{
    Q_OBJECT

private:
    const commands::Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};
    const QDate m_today{2026, 3, 2};

    static void exec(Workspace &ws, const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(ws.db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QLatin1Char(' ') + sql));
    }

    void employee(Workspace &ws, const QString &no, const QString &status, const QVariant &probationEnd)
    {
        exec(ws, QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, probation_end, "
                                "updated_at) VALUES (?, ?, ?, 'male', ?, ?, ?, '2026-01-01T00:00:00.000Z')"),
             {QStringLiteral("e-") + no, no, QStringLiteral("员工") + no, QStringLiteral("ID-") + no, status, probationEnd});
    }

    static void customer(Workspace &ws, const QString &id, const QString &name)
    {
        exec(ws, QStringLiteral("INSERT INTO customer (id, kind, name, tier, updated_at) "
                                "VALUES (?, 'company', ?, 'A', '2026-01-01T00:00:00.000Z')"),
             {id, name});
    }

    static void followUp(Workspace &ws, const QString &id, const QString &customerId, const QString &occurred,
                         const QVariant &due)
    {
        exec(ws, QStringLiteral("INSERT INTO follow_up (id, customer_id, occurred_at, channel, summary, next_step, "
                                "next_step_due, updated_at) VALUES (?, ?, ?, 'phone', '电话', '发报价', ?, ?)"),
             {id, customerId, occurred, due, occurred});
    }

private slots:
    void probationWithinFourteenDaysOrOverdue()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        employee(*ws, QStringLiteral("E1"), QStringLiteral("probation"), m_today.addDays(14).toString(Qt::ISODate));
        employee(*ws, QStringLiteral("E2"), QStringLiteral("probation"), m_today.addDays(15).toString(Qt::ISODate));
        employee(*ws, QStringLiteral("E3"), QStringLiteral("probation"), m_today.addDays(-2).toString(Qt::ISODate));
        employee(*ws, QStringLiteral("E4"), QStringLiteral("active"), m_today.addDays(3).toString(Qt::ISODate));
        employee(*ws, QStringLiteral("E5"), QStringLiteral("probation"), QVariant());
        const auto due = Reminders(*ws).probationEnding(m_today);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).employeeNo, QStringLiteral("E3"));
        QCOMPARE(due.at(0).daysLeft, -2);
        QCOMPARE(due.at(1).employeeNo, QStringLiteral("E1"));
        QCOMPARE(due.at(1).daysLeft, 14);
    }

    void contractsAreTheStaffPageWarning()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        employee(*ws, QStringLiteral("E1"), QStringLiteral("active"), QVariant());
        staff::LabourContract c;
        c.employeeId = QStringLiteral("e-E1");
        c.type = QStringLiteral("fixed_term");
        c.startDate = m_today.addYears(-3);
        c.endDate = m_today.addDays(20);
        QVERIFY(staff::ContractService(*ws).add(m_clerk, c).ok);
        QCOMPARE(Reminders(*ws).contractsEnding(m_today).size(), 1);
        QCOMPARE(Reminders(*ws).contractsEnding(m_today.addDays(-11)).size(), 0); // 31 days ahead
    }

    void nextStepOfTheLatestFollowUpOnly()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        customer(*ws, QStringLiteral("c-1"), QStringLiteral("恒达机械"));
        customer(*ws, QStringLiteral("c-2"), QStringLiteral("华联商贸"));
        customer(*ws, QStringLiteral("c-3"), QStringLiteral("远大物流"));
        // c-1: an overdue step superseded by a later follow-up whose step is due in 7 days.
        followUp(*ws, QStringLiteral("f-1"), QStringLiteral("c-1"), QStringLiteral("2026-02-01T02:00:00.000Z"),
                 QStringLiteral("2026-02-05"));
        followUp(*ws, QStringLiteral("f-2"), QStringLiteral("c-1"), QStringLiteral("2026-02-20T02:00:00.000Z"),
                 m_today.addDays(7).toString(Qt::ISODate));
        // c-2: latest step due in 8 days: not yet.
        followUp(*ws, QStringLiteral("f-3"), QStringLiteral("c-2"), QStringLiteral("2026-02-21T02:00:00.000Z"),
                 m_today.addDays(8).toString(Qt::ISODate));
        // c-3: overdue and still the latest; an older one without a step does not hide it.
        followUp(*ws, QStringLiteral("f-4"), QStringLiteral("c-3"), QStringLiteral("2026-01-10T02:00:00.000Z"), QVariant());
        followUp(*ws, QStringLiteral("f-5"), QStringLiteral("c-3"), QStringLiteral("2026-02-10T02:00:00.000Z"),
                 m_today.addDays(-1).toString(Qt::ISODate));
        const auto due = Reminders(*ws).followUpsDue(m_today);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).followUpId, QStringLiteral("f-5"));
        QCOMPARE(due.at(0).customerName, QStringLiteral("远大物流"));
        QCOMPARE(due.at(0).daysLeft, -1);
        QCOMPARE(due.at(1).followUpId, QStringLiteral("f-2"));
        QCOMPARE(due.at(1).nextStep, QStringLiteral("发报价"));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "TestReminders.moc"
