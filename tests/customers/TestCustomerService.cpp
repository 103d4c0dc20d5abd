#include "CustomerBookFixture.h"

#include "core/customers/CustomerActivityService.h"
#include "core/common/Ids.h"
#include "core/customers/CustomerService.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::customers;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

using hrdesk::test::HengdaCode;
using hrdesk::test::OtherCode;

// Customers and their ownership (CustomerService); the customer book's records are in
// TestCustomerActivityService.
class TestCustomerService : public QObject, protected test::CustomerBookFixture
{
    Q_OBJECT

private slots:
    void init() { setUpBook(); }
    void cleanup() { m_ws.reset(); }

    void createWritesCustomerOwnershipOutboxAndAudit()
    {
        const auto before = snapshot();
        CustomerService service(**m_ws);
        Customer input = hengda(m_zhangWei);
        input.creditCode = QStringLiteral(" 91350100m000100y43 ");
        const auto result = service.create(m_clerk, input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.version, 1);

        const auto stored = service.find(result.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("上海恒达机械有限公司"));
        QCOMPARE(stored->creditCode, HengdaCode); // normalised
        QCOMPARE(stored->ownerId, m_zhangWei);
        QCOMPARE(stored->createdBy, m_wangFang); // the actor's employee
        QCOMPARE(stored->score, std::optional<int>(88));
        QCOMPARE(stored->version, 1);

        const auto history = service.ownershipHistory(result.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().fromOwnerId, QString());
        QCOMPARE(history.first().toOwnerId, m_zhangWei);
        QCOMPARE(history.first().toOwnerName, QStringLiteral("张伟"));
        QCOMPARE(history.first().reason, QStringLiteral("created"));
        QCOMPARE(history.first().commandId, result.commandId);
        QCOMPARE(history.first().changedByName, m_clerk.name);
        // Its key follows from the customer's, so a replay of the intent makes the same row.
        QCOMPARE(history.first().id, hrdesk::derivedId(u"customer_owner_change.created", result.id));

        const auto after = snapshot();
        QCOMPARE(after[0], before[0] + 1);
        QCOMPARE(after[6], before[6] + 1); // one outbox entry
        QString commandId;
        const QJsonObject audit = lastAudit(QStringLiteral("customer.create"), &commandId);
        QCOMPARE(commandId, result.commandId);
        QCOMPARE(audit.value(QStringLiteral("credit_code")).toString(), HengdaCode);
        QCOMPARE(audit.value(QStringLiteral("owner_id")).toString(), m_zhangWei);
    }

    void createWithoutLinkedEmployeeOrOwner()
    {
        CustomerService service(**m_ws);
        Customer person;
        person.kind = QStringLiteral("person");
        person.name = QStringLiteral("陈静");
        person.tier = QStringLiteral("C");
        person.status = QStringLiteral("prospect");
        const auto result = service.create(m_unlinked, person);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto stored = service.find(result.id);
        QVERIFY(stored);
        QVERIFY(stored->createdBy.isEmpty());
        QVERIFY(stored->ownerId.isEmpty());
        QVERIFY(service.ownershipHistory(result.id).isEmpty());
    }

    void createRefusesInvalidInputAndWritesNothing()
    {
        CustomerService service(**m_ws);
        const auto before = snapshot();
        Customer bad = hengda(m_zhangWei);
        bad.creditCode = QStringLiteral("91350100M000100Y44");
        bad.score = 120;
        auto result = service.create(m_clerk, bad);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.size(), 2);
        QCOMPARE(result.fieldErrors[0].field, QStringLiteral("credit_code"));
        QVERIFY(result.fieldErrors[0].message.contains(QStringLiteral("should be 3")));
        QCOMPARE(result.fieldErrors[1].field, QStringLiteral("score"));

