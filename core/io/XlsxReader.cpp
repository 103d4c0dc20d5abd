#include "core/io/XlsxReader.h"

#include <QDate>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include "core/io/XlsxSheetScanner.h"
#include "core/io/ZipEntryDevice.h"

#include <cmath>

Q_LOGGING_CATEGORY(lcXlsx, "hrdesk.io.xlsx")

namespace hrdesk::io {

namespace {

using Token = XlsxSheetScanner::Token;

// "C5" -> 2 (zero-based column), or -1 when the reference has no letters.
int columnOf(QByteArrayView reference)
{
    int column = 0;
    int letters = 0;
    for (const char c : reference) {
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
        // Past Excel's last column (XFD) already: stop before the number overflows.
        if (++letters > 3)
            return 16384;
    }
    return letters == 0 ? -1 : column - 1;
}

// Text of an <si> or <is> element: all <t> runs, leaving out phonetic guides (<rPh>).
QString readRichText(XlsxSheetScanner &xml)
{
    QString text;
    int depth = 1; // the <si> or <is> itself; the scanner checks that end tags match
    int phoneticDepth = 0;
    for (;;) {
        const Token token = xml.readNext();
        if (token == Token::StartElement) {
            if (xml.name() == "t" && phoneticDepth == 0) {
                text += xml.readElementText(); // reads the </t> too
                continue;
            }
            if (xml.name() == "rPh")
                ++phoneticDepth;
            ++depth;
        } else if (token == Token::EndElement) {
            if (xml.name() == "rPh")
                --phoneticDepth;
            if (--depth == 0)
                break;
        } else {
            break;
        }
    }
    return text;
}

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader() = default;

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

QString XlsxReader::xmlError(const QXmlStreamReader &xml, const QString &entry) const
{
    return tr("%1 is damaged: %2 in %3, line %4.").arg(m_name, xml.errorString(), entry).arg(xml.lineNumber());
}

QString XlsxReader::xmlError(const XlsxSheetScanner &xml, const QString &entry) const
{
    return tr("%1 is damaged: %2 in %3, line %4.").arg(m_name, xml.errorString(), entry).arg(xml.lineNumber());
}

bool XlsxReader::readEntry(const QString &entry, QByteArray *bytes, bool required)
{
    if (!m_zip.contains(entry)) {
        if (required)
            return fail(tr("%1 is not a complete Excel workbook: it has no %2.").arg(m_name, entry));
        bytes->clear();
        return true;
    }
    return m_zip.read(entry, bytes) || fail(m_zip.error());
}

QString XlsxReader::resolveTarget(const QString &target) const
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // Targets are relative to xl/; "../" is rare but legal.
    while (path.contains(QLatin1String("/../"))) {
        const qsizetype at = path.indexOf(QLatin1String("/../"));
        const qsizetype start = path.lastIndexOf(u'/', at - 1);
        path.remove(start + 1, at + 4 - (start + 1));
    }
    return path;
}

bool XlsxReader::parseWorkbook(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView value = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            Sheet sheet;
            sheet.name = xml.attributes().value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    sheet.relationId = attribute.value().toString();
            }
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, QStringLiteral("xl/workbook.xml")));
    if (m_sheets.isEmpty())
        return fail(tr("%1 has no worksheet.").arg(m_name));
    return true;
}

bool XlsxReader::parseRelations(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QString id = xml.attributes().value(QLatin1String("Id")).toString();
        const QString target = resolveTarget(xml.attributes().value(QLatin1String("Target")).toString());
        const QStringView type = xml.attributes().value(QLatin1String("Type"));
        m_relations.insert(id, target);
        if (type.endsWith(u"/sharedStrings"))
            m_sharedStringsEntry = target;
        else if (type.endsWith(u"/styles"))
            m_stylesEntry = target;
    }
    if (xml.hasError())
        return fail(xmlError(xml, QStringLiteral("xl/_rels/workbook.xml.rels")));
    return true;
}

bool XlsxReader::isDateFormat(int numFmtId, const QString &formatCode)
{
    // Built-in date and time formats, including the East Asian ones (27-36, 50-58).
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 45 && numFmtId <= 47)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // A custom format is a date format when it uses date or time letters outside quoted text,
    // escapes and [colour]/[locale] brackets.
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            // [h], [mm], [ss] are elapsed times, the rest are colours and locales.
            const qsizetype close = formatCode.indexOf(u']', i);
            const QString inside = formatCode.mid(i + 1, close - i - 1).toLower();
            if (inside == u"h" || inside == u"hh" || inside == u"m" || inside == u"mm" || inside == u"s" || inside == u"ss")
                return true;
            if (close < 0)
                break;
            i = close;
            ++bracket;
        } else {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'd' || l == u'm' || l == u'h' || l == u's' || c == QChar(0x5E74) /* 年 */
                || c == QChar(0x6708) /* 月 */ || c == QChar(0x65E5) /* 日 */)
                return true;
        }
    }
    return false;
}

