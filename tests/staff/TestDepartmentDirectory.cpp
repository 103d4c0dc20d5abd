#include "TempWorkspace.h"

#include "core/staff/DepartmentDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;
using hrdesk::staff::DepartmentDirectory;

class TestDepartmentDirectory : public QObject
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

    static QString kindOf(Workspace &ws, const QString &id)
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT kind FROM department WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void ensurePathCreatesMissingLevelsWithAudit()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        DepartmentDirectory directory(ws->db());
        QStringList created;
        QString id;
        const auto result = ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            id = directory.ensurePath(ctx, QStringLiteral(" 华东区 / 上海分公司/销售一部"), &created);
            return !id.isEmpty();
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(created.size(), 3);
        QCOMPARE(created.last(), id);
        QCOMPARE(kindOf(*ws, created.at(0)), QStringLiteral("region"));
        QCOMPARE(kindOf(*ws, created.at(1)), QStringLiteral("branch"));
        QCOMPARE(kindOf(*ws, created.at(2)), QStringLiteral("department"));
        QCOMPARE(directory.pathOf(id), QStringLiteral("华东区/上海分公司/销售一部"));
        QCOMPARE(directory.findByPath(QStringLiteral("华东区/上海分公司/销售一部")), id);
        QCOMPARE(directory.findByPath(QStringLiteral("华信集团/华东区/上海分公司/销售一部")), id);
        QCOMPARE(directory.findByPath(QStringLiteral("华东区/上海分公司/销售二部")), QString());

        QSqlQuery audit(ws->db());
        QVERIFY(audit.exec(QStringLiteral("SELECT entity_id, after_json FROM audit_event WHERE action = 'department.create' ORDER BY seq")));
        QStringList audited;
        while (audit.next())
            audited << audit.value(0).toString();
        QCOMPARE(audited, created);
        QVERIFY(audit.seek(2));
        QCOMPARE(QJsonDocument::fromJson(audit.value(1).toString().toUtf8()).object().value(QStringLiteral("path")).toString(),
                 QStringLiteral("华东区/上海分公司/销售一部"));
    }

    void ensurePathReusesExistingLevels()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        DepartmentDirectory directory(ws->db());
        QString first;
        QVERIFY(ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            first = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/销售一部"));
            return !first.isEmpty();
        }).ok);
        QStringList created;
        QString second;
        QString again;
        QVERIFY(ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            second = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/销售二部"), &created);
            again = directory.ensurePath(ctx, QStringLiteral("华东区／上海分公司／销售二部"), &created);
            return !second.isEmpty();
        }).ok);
        QCOMPARE(created.size(), 1);
        QCOMPARE(again, second);
        QCOMPARE(kindOf(*ws, second), QStringLiteral("department"));
        QCOMPARE(directory.list().size(), 5); // root, region, branch, two departments

        const auto list = directory.list();
        QCOMPARE(list.first().kind, QStringLiteral("company"));
        QCOMPARE(list.at(3).path, QStringLiteral("华东区/上海分公司/销售一部"));
        QCOMPARE(list.at(3).depth, 3);
        QCOMPARE(directory.children(list.at(2).id).size(), 2);
    }

    void twoLevelPathIsBranchAndDepartment()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        DepartmentDirectory directory(ws->db());
        QStringList created;
        QVERIFY(ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            return !directory.ensurePath(ctx, QStringLiteral("北京分公司/人事部"), &created).isEmpty();
        }).ok);
        QCOMPARE(created.size(), 2);
        QCOMPARE(kindOf(*ws, created.at(0)), QStringLiteral("branch"));
        QCOMPARE(kindOf(*ws, created.at(1)), QStringLiteral("department"));
        QCOMPARE(directory.find(created.at(1))->path, QStringLiteral("北京分公司/人事部"));
    }

    void rolledBackCommandLeavesNothingAndForgetsIds()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        insertRoot(*ws);
        DepartmentDirectory directory(ws->db());
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const auto failed = ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            directory.ensurePath(ctx, QStringLiteral("华南区/广州分公司/销售一部"));
            return ctx.fail(QStringLiteral("row 7 is invalid"));
        });
        QVERIFY(!failed.ok);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("department")), 1);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        QString id;
        QVERIFY(ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            id = directory.ensurePath(ctx, QStringLiteral("华南区/广州分公司/销售一部"));
            return !id.isEmpty();
        }).ok);
        QVERIFY(directory.find(id).has_value());
    }

    void emptyPathFailsTheCommand()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        DepartmentDirectory directory(ws->db());
        const auto result = ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            return !directory.ensurePath(ctx, QStringLiteral(" / ")).isEmpty();
        });
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("names no department")), qPrintable(result.error));
    }

    void worksWithoutCompanyRoot()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        DepartmentDirectory directory(ws->db());
        QString id;
        QVERIFY(ws->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            id = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/销售一部"));
            return !id.isEmpty();
        }).ok);
        QCOMPARE(directory.pathOf(id), QStringLiteral("华东区/上海分公司/销售一部"));
        QCOMPARE(directory.findByPath(QStringLiteral("华东区/上海分公司/销售一部")), id);
    }
};

QTEST_GUILESS_MAIN(TestDepartmentDirectory)
#include "TestDepartmentDirectory.moc"
