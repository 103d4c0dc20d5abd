#include "core/io/XlsxSheetScanner.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using hrdesk::io::XlsxSheetScanner;
using Token = XlsxSheetScanner::Token;

namespace {

// Chunk sizes that split every tag, reference and text run, and the size XlsxReader uses.
const QList<qsizetype> kChunks{1, 7, XlsxSheetScanner::DefaultChunkSize};

// The attributes a trace shows, by qualified name (the scanner has no list of them).
const QList<QByteArray> kTracedAttributes{"r", "t", "s", "x:r", "xml:space", "uniqueCount"};

// A document read through the scanner as text: start tags with their traced attributes, the text
// of <v> and <t> (read with readElementText), end tags, and how it ended.
QString scan(const QByteArray &xml, qsizetype chunk, XlsxSheetScanner::Error *error = nullptr, qint64 *line = nullptr)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    XlsxSheetScanner scanner(&buffer, chunk);
    QString trace;
    for (;;) {
        const Token token = scanner.readNext();
        if (token == Token::StartElement) {
            const QString name = QString::fromUtf8(scanner.name());
            trace += u'<' + name;
            for (const QByteArray &attribute : kTracedAttributes) {
                const QByteArrayView value = scanner.attribute(attribute);
                if (!value.isNull())
                    trace += u' ' + QString::fromLatin1(attribute) + QStringLiteral("=\"") + QString::fromUtf8(value) + u'"';
            }
            trace += u'>';
            if (name == u"v" || name == u"t")
                trace += u'[' + scanner.readElementText() + u']';
        } else if (token == Token::EndElement) {
            trace += QStringLiteral("</") + QString::fromUtf8(scanner.name()) + u'>';
        } else {
            trace += token == Token::EndDocument ? QStringLiteral("|END") : QStringLiteral("|ERROR");
            break;
        }
    }
    if (error)
        *error = scanner.error();
    if (line)
        *line = scanner.lineNumber();
    return trace;
}

// The same trace through QXmlStreamReader, which the scanner replaces for the large parts.
QString reference(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString trace;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            trace += u'<' + name;
            for (const QByteArray &attribute : kTracedAttributes) {
                if (reader.attributes().hasAttribute(QString::fromLatin1(attribute)))
                    trace += u' ' + QString::fromLatin1(attribute) + QStringLiteral("=\"")
                        + reader.attributes().value(QString::fromLatin1(attribute)).toString() + u'"';
            }
            trace += u'>';
            if (name == u"v" || name == u"t")
                trace += u'[' + reader.readElementText(QXmlStreamReader::IncludeChildElements) + u']';
        } else if (token == QXmlStreamReader::EndElement) {
            trace += QStringLiteral("</") + reader.name().toString() + u'>';
        }
    }
    return trace + (reader.hasError() ? QStringLiteral("|ERROR") : QStringLiteral("|END"));
}

// A part that is made up as it is read: head, then filler over and over up to size bytes. Stands
// in for a decompression bomb without holding its bytes.
class GeneratedDevice : public QIODevice
{
public:
    GeneratedDevice(const QByteArray &head, const QByteArray &filler, qint64 size)
        : m_head(head)
        , m_filler(filler.repeated(64 * 1024 / filler.size() + 1)) // copied in long runs
        , m_size(size)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_produced < m_size) {
            const bool inHead = m_produced < m_head.size();
            const QByteArray &source = inHead ? m_head : m_filler;
            const qint64 offset = inHead ? m_produced : (m_produced - m_head.size()) % m_filler.size();
            const qint64 step = std::min({maxSize - n, m_size - m_produced, source.size() - offset});
            std::copy_n(source.constData() + offset, step, data + n);
            n += step;
            m_produced += step;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QByteArray m_filler;
    qint64 m_size;
    qint64 m_produced = 0;
};

// A start tag with count distinct attributes.
QByteArray tagWithAttributes(int count)
{
    QByteArray tag = "<c";
    for (int i = 0; i < count; ++i)
        tag += " a" + QByteArray::number(i) + "=\"\"";
    return tag + "/>";
}

} // namespace

