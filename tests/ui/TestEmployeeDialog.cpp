// The employee form typed into like a clerk would: Chinese through the input method, ASCII
// through key clicks; errors under the fields as they type; refusals of the service shown.
#include "StaffFixture.h"
#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "core/staff/DocumentStore.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeService.h"
#include "core/staff/EmployeeTimeline.h"
#include "models/StaffListModel.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/ContractDialog.h"
#include "ui/staff/ContractsTab.h"
#include "ui/staff/DepartmentComboBox.h"
#include "ui/staff/DocumentPreview.h"
#include "ui/staff/DocumentsTab.h"
#include "ui/staff/EmployeeDialog.h"
#include "ui/staff/EmployeeDetailsTab.h"
#include "ui/staff/EmployeeFileDialog.h"
#include "ui/staff/EmployeeFormFields.h"
#include "ui/staff/StaffFilePrinter.h"
#include "ui/staff/StaffPage.h"
#include "translations/TranslationLoader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QTreeWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTest>

using namespace hrdesk;
using F = staff::EmployeeFields;

class TestEmployeeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillAndSaveInChinese();
    void invalidIdNumberShownWhileTypingAndNotSaved();
    void duplicateEmployeeNumberPointsToExisting();
    void revealWritesOneAuditEvent();
    void fileDetailsMaskBirthDateAndEmergencyPhone();
    void changedMeanwhileOffersReload();
    void documentAbove20MbRefusedImageShown();
    void pdfPreviewRendersFirstPage();
    void statusActionsFollowTheRules();
    void contractIsEndedEarlyAndCorrected();
    void screenshotForDocs();

private:
    // Fills every required field of a new employee with valid values.
    void fillValid(ui::EmployeeDialog &dialog, const QString &employeeNo, int seq, const QString &departmentId);
    QLineEdit *edit(ui::EmployeeDialog &dialog, const QString &field);
};

void TestEmployeeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestEmployeeDialog"));
    QSettings().clear();
}

void TestEmployeeDialog::contractIsEndedEarlyAndCorrected()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.get(), qPrintable(ws.error()));
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
    const QString employee = StaffFixture::create(*ws, StaffFixture::employee(QStringLiteral("E0001"), QStringLiteral("张伟"),
                                                                              department, 1));
    QVERIFY(!employee.isEmpty());
    staff::ContractService contracts(*ws);
    staff::LabourContract c;
    c.employeeId = employee;
    c.contractNo = QStringLiteral("HT-0O1");
    c.type = QStringLiteral("fixed_term");
    c.startDate = QDate::currentDate().addYears(-1);
    c.endDate = QDate::currentDate().addYears(2);
    c.signedOn = c.startDate;
    const auto added = contracts.add(StaffFixture::clerk(), c);
    QVERIFY2(added.ok, qPrintable(added.error));

    {
        ui::ContractDialog dialog(*ws, StaffFixture::clerk(), employee, ui::ContractDialog::Mode::Correct,
                                  contracts.find(added.id));
        QCOMPARE(dialog.numberEdit()->text(), QStringLiteral("HT-0O1"));
        dialog.numberEdit()->setText(QStringLiteral("HT-001"));
        QVERIFY(!dialog.save()); // no reason
        QCOMPARE(dialog.notice()->kind(), ui::NoticeLabel::Kind::Error);
        QVERIFY(!dialog.notice()->text().isEmpty());
        StaffFixture::typeText(dialog.reasonEdit(), QStringLiteral("录入错误"));
        QVERIFY2(dialog.save(), qPrintable(dialog.notice()->text()));
        QCOMPARE(contracts.find(added.id)->contractNo, QStringLiteral("HT-001"));
        QCOMPARE(contracts.find(added.id)->signedOn, c.signedOn);
    }
    {
        ui::ContractDialog dialog(*ws, StaffFixture::clerk(), employee, ui::ContractDialog::Mode::End,
                                  contracts.find(added.id));
        QVERIFY(!dialog.numberEdit()->isEnabled());
        dialog.endEdit()->setDate(c.startDate.addDays(-1));
        StaffFixture::typeText(dialog.reasonEdit(), QStringLiteral("协商解除"));
        QVERIFY(!dialog.save()); // before the start
        dialog.endEdit()->setDate(QDate::currentDate().addDays(7));
        QVERIFY2(dialog.save(), qPrintable(dialog.notice()->text()));
    }
    ui::ContractsTab tab(*ws, StaffFixture::clerk());
    tab.setEmployee(employee);
    QCOMPARE(tab.list()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = tab.list()->topLevelItem(0);
    QCOMPARE(row->text(3), QDate::currentDate().addDays(7).toString(Qt::ISODate));
    QVERIFY2(row->text(6).contains(QStringLiteral("协商解除")), qPrintable(row->text(6)));
    const auto timeline = staff::EmployeeTimeline(ws->db()).entries(employee);
    QVERIFY(!timeline.isEmpty());
    QCOMPARE(timeline.first().kind, QStringLiteral("labour_contract.end"));
    QVERIFY2(timeline.first().detail.contains(QStringLiteral("协商解除")), qPrintable(timeline.first().detail));
    QCOMPARE(timeline.at(1).kind, QStringLiteral("labour_contract.correct"));
    QVERIFY2(timeline.at(1).detail.contains(QStringLiteral("HT-001")), qPrintable(timeline.at(1).detail));
}

