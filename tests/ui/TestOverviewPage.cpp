// The overview's to-do counts and the lists behind them, reached with the keyboard.
#include "StaffFixture.h"
#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "core/staff/EmployeeService.h"
#include "ui/OverviewPage.h"
#include "ui/ReminderListDialog.h"
#include "ui/staff/EndingContractsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hrdesk;
using Reminder = ui::OverviewPage::Reminder;

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestOverviewPage"));
    }

    void remindersCountAndOpenTheirRows()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        ui::StartupFlow::Session session;
        session.user = {QStringLiteral("u-1"), QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

        {
            ui::OverviewPage empty(*ws, session);
            for (Reminder r : {Reminder::Probation, Reminder::Contracts, Reminder::FollowUps}) {
                QVERIFY(!empty.reminderButton(r)->isEnabled());
                QVERIFY(!empty.reminderLabel(r)->text().isEmpty()); // says there is nothing, not blank
            }
        }

        const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
        staff::Employee e = StaffFixture::employee(QStringLiteral("E0001"), QStringLiteral("张伟"), department, 1);
        e.hireDate = QDate::currentDate().addMonths(-3);
        e.status = QStringLiteral("probation");
        e.probationEnd = QDate::currentDate().addDays(5);
        const QString employee = StaffFixture::create(*ws, e);
        QVERIFY(!employee.isEmpty());
        staff::LabourContract c;
        c.employeeId = employee;
        c.type = QStringLiteral("fixed_term");
        c.startDate = e.hireDate;
        c.endDate = QDate::currentDate().addDays(12);
        QVERIFY(staff::ContractService(*ws).add(StaffFixture::clerk(), c).ok);
        QSqlQuery q(ws->db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, updated_at) "
                                       "VALUES ('c-1', 'company', '恒达机械', 'A', '2026-01-01T00:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO follow_up (id, customer_id, occurred_at, channel, summary, next_step, "
                                 "next_step_due, updated_at) VALUES ('f-1', 'c-1', ?, 'phone', '电话', '发报价', ?, ?)"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs));
        q.addBindValue(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        ui::OverviewPage page(*ws, session);
        for (Reminder r : {Reminder::Probation, Reminder::Contracts, Reminder::FollowUps}) {
            QVERIFY(page.reminderButton(r)->isEnabled());
            QVERIFY2(page.reminderLabel(r)->text().contains(QLatin1Char('1')), qPrintable(page.reminderLabel(r)->text()));
            QVERIFY(page.reminderButton(r)->focusPolicy() & Qt::TabFocus);
            QVERIFY(page.reminderButton(r)->text().contains(QLatin1Char('&'))); // a mnemonic
        }

        std::unique_ptr<QDialog> probation(page.reminderDialog(Reminder::Probation));
        auto *list = qobject_cast<ui::ReminderListDialog *>(probation.get());
        QVERIFY(list);
        QCOMPARE(list->list()->topLevelItemCount(), 1);
        QCOMPARE(list->list()->topLevelItem(0)->text(1), QStringLiteral("张伟"));
        QCOMPARE(list->list()->topLevelItem(0)->text(2), QStringLiteral("华东区/上海分公司/销售一部"));
        // Enter on the chosen row asks to open that employee.
        QSignalSpy chosen(list, &ui::ReminderListDialog::chosen);
        QObject::disconnect(list, &ui::ReminderListDialog::chosen, &page, nullptr); // no modal file in a test
        list->show();
        QVERIFY(QTest::qWaitForWindowExposed(list));
        list->list()->setFocus();
        QTest::keyClick(list->list(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), employee);
        // The list stays open for the next row (Enter does not also press Close).
        QVERIFY(list->isVisible());

        std::unique_ptr<QDialog> contracts(page.reminderDialog(Reminder::Contracts));
        QVERIFY(qobject_cast<ui::EndingContractsDialog *>(contracts.get()));
        QCOMPARE(static_cast<ui::EndingContractsDialog *>(contracts.get())->list()->topLevelItemCount(), 1);

        std::unique_ptr<QDialog> followUps(page.reminderDialog(Reminder::FollowUps));
        auto *steps = qobject_cast<ui::ReminderListDialog *>(followUps.get());
        QVERIFY(steps);
        QCOMPARE(steps->list()->topLevelItemCount(), 1);
        QCOMPARE(steps->list()->topLevelItem(0)->text(0), QStringLiteral("恒达机械"));
        QCOMPARE(steps->list()->topLevelItem(0)->text(1), QStringLiteral("发报价"));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
