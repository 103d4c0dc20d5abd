#include "core/io/CsvReader.h"
#include "core/io/TextDecoder.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::io::CsvReader;
using hrdesk::io::TableRow;
using hrdesk::io::TextDecoder;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(bytes);
        return file.fileName();
    }

    static QList<TableRow> readAll(CsvReader &reader)
    {
        QList<TableRow> rows;
        TableRow row;
        while (reader.next(row))
            rows.append(row);
        return rows;
    }

    const QString m_chinese = QStringLiteral("工号,姓名,部门\nE001,张三,华东区/上海分公司/销售一部\nE002,欧阳娜娜,华南区\n");

private slots:
    void utf8WithoutBom()
    {
        CsvReader reader;
        QVERIFY2(reader.open(write(QStringLiteral("plain.csv"), m_chinese.toUtf8())), qPrintable(reader.error()));
        QCOMPARE(reader.encoding(), TextDecoder::Encoding::Utf8);
        const auto rows = readAll(reader);
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).cells, (QStringList{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("部门")}));
        QCOMPARE(rows.at(1).cells.at(2), QStringLiteral("华东区/上海分公司/销售一部"));
        QCOMPARE(rows.at(2).number, 3);
    }

    void utf8WithBom()
    {
        CsvReader reader;
        QVERIFY(reader.open(write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + m_chinese.toUtf8())));
        QCOMPARE(reader.encoding(), TextDecoder::Encoding::Utf8WithBom);
        const auto rows = readAll(reader);
        // The BOM is not part of the first header.
        QCOMPARE(rows.at(0).cells.at(0), QStringLiteral("工号"));
        QCOMPARE(rows.at(2).cells.at(1), QStringLiteral("欧阳娜娜"));
    }

    void gb18030AsExcelWritesIt()
    {
        QStringEncoder encoder("GB18030");
        QVERIFY2(encoder.isValid(), "this Qt cannot encode GB18030 (needs ICU)");
        const QByteArray bytes = encoder.encode(m_chinese);
        QVERIFY(!TextDecoder::isValidUtf8(bytes, true));
        CsvReader reader;
        QVERIFY2(reader.open(write(QStringLiteral("gbk.csv"), bytes)), qPrintable(reader.error()));
        QCOMPARE(reader.encoding(), TextDecoder::Encoding::Gb18030);
        const auto rows = readAll(reader);
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).cells.at(1), QStringLiteral("张三"));
        QCOMPARE(rows.at(1).cells.at(2), QStringLiteral("华东区/上海分公司/销售一部"));
    }

    void utf16WithBomTabSeparated()
    {
        // Excel's "Unicode text" export: UTF-16LE with a BOM, tab separated.
        QStringEncoder encoder(QStringConverter::Utf16LE);
        QString text = m_chinese;
        text.replace(u',', u'\t');
        const QByteArray bytes = "\xFF\xFE" + QByteArray(encoder.encode(text));
        CsvReader reader;
        QVERIFY(reader.open(write(QStringLiteral("unicode.txt"), bytes)));
        QCOMPARE(reader.delimiter(), QChar(u'\t'));
        const auto rows = readAll(reader);
        QCOMPARE(rows.at(2).cells, (QStringList{QStringLiteral("E002"), QStringLiteral("欧阳娜娜"), QStringLiteral("华南区")}));
    }

    void quotingEdgeCases()
    {
        const QByteArray csv = "a,b,c\r\n"
                               "\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\n"
                               ",,\r\n"
                               "\"\",plain \"quote\",last";
        CsvReader reader;
        QVERIFY(reader.open(write(QStringLiteral("quotes.csv"), csv)));
        const auto rows = readAll(reader);
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).cells, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("line1\r\nline2")}));
        QCOMPARE(rows.at(1).number, 2);
        // A line break inside quotes does not start a row: Excel calls the next record row 3.
        QCOMPARE(rows.at(2).number, 3);
        QCOMPARE(rows.at(2).cells, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(rows.at(3).cells, (QStringList{QString(), QStringLiteral("plain \"quote\""), QStringLiteral("last")}));
        QCOMPARE(rows.at(3).number, 4);
    }

    void semicolonsAndLf()
    {
        CsvReader reader;
        QVERIFY(reader.open(write(QStringLiteral("semi.csv"), "a;b;\"c;d\"\n1;2;3\n")));
        QCOMPARE(reader.delimiter(), QChar(u';'));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).cells.at(2), QStringLiteral("c;d"));
    }

    void unclosedQuoteIsAnError()
    {
        CsvReader reader;
        QVERIFY(reader.open(write(QStringLiteral("open.csv"), "a,b\n1,\"never closed\n2,3\n")));
        readAll(reader);
        QVERIFY(reader.error().contains(QStringLiteral("open.csv")));
        QVERIFY(reader.error().contains(QLatin1String("2")));
    }

    void largeFileAcrossChunks()
    {
        // Multi-byte characters and quoted fields cross the reader's 256 KiB chunks.
        QByteArray csv = "工号,姓名,备注\n";
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("E%1,张三丰%1,\"多行\n备注, 第%1行\"\n").arg(i).toUtf8();
        CsvReader reader;
        QVERIFY(reader.open(write(QStringLiteral("large.csv"), csv)));
        QCOMPARE(reader.encoding(), TextDecoder::Encoding::Utf8);
        const auto rows = readAll(reader);
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(rows.size(), 20001);
        QCOMPARE(rows.last().number, 20001);
        QCOMPARE(rows.at(12345).cells.at(1), QStringLiteral("张三丰12344"));
        QCOMPARE(rows.at(12345).cells.at(2), QStringLiteral("多行\n备注, 第12344行"));
        QCOMPARE(reader.progress(), 1.0);
    }

    void utf8DetectionToleratesACutSequence()
    {
        const QByteArray text = QStringLiteral("张三").toUtf8();
        QVERIFY(TextDecoder::isValidUtf8(text.left(4), false));
        QVERIFY(!TextDecoder::isValidUtf8(text.left(4), true));
        QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xC0\x80"), true)); // overlong
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
