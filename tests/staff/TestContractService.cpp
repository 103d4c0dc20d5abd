#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "core/staff/EmployeeService.h"
#include "core/validation/ResidentIdNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::staff;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

class TestContractService : public QObject
{
    Q_OBJECT

private:
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

    QString hire(Workspace &ws, const QString &no, const QString &order)
    {
        DepartmentDirectory directory(ws.db());
        QString dept;
        ws.runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            dept = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/销售一部"));
            return !dept.isEmpty();
        });
        Employee e;
        e.employeeNo = no;
        e.name = QStringLiteral("张伟");
        e.gender = QStringLiteral("male");
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(QString(QStringLiteral("31010419900307") + order));
        e.departmentId = dept;
        e.hireDate = QDate(2020, 1, 6);
        e.status = QStringLiteral("probation");
        const auto result = EmployeeService(ws).create(m_clerk, e);
        return result.id;
    }

    static LabourContract fixedTerm(const QString &employeeId, QDate start, QDate end)
    {
        LabourContract c;
        c.employeeId = employeeId;
        c.type = QStringLiteral("fixed_term");
        c.startDate = start;
        c.endDate = end;
        c.signedOn = start.addDays(-3);
        return c;
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("signedOn");
        QTest::addColumn<QString>("field"); // empty: valid
        const QDate s(2024, 1, 1);
        QTest::newRow("fixed ok") << "fixed_term" << s << QDate(2026, 12, 31) << s << "";
        QTest::newRow("fixed without end") << "fixed_term" << s << QDate() << s << "end_date";
        QTest::newRow("open ended ok") << "open_ended" << s << QDate() << s << "";
        QTest::newRow("open ended with end") << "open_ended" << s << QDate(2026, 1, 1) << s << "end_date";
        QTest::newRow("per task no end") << "per_task" << s << QDate() << s << "";
        QTest::newRow("end before start") << "internship" << s << QDate(2023, 12, 31) << s << "end_date";
        QTest::newRow("signed after start") << "dispatch" << s << QDate(2026, 1, 1) << QDate(2024, 1, 2) << "signed_on";
        QTest::newRow("unknown type") << "casual" << s << QDate() << s << "type";
        QTest::newRow("no start") << "per_task" << QDate() << QDate() << QDate() << "start_date";
    }
    void rules()
    {
        QFETCH(QString, type);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, signedOn);
        QFETCH(QString, field);
        LabourContract c;
        c.employeeId = QStringLiteral("e-1");
        c.type = type;
        c.startDate = start;
        c.endDate = end;
        c.signedOn = signedOn;
        const auto errors = ContractService::validate(c);
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, field);
        }
    }

    void endingWithinThirtyDaysBoundary()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString a = hire(*ws, QStringLiteral("HD000001"), QStringLiteral("123"));
        const QString b = hire(*ws, QStringLiteral("HD000002"), QStringLiteral("135"));
        const QString c = hire(*ws, QStringLiteral("HD000003"), QStringLiteral("157"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        const QDate today(2024, 6, 1);
        ContractService contracts(*ws);
        const auto day30 = contracts.add(m_clerk, fixedTerm(a, QDate(2021, 7, 1), today.addDays(30)));
        QVERIFY2(day30.ok, qPrintable(day30.error));
        QVERIFY(contracts.add(m_clerk, fixedTerm(b, QDate(2021, 7, 1), today.addDays(31))).ok);
        const auto day0 = contracts.add(m_clerk, fixedTerm(c, QDate(2021, 7, 1), today));
        QVERIFY(day0.ok);
        QVERIFY(contracts.add(m_clerk, fixedTerm(c, QDate(2020, 1, 6), today.addDays(-1))).ok);

        const auto ending = contracts.endingWithin(ContractService::WarningDays, today);
        QCOMPARE(ending.size(), 2);
        QCOMPARE(ending.at(0).contract.id, day0.id);
        QCOMPARE(ending.at(0).daysLeft, 0);
        QCOMPARE(ending.at(1).contract.id, day30.id);
        QCOMPARE(ending.at(1).daysLeft, 30);
        QCOMPARE(ending.at(1).employeeNo, QStringLiteral("HD000001"));
        QCOMPARE(ending.at(1).employeeName, QStringLiteral("张伟"));
        QCOMPARE(contracts.endingWithin(31, today).size(), 3);

        // A renewed contract no longer warns.
        QVERIFY(contracts.renew(m_clerk, day30.id, today.addYears(3), today).ok);
        QCOMPARE(contracts.endingWithin(ContractService::WarningDays, today).size(), 1);

        // A contract that ran out a week ago with nothing after it is the most urgent one.
        const QString d = hire(*ws, QStringLiteral("HD000004"), QStringLiteral("179"));
        const auto lapsed = contracts.add(m_clerk, fixedTerm(d, QDate(2021, 7, 1), today.addDays(-7)));
        QVERIFY2(lapsed.ok, qPrintable(lapsed.error));
        const auto withLapsed = contracts.endingWithin(ContractService::WarningDays, today);
        QCOMPARE(withLapsed.size(), 2);
        QCOMPARE(withLapsed.first().contract.id, lapsed.id);
        QCOMPARE(withLapsed.first().daysLeft, -7);
    }

    void endEarlyIsValidatedAuditedAndStopsTheWarning()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws, QStringLiteral("HD000001"), QStringLiteral("123"));
        ContractService contracts(*ws);
        const QDate today = QDate::currentDate();
        const auto added = contracts.add(m_clerk, fixedTerm(employee, today.addYears(-2), today.addDays(40)));
        QVERIFY2(added.ok, qPrintable(added.error));
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));

        auto result = contracts.end(m_clerk, added.id, today.addDays(10), QStringLiteral("  "), 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("reason"));
        result = contracts.end(m_clerk, added.id, today.addYears(-3), QStringLiteral("协商解除"), 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("end_date")); // before the start
        result = contracts.end(m_clerk, added.id, today.addDays(40), QStringLiteral("协商解除"), 1);
        QVERIFY(!result.ok); // not early
        QVERIFY(!contracts.end(m_clerk, added.id, today.addDays(10), QStringLiteral("协商解除"), 7).ok); // stale
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);

        result = contracts.end(m_clerk, added.id, today.addDays(10), QStringLiteral(" 协商解除 "), 1);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto ended = contracts.find(added.id);
        QCOMPARE(ended->endDate, today.addDays(10));
        QCOMPARE(ended->endReason, QStringLiteral("协商解除"));
        QCOMPARE(ended->version, qint64(2));
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT before_json, after_json FROM audit_event WHERE action = 'labour_contract.end'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(today.addDays(40).toString(Qt::ISODate)));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("协商解除")));
        // Ending soon, but decided: no warning, no renewal, no second end.
        QCOMPARE(contracts.endingWithin(ContractService::WarningDays, today).size(), 0);
        QVERIFY(!contracts.renew(m_clerk, added.id, today.addYears(3), today).ok);
        QVERIFY(!contracts.end(m_clerk, added.id, today.addDays(5), QStringLiteral("再次"), 2).ok);
    }

    void correctChangesFieldsWithReasonAndKeepsTheRules()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws, QStringLiteral("HD000001"), QStringLiteral("123"));
        ContractService contracts(*ws);
        LabourContract typo = fixedTerm(employee, QDate(2020, 1, 6), QDate(2023, 1, 5));
        typo.contractNo = QStringLiteral("HT-2020-0O1");
        const auto added = contracts.add(m_clerk, typo);
        QVERIFY2(added.ok, qPrintable(added.error));
        LabourContract fixed = *contracts.find(added.id);
        fixed.contractNo = QStringLiteral("HT-2020-001");
        fixed.employeeId = QStringLiteral("someone-else"); // ignored

        QCOMPARE(contracts.correct(m_clerk, fixed, QString(), 1).fieldErrors.value(0).field, QStringLiteral("reason"));
        LabourContract broken = fixed;
        broken.endDate = QDate(2019, 1, 1);
        const auto refused = contracts.correct(m_clerk, broken, QStringLiteral("录入错误"), 1);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.fieldErrors.value(0).field, QStringLiteral("end_date"));
        QVERIFY(!contracts.correct(m_clerk, *contracts.find(added.id), QStringLiteral("录入错误"), 1).ok); // no change

        const auto result = contracts.correct(m_clerk, fixed, QStringLiteral("录入错误"), 1);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto stored = contracts.find(added.id);
        QCOMPARE(stored->contractNo, QStringLiteral("HT-2020-001"));
        QCOMPARE(stored->employeeId, employee);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT before_json, after_json FROM audit_event WHERE action = 'labour_contract.correct'")));
        QVERIFY(q.next());
        const QJsonObject before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("contract_no")).toString(), QStringLiteral("HT-2020-0O1"));
        QCOMPARE(after.value(QStringLiteral("contract_no")).toString(), QStringLiteral("HT-2020-001"));
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("录入错误"));
        QVERIFY(!after.contains(QStringLiteral("start_date"))); // unchanged fields are not in it

        // Renewed: its end decides the renewal's start and cannot be corrected here.
        QVERIFY(contracts.renew(m_clerk, added.id, QDate(2026, 1, 5), QDate(2022, 12, 20)).ok);
        LabourContract moved = *contracts.find(added.id);
        moved.endDate = QDate(2023, 6, 30);
        QVERIFY(!contracts.correct(m_clerk, moved, QStringLiteral("录入错误"), 2).ok);
    }

    void renewalChain()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws, QStringLiteral("HD000001"), QStringLiteral("123"));
        ContractService contracts(*ws);
        const auto first = contracts.add(m_clerk, fixedTerm(employee, QDate(2020, 1, 6), QDate(2023, 1, 5)));
        QVERIFY2(first.ok, qPrintable(first.error));
        const auto second = contracts.renew(m_clerk, first.id, QDate(2026, 1, 5), QDate(2022, 12, 20));
        QVERIFY2(second.ok, qPrintable(second.error));
        const auto again = contracts.renew(m_clerk, first.id, QDate(2026, 1, 5), QDate(2022, 12, 20));
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QStringLiteral("already renewed")), qPrintable(again.error));
        const auto third = contracts.renew(m_clerk, second.id, QDate(), QDate(2025, 12, 1));
        QVERIFY2(third.ok, qPrintable(third.error));
        QVERIFY(!contracts.renew(m_clerk, third.id, QDate(2030, 1, 1), QDate(2029, 1, 1)).ok);

        const auto list = contracts.listFor(employee);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).renewalOf, first.id);
        QCOMPARE(list.at(1).renewalCount, 1);
        QCOMPARE(list.at(1).startDate, QDate(2023, 1, 6));
        QCOMPARE(list.at(1).type, QStringLiteral("fixed_term"));
        QCOMPARE(list.at(2).renewalOf, second.id);
        QCOMPARE(list.at(2).renewalCount, 2);
        QCOMPARE(list.at(2).type, QStringLiteral("open_ended"));
        QVERIFY(!list.at(2).endDate.isValid());

        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'labour_contract.renew'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void renewalEndingBeforeItsStartIsRefused()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws, QStringLiteral("HD000001"), QStringLiteral("123"));
        ContractService contracts(*ws);
        const auto first = contracts.add(m_clerk, fixedTerm(employee, QDate(2020, 1, 6), QDate(2023, 1, 5)));
        const qint64 before = test::rowCount(ws->db(), QStringLiteral("labour_contract"));
        const auto bad = contracts.renew(m_clerk, first.id, QDate(2023, 1, 1), QDate(2022, 12, 1));
        QVERIFY(!bad.ok);
        QCOMPARE(bad.fieldErrors.first().field, QStringLiteral("end_date"));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("labour_contract")), before);
    }

    void unknownEmployeeRefused()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        ContractService contracts(*ws);
        const auto result = contracts.add(m_clerk, fixedTerm(QStringLiteral("nobody"), QDate(2020, 1, 6), QDate(2023, 1, 5)));
        QVERIFY(!result.ok);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("labour_contract")), 0);
    }
};

QTEST_GUILESS_MAIN(TestContractService)
#include "TestContractService.moc"