bool XlsxReader::parseStyles(const QByteArray &bytes)
{
    QHash<int, QString> customFormats;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                     xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(isDateFormat(id, customFormats.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, m_stylesEntry));
    return true;
}

qsizetype XlsxReader::sharedStringsToReserve(qint64 uniqueCount, const ZipArchive::Entry &entry)
{
    constexpr qint64 SmallestString = 5;     // <si/>
    constexpr qint64 LargestDeflateRatio = 1032; // deflate's limit: 258 bytes per 2 bits
    if (uniqueCount <= 0)
        return 0;
    // The uncompressed size is checked when the entry has been read; until then it is only a
    // claim, so the compressed size (which is in the file) bounds it too.
    const qint64 inflated = entry.method == 0 ? entry.compressedSize : entry.compressedSize * LargestDeflateRatio;
    const qint64 bytes = qMin(entry.size, inflated);
    return qsizetype(qMin(uniqueCount, bytes / SmallestString));
}

bool XlsxReader::parseSharedStrings()
{
    if (m_sharedStringsEntry.isEmpty() || !m_zip.contains(m_sharedStringsEntry))
        return true;
    const auto file = m_zip.openEntry(m_sharedStringsEntry);
    if (!file)
        return fail(m_zip.error());
    XlsxSheetScanner xml(file.get());
    for (Token token = xml.readNext(); token != Token::EndDocument && token != Token::Invalid; token = xml.readNext()) {
        if (token != Token::StartElement)
            continue;
        if (xml.name() == "sst") {
            const qsizetype count = sharedStringsToReserve(xml.attribute("uniqueCount").toLongLong(),
                                                           *m_zip.entry(m_sharedStringsEntry));
            if (count > 0)
                m_sharedStrings.reserve(count);
        } else if (xml.name() == "si") {
            m_sharedStrings.append(readRichText(xml));
        }
    }
    // As in next(): a failed read (a checksum, truncated data) is the cause whatever the scanner
    // made of the bytes, and must stop the import even if the scanner saw nothing wrong.
    if (file->hasFailed())
        return fail(tr("%1 is damaged: %2 (%3).").arg(m_name, m_sharedStringsEntry, file->errorString()));
    if (xml.hasError())
        return fail(xmlError(xml, m_sharedStringsEntry));
    return true;
}

bool XlsxReader::open(const QString &path)
{
    m_path = path;
    m_name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return fail(tr("Cannot open %1: the file does not exist.").arg(path));
    if (!m_zip.open(path))
        return fail(m_zip.error());
    QByteArray bytes;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &bytes, true) || !parseWorkbook(bytes))
        return false;
    if (!readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &bytes, true) || !parseRelations(bytes))
        return false;
    if (m_stylesEntry.isEmpty())
        m_stylesEntry = QStringLiteral("xl/styles.xml");
    if (!readEntry(m_stylesEntry, &bytes, false) || !parseStyles(bytes))
        return false;
    if (!parseSharedStrings())
        return false;

    const Sheet *sheet = &m_sheets.first();
    if (!m_wantedSheet.isEmpty()) {
        sheet = nullptr;
        for (const Sheet &candidate : std::as_const(m_sheets)) {
            if (candidate.name == m_wantedSheet)
                sheet = &candidate;
        }
        if (!sheet)
            return fail(tr("%1 has no sheet named \"%2\" (it has: %3).")
                            .arg(m_name, m_wantedSheet, sheetNames().join(QStringLiteral(", "))));
    }
    m_sheetEntry = m_relations.value(sheet->relationId);
    if (m_sheetEntry.isEmpty() || !m_zip.contains(m_sheetEntry))
        return fail(tr("%1 is not a complete Excel workbook: the data of sheet \"%2\" is missing.").arg(m_name, sheet->name));
    m_sheetSize = m_zip.entry(m_sheetEntry)->size;
    m_sheetFile = m_zip.openEntry(m_sheetEntry);
    if (!m_sheetFile)
        return fail(m_zip.error());
    m_sheetXml = std::make_unique<XlsxSheetScanner>(m_sheetFile.get());
    qCDebug(lcXlsx) << "reading" << m_sheetEntry << "of" << path << m_sharedStrings.size() << "shared strings";
    return true;
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    double days = std::floor(serial);
    const double fraction = serial - days;
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(qint64(days)); // before Excel's phantom 1900-02-29
    else
        date = QDate(1899, 12, 30).addDays(qint64(days));
    const qint64 seconds = qRound64(fraction * 86400.0);
    if (seconds == 0 || seconds == 86400)
        return date.addDays(seconds == 86400 ? 1 : 0).toString(Qt::ISODate);
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (days == 0 && !date1904)
        return time.toString(QStringLiteral("HH:mm:ss"));
    return date.toString(Qt::ISODate) + u' ' + time.toString(QStringLiteral("HH:mm:ss"));
}