QLineEdit *TestEmployeeDialog::edit(ui::EmployeeDialog &dialog, const QString &field)
{
    return qobject_cast<QLineEdit *>(dialog.fields()->editor(field));
}

void TestEmployeeDialog::fillValid(ui::EmployeeDialog &dialog, const QString &employeeNo, int seq,
                                   const QString &departmentId)
{
    QTest::keyClicks(edit(dialog, F::EmployeeNo), employeeNo);
    StaffFixture::typeText(edit(dialog, F::Name), QStringLiteral("张伟"));
    auto *gender = qobject_cast<QComboBox *>(dialog.fields()->editor(F::Gender));
    gender->setCurrentIndex(gender->findData(seq % 2 ? QStringLiteral("male") : QStringLiteral("female")));
    QTest::keyClicks(edit(dialog, F::BirthDate), QStringLiteral("1990-03-07"));
    QTest::keyClicks(edit(dialog, F::IdNumber), StaffFixture::residentId(seq));
    QTest::keyClicks(edit(dialog, F::Mobile), QStringLiteral("13812340001"));
    StaffFixture::typeText(edit(dialog, F::Address), QStringLiteral("上海市浦东新区世纪大道100号"));
    qobject_cast<ui::DepartmentComboBox *>(dialog.fields()->editor(F::DepartmentId))->setSelectedId(departmentId);
    QTest::keyClicks(edit(dialog, F::HireDate), QStringLiteral("2020-01-01"));
}

void TestEmployeeDialog::fillAndSaveInChinese()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/人事部"));
    ui::StaffPage page(*ws, StaffFixture::clerk());
    QCOMPARE(page.model()->totalCount(), 0);

    ui::EmployeeDialog dialog(*ws, StaffFixture::clerk());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(dialog, QStringLiteral("E1001"), 1, department);
    QCOMPARE(edit(dialog, F::Name)->text(), QStringLiteral("张伟"));
    for (const QString &field : F::all())
        QVERIFY2(!dialog.fields()->errorLabel(field)->isVisible(), qPrintable(dialog.fields()->errorLabel(field)->text()));

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.notice()->text()));
    const std::optional<staff::Employee> saved = staff::EmployeeService(*ws).find(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("张伟"));
    QCOMPARE(saved->address, QStringLiteral("上海市浦东新区世纪大道100号"));
    QCOMPARE(saved->departmentId, department);

    page.refresh();
    QCOMPARE(page.model()->totalCount(), 1);
    QCOMPARE(page.model()->index(0, models::StaffListModel::NameColumn).data().toString(), QStringLiteral("张伟"));
    QCOMPARE(page.model()->index(0, models::StaffListModel::EmployeeNoColumn).data().toString(), QStringLiteral("E1001"));
}

