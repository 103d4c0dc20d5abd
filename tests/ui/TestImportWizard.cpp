// The import wizard driven page by page offscreen over a GB18030 CSV as Excel on Chinese Windows
// writes it: 3 good customers and 1 bad one.
#include "TempWorkspace.h"
#include "translations/TranslationLoader.h"
#include "ui/NoticeLabel.h"
#include "ui/io/ImportMappingPage.h"
#include "ui/io/ImportPreviewPage.h"
#include "ui/io/ImportResultPage.h"
#include "ui/io/ImportWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hrdesk;

namespace {

// Row 5 (as Excel numbers it: the header is row 1) has a wrong check character.
const QString Csv = QStringLiteral(
    "客户名称,统一社会信用代码,客户等级,地区,行业,负责人工号\r\n"
    "上海恒达机械有限公司,91310000MA1K4AB10W,A,华东,机械制造,E0001\r\n"
    "杭州青禾贸易有限公司,91310115MA1H7XY202,B,华东,贸易,E0001\r\n"
    "苏州云帆科技有限公司,91310104MA1FR3C50B,重点客户,华东,软件,E0001\r\n"
    "南京错码实业有限公司,91310000MA1K4AB10X,C,华东,实业,E0001\r\n");

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestImportWizard"));
        QSettings().clear();
        QVERIFY2(m_ws.get(), qPrintable(m_ws.error()));
        if (!qEnvironmentVariableIsEmpty("HRDESK_SCREENSHOT_DIR"))
            TranslationLoader::install(*qApp, QString::fromLatin1(TranslationLoader::Chinese));
        QSqlQuery q(m_ws->db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                                       "VALUES ('e-zw', 'E0001', '张伟', 'male', 'ID-E0001', 'active', "
                                       "'2026-01-01T00:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
        QStringEncoder gb18030("GB18030");
        QVERIFY(gb18030.isValid());
        m_path = m_dir.filePath(QStringLiteral("客户导入.csv"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = gb18030.encode(Csv);
        QVERIFY(bytes != Csv.toUtf8()); // really not UTF-8
        file.write(bytes);
    }

    void previewShowsTheErrorWithTheExcelRow()
    {
        ui::ImportWizard wizard(*m_ws, m_actor, io::ImportTarget::Customers);
        toPreview(wizard);
        QCOMPARE(wizard.detectedFormat(), QStringLiteral("GB18030"));
        ui::ImportPreviewPage *preview = wizard.previewPage();
        QVERIFY2(preview->countsLabel()->text().contains(QLatin1Char('4'))
                     && preview->countsLabel()->text().contains(QLatin1Char('3')),
                 qPrintable(preview->countsLabel()->text()));
        QCOMPARE(wizard.plan().validRows(), 3);
        QCOMPARE(wizard.plan().invalidRows, 1);
        QTableWidget *problems = preview->problemsTable();
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("5"));
        QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("91310000MA1K4AB10X"));
        QVERIFY2(problems->item(0, 3)->text().contains(QLatin1Char('W')), qPrintable(problems->item(0, 3)->text()));
        QCOMPARE(problems->item(0, 3)->foreground().color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(preview->rowsTable()->item(0, 0)->text(), QStringLiteral("上海恒达机械有限公司"));
        QCOMPARE(customers(), 0); // the preview writes nothing

        // For the manual: HRDESK_SCREENSHOT_DIR=docs/images grabs the preview page.
        const QString shots = qEnvironmentVariable("HRDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            wizard.resize(1100, 720);
            QApplication::processEvents();
            QVERIFY(wizard.grab().save(QDir(shots).filePath(QStringLiteral("import-wizard-zh_CN.png"))));
        }
    }

    void allOrNothingImportsNothing()
    {
        ui::ImportWizard wizard(*m_ws, m_actor, io::ImportTarget::Customers);
        toPreview(wizard);
        wizard.previewPage()->setSkipInvalid(false);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ResultPage));
        QVERIFY(!wizard.result().ok);
        QCOMPARE(wizard.imported(), 0);
        QCOMPARE(wizard.resultPage()->summaryLabel()->kind(), ui::NoticeLabel::Kind::Error);
        QCOMPARE(customers(), 0);

