#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "core/staff/DocumentStore.h"
#include "core/staff/EmployeeService.h"
#include "core/staff/EmployeeTimeline.h"
#include "core/validation/ResidentIdNumber.h"
#include "translations/TranslationLoader.h"

#include <QJsonObject>
#include <QTranslator>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::staff;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

class TestEmployeeTimeline : public QObject
{
    Q_OBJECT

private:
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

    QString department(Workspace &ws, const QString &path)
    {
        DepartmentDirectory directory(ws.db());
        QString id;
        ws.runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            id = directory.ensurePath(ctx, path);
            return !id.isEmpty();
        });
        return id;
    }

    static Employee person(const QString &no, const QString &order, const QString &dept)
    {
        Employee e;
        e.employeeNo = no;
        e.name = QStringLiteral("张伟");
        e.gender = QStringLiteral("male");
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(QString(QStringLiteral("31010419900307") + order));
        e.departmentId = dept;
        e.position = QStringLiteral("销售代表");
        e.hireDate = QDate(2020, 1, 6);
        e.status = QStringLiteral("probation");
        return e;
    }

private slots:
    void careerInOrderNewestFirst()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString shanghai = department(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        const QString beijing = department(*ws, QStringLiteral("华北区/北京分公司/销售一部"));
        EmployeeService employees(*ws);
        ContractService contracts(*ws);
        DocumentStore documents(*ws);

        const QString id = employees.create(m_clerk, person(QStringLiteral("HD000001"), QStringLiteral("123"), shanghai)).id;
        const QString other = employees.create(m_clerk, person(QStringLiteral("HD000002"), QStringLiteral("135"), shanghai)).id;
        QVERIFY(!id.isEmpty() && !other.isEmpty());
        LabourContract contract;
        contract.employeeId = id;
        contract.type = QStringLiteral("fixed_term");
        contract.startDate = QDate(2020, 1, 6);
        contract.endDate = QDate(2023, 1, 5);
        contract.signedOn = QDate(2020, 1, 6);
        const auto first = contracts.add(m_clerk, contract);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(documents.attach(m_clerk, QStringLiteral("labour_contract"), first.id, QStringLiteral("合同.pdf"),
                                 QByteArray("%PDF-1.4\n"), QStringLiteral("contract")).ok);
        QVERIFY(employees.changeStatus(m_clerk, id, QStringLiteral("active"), QDate(2020, 7, 6)).ok);
        QVERIFY(employees.transfer(m_clerk, id, beijing, QStringLiteral("销售代表"), QDate(2021, 3, 1)).ok);
        QVERIFY(employees.transfer(m_clerk, id, beijing, QStringLiteral("销售主管"), QDate(2022, 3, 1)).ok);
        QVERIFY(contracts.renew(m_clerk, first.id, QDate(2026, 1, 5), QDate(2022, 12, 20)).ok);
        QVERIFY(employees.changeStatus(m_clerk, id, QStringLiteral("notice"), QDate(2024, 5, 1), QStringLiteral("个人原因")).ok);
        QVERIFY(employees.changeStatus(m_clerk, id, QStringLiteral("departed"), QDate(2024, 5, 31)).ok);
        // Another employee's events stay out of this timeline.
        QVERIFY(employees.changeStatus(m_clerk, other, QStringLiteral("active"), QDate(2020, 7, 6)).ok);

        const auto entries = EmployeeTimeline(ws->db()).entries(id);
        QStringList kinds;
        for (const auto &entry : entries)
            kinds << entry.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("employee.depart"), QStringLiteral("employee.notice"),
                                     QStringLiteral("labour_contract.renew"), QStringLiteral("employee.promotion"),
                                     QStringLiteral("employee.transfer"), QStringLiteral("employee.probation_passed"),
                                     QStringLiteral("document.attach"), QStringLiteral("labour_contract.create"),
                                     QStringLiteral("employee.hire")}));
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(entries.at(i - 1).when >= entries.at(i).when);
        QVERIFY(entries.last().when.isValid());
        QCOMPARE(entries.last().actor, QStringLiteral("王芳"));
        QCOMPARE(entries.last().title, QStringLiteral("Hired"));
        QCOMPARE(entries.last().detail, QStringLiteral("华东区/上海分公司/销售一部, 销售代表, hired on 2020-01-06"));
        QCOMPARE(entries.at(4).detail, QStringLiteral("华东区/上海分公司/销售一部 → 华北区/北京分公司/销售一部, effective 2021-03-01"));
        QCOMPARE(entries.at(3).detail, QStringLiteral("销售代表 → 销售主管, effective 2022-03-01"));
        QCOMPARE(entries.at(2).detail, QStringLiteral("Renewal 1: Fixed term, 2023-01-06 to 2026-01-05"));
        QCOMPARE(entries.at(1).detail, QStringLiteral("Effective 2024-05-01: 个人原因"));
        // The category by its label, not its stored code.
        QCOMPARE(entries.at(6).detail, QStringLiteral("合同.pdf (Contract)"));
    }

    void documentCategoryIsTranslated()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        EmployeeService employees(*ws);
        const QString id = employees.create(m_clerk, person(QStringLiteral("HD000001"), QStringLiteral("123"),
                                                            department(*ws, QStringLiteral("华东区/上海分公司/人事部")))).id;
        QVERIFY(DocumentStore(*ws).attach(m_clerk, QStringLiteral("employee"), id, QStringLiteral("学历证书.png"),
                                          QByteArray("\x89PNG\r\n"), QStringLiteral("archive")).ok);
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QString::fromLatin1(TranslationLoader::Chinese)),
                 QString::fromLatin1(TranslationLoader::Chinese));
        const auto entries = EmployeeTimeline(ws->db()).entries(id);
        // Back to English for the other tests, whatever the comparison says.
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(entries.first().kind, QStringLiteral("document.attach"));
        QCOMPARE(entries.first().title, QStringLiteral("添加附件"));
        QCOMPARE(entries.first().detail, QStringLiteral("学历证书.png（档案）"));
    }

    void updateNamesFieldsWithoutValues()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        EmployeeService employees(*ws);
        const QString id = employees.create(m_clerk, person(QStringLiteral("HD000001"), QStringLiteral("123"),
                                                            department(*ws, QStringLiteral("华东区/上海分公司/销售一部")))).id;
        Employee e = *employees.find(id);
        e.mobile = QStringLiteral("13912345678");
        QVERIFY(employees.update(m_clerk, e, e.version).ok);
        const auto entries = EmployeeTimeline(ws->db()).entries(id);
        QCOMPARE(entries.first().kind, QStringLiteral("employee.update"));
        QCOMPARE(entries.first().detail, QStringLiteral("Changed: Mobile"));
    }

    void importedEmployeeStartsWithHire()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        // The importer writes one employee.import event per row, shaped like employee.hire.
        const QJsonObject after{{QStringLiteral("department_path"), QStringLiteral("华东区/上海分公司/销售一部")},
                                {QStringLiteral("position"), QStringLiteral("销售代表")},
                                {QStringLiteral("hire_date"), QStringLiteral("2024-03-01")}};
        QVERIFY(ws->runner().record(m_clerk, {QStringLiteral("employee.import"), QStringLiteral("employee"),
                                              QStringLiteral("e-imported"), QJsonValue(), after}).ok);
        const auto entries = EmployeeTimeline(ws->db()).entries(QStringLiteral("e-imported"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().title, QStringLiteral("Hired"));
        QCOMPARE(entries.first().detail, QStringLiteral("华东区/上海分公司/销售一部, 销售代表, hired on 2024-03-01"));
    }

    void unknownEmployeeHasNoHistory()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        QVERIFY(EmployeeTimeline(ws->db()).entries(QStringLiteral("nobody")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmployeeTimeline)
#include "TestEmployeeTimeline.moc"