void TestEmployeeDialog::invalidIdNumberShownWhileTypingAndNotSaved()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/人事部"));
    ui::EmployeeDialog dialog(*ws, StaffFixture::clerk());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(dialog, QStringLiteral("E1002"), 3, department);
    QLabel *error = dialog.fields()->errorLabel(F::IdNumber);
    QVERIFY(!error->isVisible());

    // Change the check character: the message appears under the field while typing.
    QLineEdit *id = edit(dialog, F::IdNumber);
    const QString good = id->text();
    const QChar wrong = good.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::keyClick(id, Qt::Key_Backspace);
    QTest::keyClicks(id, QString(wrong));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(F::label(F::IdNumber)), qPrintable(error->text()));

    dialog.fields()->editor(F::Name)->setFocus();
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.focusWidget(), static_cast<QWidget *>(id));
    QVERIFY(error->isVisible());
    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM employee")), 0);
}

void TestEmployeeDialog::duplicateEmployeeNumberPointsToExisting()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/人事部"));
    QVERIFY(!StaffFixture::create(*ws, StaffFixture::employee(QStringLiteral("E2001"), QStringLiteral("李娜"),
                                                               department, 2)).isEmpty());
    ui::EmployeeDialog dialog(*ws, StaffFixture::clerk());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(dialog, QStringLiteral("E2001"), 5, department);
    QVERIFY(!dialog.save());
    QLabel *error = dialog.fields()->errorLabel(F::EmployeeNo);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("李娜")) && error->text().contains(QStringLiteral("E2001")),
             qPrintable(error->text()));
    QCOMPARE(dialog.focusWidget(), dialog.fields()->editor(F::EmployeeNo));
    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM employee")), 1);
}

void TestEmployeeDialog::revealWritesOneAuditEvent()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    staff::Employee record = StaffFixture::employee(QStringLiteral("E3001"), QStringLiteral("王强"), department, 7);
    record.emergencyContactName = QStringLiteral("李娜");
    record.emergencyContactPhone = QStringLiteral("13955556666");
    const QString id = StaffFixture::create(*ws, record);
    QVERIFY(!id.isEmpty());
    const QString reveals = QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'employee.reveal'");

    ui::EmployeeDialog dialog(*ws, StaffFixture::clerk(), id);
    QLineEdit *idEdit = edit(dialog, F::IdNumber);
    QVERIFY(idEdit->isReadOnly());
    QVERIFY(idEdit->text().contains(QLatin1Char('*')));
    QVERIFY(!idEdit->text().contains(record.idNumber));
    // What the ID number encodes is masked with it, the emergency phone like the mobile.
    QCOMPARE(edit(dialog, F::BirthDate)->text(), QStringLiteral("****-**-**"));
    auto *gender = qobject_cast<QComboBox *>(dialog.fields()->editor(F::Gender));
    QCOMPARE(gender->currentIndex(), -1);
    QVERIFY(!gender->isEnabled());
    QCOMPARE(edit(dialog, F::EmergencyContactPhone)->text(), QStringLiteral("139****6666"));
    QVERIFY(edit(dialog, F::EmergencyContactPhone)->isReadOnly());
    QCOMPARE(StaffFixture::count(*ws, reveals), 0);

    dialog.fields()->revealButton(F::IdNumber)->click();
    QCOMPARE(StaffFixture::count(*ws, reveals), 1);
    QCOMPARE(idEdit->text(), record.idNumber);
    QVERIFY(!idEdit->isReadOnly());
    QCOMPARE(edit(dialog, F::BirthDate)->text(), QStringLiteral("1990-03-07"));
    QCOMPARE(gender->currentData().toString(), record.gender);
    QVERIFY(gender->isEnabled());
    // Still masked: the mobile and the emergency phone; saving keeps their stored values.
    QVERIFY(edit(dialog, F::Mobile)->isReadOnly());
    QVERIFY(edit(dialog, F::EmergencyContactPhone)->isReadOnly());
    QTest::keyClicks(edit(dialog, F::Position), QStringLiteral("-2"));
    QVERIFY2(dialog.save(), qPrintable(dialog.notice()->text()));
    const std::optional<staff::Employee> saved = staff::EmployeeService(*ws).find(id);
    QCOMPARE(saved->mobile, record.mobile);
    QCOMPARE(saved->emergencyContactPhone, record.emergencyContactPhone);
    QCOMPARE(saved->birthDate, record.birthDate);
    QCOMPARE(saved->gender, record.gender);
    QCOMPARE(saved->position, record.position + QStringLiteral("-2"));
    QCOMPARE(StaffFixture::count(*ws, reveals), 1);
}

