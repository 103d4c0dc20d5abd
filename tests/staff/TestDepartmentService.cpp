#include "TempWorkspace.h"

#include "core/staff/DepartmentDirectory.h"
#include "core/staff/DepartmentService.h"
#include "core/staff/EmployeeService.h"
#include "core/validation/ResidentIdNumber.h"
#include "models/StaffListModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;
using hrdesk::staff::DepartmentDirectory;
using hrdesk::staff::DepartmentService;

class TestDepartmentService : public QObject
{
    Q_OBJECT

private:
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

    static void insertRoot(Workspace &ws)
    {
        QSqlQuery q(ws.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) "
                                      "VALUES ('root', 'company', 'HQ', '华信集团', '2024-01-01T00:00:00.000Z')")));
    }

    QString ensure(Workspace &ws, const QString &path)
    {
        DepartmentDirectory directory(ws.db());
        QString id;
        ws.runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            id = directory.ensurePath(ctx, path);
            return !id.isEmpty();
        });
        return id;
    }

    static qint64 versionOf(Workspace &ws, const QString &id)
    {
        const auto d = DepartmentDirectory(ws.db()).find(id);
        return d ? d->version : -1;
    }

    QString hire(Workspace &ws, const QString &departmentId)
    {
        staff::Employee e;
        e.employeeNo = QStringLiteral("HD000001");
        e.name = QStringLiteral("张伟");
        e.gender = QStringLiteral("male");
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(QStringLiteral("31010419900307123"));
        e.departmentId = departmentId;
        e.hireDate = QDate(2020, 1, 6);
        e.status = QStringLiteral("active");
        return staff::EmployeeService(ws).create(m_clerk, e).id;
    }

    static QJsonObject auditJson(Workspace &ws, const QString &action, const char *column)
    {
        QSqlQuery q(ws.db());
        q.exec(QStringLiteral("SELECT %1 FROM audit_event WHERE action = '%2' ORDER BY seq DESC LIMIT 1")
                   .arg(QLatin1String(column), action));
        return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
    }

