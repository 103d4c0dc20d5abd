#include "TempWorkspace.h"

#include "core/customers/CustomerActivityService.h"
#include "core/customers/CustomerService.h"
#include "core/records/ArchiveService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::customers;
using hrdesk::commands::Actor;
using hrdesk::records::ArchiveKind;
using hrdesk::records::ArchiveService;
using hrdesk::records::RecordState;

namespace {

const QString HengdaCode = QStringLiteral("91350100M000100Y43");

} // namespace

// Archive and restore of customers, their contacts and follow-ups (records::ArchiveService).
class TestCustomerArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("sales_manager")};
    const QString m_owner = QStringLiteral("e-zhang");

    QSqlDatabase db() { return (*m_ws)->db(); }

    QString create(const QString &name, const QString &creditCode)
    {
        Customer c;
        c.kind = QStringLiteral("company");
        c.name = name;
        c.creditCode = creditCode;
        c.tier = QStringLiteral("A");
        c.ownerId = m_owner;
        c.phone = QStringLiteral("021-62345678");
        const auto result = CustomerService(**m_ws).create(m_clerk, c);
        if (!result.ok)
            qWarning() << result.error;
        return result.id;
    }

    QStringList found(const QString &text) { return test::searchHits(db(), QStringLiteral("customer"), text); }

    // Outbox and audit counts and the row: a refusal changes none of them.
    QVariantList snapshot(const QString &table, const QString &id)
    {
        QVariantList values{test::rowCount(db(), QStringLiteral("outbox")), test::rowCount(db(), QStringLiteral("audit_event"))};
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT version, updated_at, deleted_at FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (q.exec() && q.next())
            values << q.value(0) << q.value(1) << q.value(2);
        return values;
    }

    // The after JSON of the event action wrote for id, and whether its outbox intent exists.
    QJsonObject audited(const QString &action, const QString &id, bool *inOutbox)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT a.after_json, (SELECT count(*) FROM outbox o WHERE o.command_id = a.command_id "
                                 "AND o.mutation = a.action) FROM audit_event a WHERE a.action = ? AND a.entity_id = ?"));
        q.addBindValue(action);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        *inOutbox = q.value(1).toInt() == 1;
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                                 "VALUES (?, 'SH0001', '张伟', 'male', 'ID-SH0001', 'active', '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(m_owner);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    void cleanup() { m_ws.reset(); }

    void customerArchiveAndRestore()
    {
        const QString id = create(QStringLiteral("上海恒达机械有限公司"), HengdaCode);
        QVERIFY(!id.isEmpty());
        QCOMPARE(found(QStringLiteral("恒达")), QStringList{id});
        ArchiveService archive(**m_ws);

        const auto before = snapshot(QStringLiteral("customer"), id);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Customer, id, QString(), 1).ok);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Customer, id, QStringLiteral("注销"), 2).ok); // stale
        QCOMPARE(snapshot(QStringLiteral("customer"), id), before);

        const auto archived = archive.archive(m_clerk, ArchiveKind::Customer, id, QStringLiteral("公司已注销"), 1);
        QVERIFY2(archived.ok, qPrintable(archived.error));
        QVERIFY(!CustomerService(**m_ws).find(id).has_value());
        QVERIFY(found(QStringLiteral("恒达")).isEmpty());
        bool inOutbox = false;
        const QJsonObject after = audited(QStringLiteral("customer.archive"), id, &inOutbox);
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("公司已注销"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("上海恒达机械有限公司"));
        QVERIFY(inOutbox);

        const auto restored = archive.restore(m_clerk, ArchiveKind::Customer, id, 2);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(CustomerService(**m_ws).find(id)->version, 3);
        QCOMPARE(found(QStringLiteral("恒达")), QStringList{id});
        inOutbox = false;
        QVERIFY(audited(QStringLiteral("customer.restore"), id, &inOutbox).contains(QStringLiteral("archived_at")));
        QVERIFY(inOutbox);
    }

    void restoreRefusedWhenCreditCodeTaken()
    {
        const QString first = create(QStringLiteral("上海恒达机械有限公司"), HengdaCode);
        QVERIFY(ArchiveService(**m_ws).archive(m_clerk, ArchiveKind::Customer, first, QStringLiteral("重复"), 1).ok);
        const QString second = create(QStringLiteral("恒达机械（新）"), HengdaCode);
        QVERIFY(!second.isEmpty());

        const auto before = snapshot(QStringLiteral("customer"), first);
        const auto result = ArchiveService(**m_ws).restore(m_clerk, ArchiveKind::Customer, first, 2);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("Cannot restore 上海恒达机械有限公司: the unified social credit code %1 is "
                                              "now used by 恒达机械（新）. Archive or correct that customer first.")
                                   .arg(HengdaCode));
        QCOMPARE(snapshot(QStringLiteral("customer"), first), before);
    }

    void restoreRefusedWhileOwnerArchived()
    {
        const QString id = create(QStringLiteral("上海恒达机械有限公司"), HengdaCode);
        ArchiveService archive(**m_ws);
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Customer, id, QStringLiteral("暂停合作"), 1).ok);
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Employee, m_owner, QStringLiteral("离职"), 1).ok);
        const auto before = snapshot(QStringLiteral("customer"), id);
        const auto result = archive.restore(m_clerk, ArchiveKind::Customer, id, 2);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("Cannot restore 上海恒达机械有限公司: its owner 张伟 is archived. Restore 张伟 first."));
        QCOMPARE(snapshot(QStringLiteral("customer"), id), before);
        QVERIFY(archive.restore(m_clerk, ArchiveKind::Employee, m_owner, 2).ok);
        QVERIFY(archive.restore(m_clerk, ArchiveKind::Customer, id, 2).ok);
    }

    void contactArchiveAndRestore()
    {
        const QString customer = create(QStringLiteral("上海恒达机械有限公司"), HengdaCode);
        CustomerActivityService activity(**m_ws);
        Contact contact{QString(), customer, QStringLiteral("李娜"), QStringLiteral("采购经理"), QStringLiteral("13812345678"),
                        QString(), QString(), 0, {}};
        const auto added = activity.addContact(m_clerk, contact);
        QVERIFY2(added.ok, qPrintable(added.error));
        QCOMPARE(found(QStringLiteral("13812345678")), QStringList{customer}); // a contact's mobile finds the customer
        ArchiveService archive(**m_ws);

        const auto untouched = snapshot(QStringLiteral("customer_contact"), added.id);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Contact, added.id, QStringLiteral("   "), 1).ok);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::Contact, added.id, QStringLiteral("离职"), 0).ok); // stale
        QCOMPARE(snapshot(QStringLiteral("customer_contact"), added.id), untouched);

        QVERIFY(archive.archive(m_clerk, ArchiveKind::Contact, added.id, QStringLiteral("离职"), 1).ok);
        QVERIFY(activity.contacts(customer).isEmpty());
        QCOMPARE(activity.contacts(customer, RecordState::Archived).size(), 1);
        QVERIFY(found(QStringLiteral("13812345678")).isEmpty());
        bool inOutbox = false;
        QCOMPARE(audited(QStringLiteral("contact.archive"), added.id, &inOutbox).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("离职"));
        QVERIFY(inOutbox);

        // Restoring a contact of an archived customer is refused: it would be live under an archived customer.
        QVERIFY(archive.archive(m_clerk, ArchiveKind::Customer, customer, QStringLiteral("注销"), 1).ok);
        const auto before = snapshot(QStringLiteral("customer_contact"), added.id);
        const auto refused = archive.restore(m_clerk, ArchiveKind::Contact, added.id, 2);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("Cannot restore 李娜: the customer 上海恒达机械有限公司 is archived. "
                                               "Restore the customer first."));
        QCOMPARE(snapshot(QStringLiteral("customer_contact"), added.id), before);

        QVERIFY(archive.restore(m_clerk, ArchiveKind::Customer, customer, 2).ok);
        const auto restored = archive.restore(m_clerk, ArchiveKind::Contact, added.id, 2);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(activity.contacts(customer).size(), 1);
        QCOMPARE(activity.contacts(customer).first().version, 3);
        QCOMPARE(found(QStringLiteral("13812345678")), QStringList{customer});
        QVERIFY(audited(QStringLiteral("contact.restore"), added.id, &inOutbox).contains(QStringLiteral("archived_at")));
    }

    void followUpArchiveAndRestore()
    {
        const QString customer = create(QStringLiteral("上海恒达机械有限公司"), HengdaCode);
        CustomerActivityService activity(**m_ws);
        FollowUp f;
        f.customerId = customer;
        f.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
        f.channel = QStringLiteral("phone");
        f.summary = QStringLiteral("电话确认报价，客户希望下周拜访并详细了解二期设备的交付时间和付款方式");
        f.byEmployeeId = m_owner;
        const auto added = activity.addFollowUp(m_clerk, f);
        QVERIFY2(added.ok, qPrintable(added.error));
        ArchiveService archive(**m_ws);

        const auto untouched = snapshot(QStringLiteral("follow_up"), added.id);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::FollowUp, added.id, QString(), 1).ok);
        QVERIFY(!archive.archive(m_clerk, ArchiveKind::FollowUp, added.id, QStringLiteral("记错客户"), 2).ok);
        QCOMPARE(snapshot(QStringLiteral("follow_up"), added.id), untouched);

        const auto archived = archive.archive(m_clerk, ArchiveKind::FollowUp, added.id, QStringLiteral("记错客户"), 1);
        QVERIFY2(archived.ok, qPrintable(archived.error));
        QVERIFY(activity.followUps(customer, 0).isEmpty());
        QCOMPARE(activity.followUps(customer, 0, RecordState::Archived).size(), 1);
        bool inOutbox = false;
        const QJsonObject after = audited(QStringLiteral("follow_up.archive"), added.id, &inOutbox);
        QVERIFY(inOutbox);
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("记错客户"));
        // Named by the start of its summary.
        QVERIFY(after.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("电话确认报价")));

        QVERIFY(!archive.restore(m_clerk, ArchiveKind::FollowUp, added.id, 1).ok); // stale
        const auto restored = archive.restore(m_clerk, ArchiveKind::FollowUp, added.id, 2);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(activity.followUps(customer, 0).size(), 1);
        QVERIFY(activity.followUps(customer, 0, RecordState::Archived).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerArchive)
#include "TestCustomerArchive.moc"
