#include "core/io/XlsxExportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace hrdesk::io {

namespace {

QByteArray nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8(); // libxlsxwriter opens UTF-8 names on Windows
#else
    return QFile::encodeName(path);
#endif
}

// Excel header/footer codes start with &; a literal & is written &&. Excel limits the text.
QByteArray headerText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QStringLiteral("&"), QStringLiteral("&&"));
    QByteArray utf8 = (QStringLiteral("&C") + escaped).toUtf8();
    while (utf8.size() > LXW_HEADER_FOOTER_MAX && !escaped.isEmpty()) {
        escaped.chop(1);
        utf8 = (QStringLiteral("&C") + escaped).toUtf8();
    }
    return utf8;
}

} // namespace

XlsxExportWriter::~XlsxExportWriter()
{
    discard();
}

bool XlsxExportWriter::open(const QString &path, const QString &sheetName, QString *error)
{
    m_path = path;
    m_partPath = path + QStringLiteral(".part");
    QFile::remove(m_partPath);
    const QByteArray tmpdir = nativePath(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    m_workbook = workbook_new_opt(nativePath(m_partPath).constData(), &options);
    if (!m_workbook) {
        if (error)
            *error = tr("Cannot create the workbook %1.").arg(path);
        return false;
    }
    QString name = sheetName;
    // Sheet names: at most 31 characters, none of []:*?/\ .
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'_';
    }
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : name.left(31).toUtf8().constData());
    if (!m_sheet) {
        if (error)
            *error = tr("Cannot create the worksheet \"%1\".").arg(name);
        discard();
        return false;
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_row = 0;
    return true;
}

bool XlsxExportWriter::setHeaderFooter(const QString &header, const QString &footer, QString *error)
{
    if (worksheet_set_header(m_sheet, headerText(header).constData()) != LXW_NO_ERROR
        || worksheet_set_footer(m_sheet, headerText(footer).constData()) != LXW_NO_ERROR) {
        if (error)
            *error = tr("The page header or footer of the workbook is not accepted.");
        return false;
    }
    return true;
}

void XlsxExportWriter::freezeRows(int row)
{
    worksheet_freeze_panes(m_sheet, lxw_row_t(row), 0);
}

bool XlsxExportWriter::writeRow(const QStringList &cells, bool bold, QString *error)
{
    if (m_row >= int(LXW_ROW_MAX)) {
        if (error)
            *error = tr("An Excel sheet holds at most %1 rows.").arg(LXW_ROW_MAX);
        return false;
    }
    for (qsizetype column = 0; column < cells.size() && column < LXW_COL_MAX; ++column) {
        const QString &value = cells.at(column);
        if (value.isEmpty())
            continue;
        // Excel keeps at most 32,767 characters in a cell.
        const QByteArray utf8 = value.left(32767).toUtf8();
        const lxw_error status = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column),
                                                        utf8.constData(), bold ? m_bold : nullptr);
        if (status != LXW_NO_ERROR) {
            if (error)
                *error = tr("Cannot write row %1 of the workbook: %2")
                             .arg(m_row + 1)
                             .arg(QString::fromUtf8(lxw_strerror(status)));
            return false;
        }
    }
    ++m_row;
    return true;
}

bool XlsxExportWriter::finish(QString *error)
{
    if (!m_workbook)
        return false;
    const lxw_error status = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (status != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partPath, m_path)) {
        QFile::remove(m_partPath);
        if (error)
            *error = tr("Cannot write %1: the finished workbook could not be moved into place.").arg(m_path);
        return false;
    }
    return true;
}

void XlsxExportWriter::discard()
{
    if (m_workbook) {
        // Closing is the only way to free a libxlsxwriter workbook; the file it writes is removed.
        workbook_close(m_workbook);
        m_workbook = nullptr;
        m_sheet = nullptr;
        QFile::remove(m_partPath);
    }
}

} // namespace hrdesk::io
