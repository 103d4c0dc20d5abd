#include "core/io/XlsxReader.h"

#include <QDate>
#include <QFileInfo>
#include <QLoggingCategory>

#include "core/io/ZipEntryDevice.h"

#include <cmath>

Q_LOGGING_CATEGORY(lcXlsx, "hrdesk.io.xlsx")

namespace hrdesk::io {

namespace {

// "C5" -> 2 (zero-based column), or -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

// Text of an <si> or <is> element: all <t> runs, leaving out phonetic guides (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    const QStringView outer = xml.name();
    const QString outerName = outer.toString();
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phoneticDepth;
            else if (xml.name() == u"t" && phoneticDepth == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phoneticDepth;
            else if (xml.name() == outerName)
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

bool XlsxReader::parseSharedStrings()
{
    if (m_sharedStringsEntry.isEmpty() || !m_zip.contains(m_sharedStringsEntry))
        return true;
    const auto file = m_zip.openEntry(m_sharedStringsEntry);
    if (!file)
        return fail(m_zip.error());
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"sst") {
                const int count = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
                if (count > 0 && count < 50'000'000)
                    m_sharedStrings.reserve(count);
            } else if (xml.name() == u"si") {
                m_sharedStrings.append(readRichText(xml));
            }
        }
    }
    if (xml.hasError())
        return fail(!file->hasFailed() ? xmlError(xml, m_sharedStringsEntry)
                                                  : tr("%1 is damaged: %2 (%3).").arg(m_name, m_sharedStringsEntry, file->errorString()));
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
    m_xml.setDevice(m_sheetFile.get());
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

QString XlsxReader::cellValue(const QString &type, int style, const QString &value) const
{
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e")
        return value;
    if (type == u"d")
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

bool XlsxReader::next(TableRow &row)
{
    row.cells.clear();
    if (!error().isEmpty() || m_finished || !m_sheetFile)
        return false;
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement || m_xml.name() != u"row")
            continue;
        bool ok = false;
        const int number = m_xml.attributes().value(QLatin1String("r")).toInt(&ok);
        row.number = ok && number > 0 ? number : m_lastRow + 1;
        m_lastRow = row.number;
        int column = -1;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == u"row")
                return true;
            if (token != QXmlStreamReader::StartElement || m_xml.name() != u"c")
                continue;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const int at = columnOf(attributes.value(QLatin1String("r")));
            column = at >= 0 ? at : column + 1;
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.hasAttribute(QLatin1String("s")) ? attributes.value(QLatin1String("s")).toInt() : -1;
            QString raw;
            QString inlineText;
            bool hasInline = false;
            while (!m_xml.atEnd()) {
                const auto inner = m_xml.readNext();
                if (inner == QXmlStreamReader::EndElement && m_xml.name() == u"c")
                    break;
                if (inner != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() == u"v") {
                    raw = m_xml.readElementText();
                } else if (m_xml.name() == u"is") {
                    inlineText = readRichText(m_xml);
                    hasInline = true;
                } else {
                    m_xml.skipCurrentElement(); // <f> formulas: the cached value <v> is what was shown
                }
            }
            if (column >= 16384)
                continue;
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = hasInline ? inlineText : cellValue(type, style, raw);
        }
        break;
    }
    m_finished = true;
    if (m_sheetFile->hasFailed())
        return fail(tr("%1 is damaged: %2 (%3).").arg(m_name, m_sheetEntry, m_sheetFile->errorString()));
    if (m_xml.hasError()) {
        const bool premature = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        return fail(premature ? tr("%1 is damaged: the sheet ends in the middle (the file is truncated).").arg(m_name)
                              : xmlError(m_xml, m_sheetEntry));
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
