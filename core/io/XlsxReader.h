#pragma once

#include "core/io/TableReader.h"
#include "core/io/ZipArchive.h"

#include <QHash>
#include <QList>

#include <memory>

class QXmlStreamReader;

namespace hrdesk::io {

class XlsxSheetScanner;

// Reads the rows of one worksheet of an .xlsx workbook (Office Open XML) as text, streaming the
// sheet out of the zip (ZipArchive). The small parts (workbook, relations, styles) go through
// QXmlStreamReader; the sheet and the shared strings, where the time goes, through the faster
// XlsxSheetScanner. Shared strings, inline strings, numbers, booleans and dates
// (numbers shown with a date format in styles.xml) are returned as the text a person sees, dates
// as ISO dates (2024-03-01). Cells may be sparse (r="C5"); missing cells are empty strings.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::XlsxReader)

public:
    // Rows of a worksheet (Excel 2007 and later); a row numbered past it is damage.
    static constexpr int MaxRows = 1048576;

    XlsxReader();
    ~XlsxReader() override;

    // The sheet to read, by its tab name; the first sheet when empty (the default).
    void setSheetName(const QString &name) { m_wantedSheet = name; }
    QStringList sheetNames() const;

    bool open(const QString &path) override;
    bool next(TableRow &row) override;
    double progress() const override;

    // Excel's date serial number (days since 1899-12-30, or since 1904-01-01) as ISO text:
    // a date, or a date and time when the serial has a fraction.
    static QString serialToIso(double serial, bool date1904);
    // True for number formats that show a date or time (built-in ids and custom format codes).
    static bool isDateFormat(int numFmtId, const QString &formatCode);
    // How many shared strings to reserve for an sst that announces uniqueCount in entry: no
    // more than the entry can hold (each string takes at least "<si/>", and the data inflates
    // to at most 1032 times its compressed size), so a workbook cannot make the reader reserve
    // memory for strings it does not have.
    static qsizetype sharedStringsToReserve(qint64 uniqueCount, const ZipArchive::Entry &entry);
    // Room reserved for shared strings after open() (for tests).
    qsizetype sharedStringsCapacity() const { return m_sharedStrings.capacity(); }

private:
    // How a cell's value is read, from its t attribute.
    enum class CellType { Number, Shared, Boolean, Text, Date };

    struct Sheet
    {
        QString name;
        QString relationId;
    };

    bool readEntry(const QString &entry, QByteArray *bytes, bool required);
    bool parseWorkbook(const QByteArray &xml);
    bool parseRelations(const QByteArray &xml);
    bool parseStyles(const QByteArray &xml);
    bool parseSharedStrings();
    bool readCell(XlsxSheetScanner &xml, int *column, TableRow &row) const;
    QString cellValue(CellType type, int style, const QString &value) const;
    QString xmlError(const QXmlStreamReader &xml, const QString &entry) const;
    QString xmlError(const XlsxSheetScanner &xml, const QString &entry) const;
    QString resolveTarget(const QString &target) const;

    QString m_path;
    QString m_name;
    QString m_wantedSheet;
    ZipArchive m_zip;
    std::unique_ptr<ZipEntryDevice> m_sheetFile;
    std::unique_ptr<XlsxSheetScanner> m_sheetXml;
    QString m_sheetEntry;
    QList<Sheet> m_sheets;
    QHash<QString, QString> m_relations;    // relation id -> entry path
    QString m_sharedStringsEntry;
    QString m_stylesEntry;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles;               // per cellXfs index
    bool m_date1904 = false;
    bool m_finished = false;
    int m_lastRow = 0;
    qint64 m_sheetSize = 0;
};

} // namespace hrdesk::io