private slots:
    void renameIsAuditedAndPathsFollow()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        const QString sales = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        const QString branch = DepartmentDirectory(ws->db()).findByPath(QStringLiteral("华东区/上海分公司"));
        const qint64 outboxBefore = test::rowCount(ws->db(), QStringLiteral("outbox"));

        const auto result = DepartmentService(*ws).rename(m_clerk, branch, QStringLiteral(" 上海总部 "), versionOf(*ws, branch));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(DepartmentDirectory(ws->db()).pathOf(sales), QStringLiteral("华东区/上海总部/销售一部"));
        QCOMPARE(versionOf(*ws, branch), qint64(2));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), outboxBefore + 1);
        const QJsonObject before = auditJson(*ws, QStringLiteral("department.rename"), "before_json");
        const QJsonObject after = auditJson(*ws, QStringLiteral("department.rename"), "after_json");
        QCOMPARE(before.value(QStringLiteral("name")).toString(), QStringLiteral("上海分公司"));
        QCOMPARE(before.value(QStringLiteral("path")).toString(), QStringLiteral("华东区/上海分公司"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("上海总部"));
        QCOMPARE(after.value(QStringLiteral("path")).toString(), QStringLiteral("华东区/上海总部"));
    }

    void renameRefusals()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        const QString one = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        ensure(*ws, QStringLiteral("华东区/上海分公司/销售二部"));
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        DepartmentService service(*ws);
        const qint64 version = versionOf(*ws, one);

        QVERIFY(!service.rename(m_clerk, one, QStringLiteral("  "), version).ok);
        QVERIFY(!service.rename(m_clerk, one, QStringLiteral("销售/一部"), version).ok);
        QVERIFY(!service.rename(m_clerk, one, QString(61, QLatin1Char('x')), version).ok);
        const auto duplicate = service.rename(m_clerk, one, QStringLiteral("销售二部"), version);
        QVERIFY(!duplicate.ok);
        QVERIFY2(duplicate.error.contains(QStringLiteral("销售二部")), qPrintable(duplicate.error));
        QVERIFY(!service.rename(m_clerk, one, QStringLiteral("销售三部"), version + 5).ok); // stale version
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        QCOMPARE(DepartmentDirectory(ws->db()).pathOf(one), QStringLiteral("华东区/上海分公司/销售一部"));
    }

    void moveCarriesSubtreeAndEmployees()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        const QString team = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部/大客户组"));
        const QString sales = DepartmentDirectory(ws->db()).findByPath(QStringLiteral("华东区/上海分公司/销售一部"));
        const QString hangzhou = ensure(*ws, QStringLiteral("华东区/杭州分公司/行政部"));
        const QString hangzhouBranch = DepartmentDirectory(ws->db()).findByPath(QStringLiteral("华东区/杭州分公司"));
        QVERIFY(!hangzhou.isEmpty());
        const QString employee = hire(*ws, team);
        QVERIFY(!employee.isEmpty());

        const auto result = DepartmentService(*ws).move(m_clerk, sales, hangzhouBranch, versionOf(*ws, sales));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(DepartmentDirectory(ws->db()).pathOf(team), QStringLiteral("华东区/杭州分公司/销售一部/大客户组"));
        const QJsonObject after = auditJson(*ws, QStringLiteral("department.move"), "after_json");
        QCOMPARE(after.value(QStringLiteral("parent_id")).toString(), hangzhouBranch);
        QCOMPARE(after.value(QStringLiteral("path")).toString(), QStringLiteral("华东区/杭州分公司/销售一部"));
        QCOMPARE(auditJson(*ws, QStringLiteral("department.move"), "before_json").value(QStringLiteral("path")).toString(),
                 QStringLiteral("华东区/上海分公司/销售一部"));

        // The employee is found under the new branch and no longer under the old one.
        models::StaffListModel list(ws->db());
        list.setDepartmentFilter(hangzhouBranch);
        QCOMPARE(list.totalCount(), 1);
        list.setDepartmentFilter(DepartmentDirectory(ws->db()).findByPath(QStringLiteral("华东区/上海分公司")));
        QCOMPARE(list.totalCount(), 0);
    }

    void moveRefusesCyclesAndBadLevels()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        const QString team = ensure(*ws, QStringLiteral("华东区/上海分公司/销售一部/大客户组"));
        DepartmentDirectory directory(ws->db());
        const QString region = directory.findByPath(QStringLiteral("华东区"));
        const QString sales = directory.findByPath(QStringLiteral("华东区/上海分公司/销售一部"));
        const QString other = ensure(*ws, QStringLiteral("华东区/杭州分公司/销售一部"));
        const QString otherBranch = directory.findByPath(QStringLiteral("华东区/杭州分公司"));
        DepartmentService service(*ws);
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));

        const auto self = service.move(m_clerk, sales, sales, versionOf(*ws, sales));
        QVERIFY(!self.ok);
        QVERIFY2(self.error.contains(QStringLiteral("below")), qPrintable(self.error));
        const auto descendant = service.move(m_clerk, sales, team, versionOf(*ws, sales));
        QVERIFY(!descendant.ok);
        QVERIFY2(descendant.error.contains(QStringLiteral("大客户组")), qPrintable(descendant.error));
        QVERIFY(!service.move(m_clerk, QStringLiteral("root"), region, versionOf(*ws, QStringLiteral("root"))).ok);
        QVERIFY(!service.move(m_clerk, region, team, versionOf(*ws, region)).ok);         // region under a department
        QVERIFY(!service.move(m_clerk, sales, otherBranch, versionOf(*ws, sales)).ok);    // 杭州 has a 销售一部
        QVERIFY(!service.move(m_clerk, team, QString(), versionOf(*ws, team)).ok);
        QVERIFY(!other.isEmpty());
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        QCOMPARE(directory.pathOf(team), QStringLiteral("华东区/上海分公司/销售一部/大客户组"));
    }
};

QTEST_GUILESS_MAIN(TestDepartmentService)
#include "TestDepartmentService.moc"
