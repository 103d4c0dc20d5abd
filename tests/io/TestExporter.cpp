#include "core/io/CsvReader.h"
#include "core/io/Exporter.h"
#include "core/io/XlsxReader.h"
#include "core/io/ZipArchive.h"
#include "TempWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hrdesk;
using hrdesk::io::Exporter;
using hrdesk::io::TableRow;
using hrdesk::test::rowCount;

namespace {

const commands::Actor kClerk{QStringLiteral("u-clerk"), QStringLiteral("王小二"), QStringLiteral("hr_clerk")};

io::ExportTable table(int rows)
{
    auto next = std::make_shared<int>(0);
    return {{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("身份证号")},
            [next, rows](QStringList &row) {
                if (*next >= rows)
                    return false;
                row = {QStringLiteral("E%1").arg(*next, 4, 10, QLatin1Char('0')), QStringLiteral("员工,%1").arg(*next),
                       QStringLiteral("110105********123%1").arg(*next % 10)};
                ++*next;
                return true;
            }};
}

QJsonObject lastAudit(QSqlDatabase db, QString *action)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT action, after_json, actor_name FROM audit_event ORDER BY seq DESC LIMIT 1")) || !q.next())
        return {};
    *action = q.value(0).toString();
    return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void csvContentAndAudit()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        Exporter exporter(*ws);
        exporter.setNow(QDateTime(QDate(2026, 11, 27), QTime(21, 5)));
        const QString path = ws.dir() + QStringLiteral("/staff.csv");
        const auto result = exporter.exportTable(kClerk, {io::ImportTarget::Staff, Exporter::Format::Csv, path,
                                                          QStringLiteral("季度社保核对"), table(25), {}, 0});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 25);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF# "));
        file.close();
        io::CsvReader reader;
        QVERIFY(reader.open(path));
        QList<TableRow> rows;
        TableRow row;
        while (reader.next(row))
            rows.append(row);
        QCOMPARE(rows.size(), 27);
        const QString info = rows.at(0).cells.at(0);
        QVERIFY2(info.contains(QStringLiteral("王小二")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("2026-11-27 21:05")));
        QVERIFY(info.contains(QStringLiteral("季度社保核对")));
        QCOMPARE(rows.at(1).cells, (QStringList{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("身份证号")}));
        QCOMPARE(rows.at(2).cells.at(1), QStringLiteral("员工,0"));
        QCOMPARE(rows.at(26).cells.at(0), QStringLiteral("E0024"));

        QString action;
        const QJsonObject after = lastAudit(ws->db(), &action);
        QCOMPARE(action, QStringLiteral("staff.export"));
        QCOMPARE(after.value(QStringLiteral("rows")).toInt(), 25);
        QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("季度社保核对"));
        QCOMPARE(after.value(QStringLiteral("file")).toString(), QStringLiteral("staff.csv"));
    }

    void xlsxContentAndAudit()
    {
        test::TempWorkspace ws;
        Exporter exporter(*ws);
        const QString path = ws.dir() + QStringLiteral("/customers.xlsx");
        const auto result = exporter.exportTable(kClerk, {io::ImportTarget::Customers, Exporter::Format::Xlsx, path,
                                                          QStringLiteral("客户回访"), table(300), {}, 0});
        QVERIFY2(result.ok, qPrintable(result.error));
        io::XlsxReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.error()));
        QList<TableRow> rows;
        TableRow row;
        while (reader.next(row))
            rows.append(row);
        QCOMPARE(rows.size(), 302);
        QVERIFY(rows.at(0).cells.at(0).contains(QStringLiteral("王小二")));
        QVERIFY(rows.at(0).cells.at(0).contains(QStringLiteral("客户回访")));
        QCOMPARE(rows.at(1).cells.at(2), QStringLiteral("身份证号"));
        QCOMPARE(rows.at(301).cells.at(0), QStringLiteral("E0299"));

        // The printed page header and footer name the exporter too.
        io::ZipArchive zip;
        QVERIFY(zip.open(path));
        QByteArray sheet;
        QVERIFY2(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &sheet), qPrintable(zip.error()));
        const QString xml = QString::fromUtf8(sheet);
        QVERIFY2(xml.contains(QStringLiteral("<oddHeader>")) && xml.contains(QStringLiteral("<oddFooter>")), qPrintable(xml.left(2000)));
        const qsizetype header = xml.indexOf(QStringLiteral("<oddHeader>"));
        QVERIFY(xml.mid(header, 300).contains(QStringLiteral("王小二")));
        QVERIFY(xml.mid(header, 300).contains(QStringLiteral("客户回访")));

        QString action;
        const QJsonObject after = lastAudit(ws->db(), &action);
        QCOMPARE(action, QStringLiteral("customer.export"));
        QCOMPARE(after.value(QStringLiteral("rows")).toInt(), 300);
        QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    }

    void reasonIsRequired()
    {
        test::TempWorkspace ws;
        Exporter exporter(*ws);
        const qint64 audit = rowCount(ws->db(), QStringLiteral("audit_event"));
        const QString path = ws.dir() + QStringLiteral("/none.csv");
        const auto result = exporter.exportTable(kClerk, {io::ImportTarget::Staff, Exporter::Format::Csv, path,
                                                          QStringLiteral("   "), table(3), {}, 0});
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(rowCount(ws->db(), QStringLiteral("audit_event")), audit);
    }

    void unwritablePathLeavesNoAudit()
    {
        test::TempWorkspace ws;
        Exporter exporter(*ws);
        const qint64 audit = rowCount(ws->db(), QStringLiteral("audit_event"));
        const auto result = exporter.exportTable(kClerk, {io::ImportTarget::Staff, Exporter::Format::Xlsx,
                                                          ws.dir() + QStringLiteral("/no/such/dir/x.xlsx"),
                                                          QStringLiteral("test"), table(3), {}, 0});
        QVERIFY(!result.ok);
        QCOMPARE(rowCount(ws->db(), QStringLiteral("audit_event")), audit);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "TestExporter.moc"
