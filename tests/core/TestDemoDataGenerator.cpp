#include "core/audit/AuditChain.h"
#include "core/common/Ids.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/validation/CreditCode.h"
#include "core/validation/MobileNumber.h"
#include "core/validation/ResidentIdNumber.h"
#include "core/workspace/Workspace.h"
#include "storage/Database.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::Workspace;
using hrdesk::demo::DemoDataGenerator;
namespace validation = hrdesk::validation;

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> newWorkspace()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("demo%1.db").arg(++m_counter));
        auto db = hrdesk::storage::Database::open(path, hrdesk::test::fixedTestKey(),
                                                  hrdesk::storage::Database::Mode::CreateNew, &error);
        if (!db)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error));
        auto ws = Workspace::initialize(std::move(db), hrdesk::newId(), &error);
        if (!ws)
            qFatal("cannot initialise %s: %s", qPrintable(path), qPrintable(error));
        return ws;
    }

    static qint64 count(Workspace &ws, const QString &sql)
    {
        QSqlQuery q(ws.db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static QStringList rows(Workspace &ws, const QString &sql)
    {
        QStringList out;
        QSqlQuery q(ws.db());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return {QStringLiteral("query failed")};
        const int columns = q.record().count();
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < columns; ++i)
                fields << q.value(i).toString();
            out << fields.join(u'|');
        }
        return out;
    }

    static DemoDataGenerator::Result generate(Workspace &ws, int employees, int customers, quint64 seed,
                                              qint64 followUps = -1)
    {
        DemoDataGenerator generator(ws);
        DemoDataGenerator::Options options;
        options.employees = employees;
        options.customers = customers;
        options.seed = seed;
        options.followUps = followUps;
        return generator.generate(options);
    }

    static const inline QString EmployeeRows = QStringLiteral(
        "SELECT id, employee_no, name, gender, birth_date, id_number, mobile, email, department_id, position, "
        "manager_id, hire_date, status, status_changed_at FROM employee ORDER BY employee_no");
    static const inline QString CustomerRows = QStringLiteral(
        "SELECT id, kind, name, credit_code, tier, region, industry, score, status, owner_id, source, created_by, phone "
        "FROM customer ORDER BY id");
    // The customer book, without timestamps of the run (updated_at) and the command id.
    static const inline QStringList BookRows = {
        QStringLiteral("SELECT id, customer_id, name, title, mobile, wechat, email FROM customer_contact ORDER BY id"),
        QStringLiteral("SELECT id, customer_id, occurred_at, channel, summary, next_step, next_step_due, by_employee_id "
                       "FROM follow_up ORDER BY id"),
        QStringLiteral("SELECT id, customer_id, title, stage, amount_fen, expected_close, owner_id FROM deal ORDER BY id"),
        QStringLiteral("SELECT id, customer_id, contract_no, amount_fen, signed_on, start_date, end_date, owner_id "
                       "FROM sales_contract ORDER BY id"),
        QStringLiteral("SELECT id, customer_id, from_owner_id, to_owner_id, changed_at, changed_by, reason "
                       "FROM customer_owner_change ORDER BY id"),
    };

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void countsAndFlags()
    {
        auto ws = newWorkspace();
        const auto result = generate(*ws, 150, 800, 42);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.employees, 150);
        QCOMPARE(result.customers, 800);
        QCOMPARE(result.users, 4);
        QVERIFY(result.departments > 10);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM employee")), 150);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer")), 800);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM department")), result.departments);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM local_user")), 4);
        QCOMPARE(result.rows(), qint64(150 + 800 + 4 + result.departments) + result.contacts + result.followUps
                                    + result.deals + result.salesContracts + result.ownerChanges);
        QVERIFY(ws->isDemo());
        // One tree: a single company root, every other node has a parent.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM department WHERE parent_id IS NULL")), 1);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM department WHERE kind = 'company'")), 1);
        QVERIFY(count(*ws, QStringLiteral("SELECT count(*) FROM department WHERE kind = 'branch'")) >= 2);
        // Customers are owned by salespeople who have not left.
        QCOMPARE(count(*ws, QStringLiteral(
                     "SELECT count(*) FROM customer c JOIN employee e ON e.id = c.owner_id "
                     "WHERE e.status = 'departed' OR e.position NOT IN ('销售代表', '客户经理', '销售经理')")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer WHERE owner_id IS NULL")), 0);
        // Everybody but the branch managers has a manager.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM employee WHERE manager_id IS NULL AND position <> '总经理'")), 0);
        // Written by the writers of the staff form and the customer form (EmployeeWriter,
        // CustomerWriter): the same row format as a hire or an import.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM employee WHERE version <> 1 "
                                           "OR length(status_changed_at) <> 10 OR updated_at IS NULL")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM employee WHERE status = 'probation' "
                                           "AND (probation_end IS NULL OR probation_end <= hire_date)")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM search_entry WHERE entity_type = 'employee'")), 150);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM search_entry WHERE entity_type = 'customer'")), 800);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer WHERE version <> 1")), 0);
        // The system keeps the demo's creators; one back-dated "created" owner row per customer.
        QVERIFY(count(*ws, QStringLiteral("SELECT count(*) FROM customer WHERE created_by IS NOT NULL")) > 400);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer_owner_change WHERE reason = 'created'")), 800);
        const qint64 key = count(*ws, QStringLiteral("SELECT count(*) FROM customer WHERE tier = 'key'"));
        QVERIFY2(key > 8 && key < 80, qPrintable(QString::number(key)));
    }

    void customerBook()
    {
        auto ws = newWorkspace();
        const auto result = generate(*ws, 150, 800, 42);
        QVERIFY2(result.ok, qPrintable(result.error));
        // Five follow-ups per customer by default, exactly.
        QCOMPARE(result.followUps, 4000);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM follow_up")), 4000);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer_contact")), result.contacts);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM deal")), result.deals);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM sales_contract")), result.salesContracts);
        QCOMPARE(result.ownerChanges, 800);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer_owner_change")), 800);

        // 1–3 contacts per customer; private customers are their own (single) contact.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer c WHERE (SELECT count(*) FROM customer_contact k "
                                           "WHERE k.customer_id = c.id) NOT BETWEEN 1 AND 3")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer c JOIN customer_contact k ON k.customer_id = c.id "
                                           "WHERE c.kind = 'person' AND k.name <> c.name")), 0);
        QVERIFY(count(*ws, QStringLiteral("SELECT count(*) FROM customer_contact WHERE title = '采购经理'")) > 0);
        QSqlQuery q(ws->db());
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral("SELECT mobile FROM customer_contact")));
        while (q.next())
            QVERIFY2(validation::MobileNumber::validate(q.value(0).toString()).ok, qPrintable(q.value(0).toString()));

        // Follow-ups: over the two years before the reference date, by the customer's owner, in Chinese.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM follow_up WHERE occurred_at < '2024-01-01' "
                                           "OR occurred_at > '2026-01-01'")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM follow_up f JOIN customer c ON c.id = f.customer_id "
                                           "WHERE f.by_employee_id IS NOT c.owner_id")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM follow_up WHERE summary NOT LIKE '%，%。'")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM follow_up WHERE next_step_due < substr(occurred_at, 1, 10)")), 0);
        QVERIFY(count(*ws, QStringLiteral("SELECT count(DISTINCT channel) FROM follow_up")) >= 5);
        // Key customers are followed more closely than C customers.
        QVERIFY(count(*ws, QStringLiteral("SELECT avg(n) * 100 FROM (SELECT count(*) n FROM follow_up f JOIN customer c "
                                          "ON c.id = f.customer_id WHERE c.tier = 'key' GROUP BY c.id)"))
                > count(*ws, QStringLiteral("SELECT avg(n) * 100 FROM (SELECT count(*) n FROM follow_up f JOIN customer c "
                                            "ON c.id = f.customer_id WHERE c.tier = 'C' GROUP BY c.id)")));

        // Deals for every key customer, none for C; contracts numbered uniquely with sane dates.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer c WHERE c.tier = 'key' AND NOT EXISTS "
                                           "(SELECT 1 FROM deal d WHERE d.customer_id = c.id)")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM deal d JOIN customer c ON c.id = d.customer_id "
                                           "WHERE c.tier = 'C'")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM deal WHERE amount_fen <= 0 OR amount_fen % 100 <> 0")), 0);
        QVERIFY(result.salesContracts > 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM sales_contract WHERE contract_no NOT GLOB "
                                           "'HT20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]' OR end_date <= start_date "
                                           "OR start_date < signed_on")), 0);

        // The owner history starts with the current owner, written by this command.
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer_owner_change h JOIN customer c "
                                           "ON c.id = h.customer_id WHERE h.reason = 'created' AND h.from_owner_id IS NULL "
                                           "AND h.to_owner_id IS c.owner_id AND h.changed_at < '2024-01-01' "
                                           "AND h.command_id = (SELECT command_id FROM outbox WHERE kind = 'intent')")), 800);

        // Every reference holds.
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), qPrintable(q.value(0).toString()));
    }

    void followUpsAsAsked()
    {
        auto ws = newWorkspace();
        const auto result = generate(*ws, 30, 50, 11, 1234);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.followUps, 1234);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM follow_up")), 1234);

        auto none = newWorkspace();
        QVERIFY(generate(*none, 30, 50, 11, 0).ok);
        QCOMPARE(count(*none, QStringLiteral("SELECT count(*) FROM follow_up")), 0);

        auto refused = newWorkspace();
        const auto orphaned = generate(*refused, 30, 0, 11, 10);
        QVERIFY(!orphaned.ok);
        QVERIFY(!orphaned.error.isEmpty());
        QCOMPARE(count(*refused, QStringLiteral("SELECT count(*) FROM employee")), 0);
    }

    void identityNumbersValidate()
    {
        auto ws = newWorkspace();
        QVERIFY(generate(*ws, 400, 1500, 7).ok);
        QSqlQuery q(ws->db());
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral("SELECT id_number, gender, birth_date, mobile, email, employee_no FROM employee")));
        int checked = 0;
        while (q.next()) {
            QString reason;
            const auto id = validation::ResidentIdNumber::parse(q.value(0).toString(), &reason);
            QVERIFY2(id, qPrintable(q.value(0).toString() + u' ' + reason));
            QCOMPARE(id->isMale(), q.value(1).toString() == QLatin1String("male"));
            QCOMPARE(id->birthDate().toString(Qt::ISODate), q.value(2).toString());
            QVERIFY(id->birthDate().year() >= 1965 && id->birthDate().year() <= 2003);
            QVERIFY2(validation::MobileNumber::validate(q.value(3).toString()).ok, qPrintable(q.value(3).toString()));
            QCOMPARE(q.value(4).toString(), q.value(5).toString().toLower() + QStringLiteral("@example.cn"));
            ++checked;
        }
        QCOMPARE(checked, 400);

        QVERIFY(q.exec(QStringLiteral("SELECT kind, credit_code FROM customer")));
        int companies = 0, persons = 0;
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("person")) {
                QVERIFY(q.value(1).isNull());
                ++persons;
                continue;
            }
            const auto result = validation::CreditCode::validate(q.value(1).toString());
            QVERIFY2(result.ok, qPrintable(q.value(1).toString() + u' ' + result.reason));
            ++companies;
        }
        QCOMPARE(companies + persons, 1500);
        QVERIFY(persons > 0 && companies > persons);
    }

    void sameSeedSameRows()
    {
        auto a = newWorkspace();
        auto b = newWorkspace();
        QVERIFY(generate(*a, 90, 400, 2024).ok);
        QVERIFY(generate(*b, 90, 400, 2024).ok);
        const QStringList employeesA = rows(*a, EmployeeRows);
        QCOMPARE(employeesA.size(), 90);
        QCOMPARE(employeesA, rows(*b, EmployeeRows));
        QCOMPARE(rows(*a, CustomerRows), rows(*b, CustomerRows));
        const QString departments = QStringLiteral("SELECT id, parent_id, kind, code, name FROM department ORDER BY code");
        QCOMPARE(rows(*a, departments), rows(*b, departments));
        const QString users = QStringLiteral("SELECT id, login, display_name, role, employee_id FROM local_user ORDER BY login");
        QCOMPARE(rows(*a, users), rows(*b, users));
        for (const QString &book : BookRows) {
            const QStringList bookA = rows(*a, book);
            QVERIFY2(bookA.size() >= 20, qPrintable(book));
            QCOMPARE(bookA, rows(*b, book));
        }
    }

    void otherSeedOtherRows()
    {
        auto a = newWorkspace();
        auto b = newWorkspace();
        QVERIFY(generate(*a, 90, 100, 1).ok);
        QVERIFY(generate(*b, 90, 100, 2).ok);
        const QString names = QStringLiteral("SELECT name, id_number FROM employee ORDER BY employee_no");
        QVERIFY(rows(*a, names) != rows(*b, names));
        QVERIFY(rows(*a, CustomerRows) != rows(*b, CustomerRows));
        QVERIFY(rows(*a, BookRows.at(1)) != rows(*b, BookRows.at(1)));
    }

    void oneCommandOneAuditEvent()
    {
        auto ws = newWorkspace();
        const qint64 eventsBefore = count(*ws, QStringLiteral("SELECT count(*) FROM audit_event"));
        const auto result = generate(*ws, 60, 300, 5);
        QVERIFY(result.ok);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'intent'")), 1);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE mutation = 'demo.generate'")), 1);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM audit_event")), eventsBefore + 1);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT action, after_json FROM audit_event ORDER BY seq DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("demo.generate"));
        const QString after = q.value(1).toString();
        QVERIFY2(after.contains(QStringLiteral("\"customers\":300")) && after.contains(QStringLiteral("\"employees\":60"))
                     && after.contains(QStringLiteral("\"seed\":\"5\"")) && after.contains(QStringLiteral("\"users\":4")),
                 qPrintable(after));
        q.finish();
        QVERIFY(hrdesk::audit::AuditChain::verify(ws->db()).ok);
    }

    void demoLoginsSignIn()
    {
        auto ws = newWorkspace();
        QVERIFY(generate(*ws, 20, 10, 3).ok);
        QString error;
        const auto clerk = ws->users().signIn(QStringLiteral("clerk"), DemoDataGenerator::demoPassword(), &error);
        QVERIFY2(clerk, qPrintable(error));
        QCOMPARE(clerk->displayName, QString::fromUtf16(u"王芳"));
        QCOMPARE(clerk->role, QStringLiteral("hr_clerk"));
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM local_user u JOIN employee e ON e.id = u.employee_id "
                                           "WHERE u.login = 'clerk' AND e.name = '王芳' AND e.gender = 'female'")), 1);
        for (const char *login : {"manager", "admin", "auditor"})
            QVERIFY(ws->users().signIn(QString::fromLatin1(login), DemoDataGenerator::demoPassword(), &error));
        QVERIFY(!ws->users().signIn(QStringLiteral("admin"), QStringLiteral("wrong-password"), &error));
    }

    void cancelLeavesNothing()
    {
        auto ws = newWorkspace();
        const qint64 eventsBefore = count(*ws, QStringLiteral("SELECT count(*) FROM audit_event"));
        DemoDataGenerator generator(*ws);
        DemoDataGenerator::Options options;
        options.employees = 50;
        options.customers = 4000;
        int calls = 0;
        // Half way is in the follow-ups: the customers and contacts written before go too.
        options.progress = [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        };
        const auto result = generator.generate(options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(calls > 1);
        for (const char *table : {"employee", "customer", "department", "local_user", "customer_contact",
                                  "follow_up", "deal", "sales_contract", "customer_owner_change"})
            QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'intent'")), 0);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM audit_event")), eventsBefore);
        QVERIFY(!ws->isDemo());
        // The workspace is still usable after the rollback.
        QVERIFY(generate(*ws, 10, 10, 1).ok);
    }

    void refusesPopulatedDatabase()
    {
        auto ws = newWorkspace();
        QVERIFY(generate(*ws, 10, 10, 1).ok);
        const auto again = generate(*ws, 10, 10, 2);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QStringLiteral("empty database")), qPrintable(again.error));
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM employee")), 10);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'intent'")), 1);
    }

    void tinyAndEmpty()
    {
        auto ws = newWorkspace();
        const auto result = generate(*ws, 0, 5, 9);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM customer WHERE owner_id IS NULL")), 5);
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM local_user WHERE employee_id IS NULL")), 4);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