QString XlsxReader::cellValue(CellType type, int style, const QString &value) const
{
    if (type == CellType::Shared) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == CellType::Boolean)
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == CellType::Text)
        return value;
    if (type == CellType::Date)
        return value.left(10);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style))
        return serialToIso(number, m_date1904);
    // As Excel shows a General number: up to 15 significant digits, no trailing zeros.
    return QString::number(number, 'g', 15);
}

// One <c> element, the scanner on its start tag: its value goes into row at its column (r="C5"),
// or after the previous one when it has no reference.
bool XlsxReader::readCell(XlsxSheetScanner &xml, int *column, TableRow &row) const
{
    const int at = columnOf(xml.attribute("r"));
    *column = at >= 0 ? at : *column + 1;
    // The attributes are views into the scanner's buffer: read them before reading on.
    const QByteArrayView typeName = xml.attribute("t");
    CellType type = CellType::Number;
    if (typeName == "s")
        type = CellType::Shared;
    else if (typeName == "b")
        type = CellType::Boolean;
    else if (typeName == "str" || typeName == "e")
        type = CellType::Text;
    else if (typeName == "d")
        type = CellType::Date;
    const QByteArrayView styleText = xml.attribute("s");
    const int style = styleText.isNull() ? -1 : styleText.toInt();
    QString raw;
    QString inlineText;
    bool hasInline = false;
    for (;;) {
        const Token token = xml.readNext();
        if (token == Token::EndElement && xml.name() == "c")
            break;
        if (token == Token::Invalid || token == Token::EndDocument)
            return false;
        if (token != Token::StartElement)
            continue;
        if (xml.name() == "v") {
            raw = xml.readElementText();
        } else if (xml.name() == "is") {
            inlineText = readRichText(xml);
            hasInline = true;
        } else {
            xml.skipCurrentElement(); // <f> formulas: the cached value <v> is what was shown
        }
    }
    if (*column >= 16384)
        return true;
    while (row.cells.size() <= *column)
        row.cells.append(QString());
    row.cells[*column] = hasInline ? inlineText : cellValue(type, style, raw);
    return true;
}

bool XlsxReader::next(TableRow &row)
{
    row.cells.clear();
    if (!error().isEmpty() || m_finished || !m_sheetXml)
        return false;
    XlsxSheetScanner &xml = *m_sheetXml;
    for (Token token = xml.readNext(); token != Token::EndDocument && token != Token::Invalid; token = xml.readNext()) {
        if (token != Token::StartElement || xml.name() != "row")
            continue;
        bool ok = false;
        const int number = xml.attribute("r").toInt(&ok);
        // m_lastRow never passes MaxRows, so the row after it cannot overflow.
        row.number = ok && number > 0 ? number : m_lastRow + 1;
        // The import skips rows up to the header by their number: a row out of order would be
        // lost without a word, so it is damage, as it is for Excel.
        if (row.number <= m_lastRow || row.number > MaxRows) {
            m_finished = true;
            const int found = row.number;
            row.number = 0;
            return fail(found > MaxRows
                            ? tr("%1 is damaged: row %2 is past the last row a sheet can have (%3).")
                                  .arg(m_name).arg(found).arg(MaxRows)
                            : tr("%1 is damaged: row %2 of the sheet comes after row %3 (rows must be in ascending "
                                 "order).")
                                  .arg(m_name).arg(found).arg(m_lastRow));
        }
        m_lastRow = row.number;
        int column = -1;
        for (token = xml.readNext(); token != Token::EndDocument && token != Token::Invalid; token = xml.readNext()) {
            if (token == Token::EndElement && xml.name() == "row")
                return true;
            if (token == Token::StartElement && xml.name() == "c" && !readCell(xml, &column, row))
                break;
        }
        break;
    }
    m_finished = true;
    if (m_sheetFile->hasFailed())
        return fail(tr("%1 is damaged: %2 (%3).").arg(m_name, m_sheetEntry, m_sheetFile->errorString()));
    if (xml.hasError()) {
        const bool premature = xml.error() == XlsxSheetScanner::Error::PrematureEnd;
        return fail(premature ? tr("%1 is damaged: the sheet ends in the middle (the file is truncated).").arg(m_name)
                              : xmlError(xml, m_sheetEntry));
    }
    return false;
}

double XlsxReader::progress() const
{
    if (m_finished || !m_sheetFile)
        return 1.0;
    if (m_sheetSize <= 0)
        return 0.0;
    return qBound(0.0, double(m_sheetFile->produced()) / double(m_sheetSize), 1.0);
}

} // namespace hrdesk::io
