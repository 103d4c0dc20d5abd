#include "TempWorkspace.h"

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

class TestEmployeeService : public QObject
{
    Q_OBJECT

private:
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

    QString ensure(Workspace &ws, const QString &path)
    {
        DepartmentDirectory directory(ws.db());
        QString id;
        const auto result = ws.runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            id = directory.ensurePath(ctx, path);
            return !id.isEmpty();
        });
        return result.ok ? id : QString();
    }

    static Employee sample(const QString &departmentId, const QString &no = QStringLiteral("HD000123"),
                           const QString &order = QStringLiteral("123"))
    {
        Employee e;
        e.employeeNo = no;
        e.name = QStringLiteral("张伟");
        e.gender = QStringLiteral("male");
        e.birthDate = QDate(1990, 3, 7);
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(QString(QStringLiteral("31010419900307") + order));
        e.mobile = QStringLiteral("138 1234 5678");
        e.departmentId = departmentId;
        e.position = QStringLiteral("销售代表");
        e.hireDate = QDate(2020, 1, 6);
        e.probationEnd = QDate(2020, 7, 5);
        e.status = QStringLiteral("probation");
        return e;
    }

    static QStringList actions(Workspace &ws, const QString &entityId)
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT action FROM audit_event WHERE entity_id = ? ORDER BY seq"));
        q.addBindValue(entityId);
        q.exec();
        QStringList result;
        while (q.next())
            result << q.value(0).toString();
        return result;
    }

    static QJsonObject lastAfter(Workspace &ws, const QString &entityId, QJsonObject *before = nullptr)
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT before_json, after_json FROM audit_event WHERE entity_id = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(entityId);
        if (!q.exec() || !q.next())
            return {};
        if (before)
            *before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }

