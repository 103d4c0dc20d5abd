#include "core/io/XlsxExportWriter.h"
#include "core/io/XlsxReader.h"
#include "tests/support/StoredZip.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::io::TableRow;
using hrdesk::io::XlsxExportWriter;
using hrdesk::io::XlsxReader;
using hrdesk::io::ZipArchive;

#include "XlsxFixtures.h"

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A zip archive of stored (uncompressed) entries: enough for the reader, and independent of it.
    static QByteArray zip(const QMap<QString, QByteArray> &entries)
    {
        QMap<QByteArray, QByteArray> named;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            named.insert(it.key().toUtf8(), it.value());
        return hrdesk::test::storedZip(named);
    }

    // A workbook written entry by entry, as Excel lays it out; entries can be left out or replaced.
    QString makeWorkbook(const QString &name, QMap<QString, QByteArray> replace = {}, const QStringList &omit = {})
    {
        QMap<QString, QByteArray> entries{{QStringLiteral("[Content_Types].xml"), kContentTypes},
                                          {QStringLiteral("xl/workbook.xml"), kWorkbook},
                                          {QStringLiteral("xl/_rels/workbook.xml.rels"), kRelations},
                                          {QStringLiteral("xl/styles.xml"), kStyles},
                                          {QStringLiteral("xl/sharedStrings.xml"), kShared},
                                          {QStringLiteral("xl/worksheets/sheet1.xml"), kSheet1},
                                          {QStringLiteral("xl/worksheets/sheet2.xml"), kSheet2}};
        for (auto it = replace.cbegin(); it != replace.cend(); ++it)
            entries.insert(it.key(), it.value());
        for (const QString &omitted : omit)
            entries.remove(omitted);
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(zip(entries));
        return file.fileName();
    }

    // Changes the first byte of needle in the stored (uncompressed) file, so that the entry
    // holding it no longer matches its checksum.
    static bool flipByte(const QString &file, const QByteArray &needle, char replacement)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf(needle);
        if (at <= 0)
            return false;
        bytes[at] = replacement;
        return f.seek(0) && f.write(bytes) == bytes.size();
    }

    static QList<TableRow> readAll(XlsxReader &reader)
    {
        QList<TableRow> rows;
        TableRow row;
        while (reader.next(row))
            rows.append(row);
        return rows;
    }

