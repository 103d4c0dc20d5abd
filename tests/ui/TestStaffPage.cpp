// The staff list as a clerk uses it: search as you type, filters, the column chooser that
// survives a restart, the notice of contracts ending soon.
#include "StaffFixture.h"
#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "core/staff/DepartmentDirectory.h"
#include "models/StaffListModel.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/DepartmentComboBox.h"
#include "ui/staff/DepartmentDialog.h"
#include "ui/staff/StaffPage.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hrdesk;

class TestStaffPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void searchAsYouTypeNarrowsTheList();
    void departmentFilterIncludesSubtreeAndStatusFilter();
    void columnChooserIsRemembered();
    void contractsEndingSoonAreAnnounced();
    void departmentsAreRenamedAndMovedWithTheirStaff();

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    QString m_shanghai;
    QString m_beijing;
};

void TestStaffPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestStaffPage"));
}

void TestStaffPage::init()
{
    QSettings().clear();
    m_ws = std::make_unique<test::TempWorkspace>();
    m_shanghai = StaffFixture::department(**m_ws, QStringLiteral("华东区/上海分公司/销售一部"));
    m_beijing = StaffFixture::department(**m_ws, QStringLiteral("华北区/北京分公司/财务部"));
    QVERIFY(!StaffFixture::create(**m_ws, StaffFixture::employee(QStringLiteral("E0001"), QStringLiteral("张伟"),
                                                                  m_shanghai, 1)).isEmpty());
    QVERIFY(!StaffFixture::create(**m_ws, StaffFixture::employee(QStringLiteral("E0002"), QStringLiteral("李娜"),
                                                                  m_shanghai, 2)).isEmpty());
    QVERIFY(!StaffFixture::create(**m_ws, StaffFixture::employee(QStringLiteral("E0003"), QStringLiteral("王强"),
                                                                  m_beijing, 3)).isEmpty());
}

void TestStaffPage::searchAsYouTypeNarrowsTheList()
{
    ui::StaffPage page(**m_ws, StaffFixture::clerk());
    QCOMPARE(page.model()->totalCount(), 3);
    QCOMPARE(page.countLabel()->text(), page.model()->totalText());

    StaffFixture::typeText(page.searchEdit(), QStringLiteral("李娜"));
    QTRY_COMPARE(page.model()->totalCount(), 1);
    QCOMPARE(page.model()->index(0, models::StaffListModel::NameColumn).data().toString(), QStringLiteral("李娜"));
    QCOMPARE(page.countLabel()->text(), page.model()->totalText());

    page.searchEdit()->clear();
    QTRY_COMPARE(page.model()->totalCount(), 3);
    QTest::keyClicks(page.searchEdit(), QStringLiteral("E0003"));
    QTRY_COMPARE(page.model()->totalCount(), 1);
    QCOMPARE(page.model()->index(0, models::StaffListModel::NameColumn).data().toString(), QStringLiteral("王强"));

    // Enter does not wait for the pause.
    page.searchEdit()->clear();
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    QCOMPARE(page.model()->totalCount(), 3);
    page.jumpToEnd();
    QCOMPARE(page.view()->currentIndex().row(), 2);
    QCOMPARE(page.model()->index(2, models::StaffListModel::EmployeeNoColumn).data().toString(), QStringLiteral("E0003"));
}

void TestStaffPage::departmentFilterIncludesSubtreeAndStatusFilter()
{
    ui::StaffPage page(**m_ws, StaffFixture::clerk());
    ui::DepartmentComboBox *departments = page.departmentFilter();
    // The region above the Shanghai department: its subtree holds two people.
    int region = -1;
    for (int i = 0; i < departments->count(); ++i)
        if (departments->itemText(i).trimmed() == QStringLiteral("华东区"))
            region = i;
    QVERIFY(region > 0);
    departments->setCurrentIndex(region);
    QCOMPARE(page.model()->totalCount(), 2);
    departments->setSelectedId(m_beijing);
    QCOMPARE(page.model()->totalCount(), 1);
    departments->setCurrentIndex(0);
    QCOMPARE(page.model()->totalCount(), 3);

    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("departed")));
    QCOMPARE(page.model()->totalCount(), 0);
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("onboarding")));
    QCOMPARE(page.model()->totalCount(), 3);
}

