#include "core/audit/AuditChain.h"
#include "core/audit/CanonicalJson.h"
#include "core/io/ColumnMapping.h"
#include "core/io/Importer.h"
#include "core/io/ValueNormaliser.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentIdNumber.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace hrdesk;
using hrdesk::io::ImportTarget;
using hrdesk::io::Importer;
using hrdesk::test::rowCount;

namespace {

const QDate kToday(2026, 11, 27);
const commands::Actor kClerk{QStringLiteral("u-clerk"), QStringLiteral("王小二"), QStringLiteral("hr_clerk")};

// A valid resident ID number born in Beijing in the 1980s, unique per order; the gender as asked.
QString residentId(int order, bool male)
{
    const int code = (order % 500) * 2 + (male ? 1 : 0);
    const QDate born = QDate(1980, 1, 1).addDays(order / 500);
    return validation::ResidentIdNumber::withCheckDigit(
        QStringLiteral("110105%1%2").arg(born.toString(QStringLiteral("yyyyMMdd"))).arg(code, 3, 10, QLatin1Char('0')));
}

const QString kStaffHeader = QStringLiteral("工号,姓名,性别,身份证号,手机号,部门,职位,入职日期\n");

QString staffLine(int i, const QString &department = QStringLiteral("华东区/上海分公司/销售一部"))
{
    return QStringLiteral("E%1,员工%1,%2,%3,138%4,%5,销售代表,2024/3/1\n")
        .arg(i, 5, 10, QLatin1Char('0'))
        .arg(i % 2 ? QStringLiteral("男") : QStringLiteral("女"), residentId(i, i % 2 == 1))
        .arg(i, 8, 10, QLatin1Char('0'))
        .arg(department);
}

struct Counts
{
    qint64 employees, departments, customers, audit, outbox;
    bool operator==(const Counts &) const = default;
};

Counts counts(QSqlDatabase db)
{
    return {rowCount(db, QStringLiteral("employee")), rowCount(db, QStringLiteral("department")),
            rowCount(db, QStringLiteral("customer")), rowCount(db, QStringLiteral("audit_event")),
            rowCount(db, QStringLiteral("outbox"))};
}

// Outbox entries that a server replays (not the recorded events, such as database.create).
qint64 intentCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'intent'")) && q.next() ? q.value(0).toLongLong()
                                                                                                 : -1;
}