class TestXlsxSheetScanner : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQXmlStreamReader_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("excel sheet") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45352.5</v></c></row>"
            "<row r=\"2\"><c r=\"C2\" t=\"str\"><f>A1&amp;\"x\"</f><v>工号x</v></c></row></sheetData></worksheet>");
        QTest::newRow("x: prefixes") << QByteArray(
            "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
            "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r=\"B1\"><x:v>7</x:v></x:c>"
            "</x:row></x:sheetData></x:worksheet>");
        QTest::newRow("entities") << QByteArray(
            "<sst><si><t>a&lt;b&gt;c&amp;d&quot;e&apos;f&#65;&#x42;&#x20BB7;&#20013;</t></si>"
            "<si><t r='&lt;&#x41;&apos;\"'>x</t></si></sst>");
        QTest::newRow("cdata and comments") << QByteArray(
            "<?xml version='1.0'?><!-- written by hand --><?mso-application progid=\"Excel.Sheet\"?>"
            "<sst><si><t>one <![CDATA[<two> & ]]]]><![CDATA[> three]]><!-- note --> four</t></si>"
            "<?pi inside?></sst><!-- after -->\n");
        QTest::newRow("rich text and phonetic") << QByteArray(
            "<sst count=\"1\" uniqueCount=\"1\"><si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space=\"preserve\"> 三 </t></r>"
            "<rPh sb=\"0\" eb=\"1\"><t>zhang</t></rPh><phoneticPr fontId=\"1\"/></si></sst>");
        QTest::newRow("self-closing") << QByteArray(
            "<sheetData><row r=\"7\"/><row r=\"8\"><c r=\"B8\" s=\"1\"/><c r=\"C8\"><v/></c><c r=\"D8\"><v></v></c></row>"
            "</sheetData>");
        QTest::newRow("white space in tags") << QByteArray(
            "<sheetData >\n<row\n  r = '3'\tt=\"x\"  >\t<c\r\n r='A3' ><v >1</v\n></c ></row\t></sheetData\n>  \n");
        QTest::newRow("line ends") << QByteArray("<sst><si><t>a\r\nb\rc\nd</t></si><si><t r=\"1\r\n2\t3&#9;4&#10;5\">x</t></si></sst>");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?><sst><si><t>é</t></si></sst>");
        QTest::newRow("nested text in v") << QByteArray("<c><v>1<x>2<y/>3</x>4</v></c>");
        // Tab, line breaks, DEL, C1 controls, U+FFFD and characters outside the BMP are XML characters.
        QTest::newRow("allowed characters") << QByteArray(
            "<sst><si><t r=\"\x7F\xC2\x80\">tab\there\x7F\xC2\x80\xEF\xBF\xBD\xF0\xA0\xAE\xB7\xE4\xB8\xAD</t></si></sst>");
        QTest::newRow("leading zeros in references") << QByteArray(
            "<sst><si><t r=\"&#x0000000041;\">&#x0000000041;&#00000000066;&#x00000000020BB7;&#0000000000000009;</t></si></sst>");
    }

    void sameAsQXmlStreamReader()
    {
        QFETCH(QByteArray, xml);
        const QString expected = reference(xml);
        QVERIFY2(expected.endsWith(u"|END"), qPrintable(expected));
        for (const qsizetype chunk : kChunks)
            QCOMPARE(scan(xml, chunk), expected);
    }

    void namesAndValues()
    {
        // Checked against fixed text as well, so that a change in both readers is noticed.
        for (const qsizetype chunk : kChunks) {
            QCOMPARE(scan("<x:row x:r=\"1\" r='2'><x:c r=\"A1\"><x:v>5</x:v></x:c></x:row>", chunk),
                     QStringLiteral("<row r=\"2\" x:r=\"1\"><c r=\"A1\"><v>[5]</c></row>|END"));
            QCOMPARE(scan("<t>&#x20BB7;&#134071;</t>", chunk), QStringLiteral("<t>[𠮷𠮷]|END"));
            QCOMPARE(scan("<t><![CDATA[a<b>&amp;]]></t>", chunk), QStringLiteral("<t>[a<b>&amp;]|END"));
            QCOMPARE(scan("<t xml:space=\"preserve\">  two  spaces  </t>", chunk),
                     QStringLiteral("<t xml:space=\"preserve\">[  two  spaces  ]|END"));
            QCOMPARE(scan("<row r=\"7\"/>", chunk), QStringLiteral("<row r=\"7\"></row>|END"));
            QCOMPARE(scan("<t>&#x0000000041;&#000000000066;&#x000000020BB7;</t>", chunk), QStringLiteral("<t>[AB𠮷]|END"));
        }
    }

    void emptyTextIsNull()
    {
        QBuffer buffer;
        buffer.setData("<c><v/><v></v><v>0</v></c>");
        buffer.open(QIODevice::ReadOnly);
        XlsxSheetScanner scanner(&buffer);
        QCOMPARE(scanner.readNext(), Token::StartElement);
        QCOMPARE(scanner.readNext(), Token::StartElement);
        QVERIFY(scanner.readElementText().isNull());
        QCOMPARE(scanner.tokenType(), Token::EndElement);
        QCOMPARE(scanner.readNext(), Token::StartElement);
        QVERIFY(scanner.readElementText().isNull());
        QCOMPARE(scanner.readNext(), Token::StartElement);
        QCOMPARE(scanner.readElementText(), QStringLiteral("0"));
        QVERIFY(scanner.attribute("r").isNull());
        QCOMPARE(scanner.readNext(), Token::EndElement);
        QCOMPARE(scanner.readNext(), Token::EndDocument);
        QCOMPARE(scanner.readNext(), Token::EndDocument);
        QVERIFY(!scanner.hasError());
    }

    void presentButEmptyAttributeIsNotNull()
    {
        QBuffer buffer;
        buffer.setData("<c t=\"\" s=''/>");
        buffer.open(QIODevice::ReadOnly);
        XlsxSheetScanner scanner(&buffer);
        QCOMPARE(scanner.readNext(), Token::StartElement);
        QVERIFY(!scanner.attribute("t").isNull());
        QVERIFY(scanner.attribute("t").isEmpty());
        QVERIFY(!scanner.attribute("s").isNull());
        QVERIFY(scanner.attribute("r").isNull());
    }

    void longTextAcrossManyChunks()
    {
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "字&amp;" + QByteArray::number(i % 10);
        const QByteArray xml = "<sst><si><t>" + text + "</t></si></sst>";
        const QString expected = QStringLiteral("<sst><si><t>[%1]</si></sst>|END")
                                     .arg(QString::fromUtf8(text).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
        QCOMPARE(scan(xml, 7), expected);
        QCOMPARE(scan(xml, 4096), expected);
    }

    void notWellFormed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("mismatched end tag") << QByteArray("<row><c><v>1</v></row>") << QStringLiteral("</row>");
        QTest::newRow("mismatched prefix") << QByteArray("<x:row></row>") << QStringLiteral("<x:row>");
        QTest::newRow("end tag without start") << QByteArray("<a></a></b>") << QStringLiteral("</b>");
        QTest::newRow("unknown entity in text") << QByteArray("<t>a&nbsp;b</t>") << QStringLiteral("&nbsp;");
        QTest::newRow("unknown entity in skipped text") << QByteArray("<c>a&foo;b<v>1</v></c>") << QStringLiteral("&foo;");
        QTest::newRow("unknown entity in attribute") << QByteArray("<c r=\"&bogus;\"/>") << QStringLiteral("&bogus;");
        QTest::newRow("bare ampersand") << QByteArray("<t>a & b</t>") << QString();
        QTest::newRow("nul reference") << QByteArray("<t>&#0;</t>") << QStringLiteral("&#0;");
        QTest::newRow("surrogate reference") << QByteArray("<t>&#xD800;</t>") << QStringLiteral("&#xD800;");
        QTest::newRow("too large reference") << QByteArray("<t>&#x110000;</t>") << QStringLiteral("&#x110000;");
        QTest::newRow("upper-case X reference") << QByteArray("<t>&#X41;</t>") << QString();
        QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"b\">]><sst/>")
                                 << QStringLiteral("DOCTYPE");
        QTest::newRow("unquoted attribute") << QByteArray("<c r=A1/>") << QString();
        QTest::newRow("duplicate attribute") << QByteArray("<c r=\"A1\" r=\"B1\"/>") << QStringLiteral("r");
        QTest::newRow("less-than in attribute") << QByteArray("<c r=\"<\"/>") << QString();
        QTest::newRow("attributes without space") << QByteArray("<c r=\"A1\"t=\"s\"/>") << QString();
        QTest::newRow("text before root") << QByteArray("junk<sst/>") << QString();
        QTest::newRow("second root") << QByteArray("<a/><b/>") << QString();
        QTest::newRow("text after root") << QByteArray("<a/>junk") << QString();
        QTest::newRow("late declaration") << QByteArray("<!-- x --><?xml version=\"1.0\"?><a/>") << QString();
        QTest::newRow("utf-16 declared") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>")
                                         << QStringLiteral("UTF-16");
        QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE<\0a\0/\0>\0", 10) << QStringLiteral("UTF-16");
        QTest::newRow("double dash in comment") << QByteArray("<a><!-- a -- b --></a>") << QString();
        QTest::newRow("cdata end in text") << QByteArray("<t>a]]>b</t>") << QString();
        QTest::newRow("cdata outside root") << QByteArray("<![CDATA[x]]><a/>") << QString();
        QTest::newRow("bad markup") << QByteArray("<a><!x></a>") << QString();
        QTest::newRow("empty name") << QByteArray("<a>< b/></a>") << QString();
        QTest::newRow("prefix without local name") << QByteArray("<a><x:/></a>") << QString();
        QTest::newRow("zero reference with leading zeros") << QByteArray("<t>&#x000000000;</t>") << QStringLiteral("&#x000000000;");
        QTest::newRow("too large reference with leading zeros") << QByteArray("<t>&#x00000110000;</t>") << QString();
        QTest::newRow("too many attributes") << tagWithAttributes(257) << QStringLiteral("256");
        // Raw C0 control characters and bytes that are not UTF-8 are not XML text (2.2); Excel
        // writes control characters as _x0001_, so only a damaged or forged part has them.
        QTest::newRow("control character in text") << QByteArray("<t>a\x01" "b</t>") << QStringLiteral("U+0001");
        QTest::newRow("nul byte in text") << QByteArray("<t>a\0b</t>", 10) << QStringLiteral("U+0000");
        QTest::newRow("control character in skipped text") << QByteArray("<c>a\x1F<v>1</v></c>") << QStringLiteral("U+001F");
        QTest::newRow("control character in attribute") << QByteArray("<c r=\"A\x0B" "1\"/>") << QStringLiteral("U+000B");
        QTest::newRow("control character in cdata") << QByteArray("<t><![CDATA[a\x0C]]></t>") << QStringLiteral("U+000C");
        QTest::newRow("control character in skipped cdata") << QByteArray("<c><![CDATA[\x02]]></c>") << QStringLiteral("U+0002");
        QTest::newRow("control character in comment") << QByteArray("<a><!-- \x07 --></a>") << QStringLiteral("U+0007");
        QTest::newRow("utf-8 cut short") << QByteArray("<t>\xE5\xA7</t>") << QStringLiteral("E5 A7");
        QTest::newRow("utf-8 continuation alone") << QByteArray("<t>a\x80</t>") << QStringLiteral("80");
        QTest::newRow("utf-8 overlong") << QByteArray("<t>\xC0\xAF</t>") << QStringLiteral("C0");
        QTest::newRow("utf-8 surrogate") << QByteArray("<t>\xED\xA0\x80</t>") << QStringLiteral("ED A0 80");
        QTest::newRow("utf-8 beyond U+10FFFF") << QByteArray("<t>\xF4\x90\x80\x80</t>") << QString();
        QTest::newRow("utf-8 non-character U+FFFF") << QByteArray("<t>\xEF\xBF\xBF</t>") << QString();
        QTest::newRow("latin-1 byte in text") << QByteArray("<t>caf\xE9</t>") << QStringLiteral("E9");
        QTest::newRow("latin-1 byte in skipped text") << QByteArray("<c>\xE9<v>1</v></c>") << QString();
        QTest::newRow("latin-1 byte in attribute") << QByteArray("<c r=\"\xE9\"/>") << QString();
    }

    void notWellFormed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        // QXmlStreamReader refuses these too (the DOCTYPE only for its internal subset rules aside).
        for (const qsizetype chunk : kChunks) {
            XlsxSheetScanner::Error error = XlsxSheetScanner::Error::None;
            QVERIFY2(scan(xml, chunk, &error).endsWith(u"|ERROR"), qPrintable(QString::number(chunk)));
            QCOMPARE(error, XlsxSheetScanner::Error::NotWellFormed);
        }
        QBuffer buffer;
        buffer.setData(xml);
        buffer.open(QIODevice::ReadOnly);
        XlsxSheetScanner scanner(&buffer);
        while (scanner.readNext() != Token::Invalid) {
            QVERIFY2(scanner.tokenType() != Token::EndDocument, "the damage was not found");
            if (scanner.tokenType() == Token::StartElement && (scanner.name() == "t" || scanner.name() == "v"))
                scanner.readElementText();
        }
        QVERIFY(!scanner.errorString().isEmpty());
        if (!message.isEmpty())
            QVERIFY2(scanner.errorString().contains(message), qPrintable(scanner.errorString()));
    }

    void lineNumberOfTheDamage()
    {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<worksheet>\n<sheetData>\n";
        for (int i = 1; i <= 500; ++i)
            xml += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) + "</v></c></row>\n";
        xml += "<row><c><v>1</c></row>\n"; // line 504
        xml += "</sheetData></worksheet>\n";
        for (const qsizetype chunk : kChunks) {
            XlsxSheetScanner::Error error = XlsxSheetScanner::Error::None;
            qint64 line = 0;
            scan(xml, chunk, &error, &line);
            QCOMPARE(error, XlsxSheetScanner::Error::NotWellFormed);
            QCOMPARE(line, 504);
        }
    }

    void lineNumberCountsEveryLineBreak()
    {
        // LF, CR LF and a lone CR each end a line (XML 1.0, 2.11), as QXmlStreamReader counts them.
        const QByteArray xml = "<a>\r<b>\r\n<c>\n\r\r\n<d x='1\r2'/>\r</c></b></x>";
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY(reader.hasError());
        QCOMPARE(reader.lineNumber(), 8);
        for (const qsizetype chunk : kChunks) {
            XlsxSheetScanner::Error error = XlsxSheetScanner::Error::None;
            qint64 line = 0;
            scan(xml, chunk, &error, &line);
            QCOMPARE(error, XlsxSheetScanner::Error::NotWellFormed);
            QCOMPARE(line, 8);
        }
        // Across many reads, where the lines before the current token have been dropped.
        for (const QByteArray &lineEnd : {QByteArray("\r\n"), QByteArray("\r")}) {
            QByteArray many = "<?xml version=\"1.0\"?>" + lineEnd + "<worksheet>" + lineEnd + "<sheetData>" + lineEnd;
            for (int i = 1; i <= 500; ++i)
                many += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) + "</v></c></row>" + lineEnd;
            many += "<row><c><v>1</c></row>" + lineEnd; // line 504
            for (const qsizetype chunk : kChunks) {
                qint64 line = 0;
                scan(many, chunk, nullptr, &line);
                QCOMPARE(line, 504);
            }
        }
    }

    void tooManyAttributesAreRefusedQuickly()
    {
        QCOMPARE(scan(tagWithAttributes(256), 7).right(4), QStringLiteral("|END"));
        QCOMPARE(scan(tagWithAttributes(257), 7).right(6), QStringLiteral("|ERROR"));
        // Each attribute is compared with the earlier ones: 200,000 of them took minutes.
        const QByteArray forged = "<sheetData>" + tagWithAttributes(200000) + "</sheetData>";
        QElapsedTimer timer;
        timer.start();
        for (const qsizetype chunk : kChunks) {
            XlsxSheetScanner::Error error = XlsxSheetScanner::Error::None;
            QCOMPARE(scan(forged, chunk, &error).right(6), QStringLiteral("|ERROR"));
            QCOMPARE(error, XlsxSheetScanner::Error::NotWellFormed);
        }
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void tokenWithoutEndIsRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<QString>("message");
        const QString tooLong = QStringLiteral("longer than 32 MiB");
        const QString tooDeep = QStringLiteral("nested too deeply");
        QTest::newRow("text") << QByteArray("<sst><si><t>") << QByteArray("字") << tooLong;
        QTest::newRow("skipped text") << QByteArray("<sst><si>") << QByteArray("a") << tooLong;
        QTest::newRow("comment") << QByteArray("<sst><!--") << QByteArray("-a") << tooLong;
        QTest::newRow("cdata") << QByteArray("<sst><si><t><![CDATA[") << QByteArray("]]") << tooLong;
        QTest::newRow("attribute value") << QByteArray("<sst><si a=\"") << QByteArray("a") << tooLong;
        QTest::newRow("processing instruction") << QByteArray("<sst><?pi ") << QByteArray("?") << tooLong;
        // Every piece is small, the text of the element is not.
        QTest::newRow("text in pieces") << QByteArray("<sst><si><t>") << QByteArray(1000, 'a') + "<!---->" << tooLong;
        QTest::newRow("cdata in pieces") << QByteArray("<sst><si><t>") << "<![CDATA[" + QByteArray(1000, 'a') + "]]>" << tooLong;
        QTest::newRow("nesting") << QByteArray("<sst>") << QByteArray("<a>") << tooDeep;
        QTest::newRow("nesting of long names") << QByteArray("<sst>") << QByteArray("<" + QByteArray(100000, 'n') + ">") << tooDeep;
    }

    void tokenWithoutEndIsRefused()
    {
        // A decompression bomb must end as damage, not as a buffer that grows until memory runs out.
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, filler);
        QFETCH(QString, message);
        const qint64 size = 40 * 1024 * 1024;
        GeneratedDevice device(head, filler, size);
        XlsxSheetScanner scanner(&device);
        while (scanner.readNext() != Token::Invalid) {
            QVERIFY2(scanner.tokenType() != Token::EndDocument, "the damage was not found");
            if (scanner.tokenType() == Token::StartElement && scanner.name() == "t")
                scanner.readElementText();
        }
        QCOMPARE(scanner.error(), XlsxSheetScanner::Error::NotWellFormed);
        QVERIFY2(scanner.errorString().contains(message), qPrintable(scanner.errorString()));
        QVERIFY(device.produced() < size);
        QCOMPARE(scanner.lineNumber(), 1);
    }

    void truncatedAnywhereIsPremature()
    {
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->"
                               "<worksheet xmlns:x=\"urn:x\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                               "<t>a&amp;b&#x20BB7;<![CDATA[c]]></t></is></c><x:c r='B1'/></row><?pi x?></sheetData>"
                               "</worksheet>\n";
        const qsizetype complete = xml.lastIndexOf('>') + 1;
        QCOMPARE(scan(xml.left(complete), 7).right(4), QStringLiteral("|END"));
        for (qsizetype cut = 0; cut < complete; ++cut) {
            for (const qsizetype chunk : {qsizetype(1), qsizetype(7), XlsxSheetScanner::DefaultChunkSize}) {
                XlsxSheetScanner::Error error = XlsxSheetScanner::Error::None;
                const QString trace = scan(xml.left(cut), chunk, &error);
                QVERIFY2(error == XlsxSheetScanner::Error::PrematureEnd,
                         qPrintable(QStringLiteral("cut at %1, chunk %2: %3").arg(cut).arg(chunk).arg(trace)));
            }
        }
    }

    void readErrorOfTheDevice()
    {
        QBuffer buffer; // not open: read() fails
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
        XlsxSheetScanner scanner(&buffer);
        QCOMPARE(scanner.readNext(), Token::Invalid);
        QCOMPARE(scanner.error(), XlsxSheetScanner::Error::Device);
    }
};

QTEST_GUILESS_MAIN(TestXlsxSheetScanner)
#include "TestXlsxSheetScanner.moc"