void TestStaffPage::columnChooserIsRemembered()
{
    const int gender = models::StaffListModel::GenderColumn;
    {
        ui::StaffPage page(**m_ws, StaffFixture::clerk());
        QVERIFY(!page.view()->isColumnHidden(gender));
        QAction *toggle = nullptr;
        for (QAction *action : page.columnMenu()->actions())
            if (action->data().toString() == QLatin1String("gender"))
                toggle = action;
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(page.view()->isColumnHidden(gender));
        QVERIFY(!page.visibleColumnIds().contains(QStringLiteral("gender")));
        // The email column is off by default; switch it on.
        page.setColumnVisible(QStringLiteral("email"), true);
        page.view()->setColumnWidth(models::StaffListModel::NameColumn, 321);
    }
    ui::StaffPage again(**m_ws, StaffFixture::clerk());
    QVERIFY(again.view()->isColumnHidden(gender));
    QVERIFY(!again.view()->isColumnHidden(models::StaffListModel::EmailColumn));
    QCOMPARE(again.view()->columnWidth(models::StaffListModel::NameColumn), 321);
    // Export follows what is shown: no gender, columns in their dragged order.
    again.view()->horizontalHeader()->moveSection(
        again.view()->horizontalHeader()->visualIndex(models::StaffListModel::NameColumn), 0);
    const QList<int> exported = again.exportColumns();
    QCOMPARE(exported.first(), int(models::StaffListModel::NameColumn));
    QVERIFY(!exported.contains(gender));
    QVERIFY(exported.contains(int(models::StaffListModel::EmailColumn)));
    for (QAction *action : again.columnMenu()->actions())
        if (action->data().toString() == QLatin1String("gender"))
            QVERIFY(!action->isChecked());
}

void TestStaffPage::contractsEndingSoonAreAnnounced()
{
    ui::StaffPage page(**m_ws, StaffFixture::clerk());
    QVERIFY(page.contractNotice()->isHidden());

    staff::LabourContract contract;
    contract.employeeId = page.model()->entityId(0);
    contract.contractNo = QStringLiteral("HT-2024-001");
    contract.type = QStringLiteral("fixed_term");
    contract.startDate = QDate::currentDate().addYears(-2);
    contract.endDate = QDate::currentDate().addDays(10);
    contract.signedOn = contract.startDate.addDays(-3);
    const staff::StaffResult added = staff::ContractService(**m_ws).add(StaffFixture::clerk(), contract);
    QVERIFY2(added.ok, qPrintable(added.error));

    page.refresh();
    QVERIFY(!page.contractNotice()->isHidden());
    QVERIFY2(page.contractNotice()->text().contains(QStringLiteral("1 labour contract")),
             qPrintable(page.contractNotice()->text()));
    QVERIFY(page.contractNotice()->text().contains(QStringLiteral("href")));
}

QTEST_MAIN(TestStaffPage)
#include "TestStaffPage.moc"

void TestStaffPage::departmentsAreRenamedAndMovedWithTheirStaff()
{
    ui::StaffPage page(**m_ws, StaffFixture::clerk());
    const QString beijingBranch = staff::DepartmentDirectory((*m_ws)->db()).findByPath(QStringLiteral("华北区/北京分公司"));
    const QString eastRegion = staff::DepartmentDirectory((*m_ws)->db()).findByPath(QStringLiteral("华东区"));
    ui::DepartmentDialog dialog(**m_ws, StaffFixture::clerk(), &page);
    auto *move = dialog.findChild<QPushButton *>(QStringLiteral("moveButton"));
    QVERIFY(move);

    // A region cannot go under a department of its own subtree: refused, with the reason.
    dialog.selectDepartment(eastRegion);
    dialog.parentCombo()->setSelectedId(m_shanghai);
    move->click();
    QCOMPARE(dialog.notice()->kind(), ui::NoticeLabel::Kind::Error);
    QVERIFY2(dialog.notice()->text().contains(QStringLiteral("销售一部")), qPrintable(dialog.notice()->text()));
    QVERIFY(!dialog.changedAnything());

    // 销售一部 moves to Beijing with its two people.
    dialog.selectDepartment(m_shanghai);
    dialog.parentCombo()->setSelectedId(beijingBranch);
    move->click();
    QVERIFY2(dialog.notice()->kind() == ui::NoticeLabel::Kind::Info, qPrintable(dialog.notice()->text()));
    QVERIFY(dialog.changedAnything());

    // Renamed with the keyboard: type the name, Enter.
    QCOMPARE(dialog.selectedId(), m_shanghai);
    dialog.nameEdit()->clear();
    StaffFixture::typeText(dialog.nameEdit(), QStringLiteral("北方销售部"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QVERIFY2(dialog.notice()->kind() == ui::NoticeLabel::Kind::Info, qPrintable(dialog.notice()->text()));

    page.refresh();
    ui::DepartmentComboBox *departments = page.departmentFilter();
    const int moved = departments->findData(m_shanghai);
    QVERIFY(moved > 0);
    QCOMPARE(departments->itemData(moved, Qt::ToolTipRole).toString(), QStringLiteral("华北区/北京分公司/北方销售部"));
    departments->setSelectedId(staff::DepartmentDirectory((*m_ws)->db()).findByPath(QStringLiteral("华北区")));
    QCOMPARE(page.model()->totalCount(), 3);
    departments->setSelectedId(eastRegion);
    QCOMPARE(page.model()->totalCount(), 0);
}