qint64 auditCount(QSqlDatabase db, const QString &action)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QString write(test::TempWorkspace &ws, const QString &name, const QByteArray &bytes)
    {
        QFile file(ws.dir() + u'/' + name);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void staffFromCsvCreatesDepartments()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString file = write(ws, QStringLiteral("staff.csv"),
                                   (kStaffHeader + staffLine(1) + staffLine(2)
                                    + staffLine(3, QStringLiteral("华东区 / 上海分公司 / 销售二部"))).toUtf8());
        Importer importer(*ws);
        importer.setToday(kToday);
        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Staff);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QVERIFY2(plan.report.isEmpty(), qPrintable(plan.report.problems.value(0).reason));
        QCOMPARE(plan.totalRows, 3);
        QCOMPARE(plan.format, QStringLiteral("UTF-8"));
        const io::ImportPreview preview = plan.preview();
        QCOMPARE(preview.validRows, 3);
        QCOMPARE(preview.departmentsToCreate,
                 (QStringList{QStringLiteral("华东区"), QStringLiteral("华东区/上海分公司"),
                              QStringLiteral("华东区/上海分公司/销售一部"), QStringLiteral("华东区/上海分公司/销售二部")}));
        QCOMPARE(preview.firstRows.size(), 3);
        QCOMPARE(rowCount(ws->db(), QStringLiteral("department")), 0); // a preview writes nothing

        const Importer::Result result = importer.execute(plan, kClerk, {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.departmentsCreated.size(), 4);
        QCOMPARE(rowCount(ws->db(), QStringLiteral("employee")), 3);
        QCOMPARE(auditCount(ws->db(), QStringLiteral("employee.import")), 3);
        QCOMPARE(auditCount(ws->db(), QStringLiteral("import.staff")), 1);
        QCOMPARE(intentCount(ws->db()), 1);
        // Tokenised beside the inserts, the entries are what the search view (and triggers) would store.
        QSqlQuery tokens(ws->db());
        QVERIFY(tokens.exec(QStringLiteral("SELECT count(*) FROM search_entry e JOIN employee_search_source s "
                                           "ON s.id = e.entity_id AND e.tokens = s.tokens")) && tokens.next());
        QCOMPARE(tokens.value(0).toInt(), 3);
        tokens.finish();
        const auto chain = audit::AuditChain::verify(ws->db());
        QVERIFY2(chain.ok, qPrintable(chain.problem));

        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT e.gender, e.hire_date, e.status, d.name, e.mobile FROM employee e "
                                      "JOIN department d ON d.id = e.department_id WHERE e.employee_no = 'E00003'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("male"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("active"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("销售二部"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("13800000003"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT mutation, arguments FROM outbox WHERE kind = 'intent'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("staff.import"));
        {
            // The intent is written as text directly: it must be canonical JSON (reading and
            // writing it again changes nothing) and hold every row under its fields.
            const QByteArray text = q.value(1).toString().toUtf8();
            const QJsonObject intent = QJsonDocument::fromJson(text).object();
            QCOMPARE(audit::CanonicalJson::text(intent), text);
            QCOMPARE(intent.value(QStringLiteral("target")).toString(), QStringLiteral("staff"));
            QCOMPARE(intent.value(QStringLiteral("file")).toString(), QStringLiteral("staff.csv"));
            QCOMPARE(intent.value(QStringLiteral("skip_invalid")), QJsonValue(false));
            const QJsonArray fields = intent.value(QStringLiteral("fields")).toArray();
            const QJsonArray rows = intent.value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.size(), 3);
            const QJsonArray third = rows.at(2).toArray();
            QCOMPARE(third.size(), fields.size());
            auto field = [&](const char *name) { return third.at(fields.toVariantList().indexOf(QLatin1String(name))); };
            QCOMPARE(field("employee_no").toString(), QStringLiteral("E00003"));
            QCOMPARE(field("department").toString(), QStringLiteral("华东区/上海分公司/销售二部"));
            QCOMPARE(field("hire_date").toString(), QStringLiteral("2024-03-01"));
            QVERIFY(field("address").isNull());
            // Every row carries the id it was created with, and every created department its id and
            // path, parents first: a replay makes the same rows under the same keys.
            QCOMPARE(fields.at(0).toString(), QStringLiteral("id"));
            QSqlQuery ids(ws->db());
            QVERIFY(ids.exec(QStringLiteral("SELECT id FROM employee WHERE employee_no = 'E00003'")) && ids.next());
            QCOMPARE(field("id").toString(), ids.value(0).toString());
            ids.finish();
            const QJsonArray departments = intent.value(QStringLiteral("departments")).toArray();
            QVERIFY(!departments.isEmpty());
            QStringList seenPaths;
            for (const QJsonValue &department : departments)
                seenPaths << department.toArray().at(1).toString();
            for (qsizetype i = 0; i < departments.size(); ++i) {
                const QString id = departments.at(i).toArray().at(0).toString();
                QSqlQuery d(ws->db());
                d.prepare(QStringLiteral("SELECT count(*) FROM department WHERE id = ?"));
                d.addBindValue(id);
                QVERIFY(d.exec() && d.next());
                QCOMPARE(d.value(0).toInt(), 1);
                const QString departmentPath = seenPaths.at(i);
                const qsizetype slash = departmentPath.lastIndexOf(u'/');
                if (slash > 0) // a created parent comes first
                    QVERIFY2(seenPaths.indexOf(departmentPath.left(slash)) < i, qPrintable(departmentPath));
            }
            QVERIFY(seenPaths.contains(QStringLiteral("华东区/上海分公司/销售二部")));
        }

        // The same file again: every row is now a duplicate of the database.
        const io::ImportPlan again = importer.prepare(file, ImportTarget::Staff);
        QCOMPARE(again.invalidRows, 3);
        QVERIFY(again.report.problems.at(0).reason.contains(QStringLiteral("E00001")));
        QVERIFY(again.departmentsToCreate.isEmpty());
    }

    void gb18030File()
    {
        test::TempWorkspace ws;
        QStringEncoder encoder("GB18030");
        const QString file = write(ws, QStringLiteral("gbk.csv"), encoder.encode(kStaffHeader + staffLine(7)));
        Importer importer(*ws);
        importer.setToday(kToday);
        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Staff);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.format, QStringLiteral("GB18030"));
        QCOMPARE(plan.validRows(), 1);
        QVERIFY(importer.execute(plan, kClerk, {}).ok);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM employee")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("员工00007"));
    }

    void missingRequiredColumnIsExplained()
    {
        test::TempWorkspace ws;
        const QString file = write(ws, QStringLiteral("nodept.csv"),
                                   QStringLiteral("工号,姓名,身份证号,入职日期\nE1,张三,%1,2024-03-01\n").arg(residentId(1, true)).toUtf8());
        Importer importer(*ws);
        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Staff);
        QVERIFY(!plan.ok());
        QVERIFY(!plan.mapping.missingRequired().isEmpty());
        QCOMPARE(plan.mapping.missingRequired(), QStringList{QStringLiteral("department")});
        QVERIFY(plan.report.problems.size() == 1 && plan.report.problems.at(0).row == 0);
        const Counts before = counts(ws->db());
        QVERIFY(!importer.execute(plan, kClerk, {}).ok);
        QVERIFY(counts(ws->db()) == before);
    }

    void tenThousandBadRowsWriteNothing()
    {
        test::TempWorkspace ws;
        QString csv = kStaffHeader;
        for (int i = 0; i < 10000; ++i) // the check digit is wrong on every row
            csv += staffLine(i).replace(residentId(i, i % 2 == 1), residentId(i, i % 2 == 1).left(17) + QStringLiteral("Z"));
        const QString file = write(ws, QStringLiteral("bad.csv"), csv.toUtf8());
        Importer importer(*ws);
        importer.setToday(kToday);
        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Staff);
        QVERIFY(plan.ok());
        QCOMPARE(plan.invalidRows, 10000);
        QVERIFY(plan.report.problems.size() >= 10000);
        // Excel numbers the header row 1, so the first data row is row 2.
        QCOMPARE(plan.report.problems.first().row, 2);
        QCOMPARE(plan.report.problems.first().column, QStringLiteral("身份证号"));
        QCOMPARE(plan.report.problems.last().row, 10001);

        const Counts before = counts(ws->db());
        const Importer::Result result = importer.execute(plan, kClerk, {});
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("bad.csv")));
        QVERIFY(counts(ws->db()) == before);

        const QString reportPath = ws.dir() + QStringLiteral("/report.csv");
        QString error;
        QVERIFY2(plan.report.saveCsv(reportPath, &error), qPrintable(error));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = report.readAll().split('\n');
        QVERIFY(lines.size() >= 10001);
        QVERIFY(lines.at(1).startsWith("2,"));
        QVERIFY(lines.at(10000).startsWith("10001,"));
    }

    void skipInvalidImportsOnlyValidRows()
    {
        test::TempWorkspace ws;
        const QString csv = kStaffHeader + staffLine(1) + QStringLiteral("E00002,,女,%1,13800000002,华南区,出纳,2024-03-01\n").arg(residentId(2, false))
            + staffLine(3) + staffLine(1).replace(QStringLiteral("员工00001"), QStringLiteral("重复"))
            + QStringLiteral("E00005,赵五,不详,%1,13800000005,华南区,出纳,2024-13-45\n").arg(residentId(5, true));
        const QString file = write(ws, QStringLiteral("mixed.csv"), csv.toUtf8());
        Importer importer(*ws);
        importer.setToday(kToday);
        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Staff);
        QCOMPARE(plan.totalRows, 5);
        QCOMPARE(plan.invalidRows, 3);
        QStringList where;
        for (const auto &p : plan.report.problems)
            where.append(QStringLiteral("%1:%2").arg(p.row).arg(p.column));
        QVERIFY2(where.contains(QStringLiteral("3:姓名")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("5:工号")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("6:性别")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("6:入职日期")), qPrintable(where.join(u' ')));

        QVERIFY(!importer.execute(plan, kClerk, {}).ok);
        QCOMPARE(rowCount(ws->db(), QStringLiteral("employee")), 0);
        const Importer::Result result = importer.execute(plan, kClerk, {true});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.skipped, 3);
        QCOMPARE(rowCount(ws->db(), QStringLiteral("employee")), 2);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        test::TempWorkspace ws;
        QString csv = kStaffHeader;
        for (int i = 0; i < 3000; ++i)
            csv += staffLine(i, QStringLiteral("华北区/北京分公司/部门%1").arg(i % 7));
        const QString file = write(ws, QStringLiteral("cancel.csv"), csv.toUtf8());
        Importer importer(*ws);
        importer.setToday(kToday);
        // Cancelling the check stops it (and the threads reading ahead) at once.
        qint64 checked = 0;
        const io::ImportPlan stopped = importer.prepare(file, ImportTarget::Staff, nullptr, [&](qint64 done, qint64) {
            checked = done;
            return done < 1000;
        });
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error.contains(QStringLiteral("cancelled")), qPrintable(stopped.error));
        QCOMPARE(checked, 1000);
        QVERIFY(stopped.staff.empty());

        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Staff);
        QCOMPARE(plan.validRows(), 3000);
        const Counts before = counts(ws->db());
        qint64 seen = 0;
        const Importer::Result result = importer.execute(plan, kClerk, {}, [&](qint64 done, qint64 total) {
            seen = done;
            return !(done >= 2000 && total == 3000);
        });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(seen, 2000);
        QVERIFY(counts(ws->db()) == before);
        // And the database still takes the import afterwards.
        QVERIFY(importer.execute(plan, kClerk, {}).ok);
        QCOMPARE(rowCount(ws->db(), QStringLiteral("employee")), 3000);
    }

    void customersWithOwners()
    {
        test::TempWorkspace ws;
        Importer importer(*ws);
        importer.setToday(kToday);
        const QString staffFile = write(ws, QStringLiteral("owners.csv"), (kStaffHeader + staffLine(1) + staffLine(2)).toUtf8());
        QVERIFY(importer.execute(importer.prepare(staffFile, ImportTarget::Staff), kClerk, {}).ok);

        const QString code = validation::CreditCode::withCheckCharacter(u"91310000MA1FL8XQ3");
        const QString badCode = code.left(17) + (code.endsWith(u'0') ? QStringLiteral("1") : QStringLiteral("0"));
        const QString csv = QStringLiteral(
            "Customer Name,Type,Credit Code,Tier,Region,Industry,Score,Owner Employee No.,Source\n"
            "上海星河科技有限公司,企业,%1,重点,上海,软件,90,E00001,展会\n"
            "王先生,个人,,B,北京,,,E00002,转介绍\n"
            "无主公司,企业,%1,A,上海,,,E99999,\n"
            "坏代码公司,企业,%2,Z,上海,,abc,,\n").arg(code, badCode);
        const QString file = write(ws, QStringLiteral("customers.csv"), csv.toUtf8());
        const io::ImportPlan plan = importer.prepare(file, ImportTarget::Customers);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.totalRows, 4);
        QCOMPARE(plan.invalidRows, 2);
        QStringList where;
        for (const auto &p : plan.report.problems)
            where.append(QStringLiteral("%1:%2").arg(p.row).arg(p.column));
        QVERIFY2(where.contains(QStringLiteral("4:Owner Employee No.")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("4:Credit Code")), qPrintable(where.join(u' '))); // repeated in row 2
        QVERIFY2(where.contains(QStringLiteral("5:Credit Code")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("5:Tier")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("5:Score")), qPrintable(where.join(u' ')));

        const Importer::Result result = importer.execute(plan, kClerk, {true});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 2);
        QSqlQuery q(ws->db());
        q.prepare(QStringLiteral("SELECT c.tier, c.kind, e.employee_no FROM customer c JOIN employee e ON e.id = c.owner_id "
                                 "WHERE c.credit_code = ?"));
        q.addBindValue(code);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("key"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("company"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("E00001"));
        q.finish();
        QCOMPARE(rowCount(ws->db(), QStringLiteral("customer_owner_change")), 2);
        QCOMPARE(auditCount(ws->db(), QStringLiteral("customer.import")), 2);
        QCOMPARE(auditCount(ws->db(), QStringLiteral("import.customers")), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT arguments FROM outbox WHERE mutation = 'customers.import'")) && q.next());
        {
            const QByteArray text = q.value(0).toString().toUtf8();
            const QJsonObject intent = QJsonDocument::fromJson(text).object();
            QCOMPARE(audit::CanonicalJson::text(intent), text);
            QCOMPARE(intent.value(QStringLiteral("skip_invalid")), QJsonValue(true));
            const QJsonArray rows = intent.value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.size(), 2);
            const int score = int(intent.value(QStringLiteral("fields")).toArray().toVariantList().indexOf(QStringLiteral("score")));
            QCOMPARE(rows.at(0).toArray().at(score), QJsonValue(90));
            QVERIFY(rows.at(1).toArray().at(score).isNull());
        }
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_entry e JOIN customer_search_source s "
                                      "ON s.id = e.entity_id AND e.tokens = s.tokens")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        const auto chain = audit::AuditChain::verify(ws->db());
        QVERIFY2(chain.ok, qPrintable(chain.problem));
    }

    void mappingIsRememberedByHeader()
    {
        const QStringList headers{QStringLiteral("员工编号"), QStringLiteral("名字"), QStringLiteral("所在组织"),
                                  QStringLiteral("Hire Date"), QStringLiteral("身份证号码")};
        io::ColumnMapping mapping = io::ColumnMapping::automatic(ImportTarget::Staff, headers);
        QCOMPARE(mapping.field(0), QStringLiteral("employee_no"));
        QCOMPARE(mapping.field(1), QStringLiteral("name"));
        QCOMPARE(mapping.field(3), QStringLiteral("hire_date"));
        QCOMPARE(mapping.unmatchedColumns(), QList<int>{2});
        QCOMPARE(mapping.missingRequired(), QStringList{QStringLiteral("department")});
        mapping.setField(2, QStringLiteral("department"));
        QVERIFY(mapping.missingRequired().isEmpty());

        const QVariantMap remembered = mapping.toVariantMap();
        io::ColumnMapping next = io::ColumnMapping::automatic(ImportTarget::Staff, headers);
        next.applyRemembered(remembered);
        QCOMPARE(next.field(2), QStringLiteral("department"));
        // A mapping remembered for customers does not apply to staff.
        io::ColumnMapping other = io::ColumnMapping::automatic(ImportTarget::Customers, headers);
        other.applyRemembered(remembered);
        QVERIFY(other.field(2).isEmpty());
    }

    void valuesPeopleWrite()
    {
        using io::ValueNormaliser;
        const QDate march(2024, 3, 1);
        QCOMPARE(ValueNormaliser::date(QStringLiteral("2024-03-01")), march);
        QCOMPARE(ValueNormaliser::date(QStringLiteral("2024/3/1")), march);
        QCOMPARE(ValueNormaliser::date(QStringLiteral("2024年3月1日")), march);
        QCOMPARE(ValueNormaliser::date(QStringLiteral("2024.3.1")), march);
        QCOMPARE(ValueNormaliser::date(QStringLiteral("45352")), march);
        QCOMPARE(ValueNormaliser::date(QStringLiteral("2024-03-01 00:00:00")), march);
        QVERIFY(!ValueNormaliser::date(QStringLiteral("2024-02-30")).isValid());
        QVERIFY(!ValueNormaliser::date(QStringLiteral("2024-13-01")).isValid());
        QCOMPARE(ValueNormaliser::date(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
        // Ten characters in the yyyy-MM-dd shape but not ASCII digits: still understood.
        QCOMPARE(ValueNormaliser::date(QString::fromUtf16(u"２０２４-03-01")), march);
        QVERIFY(!ValueNormaliser::date(QStringLiteral("2024-0a-01")).isValid());
        QVERIFY(!ValueNormaliser::date(QStringLiteral("明天")).isValid());
        QCOMPARE(ValueNormaliser::gender(QStringLiteral("男")), QStringLiteral("male"));
        QCOMPARE(ValueNormaliser::gender(QStringLiteral(" F ")), QStringLiteral("female"));
        QVERIFY(ValueNormaliser::gender(QStringLiteral("不详")).isEmpty());
        QCOMPARE(ValueNormaliser::customerTier(QStringLiteral("重点")), QStringLiteral("key"));
        QCOMPARE(ValueNormaliser::customerTier(QStringLiteral("a")), QStringLiteral("A"));
        QCOMPARE(ValueNormaliser::customerTier(QStringLiteral("C类")), QStringLiteral("C"));
        QCOMPARE(ValueNormaliser::customerKind(QStringLiteral("个人")), QStringLiteral("person"));
        QCOMPARE(ValueNormaliser::employeeStatus(QStringLiteral("试用期")), QStringLiteral("probation"));
        QCOMPARE(ValueNormaliser::idType(QStringLiteral("护照")), QStringLiteral("passport"));
        QCOMPARE(ValueNormaliser::departmentPath(QStringLiteral(" 华东区 ／上海分公司\\销售一部 ")),
                 (QStringList{QStringLiteral("华东区"), QStringLiteral("上海分公司"), QStringLiteral("销售一部")}));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