        Customer unknownOwner = hengda(QStringLiteral("e-nobody"));
        result = service.create(m_clerk, unknownOwner);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("owner_id"));
        result = service.create(m_clerk, hengda(m_departed));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("刘洋")));
        QCOMPARE(snapshot(), before);
    }

    void duplicateCreditCodeIsRefusedWithPointer()
    {
        const QString first = createHengda();
        QVERIFY(!first.isEmpty());
        CustomerService service(**m_ws);
        const auto before = snapshot();
        Customer copy = hengda(m_liNa);
        copy.name = QStringLiteral("恒达机械（重复）");
        const auto result = service.create(m_clerk, copy);
        QVERIFY(!result.ok);
        const QString expected = QStringLiteral("The unified social credit code %1 already belongs to "
                                                "上海恒达机械有限公司 (owner: 张伟)")
                                     .arg(HengdaCode);
        QCOMPARE(result.error, expected);
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, QStringLiteral("credit_code"));
        QCOMPARE(result.fieldErrors.first().message, expected);
        QCOMPARE(snapshot(), before);

        // Taking the code over by editing another customer is refused the same way.
        Customer other = hengda(m_liNa);
        other.name = QStringLiteral("杭州远景科技有限公司");
        other.creditCode = OtherCode;
        const auto created = service.create(m_clerk, other);
        QVERIFY2(created.ok, qPrintable(created.error));
        other.id = created.id;
        other.creditCode = HengdaCode;
        const auto update = service.update(m_clerk, other, 1);
        QVERIFY(!update.ok);
        QCOMPARE(update.error, expected);
        // Saving a customer with its own code is not a duplicate.
        Customer same = *service.find(first);
        same.industry = QStringLiteral("装备制造");
        QVERIFY(service.update(m_clerk, same, 1).ok);
    }

    void updateChecksVersionAndAudits()
    {
        const QString id = createHengda();
        CustomerService service(**m_ws);
        Customer edit = *service.find(id);
        edit.name = QStringLiteral("上海恒达重工有限公司");
        edit.tier = QStringLiteral("A");
        const auto first = service.update(m_clerk, edit, 1);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.version, 2);
        QCOMPARE(service.find(id)->version, 2);
        QCOMPARE(service.find(id)->createdBy, m_wangFang); // not editable, kept

        QJsonObject before;
        const QJsonObject after = lastAudit(QStringLiteral("customer.update"), nullptr, &before);
        QCOMPARE(before.value(QStringLiteral("name")).toString(), QStringLiteral("上海恒达机械有限公司"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("上海恒达重工有限公司"));
        QCOMPARE(after.value(QStringLiteral("tier")).toString(), QStringLiteral("A"));

        // A second editor who opened version 1 is refused; the first edit stays.
        const auto snap = snapshot();
        Customer stale = edit;
        stale.name = QStringLiteral("恒达（旧窗口）");
        const auto conflict = service.update(m_clerk, stale, 1);
        QVERIFY(!conflict.ok);
        QVERIFY2(conflict.error.contains(QStringLiteral("Someone else changed this customer")), qPrintable(conflict.error));
        QCOMPARE(service.find(id)->name, QStringLiteral("上海恒达重工有限公司"));
        QCOMPARE(snapshot(), snap);
    }

    void updateRefusesOwnerChange()
    {
        const QString id = createHengda();
        CustomerService service(**m_ws);
        Customer edit = *service.find(id);
        edit.ownerId = m_liNa;
        const auto result = service.update(m_clerk, edit, 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.fieldErrors.value(0).field, QStringLiteral("owner_id"));
        QCOMPARE(service.find(id)->ownerId, m_zhangWei);
        QCOMPARE(service.ownershipHistory(id).size(), 1);
    }

    void changeOwnerWritesHistoryAndAudit()
    {
        const QString id = createHengda();
        CustomerService service(**m_ws);
        const auto result = service.changeOwner(m_clerk, id, m_liNa, QStringLiteral("  张伟调岗，客户移交李娜 "));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.version, 2);
        QCOMPARE(service.find(id)->ownerId, m_liNa);

        const auto history = service.ownershipHistory(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].fromOwnerName, QStringLiteral("张伟")); // newest first
        QCOMPARE(history[0].toOwnerName, QStringLiteral("李娜"));
        QCOMPARE(history[0].reason, QStringLiteral("张伟调岗，客户移交李娜"));
        QCOMPARE(history[0].commandId, result.commandId);
        QCOMPARE(history[0].changedBy, m_clerk.id);
        QCOMPARE(history[1].reason, QStringLiteral("created"));

        QString commandId;
        QJsonObject before;
        const QJsonObject after = lastAudit(QStringLiteral("customer.owner_change"), &commandId, &before);
        QCOMPARE(commandId, result.commandId);
        QCOMPARE(before.value(QStringLiteral("owner_id")).toString(), m_zhangWei);
        QCOMPARE(before.value(QStringLiteral("owner_name")).toString(), QStringLiteral("张伟"));
        QCOMPARE(after.value(QStringLiteral("owner_id")).toString(), m_liNa);
        QCOMPARE(after.value(QStringLiteral("owner_name")).toString(), QStringLiteral("李娜"));
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("张伟调岗，客户移交李娜"));

        QSqlQuery outbox(db());
        QVERIFY(outbox.exec(QStringLiteral("SELECT mutation FROM outbox ORDER BY seq DESC LIMIT 1")));
        QVERIFY(outbox.next());
        QCOMPARE(outbox.value(0).toString(), QStringLiteral("customer.owner_change"));
    }

    void changeOwnerRefusals_data()
    {
        QTest::addColumn<QString>("newOwner");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty reason") << "e-li" << "   " << "Say why the owner changes";
        QTest::newRow("unknown employee") << "e-nobody" << "调岗" << "not a known employee";
        QTest::newRow("same owner") << "e-zhang" << "调岗" << "张伟 already owns 上海恒达机械有限公司.";
        QTest::newRow("departed employee") << "e-gone" << "调岗" << "刘洋 has left the company";
    }
    void changeOwnerRefusals()
    {
        QFETCH(QString, newOwner);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        const QString id = createHengda();
        CustomerService service(**m_ws);
        const auto before = snapshot();
        const auto result = service.changeOwner(m_clerk, id, newOwner, reason);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(snapshot(), before);
        QCOMPARE(service.find(id)->ownerId, m_zhangWei);
        QCOMPARE(service.find(id)->version, 1);
    }

    void failingCommandLeavesNothing()
    {
        // A handover moves owners inside its own command; when a later step fails, the owner
        // change, its history row, the outbox entry and the audit events all disappear.
        const QString id = createHengda();
        const auto before = snapshot();
        const auto result = (*m_ws)->runner().run(m_clerk, QStringLiteral("handover.test"), {}, [&](CommandContext &ctx) {
            QString error;
            if (!CustomerService::changeOwnerWithin(ctx, id, m_liNa, QStringLiteral("离职交接"), &error))
                return ctx.fail(error);
            return ctx.fail(QStringLiteral("a later step failed"));
        });
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("a later step failed"));
        QCOMPARE(snapshot(), before);
        CustomerService service(**m_ws);
        QCOMPARE(service.find(id)->ownerId, m_zhangWei);
        QCOMPARE(service.ownershipHistory(id).size(), 1);
    }

    void createWithinOneCommandForImport()
    {
        // Import writes every valid row in one command and skips the refused ones; a credit code
        // repeated inside the batch is caught like one already stored.
        const auto before = snapshot();
        QList<Customer> rows{hengda(m_zhangWei), hengda(m_liNa), hengda(QStringLiteral("e-nobody"))};
        rows[1].name = QStringLiteral("恒达重复行");
        rows[2].creditCode = OtherCode;
        QList<validation::FieldErrors> refused;
        const auto result = (*m_ws)->runner().run(m_clerk, QStringLiteral("customer.import"), {}, [&](CommandContext &ctx) {
            int written = 0;
            for (Customer &row : rows) {
                validation::FieldErrors errors;
                if (CustomerService::createWithin(ctx, row, &errors, false))
                    ++written;
                else
                    refused.append(errors);
            }
            ctx.audit({QStringLiteral("customer.import"), QStringLiteral("customer"), QString(), QJsonValue(),
                       QJsonObject{{QStringLiteral("rows"), written}}});
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused[0].value(0).field, QStringLiteral("credit_code"));
        QVERIFY(refused[0].value(0).message.contains(QStringLiteral("(owner: 张伟)")));
        QCOMPARE(refused[1].value(0).field, QStringLiteral("owner_id"));
        const auto after = snapshot();
        QCOMPARE(after[0], before[0] + 1);
        QCOMPARE(after[1], before[1] + 1);
        QCOMPARE(after[6], before[6] + 1);
        QCOMPARE(after[7], before[7] + 1); // one audit event for the batch
        QCOMPARE(CustomerService(**m_ws).ownershipHistory(rows[0].id).value(0).commandId, result.commandId);
    }
};

QTEST_GUILESS_MAIN(TestCustomerService)
#include "TestCustomerService.moc"
