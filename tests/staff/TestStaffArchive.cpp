#include "TempWorkspace.h"

#include "core/records/ArchiveService.h"
#include "core/staff/DocumentStore.h"
#include "core/staff/EmployeeService.h"
#include "core/validation/ResidentIdNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::staff;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;
using hrdesk::records::ArchiveKind;
using hrdesk::records::ArchiveService;
using hrdesk::records::RecordState;

// Archive and restore of employees and their documents (records::ArchiveService).
class TestStaffArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};
    QString m_department;

    QSqlDatabase db() { return (*m_ws)->db(); }

    Employee person(const QString &no, const QString &name, const QString &idBody)
    {
        Employee e;
        e.employeeNo = no;
        e.name = name;
        e.gender = QStringLiteral("male");
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(idBody);
        e.mobile = QStringLiteral("13912345678");
        e.departmentId = m_department;
        e.hireDate = QDate(2020, 1, 6);
        e.status = QStringLiteral("active");
        return e;
    }

    QString hire(const QString &no, const QString &name, const QString &idBody)
    {
        const auto result = EmployeeService(**m_ws).create(m_clerk, person(no, name, idBody));
        if (!result.ok)
            qWarning() << result.error;
        return result.id;
    }

    QStringList found(const QString &text) { return test::searchHits(db(), QStringLiteral("employee"), text); }

    QVariantList row(const QString &table, const QString &id)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT version, updated_at, deleted_at FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0), q.value(1), q.value(2)};
    }

    // Row counts of what a command writes beside the row, and the row itself: a refusal changes none.
    QVariantList snapshot(const QString &table, const QString &id)
    {
        return QVariantList{test::rowCount(db(), QStringLiteral("outbox")), test::rowCount(db(), QStringLiteral("audit_event"))}
            + row(table, id);
    }

    QJsonObject json(const QString &sql, const QString &bound)
    {
        QSqlQuery q(db());
        q.prepare(sql);
        q.addBindValue(bound);
        if (!q.exec() || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }

    qint64 version(ArchiveKind kind, const QString &id) { return ArchiveService(**m_ws).find(kind, id)->version; }

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        DepartmentDirectory directory(db());
        (*m_ws)->runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            m_department = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/人事部"));
            return !m_department.isEmpty();
        });
        QVERIFY(!m_department.isEmpty());
    }
    void cleanup() { m_ws.reset(); }

    void employeeArchiveAndRestore()
    {
        const QString id = hire(QStringLiteral("HD000001"), QStringLiteral("张伟"), QStringLiteral("31010419900307123"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(found(QStringLiteral("张伟")), QStringList{id});
        ArchiveService archive(**m_ws);

        const auto archived = archive.archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral("  重复建档  "), 1);
        QVERIFY2(archived.ok, qPrintable(archived.error));
        QCOMPARE(archived.version, 2);
        QVERIFY(!EmployeeService(**m_ws).find(id).has_value());
        QVERIFY(found(QStringLiteral("张伟")).isEmpty());
        QVERIFY(found(QStringLiteral("HD000001")).isEmpty());
        const QVariantList stored = row(QStringLiteral("employee"), id);
        QCOMPARE(stored.value(0).toLongLong(), 2);
        QVERIFY(!stored.value(2).isNull());
        QCOMPARE(stored.value(1), stored.value(2)); // updated_at is the archive's time

        // The audit event and the outbox intent carry the (trimmed) reason and the base version.
        const QJsonObject after = json(QStringLiteral("SELECT after_json FROM audit_event WHERE action = 'employee.archive' "
                                                      "AND entity_id = ?"), id);
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("重复建档"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
        QCOMPARE(after.value(QStringLiteral("archived_at")).toString(), stored.value(2).toString());
        const QJsonObject before = json(QStringLiteral("SELECT before_json FROM audit_event WHERE action = 'employee.archive' "
                                                       "AND entity_id = ?"), id);
        QVERIFY(before.contains(QStringLiteral("archived_at")));
        QVERIFY(before.value(QStringLiteral("archived_at")).isNull());
        const QJsonObject intent = json(QStringLiteral("SELECT arguments FROM outbox WHERE mutation = 'employee.archive' "
                                                       "AND arguments LIKE '%' || ? || '%'"), id);
        QCOMPARE(intent.value(QStringLiteral("reason")).toString(), QStringLiteral("重复建档"));
        const QJsonObject bases = json(QStringLiteral("SELECT base_versions FROM outbox WHERE mutation = 'employee.archive' "
                                                      "AND arguments LIKE '%' || ? || '%'"), id);
        QCOMPARE(bases.value(QStringLiteral("employee")).toObject().value(id).toInteger(), 1);

        // Twice is refused.
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral("again"), 2).ok);

        const auto restored = archive.restore(m_clerk, ArchiveKind::Employee, id, 2);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(restored.version, 3);
        QCOMPARE(EmployeeService(**m_ws).find(id)->version, 3);
        QCOMPARE(found(QStringLiteral("张伟")), QStringList{id});
        const QJsonObject restoredBefore = json(QStringLiteral("SELECT before_json FROM audit_event "
                                                               "WHERE action = 'employee.restore' AND entity_id = ?"), id);
        QCOMPARE(restoredBefore.value(QStringLiteral("archived_at")).toString(), stored.value(2).toString());
        QCOMPARE(test::rowCount(db(), QStringLiteral("outbox")) > 0, true);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE mutation = 'employee.restore'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!archive.restore(m_clerk, ArchiveKind::Employee, id, 3).ok); // not archived
    }

    void reasonRequired()
    {
        const QString id = hire(QStringLiteral("HD000001"), QStringLiteral("张伟"), QStringLiteral("31010419900307123"));
        const auto before = snapshot(QStringLiteral("employee"), id);
        const auto result = ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral(" \n "), 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("why")), qPrintable(result.error));
        QVERIFY(!ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, id,
                                                QString(ArchiveService::MaxReasonLength + 1, QChar(u'长')), 1).ok);
        QCOMPARE(snapshot(QStringLiteral("employee"), id), before);
    }

    void staleVersionRefused()
    {
        const QString id = hire(QStringLiteral("HD000001"), QStringLiteral("张伟"), QStringLiteral("31010419900307123"));
        // Someone transfers the employee after the dialog read version 1.
        QVERIFY(EmployeeService(**m_ws).transfer(m_clerk, id, m_department, QStringLiteral("主管"), QDate(2021, 1, 1)).ok);
        const auto before = snapshot(QStringLiteral("employee"), id);
        const auto result = ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral("错误"), 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("changed by someone else")), qPrintable(result.error));
        QCOMPARE(snapshot(QStringLiteral("employee"), id), before);

        QVERIFY(ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral("错误"), 2).ok);
        const auto archived = snapshot(QStringLiteral("employee"), id);
        QVERIFY(!ArchiveService(**m_ws).restore(m_clerk, ArchiveKind::Employee, id, 2).ok);
        QCOMPARE(snapshot(QStringLiteral("employee"), id), archived);
    }

    void restoreRefusedWhenIdNumberTaken()
    {
        const QString body = QStringLiteral("31010419900307123");
        const QString first = hire(QStringLiteral("HD000001"), QStringLiteral("张伟"), body);
        QVERIFY(ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, first, QStringLiteral("重复建档"), 1).ok);
        // The ID number is unique over live files only: a new file may take it meanwhile.
        const QString second = hire(QStringLiteral("HD000002"), QStringLiteral("张伟"), body);
        QVERIFY(!second.isEmpty());

        const auto before = snapshot(QStringLiteral("employee"), first);
        const auto result = ArchiveService(**m_ws).restore(m_clerk, ArchiveKind::Employee, first, 2);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("Cannot restore 张伟: the same ID number is now in the file of 张伟 "
                                              "(employee number HD000002). Archive or correct that file first."));
        QCOMPARE(snapshot(QStringLiteral("employee"), first), before);
        QVERIFY(!EmployeeService(**m_ws).find(first).has_value());
        // The message names no ID number in clear.
        QVERIFY(!result.error.contains(body.left(10)));
    }

    void ownerOfCustomersIsRefused()
    {
        const QString id = hire(QStringLiteral("HD000001"), QStringLiteral("张伟"), QStringLiteral("31010419900307123"));
        QSqlQuery q(db());
        for (const char *customer : {"c-1", "c-2"}) {
            q.prepare(QStringLiteral("INSERT INTO customer (id, kind, name, tier, owner_id, updated_at) "
                                     "VALUES (?, 'company', ?, 'A', ?, '2026-01-01T00:00:00.000Z')"));
            q.addBindValue(QLatin1String(customer));
            q.addBindValue(QStringLiteral("客户 ") + QLatin1String(customer));
            q.addBindValue(id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const auto before = snapshot(QStringLiteral("employee"), id);
        const auto result = ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral("离职"), 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("张伟 still owns 2 customer(s). Change the owner of these customers first, "
                                              "then archive 张伟."));
        QCOMPARE(snapshot(QStringLiteral("employee"), id), before);

        // Archived customers do not count.
        QVERIFY(ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Customer, QStringLiteral("c-1"), QStringLiteral("注销"), 1).ok);
        QVERIFY(ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Customer, QStringLiteral("c-2"), QStringLiteral("注销"), 1).ok);
        QVERIFY(ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Employee, id, QStringLiteral("离职"), 1).ok);
    }

    void managerOfLiveStaffIsRefused()
    {
        const QString boss = hire(QStringLiteral("HD000001"), QStringLiteral("李强"), QStringLiteral("31010419900307123"));
        Employee report = person(QStringLiteral("HD000002"), QStringLiteral("王敏"), QStringLiteral("31010419910408457"));
        report.managerId = boss;
        const auto hired = EmployeeService(**m_ws).create(m_clerk, report);
        QVERIFY2(hired.ok, qPrintable(hired.error));
        ArchiveService archive(**m_ws);
        const auto before = snapshot(QStringLiteral("employee"), boss);
        const auto refused = archive.archive(m_clerk, ArchiveKind::Employee, boss, QStringLiteral("离职"), 1);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("1 employee(s) report to 李强. Give them another manager first, then archive 李强."));
        QCOMPARE(snapshot(QStringLiteral("employee"), boss), before);

        // Once the report is archived too, the manager may go; the report then comes back only
        // after the manager.
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Employee, hired.id, QStringLiteral("离职"), 1).ok);
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Employee, boss, QStringLiteral("离职"), 1).ok);
        const auto early = archive.restore(m_clerk, ArchiveKind::Employee, hired.id, 2);
        QVERIFY(!early.ok);
        QCOMPARE(early.error, QStringLiteral("Cannot restore 王敏: the manager 李强 is archived. Restore 李强 or give 王敏 "
                                             "another manager first."));
        QVERIFY(archive.restore(m_clerk, ArchiveKind::Employee, boss, 2).ok);
        QVERIFY(archive.restore(m_clerk, ArchiveKind::Employee, hired.id, 2).ok);
    }

    void documentArchiveAndRestore()
    {
        const QString employee = hire(QStringLiteral("HD000001"), QStringLiteral("张伟"), QStringLiteral("31010419900307123"));
        DocumentStore store(**m_ws);
        const auto attached = store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("毕业证.pdf"),
                                           QByteArrayLiteral("%PDF-1.4\n%%EOF\n"), QStringLiteral("archive"));
        QVERIFY2(attached.ok, qPrintable(attached.error));
        ArchiveService archive(**m_ws);

        const auto noReason = snapshot(QStringLiteral("document"), attached.id);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Document, attached.id, QString(), 1).ok);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Document, attached.id, QStringLiteral("上传错了"), 7).ok); // stale
        QCOMPARE(snapshot(QStringLiteral("document"), attached.id), noReason);

        const auto archived = archive.archive(m_clerk, ArchiveKind::Document, attached.id, QStringLiteral("上传错了"), 1);
        QVERIFY2(archived.ok, qPrintable(archived.error));
        QVERIFY(store.listFor(QStringLiteral("employee"), employee).isEmpty());
        QCOMPARE(store.listFor(QStringLiteral("employee"), employee, RecordState::Archived).size(), 1);
        QVERIFY(!store.content(attached.id).has_value());
        const QJsonObject after = json(QStringLiteral("SELECT after_json FROM audit_event WHERE action = 'document.archive' "
                                                      "AND entity_id = ?"), attached.id);
        QCOMPARE(after.value(QStringLiteral("file_name")).toString(), QStringLiteral("毕业证.pdf"));
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("上传错了"));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE mutation = 'document.archive'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        const auto restored = archive.restore(m_clerk, ArchiveKind::Document, attached.id, 2);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(store.listFor(QStringLiteral("employee"), employee).size(), 1);
        QVERIFY(store.listFor(QStringLiteral("employee"), employee, RecordState::Archived).isEmpty());

        // A document of an archived employee stays archived until the employee is back.
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Document, attached.id, QStringLiteral("上传错了"), 3).ok);
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Employee, employee, QStringLiteral("离职归档"), 1).ok);
        const auto before = snapshot(QStringLiteral("document"), attached.id);
        const auto refused = archive.restore(m_clerk, ArchiveKind::Document, attached.id, 4);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("attached to is archived")), qPrintable(refused.error));
        QCOMPARE(snapshot(QStringLiteral("document"), attached.id), before);
    }
};

QTEST_GUILESS_MAIN(TestStaffArchive)
#include "TestStaffArchive.moc"