void TestEmployeeDialog::fileDetailsMaskBirthDateAndEmergencyPhone()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    staff::Employee record = StaffFixture::employee(QStringLiteral("E3002"), QStringLiteral("王丽"), department, 8);
    record.emergencyContactName = QStringLiteral("李娜");
    record.emergencyContactPhone = QStringLiteral("13955556666");
    const QString id = StaffFixture::create(*ws, record);
    QVERIFY(!id.isEmpty());

    ui::EmployeeFileDialog file(*ws, StaffFixture::clerk(), id);
    ui::EmployeeDetailsTab *details = file.detailsTab();
    const auto shown = [details](const QString &field) { return details->valueLabel(field)->text(); };
    QCOMPARE(shown(F::BirthDate), QStringLiteral("****-**-**"));
    QCOMPARE(shown(F::Gender), QStringLiteral("*"));
    QCOMPARE(shown(F::EmergencyContactPhone), QStringLiteral("139****6666"));
    QVERIFY(!shown(F::IdNumber).contains(QStringLiteral("19900307")));
    QVERIFY(details->revealButton(F::EmergencyContactPhone));
    QVERIFY(!details->revealButton(F::BirthDate));

    QVERIFY(details->reveal(F::IdNumber));
    QCOMPARE(shown(F::IdNumber), record.idNumber);
    QCOMPARE(shown(F::BirthDate), QStringLiteral("1990-03-07"));
    QCOMPARE(shown(F::Gender), staff::EmployeeFields::genderLabel(record.gender));
    QCOMPARE(shown(F::EmergencyContactPhone), QStringLiteral("139****6666"));
    QVERIFY(details->reveal(F::EmergencyContactPhone));
    QCOMPARE(shown(F::EmergencyContactPhone), record.emergencyContactPhone);
    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'employee.reveal'")), 2);
}

void TestEmployeeDialog::changedMeanwhileOffersReload()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    const QString id = StaffFixture::create(
        *ws, StaffFixture::employee(QStringLiteral("E4001"), QStringLiteral("赵敏"), department, 8));
    ui::EmployeeDialog dialog(*ws, StaffFixture::clerk(), id);

    staff::Employee other = *staff::EmployeeService(*ws).find(id);
    other.email = QStringLiteral("zhaomin@example.com");
    QVERIFY(staff::EmployeeService(*ws).update(StaffFixture::clerk(), other, other.version).ok);

    StaffFixture::typeText(edit(dialog, F::Position), QStringLiteral("主管"));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.reloadButton()->isHidden());
    QVERIFY(dialog.notice()->text().contains(QStringLiteral("赵敏")));
    dialog.reloadButton()->click();
    QCOMPARE(edit(dialog, F::Email)->text(), QStringLiteral("zhaomin@example.com"));
    QVERIFY(dialog.reloadButton()->isHidden());
}