        // The report can be saved: one line per problem after the header.
        const QString report = m_dir.filePath(QStringLiteral("errors.csv"));
        wizard.setNextReportFileName(report);
        QVERIFY(wizard.resultPage()->saveReportButton()->isEnabled());
        QTest::mouseClick(wizard.resultPage()->saveReportButton(), Qt::LeftButton);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("5,")));
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        const qint64 audits = count(QStringLiteral("audit_event"));
        const qint64 outbox = count(QStringLiteral("outbox"));
        ui::ImportWizard wizard(*m_ws, m_actor, io::ImportTarget::Customers);
        toPreview(wizard);
        wizard.previewPage()->setSkipInvalid(true);
        bool asked = false;
        wizard.setProgressObserver([&](qint64, qint64) {
            asked = true;
            return false; // the user pressed Cancel
        });
        wizard.next();
        QVERIFY(asked);
        QVERIFY(wizard.result().cancelled);
        QCOMPARE(wizard.resultPage()->summaryLabel()->kind(), ui::NoticeLabel::Kind::Warning);
        QCOMPARE(wizard.resultPage()->summaryLabel()->text(),
                 ui::ImportResultPage::tr("The import was cancelled. Nothing was imported: the database is as it was."));
        QCOMPARE(customers(), 0);
        QCOMPARE(count(QStringLiteral("audit_event")), audits);
        QCOMPARE(count(QStringLiteral("outbox")), outbox);
    }

    void skipInvalidImportsTheThreeGoodRows()
    {
        ui::ImportWizard wizard(*m_ws, m_actor, io::ImportTarget::Customers);
        toPreview(wizard);
        wizard.previewPage()->setSkipInvalid(true);
        wizard.next();
        QVERIFY2(wizard.result().ok, qPrintable(wizard.result().error));
        QCOMPARE(wizard.imported(), 3);
        QCOMPARE(wizard.result().skipped, 1);
        QCOMPARE(customers(), 3);
        QVERIFY(wizard.resultPage()->summaryLabel()->text().contains(QLatin1Char('3')));
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT owner_id FROM customer WHERE name = '苏州云帆科技有限公司'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("e-zw"));
    }

    void mappingIsRememberedForTheSameHeaders()
    {
        {
            ui::ImportWizard wizard(*m_ws, m_actor, io::ImportTarget::Customers);
            wizard.setFilePath(m_path);
            wizard.show();
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPage));
            ui::ImportMappingPage *mapping = wizard.mappingPage();
            QCOMPARE(mapping->fieldCombo(4)->currentData().toString(), QStringLiteral("industry"));
            // The user decides not to import the industry column.
            mapping->fieldCombo(4)->setCurrentIndex(0);
            QVERIFY(wizard.mapping().field(4).isEmpty());
            QVERIFY(mapping->validatePage());
        }
        ui::ImportWizard again(*m_ws, m_actor, io::ImportTarget::Customers);
        again.setFilePath(m_path);
        again.show();
        again.next();
        QCOMPARE(again.currentId(), int(ui::ImportWizard::MappingPage));
        QVERIFY(again.mapping().field(4).isEmpty());
        QCOMPARE(again.mappingPage()->fieldCombo(4)->currentData().toString(), QString());
        QCOMPARE(again.mappingPage()->fieldCombo(0)->currentData().toString(), QStringLiteral("name"));
    }

private:
    void toPreview(ui::ImportWizard &wizard)
    {
        wizard.setFilePath(m_path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPage));
    }

    qint64 count(const QString &table) { return test::rowCount(m_ws->db(), table); }
    qint64 customers() { return count(QStringLiteral("customer")); }

    test::TempWorkspace m_ws;
    QTemporaryDir m_dir;
    QString m_path;
    const commands::Actor m_actor{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
