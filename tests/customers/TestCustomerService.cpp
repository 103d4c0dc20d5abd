#include "TempWorkspace.h"

#include "core/customers/CustomerActivityService.h"
#include "core/common/Ids.h"
#include "core/customers/CustomerService.h"
#include "core/customers/Money.h"
#include "core/records/ArchiveService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::customers;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

namespace {

const QString HengdaCode = QStringLiteral("91350100M000100Y43");
const QString OtherCode = QStringLiteral("91330100799655058B");

} // namespace

class TestCustomerService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("sales_manager")};
    const Actor m_unlinked{QStringLiteral("u-2"), QStringLiteral("赵磊"), QStringLiteral("admin")};
    const QString m_zhangWei = QStringLiteral("e-zhang");
    const QString m_liNa = QStringLiteral("e-li");
    const QString m_wangFang = QStringLiteral("e-wang");
    const QString m_departed = QStringLiteral("e-gone");

    QSqlDatabase db() { return (*m_ws)->db(); }
    qint64 count(const QString &table) { return test::rowCount(db(), table); }

    void insertEmployee(const QString &id, const QString &no, const QString &name, const QString &status)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                                 "VALUES (?, ?, ?, 'male', ?, ?, '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(id);
        q.addBindValue(no);
        q.addBindValue(name);
        q.addBindValue(QStringLiteral("ID-") + no);
        q.addBindValue(status);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void insertUser(const QString &id, const QString &login, const QString &name, const QString &employeeId)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO local_user (id, login, display_name, role, password_hash, updated_at, employee_id) "
                                 "VALUES (?, ?, ?, 'admin', 'x', '2026-01-01T00:00:00.000Z', ?)"));
        q.addBindValue(id);
        q.addBindValue(login);
        q.addBindValue(name);
        q.addBindValue(employeeId.isEmpty() ? QVariant() : QVariant(employeeId));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    static Customer hengda(const QString &owner)
    {
        Customer c;
        c.kind = QStringLiteral("company");
        c.name = QStringLiteral("上海恒达机械有限公司");
        c.creditCode = HengdaCode;
        c.tier = QStringLiteral("key");
        c.region = QStringLiteral("华东");
        c.industry = QStringLiteral("机械制造");
        c.score = 88;
        c.status = QStringLiteral("active");
        c.ownerId = owner;
        c.source = QStringLiteral("展会");
        c.phone = QStringLiteral("021-62345678");
        return c;
    }

    QString createHengda()
    {
        const auto result = CustomerService(**m_ws).create(m_clerk, hengda(m_zhangWei));
        if (!result.ok)
            qWarning() << result.error;
        return result.id;
    }

    // Rows of every table a customer command may touch, to prove a refusal wrote nothing.
    QList<qint64> snapshot()
    {
        QList<qint64> counts;
        for (const char *table : {"customer", "customer_owner_change", "customer_contact", "follow_up", "deal",
                                  "sales_contract", "outbox", "audit_event"})
            counts << count(QString::fromLatin1(table));
        return counts;
    }

    QJsonObject lastAudit(const QString &action, QString *commandId = nullptr, QJsonObject *before = nullptr)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT after_json, command_id, before_json FROM audit_event WHERE action = ? "
                                 "ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return {};
        if (commandId)
            *commandId = q.value(1).toString();
        if (before)
            *before = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        insertEmployee(m_zhangWei, QStringLiteral("SH0001"), QStringLiteral("张伟"), QStringLiteral("active"));
        insertEmployee(m_liNa, QStringLiteral("SH0002"), QStringLiteral("李娜"), QStringLiteral("active"));
        insertEmployee(m_wangFang, QStringLiteral("SH0003"), QStringLiteral("王芳"), QStringLiteral("active"));
        insertEmployee(m_departed, QStringLiteral("SH0004"), QStringLiteral("刘洋"), QStringLiteral("departed"));
        insertUser(m_clerk.id, QStringLiteral("wangfang"), m_clerk.name, m_wangFang);
        insertUser(m_unlinked.id, QStringLiteral("zhaolei"), m_unlinked.name, QString());
    }
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

QTEST_GUILESS_MAIN(TestCustomerService)

#include "TestCustomerService.moc"