void TestEmployeeDialog::documentAbove20MbRefusedImageShown()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    const QString id = StaffFixture::create(
        *ws, StaffFixture::employee(QStringLiteral("E5001"), QStringLiteral("周杰"), department, 9));
    ui::EmployeeFileDialog file(*ws, StaffFixture::clerk(), id);
    ui::DocumentsTab *documents = file.documentsTab();

    const QString big = ws.dir() + QStringLiteral("/扫描件.pdf");
    {
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.resize(21 * 1024 * 1024));
    }
    QVERIFY(!documents->attachFile(big));
    QVERIFY(!documents->notice()->isHidden());
    QVERIFY2(documents->notice()->text().contains(QStringLiteral("扫描件.pdf")), qPrintable(documents->notice()->text()));
    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM document")), 0);

    const QString picture = ws.dir() + QStringLiteral("/photo.png");
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(picture));
    QVERIFY(documents->attachFile(picture));
    QVERIFY(documents->notice()->isHidden());
    QCOMPARE(documents->list()->topLevelItemCount(), 1);
    documents->list()->setCurrentItem(documents->list()->topLevelItem(0));
    QVERIFY(documents->preview()->hasPicture());
}

void TestEmployeeDialog::pdfPreviewRendersFirstPage()
{
    if (!ui::DocumentPreview::rendersPdf())
        QSKIP("built without Qt PDF (HRDESK_PDF_PREVIEW off or qt6-pdf-dev missing)");
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    const QString id = StaffFixture::create(
        *ws, StaffFixture::employee(QStringLiteral("E5101"), QStringLiteral("孙丽"), department, 10));
    // A real PDF: the printed file of the same employee.
    const QString pdf = ws.dir() + QStringLiteral("/合同.pdf");
    QString error;
    QVERIFY2(ui::StaffFilePrinter(*ws, StaffFixture::clerk()).printToPdf(pdf, id, &error), qPrintable(error));

    ui::EmployeeFileDialog file(*ws, StaffFixture::clerk(), id);
    ui::DocumentsTab *documents = file.documentsTab();
    QVERIFY2(documents->attachFile(pdf), qPrintable(documents->notice()->text()));
    QCOMPARE(documents->list()->topLevelItemCount(), 1);
    QCOMPARE(documents->list()->topLevelItem(0)->text(1), QStringLiteral("application/pdf"));
    documents->list()->setCurrentItem(documents->list()->topLevelItem(0));
    QVERIFY(documents->preview()->hasPicture());
    // Save as… writes the same bytes back.
    const QString copy = ws.dir() + QStringLiteral("/copy.pdf");
    QVERIFY(documents->saveCurrentAs(copy));
    QFile original(pdf), saved(copy);
    QVERIFY(original.open(QIODevice::ReadOnly) && saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original.readAll());
}

void TestEmployeeDialog::statusActionsFollowTheRules()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    const QString id = StaffFixture::create(
        *ws, StaffFixture::employee(QStringLiteral("E5201"), QStringLiteral("钱多"), department, 11));
    ui::EmployeeFileDialog file(*ws, StaffFixture::clerk(), id);
    const int before = file.timeline()->topLevelItemCount();

    QVERIFY(file.changeStatus(QStringLiteral("probation"), QDate(2020, 1, 1), QString()));
    QVERIFY(file.changeStatus(QStringLiteral("active"), QDate(2020, 7, 1), QStringLiteral("转正")));
    QCOMPARE(staff::EmployeeService(*ws).find(id)->status, QStringLiteral("active"));
    QCOMPARE(file.timeline()->topLevelItemCount(), before + 2);
    // newest first: the probation passed is on top
    QCOMPARE(file.timeline()->topLevelItem(0)->text(1), staff::EmployeeTimeline::title(QStringLiteral("employee.probation_passed")));

    // Refused: active cannot go back to onboarding; the reason is on screen, nothing changes.
    QVERIFY(!file.changeStatus(QStringLiteral("onboarding"), QDate(2021, 1, 1), QString()));
    QCOMPARE(staff::EmployeeService(*ws).find(id)->status, QStringLiteral("active"));
    QCOMPARE(file.timeline()->topLevelItemCount(), before + 2);
}

