#pragma once

#include <QCoreApplication>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace hrdesk::io {

// Writes one worksheet with libxlsxwriter in its constant-memory mode (rows go to a temporary
// file as they are written, so 100,000 rows do not stay in memory). Cells are written as text,
// never as formulas. The workbook is built under a temporary name and renamed into place by
// finish(), so a failed or cancelled export leaves no file behind.
class XlsxExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::XlsxExportWriter)

public:
    XlsxExportWriter() = default;
    ~XlsxExportWriter();
    XlsxExportWriter(const XlsxExportWriter &) = delete;
    XlsxExportWriter &operator=(const XlsxExportWriter &) = delete;

    bool open(const QString &path, const QString &sheetName, QString *error);
    // Printed page header and footer (Excel header codes: & is escaped here).
    bool setHeaderFooter(const QString &header, const QString &footer, QString *error);
    // Keeps the rows above `row` (zero-based) visible while scrolling.
    void freezeRows(int row);
    bool writeRow(const QStringList &cells, bool bold, QString *error);
    int rowsWritten() const { return m_row; }
    bool finish(QString *error);
    void discard();

private:
    QString m_path;
    QString m_partPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    int m_row = 0;
};

} // namespace hrdesk::io
