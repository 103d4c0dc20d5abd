// A printed staff file: a real PDF with the watermark of who printed it and when, and an
// audit event for every print.
#include "StaffFixture.h"
#include "TempWorkspace.h"

#include "core/staff/ContractService.h"
#include "ui/staff/StaffFilePrinter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hrdesk;

class TestStaffFilePrinter : public QObject
{
    Q_OBJECT

private slots:
    void printsPdfWithWatermarkAndAuditEvent();
    void unknownEmployeeWritesNothing();
};

void TestStaffFilePrinter::printsPdfWithWatermarkAndAuditEvent()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/人事部"));
    const staff::Employee record = StaffFixture::employee(QStringLiteral("E6001"), QStringLiteral("陈静"), department, 4);
    const QString id = StaffFixture::create(*ws, record);
    QVERIFY(!id.isEmpty());
    staff::LabourContract contract;
    contract.employeeId = id;
    contract.contractNo = QStringLiteral("HT-6001");
    contract.type = QStringLiteral("fixed_term");
    contract.startDate = QDate(2020, 1, 1);
    contract.endDate = QDate(2022, 12, 31);
    contract.signedOn = QDate(2019, 12, 20);
    QVERIFY(staff::ContractService(*ws).add(StaffFixture::clerk(), contract).ok);

    ui::StaffFilePrinter printer(*ws, StaffFixture::clerk());
    printer.setNow(QDateTime(QDate(2026, 11, 27), QTime(21, 40)));
    QCOMPARE(printer.watermarkText(), QStringLiteral("王芳 printed at 2026-11-27 21:40"));
    const QString path = ws.dir() + QStringLiteral("/file.pdf");
    QString error;
    QVERIFY2(printer.printToPdf(path, id, &error), qPrintable(error));
    QVERIFY(printer.pageCount() >= 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("/Type /Page"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        // -raw keeps the content stream order: the diagonal watermark comes out as its characters
        // in sequence, split by line breaks, so whitespace is dropped before comparing.
        process.start(pdftotext, {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                  QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(text.contains(QStringLiteral("王芳printedat2026-11-2721:40")), qPrintable(text.right(3000)));
        QVERIFY(text.contains(QStringLiteral("E6001")));
        QVERIFY(text.contains(QStringLiteral("HT-6001")));
        // masked: the clear ID number is not in the file
        QVERIFY(!text.contains(record.idNumber));
    } else {
        qInfo("pdftotext not installed: watermark text not checked");
    }

    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'employee.print' "
                                                     "AND entity_id = '%1'").arg(id)),
             1);
}

void TestStaffFilePrinter::unknownEmployeeWritesNothing()
{
    test::TempWorkspace ws;
    ui::StaffFilePrinter printer(*ws, StaffFixture::clerk());
    const QString path = ws.dir() + QStringLiteral("/none.pdf");
    QString error;
    QVERIFY(!printer.printToPdf(path, QStringLiteral("no-such-id"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'employee.print'")), 0);
}

QTEST_MAIN(TestStaffFilePrinter)
#include "TestStaffFilePrinter.moc"