// Not a check: writes docs/images/employee-form-zh_CN.png when asked to (the dialog cannot be
// reached from the desk's --screenshot option, which grabs the main window).
void TestEmployeeDialog::screenshotForDocs()
{
    const QString dir = qEnvironmentVariable("HRDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HRDESK_SCREENSHOT_DIR to write the form screenshot");
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/人事部"));
    StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/销售一部"));
    StaffFixture::department(*ws, QStringLiteral("华北区/北京分公司/财务部"));
    ui::EmployeeDialog dialog(*ws, StaffFixture::clerk());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(dialog, QStringLiteral("HD000501"), 1, department);
    StaffFixture::typeText(edit(dialog, F::Position), QStringLiteral("人事专员"));
    QTest::keyClicks(edit(dialog, F::Email), QStringLiteral("zhangwei@example.com"));
    StaffFixture::typeText(edit(dialog, F::EmergencyContactName), QStringLiteral("张丽"));
    // One field still wrong, as a clerk would see it while typing.
    edit(dialog, F::Mobile)->clear();
    QTest::keyClicks(edit(dialog, F::Mobile), QStringLiteral("1381234"));
    QTest::keyClicks(edit(dialog, F::ProbationEnd), QStringLiteral("2020-07-01"));
    QTRY_VERIFY(dialog.fields()->errorLabel(F::Mobile)->isVisible());
    // Error lines shown and hidden while typing re-lay the form through posted events.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/employee-form-zh_CN.png")));

    // The staff file of the same person, with a contract and the timeline of the save.
    dialog.fields()->setRevealed(F::Mobile, QString());
    QTest::keyClicks(edit(dialog, F::Mobile), QStringLiteral("13812340001"));
    StaffFixture::typeText(edit(dialog, F::EmergencyContactPhone), QStringLiteral("021-58881234"));
    QVERIFY2(dialog.save(), qPrintable(dialog.notice()->text()));
    staff::LabourContract contract;
    contract.employeeId = dialog.savedId();
    contract.contractNo = QStringLiteral("HT-2024-0501");
    contract.type = QStringLiteral("fixed_term");
    contract.startDate = QDate::currentDate().addYears(-3).addDays(20);
    contract.endDate = QDate::currentDate().addDays(19);
    contract.signedOn = contract.startDate.addDays(-5);
    QVERIFY(staff::ContractService(*ws).add(StaffFixture::clerk(), contract).ok);
    ui::EmployeeFileDialog file(*ws, StaffFixture::clerk(), dialog.savedId());
    file.show();
    QVERIFY(QTest::qWaitForWindowExposed(&file));
    QVERIFY(file.grab().save(dir + QStringLiteral("/employee-file-details-zh_CN.png")));
    file.tabs()->setCurrentIndex(2);
    QVERIFY(file.grab().save(dir + QStringLiteral("/employee-file-contracts-zh_CN.png")));
    file.tabs()->setCurrentIndex(1);
    QVERIFY(file.grab().save(dir + QStringLiteral("/employee-file-timeline-zh_CN.png")));
    const QString pdf = dir + QStringLiteral("/staff-file-zh_CN.pdf");
    QString error;
    QVERIFY2(ui::StaffFilePrinter(*ws, StaffFixture::clerk()).printToPdf(pdf, dialog.savedId(), &error),
             qPrintable(error));
    QVERIFY(file.documentsTab()->attachFile(pdf));
    file.documentsTab()->list()->setCurrentItem(file.documentsTab()->list()->topLevelItem(0));
    file.tabs()->setCurrentIndex(3);
    QCoreApplication::processEvents();
    QVERIFY(file.grab().save(dir + QStringLiteral("/employee-file-documents-zh_CN.png")));
}

QTEST_MAIN(TestEmployeeDialog)
#include "TestEmployeeDialog.moc"
