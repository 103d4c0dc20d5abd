#include "CustomerBookFixture.h"

#include "core/customers/CustomerActivityService.h"
#include "core/customers/CustomerService.h"
#include "core/customers/Money.h"
#include "core/records/ArchiveService.h"

#include <QJsonObject>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::customers;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

using hrdesk::test::HengdaCode;
using hrdesk::test::OtherCode;

// The customer book around a customer (CustomerActivityService): contacts, follow-ups, deals
// and sales contracts.
class TestCustomerActivityService : public QObject, protected test::CustomerBookFixture
{
    Q_OBJECT

private slots:
    void init() { setUpBook(); }
    void cleanup() { m_ws.reset(); }

    void contacts()
    {
        const QString id = createHengda();
        CustomerActivityService activity(**m_ws);
        const auto snap = snapshot();
        Contact bad{QString(), id, QStringLiteral(" "), QString(), QStringLiteral("12812345678"), QString(),
                    QStringLiteral("li.na@"), 0, {}};
        auto result = activity.addContact(m_clerk, bad);
        QVERIFY(!result.ok);
        QStringList fields;
        for (const auto &e : result.fieldErrors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email")}));
        QCOMPARE(snapshot(), snap);

        Contact good{QString(), id, QStringLiteral("李娜"), QStringLiteral("采购经理"), QStringLiteral("+86 138 1234 5678"),
                     QStringLiteral("lina_sh"), QStringLiteral("li.na@hengda.example.com"), 0, {}};
        result = activity.addContact(m_clerk, good);
        QVERIFY2(result.ok, qPrintable(result.error));
        auto list = activity.contacts(id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().mobile, QStringLiteral("13812345678"));
        QCOMPARE(lastAudit(QStringLiteral("customer.contact_add")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("李娜"));

        Contact edit = list.first();
        edit.title = QStringLiteral("采购总监");
        result = activity.updateContact(m_clerk, edit, 1);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(activity.contacts(id).first().title, QStringLiteral("采购总监"));
        QCOMPARE(activity.contacts(id).first().version, 2);
        QVERIFY(!activity.updateContact(m_clerk, edit, 1).ok); // stale

        // A contact leaves the list by being archived (TestCustomerArchive covers the rest).
        records::ArchiveService archive(**m_ws);
        const auto archived = archive.archive(m_clerk, records::ArchiveKind::Contact, edit.id, QStringLiteral("离职"), 2);
        QVERIFY2(archived.ok, qPrintable(archived.error));
        QVERIFY(activity.contacts(id).isEmpty());
        QCOMPARE(activity.contacts(id, records::RecordState::Archived).size(), 1);
        QVERIFY(!archive.archive(m_clerk, records::ArchiveKind::Contact, edit.id, QStringLiteral("离职"), 3).ok);
        QCOMPARE(count(QStringLiteral("customer_contact")), 1); // soft delete keeps the row
    }

    void followUps()
    {
        const QString id = createHengda();
        CustomerActivityService activity(**m_ws);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto snap = snapshot();

        FollowUp future;
        future.customerId = id;
        future.occurredAt = now.addDays(3);
        future.channel = QStringLiteral("visit");
        future.summary = QStringLiteral("拜访采购部");
        auto result = activity.addFollowUp(m_clerk, future);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("occurred_at"));

        FollowUp badChannel = future;
        badChannel.occurredAt = now.addDays(-1);
        badChannel.channel = QStringLiteral("fax");
        badChannel.summary = QString(2001, QChar(0x597D));
        result = activity.addFollowUp(m_clerk, badChannel);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.size(), 2);
        QCOMPARE(result.fieldErrors[0].field, QStringLiteral("channel"));
        QCOMPARE(result.fieldErrors[1].field, QStringLiteral("summary"));

        FollowUp nobody = badChannel;
        nobody.channel = QStringLiteral("phone");
        nobody.summary = QStringLiteral("电话沟通报价");
        result = activity.addFollowUp(m_unlinked, nobody); // no employee behind this user
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("by_employee_id"));
        QCOMPARE(snapshot(), snap);