private slots:
    void createWritesRowOutboxAndAudit()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        const qint64 outboxBefore = test::rowCount(ws->db(), QStringLiteral("outbox"));
        EmployeeService service(*ws);
        const auto result = service.create(m_clerk, sample(dept));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(actions(*ws, result.id), QStringList{QStringLiteral("employee.hire")});
        const QJsonObject after = lastAfter(*ws, result.id);
        QCOMPARE(after.value(QStringLiteral("department_path")).toString(), QStringLiteral("华东区/上海分公司/销售一部"));
        QCOMPARE(after.value(QStringLiteral("mobile")).toString(), QStringLiteral("13812345678"));

        const auto found = service.findByEmployeeNo(QStringLiteral("hd000123"));
        QVERIFY(found.has_value());
        QCOMPARE(found->id, result.id);
        QCOMPARE(found->version, 1);
        QCOMPARE(found->birthDate, QDate(1990, 3, 7));
        QCOMPARE(found->statusChangedAt, QDate(2020, 1, 6));
        QCOMPARE(service.find(result.id)->name, QStringLiteral("张伟"));
    }

    void invalidRecordWritesNothing()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const qint64 outboxBefore = test::rowCount(ws->db(), QStringLiteral("outbox"));
        EmployeeService service(*ws);
        Employee e = sample(dept);
        e.birthDate = QDate(1990, 3, 8);
        const auto result = service.create(m_clerk, e);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, QStringLiteral("id_number"));
        e = sample(QStringLiteral("no-such-department"));
        const auto missing = service.create(m_clerk, e);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.fieldErrors.first().field, QStringLiteral("department_id"));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("employee")), 0);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), outboxBefore);
    }

    void failingWriteLeavesNothing()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        QSqlQuery trigger(ws->db());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_employee BEFORE INSERT ON employee "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const qint64 outboxBefore = test::rowCount(ws->db(), QStringLiteral("outbox"));
        const auto result = EmployeeService(*ws).create(m_clerk, sample(dept));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("disk full")), qPrintable(result.error));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("employee")), 0);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), outboxBefore);
    }

    void createWithinCatchesDuplicatesInTheSameCommand()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        EmployeeService service(*ws);
        DepartmentDirectory directory(ws->db());
        QList<StaffResult> rows;
        const auto command = ws->runner().run(m_clerk, QStringLiteral("import.staff"), {}, [&](CommandContext &ctx) {
            const QString dept = directory.ensurePath(ctx, QStringLiteral("华南区/广州分公司/人事部"));
            rows << service.createWithin(ctx, sample(dept, QStringLiteral("HD000001"), QStringLiteral("123")));
            rows << service.createWithin(ctx, sample(dept, QStringLiteral("HD000001"), QStringLiteral("135")));
            rows << service.createWithin(ctx, sample(dept, QStringLiteral("HD000002"), QStringLiteral("157")));
            return true;
        });
        QVERIFY2(command.ok, qPrintable(command.error));
        QVERIFY(rows.at(0).ok);
        QVERIFY(!rows.at(1).ok);
        QCOMPARE(rows.at(1).error, QStringLiteral("Employee number HD000001 is already used by 张伟 (华南区/广州分公司/人事部)."));
        QVERIFY(rows.at(2).ok);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("employee")), 2);
        QCOMPARE(actions(*ws, rows.at(2).id), QStringList{QStringLiteral("employee.hire")});
    }

    void duplicatesPointToTheExistingRecord()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        EmployeeService service(*ws);
        QVERIFY(service.create(m_clerk, sample(dept)).ok);

        Employee sameNo = sample(dept, QStringLiteral("HD000123"), QStringLiteral("135"));
        sameNo.name = QStringLiteral("李强");
        const auto byNo = service.create(m_clerk, sameNo);
        QVERIFY(!byNo.ok);
        QCOMPARE(byNo.error, QStringLiteral("Employee number HD000123 is already used by 张伟 (华东区/上海分公司/销售一部)."));
        QCOMPARE(byNo.fieldErrors.first().field, QStringLiteral("employee_no"));

        Employee sameId = sample(dept, QStringLiteral("HD000124"));
        const auto byId = service.create(m_clerk, sameId);
        QVERIFY(!byId.ok);
        QCOMPARE(byId.error, QStringLiteral("ID number %1 is already used by 张伟, employee number HD000123 (华东区/上海分公司/销售一部).")
                                 .arg(sameId.idNumber));
        QCOMPARE(byId.fieldErrors.first().field, QStringLiteral("id_number"));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("employee")), 1);
    }

    void updateRefusesAStaleVersion()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        EmployeeService service(*ws);
        const auto created = service.create(m_clerk, sample(dept));
        QVERIFY(created.ok);
        Employee mine = *service.find(created.id);
        Employee theirs = mine;
        theirs.email = QStringLiteral("zhang.wei@example.com");
        const auto first = service.update(m_clerk, theirs, theirs.version);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.version, 2);
        QJsonObject before;
        const QJsonObject after = lastAfter(*ws, created.id, &before);
        QCOMPARE(after, (QJsonObject{{QStringLiteral("email"), QStringLiteral("zhang.wei@example.com")}}));
        QCOMPARE(before, (QJsonObject{{QStringLiteral("email"), QJsonValue()}}));

        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        mine.mobile = QStringLiteral("13900000000");
        const auto stale = service.update(m_clerk, mine, mine.version);
        QVERIFY(!stale.ok);
        QVERIFY2(stale.error.contains(QStringLiteral("changed by someone else")), qPrintable(stale.error));
        QVERIFY2(stale.error.contains(QStringLiteral("version 1, now 2")), qPrintable(stale.error));
        QCOMPARE(service.find(created.id)->mobile, QStringLiteral("13812345678"));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
    }

    void updateOfDepartmentIsATransfer()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        const QString other = ensure(*ws, QStringLiteral("华东区/上海分公司/销售二部"));
        EmployeeService service(*ws);
        const auto created = service.create(m_clerk, sample(dept));
        Employee e = *service.find(created.id);
        e.departmentId = other;
        e.address = QStringLiteral("上海市徐汇区");
        QVERIFY(service.update(m_clerk, e, e.version).ok);
        QCOMPARE(actions(*ws, created.id),
                 (QStringList{QStringLiteral("employee.hire"), QStringLiteral("employee.transfer"), QStringLiteral("employee.update")}));
        e.status = QStringLiteral("active");
        const auto statusByEdit = service.update(m_clerk, e, e.version + 1);
        QVERIFY(!statusByEdit.ok);
        QCOMPARE(statusByEdit.fieldErrors.first().field, QStringLiteral("status"));
    }

    void statusTransitions_data()
    {
        QTest::addColumn<QStringList>("path"); // statuses to go through from probation
        QTest::addColumn<bool>("lastAllowed");
        QTest::addColumn<QString>("lastAction");
        QTest::newRow("probation passed") << QStringList{QStringLiteral("active")} << true << "employee.probation_passed";
        QTest::newRow("leave in probation") << QStringList{QStringLiteral("departed")} << true << "employee.depart";
        QTest::newRow("notice") << QStringList{QStringLiteral("active"), QStringLiteral("notice")} << true << "employee.notice";
        QTest::newRow("withdrawn") << QStringList{QStringLiteral("active"), QStringLiteral("notice"), QStringLiteral("active")}
                                   << true << "employee.notice_withdrawn";
        QTest::newRow("depart") << QStringList{QStringLiteral("active"), QStringLiteral("notice"), QStringLiteral("departed")}
                                << true << "employee.depart";
        QTest::newRow("active to departed refused") << QStringList{QStringLiteral("active"), QStringLiteral("departed")} << false << "";
        QTest::newRow("back to onboarding refused") << QStringList{QStringLiteral("onboarding")} << false << "";
        QTest::newRow("probation to notice refused") << QStringList{QStringLiteral("notice")} << false << "";
        QTest::newRow("departed is final") << QStringList{QStringLiteral("departed"), QStringLiteral("active")} << false << "";
    }
    void statusTransitions()
    {
        QFETCH(QStringList, path);
        QFETCH(bool, lastAllowed);
        QFETCH(QString, lastAction);
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        EmployeeService service(*ws);
        const auto created = service.create(m_clerk, sample(dept));
        QVERIFY(created.ok);
        QDate date(2020, 7, 6);
        for (int i = 0; i < path.size() - 1; ++i) {
            const auto step = service.changeStatus(m_clerk, created.id, path.at(i), date);
            QVERIFY2(step.ok, qPrintable(step.error));
            date = date.addMonths(1);
        }
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const auto last = service.changeStatus(m_clerk, created.id, path.last(), date, QStringLiteral("个人原因"));
        QCOMPARE(last.ok, lastAllowed);
        if (lastAllowed) {
            QCOMPARE(actions(*ws, created.id).last(), lastAction);
            const auto e = service.find(created.id);
            QCOMPARE(e->status, path.last());
            QCOMPARE(e->statusChangedAt, date);
            QCOMPARE(lastAfter(*ws, created.id).value(QStringLiteral("note")).toString(), QStringLiteral("个人原因"));
        } else {
            QVERIFY2(last.error.contains(QStringLiteral("张伟")), qPrintable(last.error));
            QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        }
    }

    void statusDateCannotGoBack()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        EmployeeService service(*ws);
        const auto created = service.create(m_clerk, sample(dept));
        const auto early = service.changeStatus(m_clerk, created.id, QStringLiteral("active"), QDate(2019, 12, 31));
        QVERIFY(!early.ok);
        QVERIFY2(early.error.contains(QStringLiteral("Hire date")), qPrintable(early.error));
    }

    void transferAndPromotion()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString dept = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        const QString other = ensure(*ws, QStringLiteral("华北区/北京分公司/销售一部"));
        EmployeeService service(*ws);
        const auto created = service.create(m_clerk, sample(dept));
        const auto moved = service.transfer(m_clerk, created.id, other, QStringLiteral("销售代表"), QDate(2021, 3, 1));
        QVERIFY2(moved.ok, qPrintable(moved.error));
        QJsonObject before;
        QJsonObject after = lastAfter(*ws, created.id, &before);
        QCOMPARE(before.value(QStringLiteral("department_path")).toString(), QStringLiteral("华东区/上海分公司/销售一部"));
        QCOMPARE(after.value(QStringLiteral("department_path")).toString(), QStringLiteral("华北区/北京分公司/销售一部"));
        QCOMPARE(after.value(QStringLiteral("effective_date")).toString(), QStringLiteral("2021-03-01"));
        QVERIFY(!after.contains(QStringLiteral("position")));

        const auto promoted = service.transfer(m_clerk, created.id, other, QStringLiteral("销售主管"), QDate(2022, 3, 1));
        QVERIFY2(promoted.ok, qPrintable(promoted.error));
        after = lastAfter(*ws, created.id, &before);
        QCOMPARE(before.value(QStringLiteral("position")).toString(), QStringLiteral("销售代表"));
        QCOMPARE(after.value(QStringLiteral("position")).toString(), QStringLiteral("销售主管"));
        QCOMPARE(actions(*ws, created.id),
                 (QStringList{QStringLiteral("employee.hire"), QStringLiteral("employee.transfer"), QStringLiteral("employee.promotion")}));
        QCOMPARE(service.find(created.id)->version, 3);

        QVERIFY(!service.transfer(m_clerk, created.id, other, QStringLiteral("销售主管"), QDate(2022, 4, 1)).ok);
        QVERIFY(!service.transfer(m_clerk, created.id, QStringLiteral("nowhere"), QString(), QDate(2022, 4, 1)).ok);
    }
};

QTEST_GUILESS_MAIN(TestEmployeeService)
#include "TestEmployeeService.moc"
