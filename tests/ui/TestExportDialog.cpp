// The export dialog over the real customer list model: reason required, CSV and XLSX written
// with the info line and every matching row, one audit event with the row count.
#include "core/demo/DemoDataGenerator.h"
#include "core/io/TableReader.h"
#include "models/CustomerListModel.h"
#include "TempWorkspace.h"
#include "ui/NoticeLabel.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ModelExportSource.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hrdesk;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

qint64 exportEvents(QSqlDatabase db, const QString &action)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QJsonObject lastEventAfter(QSqlDatabase db, const QString &action)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT after_json FROM audit_event WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QList<io::TableRow> readAll(const QString &path)
{
    QList<io::TableRow> rows;
    std::unique_ptr<io::TableReader> reader = io::TableReader::forFile(path);
    if (!reader || !reader->open(path))
        return rows;
    io::TableRow row;
    while (reader->next(row))
        rows.append(row);
    return rows;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ws.get(), qPrintable(m_ws.error()));
        demo::DemoDataGenerator::Options options;
        options.employees = 30;
        options.customers = 1200; // several pages of the keyset pager, and enough to cancel midway
        options.followUps = 0;
        const demo::DemoDataGenerator::Result generated = demo::DemoDataGenerator(*m_ws).generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.error));
        QVERIFY(m_out.isValid());
    }

    void emptyReasonIsRefused()
    {
        models::CustomerListModel model(m_ws->db());
        ui::ExportDialog dialog(*m_ws, m_actor, io::ImportTarget::Customers,
                                [&] { return ui::ModelExportSource::table(&model, {0, 1}); }, model.rowCount());
        const qint64 before = exportEvents(m_ws->db(), QStringLiteral("customer.export"));
        const QString path = m_out.filePath(QStringLiteral("refused.csv"));
        dialog.setNextFileName(path);
        QTest::mouseClick(dialog.chooseButton(), Qt::LeftButton);
        QCOMPARE(dialog.pathEdit()->text(), QDir::toNativeSeparators(path));
        QCOMPARE(dialog.formatCombo()->currentData().toString(), QStringLiteral("csv"));
        typeText(dialog.reasonEdit(), QStringLiteral("   "));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(!dialog.result().ok);
        QCOMPARE(dialog.messageLabel()->kind(), ui::NoticeLabel::Kind::Error);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("reason")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(exportEvents(m_ws->db(), QStringLiteral("customer.export")), before);
    }

    void exportsFilteredListToCsvAndXlsx_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("csv") << QStringLiteral("客户.csv");
        QTest::newRow("xlsx") << QStringLiteral("客户.xlsx");
    }

    void exportsFilteredListToCsvAndXlsx()
    {
        QFETCH(QString, fileName);
        models::CustomerListModel model(m_ws->db());
        model.setTierFilter(QStringLiteral("B"));
        const int expected = model.rowCount();
        QVERIFY(expected > 0);
        QVERIFY(expected < 1200); // the filter applies
        const QList<int> columns = {models::CustomerListModel::NameColumn, models::CustomerListModel::TierColumn,
                                    models::CustomerListModel::PhoneColumn};

        ui::ExportDialog dialog(*m_ws, m_actor, io::ImportTarget::Customers,
                                [&] { return ui::ModelExportSource::table(&model, columns); }, expected);
        const qint64 before = exportEvents(m_ws->db(), QStringLiteral("customer.export"));
        const QString path = m_out.filePath(fileName);
        dialog.setNextFileName(path);
        QTest::mouseClick(dialog.chooseButton(), Qt::LeftButton);
        typeText(dialog.reasonEdit(), QStringLiteral("季度客户盘点"));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
        QCOMPARE(dialog.result().rows, expected);
        QCOMPARE(dialog.messageLabel()->kind(), ui::NoticeLabel::Kind::Info);
        QVERIFY(dialog.messageLabel()->text().contains(QLocale().toString(expected)));

        const QList<io::TableRow> rows = readAll(path);
        QCOMPARE(rows.size(), expected + 2); // info line, headers, rows
        const QString info = rows.at(0).cells.value(0);
        QVERIFY2(info.contains(m_actor.name) && info.contains(QStringLiteral("季度客户盘点")), qPrintable(info));
        QCOMPARE(rows.at(1).cells.size(), columns.size());
        QCOMPARE(rows.at(1).cells.at(0), model.headerData(columns.at(0), Qt::Horizontal).toString());
        // Every row is the list's row, in the list's order, the phone still masked.
        for (int row : {0, expected / 2, expected - 1}) {
            QCOMPARE(rows.at(row + 2).cells.value(0), model.index(row, columns.at(0)).data().toString());
            QCOMPARE(rows.at(row + 2).cells.value(1), model.index(row, columns.at(1)).data().toString());
        }
        for (int row = 2; row < rows.size(); ++row) {
            const QString phone = rows.at(row).cells.value(2);
            QVERIFY2(phone.isEmpty() || phone.contains(QLatin1Char('*')), qPrintable(phone));
        }

        QCOMPARE(exportEvents(m_ws->db(), QStringLiteral("customer.export")), before + 1);
        QCOMPARE(lastEventAfter(m_ws->db(), QStringLiteral("customer.export")).value(QStringLiteral("rows")).toInt(),
                 expected);
    }

    void cancelLeavesNoFileAndNoEvent_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("csv") << QStringLiteral("取消-csv.csv");
        QTest::newRow("xlsx") << QStringLiteral("取消-xlsx.xlsx");
    }

    void cancelLeavesNoFileAndNoEvent()
    {
        QFETCH(QString, fileName);
        models::CustomerListModel model(m_ws->db());
        const int expected = model.rowCount();
        QVERIFY(expected > 1000);
        const QList<int> columns = {models::CustomerListModel::NameColumn};
        ui::ExportDialog dialog(*m_ws, m_actor, io::ImportTarget::Customers,
                                [&] { return ui::ModelExportSource::table(&model, columns); }, expected);
        QList<qint64> steps;
        QList<qint64> totals;
        dialog.setProgressObserver([&](qint64 done, qint64 total) {
            steps << done;
            totals << total;
            return done < 1000; // the user cancels after a thousand rows
        });
        const qint64 before = exportEvents(m_ws->db(), QStringLiteral("customer.export"));
        const QString path = m_out.filePath(fileName);
        dialog.setNextFileName(path);
        QTest::mouseClick(dialog.chooseButton(), Qt::LeftButton);
        typeText(dialog.reasonEdit(), QStringLiteral("核对"));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.result().cancelled);
        QVERIFY(!dialog.result().ok);
        QCOMPARE(steps, (QList<qint64>{500, 1000}));
        QCOMPARE(totals, (QList<qint64>{expected, expected}));
        QVERIFY(dialog.messageLabel()->text().contains(io::Exporter::tr("The export was cancelled; no file was written.")));
        QVERIFY(!QFileInfo::exists(path));
        // Nor a temporary file beside it.
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).filter(QFileInfo(path).completeBaseName()), QStringList());
        QCOMPARE(exportEvents(m_ws->db(), QStringLiteral("customer.export")), before);
        // The dialog can still export once the user changes their mind.
        dialog.setProgressObserver({});
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
        QCOMPARE(dialog.result().rows, expected);
        QVERIFY(QFileInfo::exists(path));
    }

private:
    test::TempWorkspace m_ws;
    QTemporaryDir m_out;
    const commands::Actor m_actor{QStringLiteral("u-export"), QStringLiteral("李静"), QStringLiteral("hr_clerk")};
};

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