private slots:
    void excelLikeWorkbook()
    {
        const QString file = makeWorkbook(QStringLiteral("excel.xlsx"));
        QVERIFY(!file.isEmpty());
        XlsxReader reader;
        reader.setSheetName(QStringLiteral("员工"));
        QVERIFY2(reader.open(file), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("说明"), QStringLiteral("员工")}));
        const auto rows = readAll(reader);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).cells, (QStringList{QStringLiteral("工号"), QStringLiteral("姓名"), QString(), QStringLiteral(" 入职日期 ")}));
        // Sparse: row 2 is missing, row 3 keeps its number; the phonetic guide is left out.
        QCOMPARE(rows.at(1).number, 3);
        QCOMPARE(rows.at(1).cells, (QStringList{QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("TRUE"),
                                               QStringLiteral("2024-03-01")}));
        QCOMPARE(rows.at(2).number, 5);
        QCOMPARE(rows.at(2).cells.at(3), QStringLiteral("2024-03-01"));
        QCOMPARE(rows.at(2).cells.at(4), QStringLiteral("0.3"));
        QCOMPARE(rows.at(2).cells.at(5), QStringLiteral("公式"));
        // Without r attributes rows and cells follow on.
        QCOMPARE(rows.at(3).number, 6);
        QCOMPARE(rows.at(3).cells, (QStringList{QStringLiteral("无坐标"), QStringLiteral("2024-03-01 12:00:00")}));
    }

    void firstSheetByDefault()
    {
        XlsxReader reader;
        QVERIFY(reader.open(makeWorkbook(QStringLiteral("first.xlsx"))));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).cells.at(0), QStringLiteral("请看第二页"));
    }

    void roundTripThroughTheExportWriter()
    {
        XlsxExportWriter writer;
        QString error;
        const QString file = path(QStringLiteral("export.xlsx"));
        QVERIFY(writer.open(file, QStringLiteral("员工"), &error));
        QVERIFY(writer.setHeaderFooter(QStringLiteral("导出人: 张三 & 李四"), QStringLiteral("HR Desk"), &error));
        QVERIFY(writer.writeRow({QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("备注")}, true, &error));
        for (int i = 0; i < 2000; ++i)
            QVERIFY(writer.writeRow({QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("员工%1").arg(i),
                                     i % 3 == 0 ? QString() : QStringLiteral("=1+1 <&> \"引号\"\n换行")},
                                    false, &error));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

        XlsxReader reader;
        QVERIFY2(reader.open(file), qPrintable(reader.error()));
        const auto rows = readAll(reader);
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(rows.size(), 2001);
        QCOMPARE(rows.at(0).cells.at(1), QStringLiteral("姓名"));
        // Text stays text (leading zeros kept, formulas not run).
        QCOMPARE(rows.at(8).cells.at(0), QStringLiteral("00007"));
        QCOMPARE(rows.at(8).cells.at(2), QStringLiteral("=1+1 <&> \"引号\"\n换行"));
        QCOMPARE(rows.at(10).cells.size(), 2); // an empty last cell is not written
        QCOMPARE(rows.last().number, 2001);
    }

    void truncatedWorkbookIsRefused()
    {
        const QString good = makeWorkbook(QStringLiteral("whole.xlsx"));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile out(path(QStringLiteral("truncated.xlsx")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() * 2 / 3));
        out.close();
        XlsxReader reader;
        const bool opened = reader.open(out.fileName());
        if (opened)
            readAll(reader);
        QVERIFY(!reader.error().isEmpty());
        QVERIFY2(reader.error().contains(QStringLiteral("truncated.xlsx")), qPrintable(reader.error()));
    }

    void damagedEntryFailsItsChecksum()
    {
        const QString file = makeWorkbook(QStringLiteral("flipped.xlsx"));
        QVERIFY(flipByte(file, "13800138000", '9'));
        XlsxReader reader;
        reader.setSheetName(QStringLiteral("员工"));
        QVERIFY(reader.open(file));
        readAll(reader);
        QVERIFY2(reader.error().contains(QStringLiteral("flipped.xlsx")), qPrintable(reader.error()));
    }

    void notAZipFile()
    {
        QFile file(path(QStringLiteral("text.xlsx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("工号,姓名\nE1,张三\n");
        file.close();
        XlsxReader reader;
        QVERIFY(!reader.open(file.fileName()));
        QVERIFY(reader.error().contains(QStringLiteral("text.xlsx")));
        QVERIFY(reader.error().contains(QStringLiteral(".xlsx")));
    }

    void missingPartsAndBadXml()
    {
        XlsxReader noWorkbook;
        QVERIFY(!noWorkbook.open(makeWorkbook(QStringLiteral("noworkbook.xlsx"), {}, {QStringLiteral("xl/workbook.xml")})));
        QVERIFY(noWorkbook.error().contains(QStringLiteral("xl/workbook.xml")));

        XlsxReader noSheet;
        QVERIFY(!noSheet.open(makeWorkbook(QStringLiteral("nosheet.xlsx"), {}, {QStringLiteral("xl/worksheets/sheet1.xml")})));
        QVERIFY2(noSheet.error().contains(QStringLiteral("说明")), qPrintable(noSheet.error()));

        XlsxReader wrongName;
        wrongName.setSheetName(QStringLiteral("客户"));
        QVERIFY(!wrongName.open(makeWorkbook(QStringLiteral("named.xlsx"))));
        QVERIFY(wrongName.error().contains(QStringLiteral("客户")));

        XlsxReader badXml;
        QVERIFY(badXml.open(makeWorkbook(QStringLiteral("badxml.xlsx"),
                                         {{QStringLiteral("xl/worksheets/sheet1.xml"),
                                           "<worksheet><sheetData><row r=\"1\"><c><v>1</v></row></sheetData></worksheet>"}})));
        readAll(badXml);
        QVERIFY2(badXml.error().contains(QStringLiteral("badxml.xlsx")), qPrintable(badXml.error()));
    }

    // As some .NET libraries write a workbook: x: prefixes everywhere, inline strings with runs,
    // single quotes, self-closing rows and cells, CDATA, references and comments.
    void prefixedWorkbookWithInlineStrings()
    {
        const QByteArray sheet =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
            "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\r\n"
            "<!-- written by a .NET library --><x:sheetData>\r\n"
            "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>姓名 &amp; 备注</x:t>"
            "</x:is></x:c></x:row>\r\n"
            "<x:row r=\"2\" />\r\n"
            "<x:row r='3'><x:c r='A3' t='inlineStr'><x:is><x:r><x:t>E</x:t></x:r><x:r><x:t xml:space='preserve'>00 7 </x:t>"
            "</x:r></x:is></x:c><x:c r=\"B3\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"C3\" s=\"1\"><x:v>45352</x:v></x:c>"
            "<x:c r=\"D3\" s=\"1\"/><x:c r=\"E3\" t=\"b\"><x:v>0</x:v></x:c></x:row>\r\n"
            "<x:row r=\"4\"><x:c r=\"C4\"><x:f>1/3</x:f><x:v>0.33333333333333331</x:v></x:c><x:c r=\"D4\" t=\"inlineStr\">"
            "<x:is><x:t><![CDATA[<b>&#x20BB7;</b>]]>&#x20BB7;&#20013;</x:t></x:is></x:c></x:row>\r\n"
            "</x:sheetData></x:worksheet>";
        const QByteArray shared =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:sst xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            " count=\"2\" uniqueCount=\"2\"><x:si><x:t>工号</x:t></x:si><x:si><x:r><x:t>张</x:t></x:r><x:r><x:rPr><x:b/></x:rPr>"
            "<x:t>三</x:t></x:r><x:rPh sb=\"0\" eb=\"1\"><x:t>zhang</x:t></x:rPh></x:si></x:sst>";
        XlsxReader reader;
        QVERIFY2(reader.open(makeWorkbook(QStringLiteral("dotnet.xlsx"), {{QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
                                                                        {QStringLiteral("xl/sharedStrings.xml"), shared}})),
                 qPrintable(reader.error()));
        const auto rows = readAll(reader);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).cells, (QStringList{QStringLiteral("工号"), QStringLiteral("姓名 & 备注")}));
        QCOMPARE(rows.at(1).number, 2);
        QVERIFY(rows.at(1).cells.isEmpty());
        QCOMPARE(rows.at(2).number, 3);
        QCOMPARE(rows.at(2).cells, (QStringList{QStringLiteral("E00 7 "), QStringLiteral("张三"), QStringLiteral("2024-03-01"),
                                               QString(), QStringLiteral("FALSE")}));
        QCOMPARE(rows.at(3).cells, (QStringList{QString(), QString(), QStringLiteral("0.333333333333333"),
                                               QStringLiteral("<b>&#x20BB7;</b>𠮷中")}));
    }

    void truncatedSheetSaysSo()
    {
        const QByteArray head = "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
        const QList<QByteArray> cuts{head + "<row r=\"2\"><c r=\"A2\"><v>2", head + "<row r=\"2\"><c r=\"A", head,
                                     head + "</sheetData>"};
        for (const QByteArray &cut : cuts) {
            XlsxReader reader;
            QVERIFY(reader.open(makeWorkbook(QStringLiteral("cut.xlsx"), {{QStringLiteral("xl/worksheets/sheet1.xml"), cut}})));
            const auto rows = readAll(reader);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(reader.error(), QStringLiteral("cut.xlsx is damaged: the sheet ends in the middle (the file is truncated)."));
        }
    }

    void damagedSheetNamesTheLine()
    {
        XlsxReader reader;
        QVERIFY(reader.open(makeWorkbook(QStringLiteral("mismatch.xlsx"),
                                         {{QStringLiteral("xl/worksheets/sheet1.xml"),
                                           "<worksheet>\n<sheetData>\n<row r=\"1\"><c><v>1</v></c></row>\n"
                                           "<row r=\"2\"><c><v>2</v></row>\n</sheetData></worksheet>"}})));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(reader.error().startsWith(QStringLiteral("mismatch.xlsx is damaged: ")), qPrintable(reader.error()));
        QVERIFY2(reader.error().endsWith(QStringLiteral(" in xl/worksheets/sheet1.xml, line 4.")), qPrintable(reader.error()));
        QVERIFY2(reader.error().contains(QStringLiteral("</row>")), qPrintable(reader.error()));

        XlsxReader shared;
        QVERIFY(!shared.open(makeWorkbook(QStringLiteral("entity.xlsx"),
                                          {{QStringLiteral("xl/sharedStrings.xml"), "<sst>\n<si><t>a&nbsp;b</t></si></sst>"}})));
        QVERIFY2(shared.error().endsWith(QStringLiteral(" in xl/sharedStrings.xml, line 2.")), qPrintable(shared.error()));
        QVERIFY2(shared.error().contains(QStringLiteral("&nbsp;")), qPrintable(shared.error()));

        XlsxReader cutStrings;
        QVERIFY(!cutStrings.open(makeWorkbook(QStringLiteral("cutstrings.xlsx"),
                                              {{QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>工号</t></si><si><t>姓"}})));
        QVERIFY2(cutStrings.error().contains(QStringLiteral("xl/sharedStrings.xml")), qPrintable(cutStrings.error()));
    }

    // Rows come in ascending order (Excel calls anything else damage). A row numbered at or
    // before the header would otherwise be dropped silently by the import, which skips rows up
    // to the header by number (found by fuzz/fuzz_xlsx_reader); a number past Excel's last row
    // would overflow the numbering of the rows after it.
    void rowsOutOfOrderAreDamage()
    {
        const auto sheet = [](const QByteArray &rows) {
            return QMap<QString, QByteArray>{{QStringLiteral("xl/worksheets/sheet1.xml"),
                                              "<worksheet><sheetData>" + rows + "</sheetData></worksheet>"}};
        };
        XlsxReader backwards;
        QVERIFY(backwards.open(makeWorkbook(QStringLiteral("backwards.xlsx"),
                                            sheet("<row r=\"2\"><c><v>1</v></c></row><row r=\"3\"><c><v>2</v></c></row>"
                                                  "<row r=\"1\"><c><v>3</v></c></row>"))));
        QCOMPARE(readAll(backwards).size(), 2);
        QCOMPARE(backwards.error(), QStringLiteral("backwards.xlsx is damaged: row 1 of the sheet comes after row 3 "
                                                   "(rows must be in ascending order)."));

        XlsxReader twice;
        QVERIFY(twice.open(makeWorkbook(QStringLiteral("twice.xlsx"),
                                        sheet("<row r=\"1\"><c><v>1</v></c></row><row><c><v>2</v></c></row>"
                                              "<row r=\"2\"><c><v>3</v></c></row>"))));
        QCOMPARE(readAll(twice).size(), 2);
        QCOMPARE(twice.error(), QStringLiteral("twice.xlsx is damaged: row 2 of the sheet comes after row 2 "
                                               "(rows must be in ascending order)."));

        XlsxReader past;
        QVERIFY(past.open(makeWorkbook(QStringLiteral("past.xlsx"),
                                       sheet("<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v></c></row>"))));
        const auto rows = readAll(past);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).number, 1048576);
        QCOMPARE(past.error(), QStringLiteral("past.xlsx is damaged: row 1048577 is past the last row a sheet can "
                                              "have (1048576)."));
        XlsxReader huge;
        QVERIFY(huge.open(makeWorkbook(QStringLiteral("huge.xlsx"),
                                       sheet("<row r=\"2147483647\"><c><v>1</v></c></row><row><c><v>2</v></c></row>"))));
        QVERIFY(readAll(huge).isEmpty());
        QVERIFY2(huge.error().contains(QStringLiteral("row 2147483647 is past")), qPrintable(huge.error()));
    }

    // A raw control character or a byte that is not UTF-8 would otherwise reach a name as
    // something else (U+FFFD, an invisible character): the import stops and says where.
    void illFormedTextIsDamage()
    {
        XlsxReader control;
        QVERIFY(!control.open(makeWorkbook(QStringLiteral("control.xlsx"),
                                           {{QStringLiteral("xl/sharedStrings.xml"),
                                             "<sst>\r\n<si><t>工号</t></si>\r\n<si><t>张\x01三</t></si></sst>"}})));
        QCOMPARE(control.error(), QStringLiteral("control.xlsx is damaged: a text contains the control character U+0001 "
                                                 "in xl/sharedStrings.xml, line 3."));

        XlsxReader latin1;
        QVERIFY(latin1.open(makeWorkbook(QStringLiteral("latin1.xlsx"),
                                         {{QStringLiteral("xl/worksheets/sheet1.xml"),
                                           "<worksheet><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Jos\xE9</t>"
                                           "</is></c></row></sheetData></worksheet>"}})));
        const auto rows = readAll(latin1);
        QVERIFY(rows.isEmpty());
        QCOMPARE(latin1.error(), QStringLiteral("latin1.xlsx is damaged: a text is not UTF-8 (bytes E9) "
                                                "in xl/worksheets/sheet1.xml, line 2."));
    }

    // The device's own failure (here a checksum) is what went wrong, whatever the scanner made of
    // the bytes it was given before.
    void damagedSharedStringsSayWhy()
    {
        const QString file = makeWorkbook(QStringLiteral("sharedcrc.xlsx"));
        QVERIFY(flipByte(file, "zhang", 'Z'));
        XlsxReader reader;
        QVERIFY(!reader.open(file));
        QCOMPARE(reader.error(),
                 QStringLiteral("sharedcrc.xlsx is damaged: xl/sharedStrings.xml (the data does not match its checksum)."));
    }

    void uniqueCountCannotReserveMoreThanTheEntryHolds()
    {
        // A 50-million (and a just-below-50-million) uniqueCount in a sharedStrings.xml of a few
        // hundred bytes: the reader reserves room for what those bytes can hold, not for the claim.
        for (const char *claimed : {"50000000", "49999999", "9223372036854775807", "-1", "x"}) {
            QByteArray shared = kShared;
            shared.replace("uniqueCount=\"4\"", QByteArray("uniqueCount=\"") + claimed + '"');
            XlsxReader reader;
            reader.setSheetName(QStringLiteral("员工"));
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(reader.open(makeWorkbook(QStringLiteral("unique.xlsx"), {{QStringLiteral("xl/sharedStrings.xml"), shared}})),
                     qPrintable(reader.error()));
            QVERIFY2(reader.sharedStringsCapacity() <= shared.size() / 5, claimed);
            QVERIFY(timer.elapsed() < 5000);
            const QList<TableRow> rows = readAll(reader);
            QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
            QVERIFY(!rows.isEmpty());
            QCOMPARE(rows.first().cells.value(0), QStringLiteral("工号"));
        }

        // The bound itself: stored entries by their size, deflated ones by what deflate can
        // produce from the compressed bytes, a claimed size above that does not count.
        ZipArchive::Entry stored;
        stored.method = 0;
        stored.compressedSize = stored.size = 1000;
        QCOMPARE(XlsxReader::sharedStringsToReserve(50'000'000, stored), qsizetype(200));
        QCOMPARE(XlsxReader::sharedStringsToReserve(10, stored), qsizetype(10));
        QCOMPARE(XlsxReader::sharedStringsToReserve(0, stored), qsizetype(0));
        QCOMPARE(XlsxReader::sharedStringsToReserve(-5, stored), qsizetype(0));
        ZipArchive::Entry deflated;
        deflated.method = 8;
        deflated.compressedSize = 100;
        deflated.size = 0xFFFFFFFF; // a claim the 100 compressed bytes cannot keep
        QCOMPARE(XlsxReader::sharedStringsToReserve(50'000'000, deflated), qsizetype(100 * 1032 / 5));
        deflated.size = 5000;
        QCOMPARE(XlsxReader::sharedStringsToReserve(50'000'000, deflated), qsizetype(1000));
    }

    void serialsAndFormats()
    {
        QCOMPARE(XlsxReader::serialToIso(45352, false), QStringLiteral("2024-03-01"));
        QCOMPARE(XlsxReader::serialToIso(1, false), QStringLiteral("1900-01-01"));
        QCOMPARE(XlsxReader::serialToIso(61, false), QStringLiteral("1900-03-01"));
        QCOMPARE(XlsxReader::serialToIso(0, true), QStringLiteral("1904-01-01"));
        QVERIFY(XlsxReader::isDateFormat(14, QString()));
        QVERIFY(XlsxReader::isDateFormat(176, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
        QVERIFY(XlsxReader::isDateFormat(180, QStringLiteral("[$-F800]dddd, mmmm dd, yyyy")));
        QVERIFY(!XlsxReader::isDateFormat(177, QStringLiteral("0.00_ ")));
        QVERIFY(!XlsxReader::isDateFormat(178, QStringLiteral("[Red]#,##0")));
        QVERIFY(!XlsxReader::isDateFormat(179, QStringLiteral("\"day\" 0")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
