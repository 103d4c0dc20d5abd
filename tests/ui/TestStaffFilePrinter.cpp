// A printed staff file: a real PDF with the watermark of who printed it and when, and an
// audit event for every print.
#include "StaffFixture.h"
#include "TempWorkspace.h"

#include "core/masking/RevealService.h"
#include "core/staff/ContractService.h"
#include "ui/staff/StaffFilePrinter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace hrdesk;

class TestStaffFilePrinter : public QObject
{
    Q_OBJECT

private slots:
    void printsPdfWithWatermarkAndAuditEvent();
    void revealedIdNumberPrintsTheBirthDate();
    void unknownEmployeeWritesNothing();

private:
    // The text of a PDF (pdftotext -raw, whitespace dropped). pdftotext comes with poppler-utils
    // (scripts/lib/deps.sh): without it the test fails, since the masks cannot be checked.
    static void pdfText(const QString &path, QString *text);
};

void TestStaffFilePrinter::pdfText(const QString &path, QString *text)
{
    const QString pdftotext = QStringLiteral("/usr/bin/pdftotext");
    if (!QFileInfo(pdftotext).isExecutable())
        QFAIL("/usr/bin/pdftotext is missing: install poppler-utils (scripts/lib/deps.sh)");
    QProcess process;
    // -raw keeps the content stream order: the diagonal watermark comes out as its characters
    // in sequence, split by line breaks, so whitespace is dropped before comparing.
    process.start(pdftotext, {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                              QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    *text = QString::fromUtf8(process.readAllStandardOutput());
    text->remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY(!text->isEmpty());
}

void TestStaffFilePrinter::printsPdfWithWatermarkAndAuditEvent()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/上海分公司/人事部"));
    staff::Employee record = StaffFixture::employee(QStringLiteral("E6001"), QStringLiteral("陈静"), department, 4);
    record.emergencyContactName = QStringLiteral("李娜");
    record.emergencyContactPhone = QStringLiteral("13955556666");
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

    QString text;
    pdfText(path, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("王芳printedat2026-11-2721:40")), qPrintable(text.right(3000)));
    QVERIFY(text.contains(QStringLiteral("E6001")));
    QVERIFY(text.contains(QStringLiteral("HT-6001")));
    // Masked: neither the ID number nor what it encodes (date of birth, gender), nor the phones.
    QVERIFY(!text.contains(record.idNumber));
    QVERIFY2(!text.contains(QStringLiteral("1990-03-07")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("19900307")));
    QVERIFY(!text.contains(QStringLiteral("Female")));
    QVERIFY(!text.contains(record.mobile));
    QVERIFY2(!text.contains(record.emergencyContactPhone), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("****-**-**")));
    QVERIFY(text.contains(QStringLiteral("139****6666")));
    QVERIFY(text.contains(QStringLiteral("李娜")));

    QCOMPARE(StaffFixture::count(*ws, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'employee.print' "
                                                     "AND entity_id = '%1'").arg(id)),
             1);
}

void TestStaffFilePrinter::revealedIdNumberPrintsTheBirthDate()
{
    test::TempWorkspace ws;
    const QString department = StaffFixture::department(*ws, QStringLiteral("华东区/人事部"));
    staff::Employee record = StaffFixture::employee(QStringLiteral("E6002"), QStringLiteral("王磊"), department, 5);
    record.emergencyContactName = QStringLiteral("李娜");
    record.emergencyContactPhone = QStringLiteral("13955556666");
    const QString id = StaffFixture::create(*ws, record);
    QVERIFY(!id.isEmpty());
    const masking::RevealService::Result revealed =
        masking::RevealService(*ws).reveal(StaffFixture::clerk(), QStringLiteral("employee"), id,
                                           QStringLiteral("id_number"));
    QVERIFY2(revealed.ok, qPrintable(revealed.error));

    ui::StaffFilePrinter printer(*ws, StaffFixture::clerk());
    printer.setRevealed({{QStringLiteral("id_number"), revealed.value}});
    const QString path = ws.dir() + QStringLiteral("/revealed.pdf");
    QString error;
    QVERIFY2(printer.printToPdf(path, id, &error), qPrintable(error));
    QString text;
    pdfText(path, &text);
    if (QTest::currentTestFailed())
        return;
    // The ID number shows what it encodes; the phones stay masked (not revealed).
    QVERIFY(text.contains(record.idNumber));
    QVERIFY2(text.contains(QStringLiteral("1990-03-07")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Male")));
    QVERIFY(!text.contains(record.emergencyContactPhone));
    QVERIFY(!text.contains(record.mobile));
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