        // Up to a day ahead is accepted (a meeting logged the evening before).
        FollowUp soon = nobody;
        soon.occurredAt = now.addSecs(3600);
        soon.channel = QStringLiteral("meeting");
        soon.summary = QStringLiteral("明早例会确认合同条款");
        QVERIFY(activity.addFollowUp(m_clerk, soon).ok);
        QVERIFY(activity.addFollowUp(m_clerk, nobody).ok);
        FollowUp older = nobody;
        older.occurredAt = now.addDays(-10);
        older.byEmployeeId = m_liNa;
        older.summary = QStringLiteral("首次拜访");
        older.nextStep = QStringLiteral("发送报价");
        older.nextStepDue = now.addDays(-5).date();
        QVERIFY(activity.addFollowUp(m_clerk, older).ok);

        const auto all = activity.followUps(id, 0);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].summary, soon.summary); // newest first
        QCOMPARE(all[0].byEmployeeName, QStringLiteral("王芳")); // the actor's employee
        QCOMPARE(all[2].byEmployeeName, QStringLiteral("李娜"));
        QCOMPARE(all[2].nextStepDue, older.nextStepDue);
        QCOMPARE(activity.followUps(id, 2).size(), 2);
        QCOMPARE(lastAudit(QStringLiteral("follow_up.add")).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("首次拜访"));
    }

    void followUpUpdateChecksVersionValidatesAndAuditsChangedFields()
    {
        const QString id = createHengda();
        CustomerActivityService activity(**m_ws);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FollowUp f;
        f.customerId = id;
        f.occurredAt = now.addDays(-2);
        f.channel = QStringLiteral("phone");
        f.summary = QStringLiteral("电话沟通报价");
        const auto added = activity.addFollowUp(m_clerk, f);
        QVERIFY2(added.ok, qPrintable(added.error));
        FollowUp stored = activity.followUps(id, 0).value(0);
        QCOMPARE(stored.version, qint64(1));
        const auto snap = snapshot();

        // Validated like add: a date far ahead and an unknown channel are refused, nothing written.
        FollowUp bad = stored;
        bad.occurredAt = now.addDays(5);
        bad.channel = QStringLiteral("fax");
        auto result = activity.updateFollowUp(m_clerk, bad, 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.size(), 2);
        QCOMPARE(result.fieldErrors[0].field, QStringLiteral("occurred_at"));
        QCOMPARE(snapshot(), snap);
        QVERIFY(!activity.updateFollowUp(m_clerk, stored, 1).ok); // nothing changed
        QCOMPARE(snapshot(), snap);

        FollowUp corrected = stored;
        corrected.channel = QStringLiteral("wechat");
        corrected.nextStep = QStringLiteral(" 发送报价单 ");
        corrected.nextStepDue = now.date().addDays(3);
        corrected.customerId = QStringLiteral("someone-else"); // ignored: it stays with its customer
        result = activity.updateFollowUp(m_clerk, corrected, 1);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.version, qint64(2));
        QJsonObject before;
        const QJsonObject after = lastAudit(QStringLiteral("follow_up.update"), nullptr, &before);
        const QStringList changed = after.keys();
        QCOMPARE(QSet<QString>(changed.begin(), changed.end()),
                 (QSet<QString>{QStringLiteral("channel"), QStringLiteral("next_step"), QStringLiteral("next_step_due")}));
        QCOMPARE(before.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        QVERIFY(before.value(QStringLiteral("next_step")).isNull());
        QCOMPARE(after.value(QStringLiteral("next_step")).toString(), QStringLiteral("发送报价单"));
        const FollowUp reread = activity.followUps(id, 0).value(0);
        QCOMPARE(reread.channel, QStringLiteral("wechat"));
        QCOMPARE(reread.customerId, id);
        QCOMPARE(reread.byEmployeeName, QStringLiteral("王芳"));
        QCOMPARE(reread.nextStepDue, now.date().addDays(3));

        // Opened at version 1, saved after someone else's change: refused.
        corrected.summary = QStringLiteral("改了摘要");
        result = activity.updateFollowUp(m_clerk, corrected, 1);
        QVERIFY(!result.ok);
        QVERIFY(activity.followUps(id, 0).value(0).summary != corrected.summary);
    }

    void deals()
    {
        const QString id = createHengda();
        CustomerActivityService activity(**m_ws);
        Deal deal;
        deal.customerId = id;
        deal.title = QStringLiteral("数控机床采购");
        deal.stage = QStringLiteral("proposal");
        deal.amountFen = -1;
        auto result = activity.addDeal(m_clerk, deal);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("amount_fen"));

        deal.amountFen = Money::parseYuan(u"1,250,000.50");
        deal.expectedClose = QDate(2027, 3, 31);
        result = activity.addDeal(m_clerk, deal);
        QVERIFY2(result.ok, qPrintable(result.error));
        auto list = activity.deals(id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().amountFen, std::optional<qint64>(125000050));
        QCOMPARE(list.first().ownerId, m_zhangWei); // the customer's owner

        Deal won = list.first();
        won.stage = QStringLiteral("won");
        won.amountFen = 120000000;
        QVERIFY(activity.updateDeal(m_clerk, won, 1).ok);
        QCOMPARE(activity.deals(id).first().stage, QStringLiteral("won"));
        QCOMPARE(activity.deals(id).first().version, 2);
        QVERIFY(!activity.updateDeal(m_clerk, won, 1).ok); // stale
        won.stage = QStringLiteral("closed");
        QCOMPARE(activity.updateDeal(m_clerk, won, 2).fieldErrors.value(0).field, QStringLiteral("stage"));
        QJsonObject before;
        const QJsonObject after = lastAudit(QStringLiteral("deal.update"), nullptr, &before);
        QCOMPARE(before.value(QStringLiteral("stage")).toString(), QStringLiteral("proposal"));
        QCOMPARE(after.value(QStringLiteral("amount_fen")).toInteger(), 120000000);
    }

    void salesContracts()
    {
        const QString id = createHengda();
        CustomerActivityService activity(**m_ws);
        SalesContract contract;
        contract.customerId = id;
        contract.contractNo = QStringLiteral("HT-2026-0001");
        contract.amountFen = 50000000;
        contract.signedOn = QDate(2026, 5, 1);
        contract.startDate = QDate(2026, 6, 1);
        contract.endDate = QDate(2026, 5, 31);
        auto result = activity.addSalesContract(m_clerk, contract);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("end_date"));

        contract.endDate = QDate(2027, 5, 31);
        result = activity.addSalesContract(m_clerk, contract);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(activity.salesContracts(id).size(), 1);
        QCOMPARE(activity.salesContracts(id).first().ownerId, m_zhangWei);
        QCOMPARE(activity.salesContracts(id).first().endDate, QDate(2027, 5, 31));

        const auto snap = snapshot();
        contract.amountFen = 1;
        result = activity.addSalesContract(m_clerk, contract);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("The contract number HT-2026-0001 is already used by a contract of "
                                              "上海恒达机械有限公司 (owner: 张伟)"));
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("contract_no"));
        QCOMPARE(snapshot(), snap);

        contract.contractNo = QStringLiteral("HT-2026-0002");
        contract.customerId = QStringLiteral("no-such-customer");
        QVERIFY(!activity.addSalesContract(m_clerk, contract).ok);
        QCOMPARE(snapshot(), snap);
        QCOMPARE(lastAudit(QStringLiteral("sales_contract.add")).value(QStringLiteral("contract_no")).toString(),
                 QStringLiteral("HT-2026-0001"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerActivityService)
#include "TestCustomerActivityService.moc"
