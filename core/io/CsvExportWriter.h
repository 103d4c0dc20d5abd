#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace hrdesk::io {

// Writes CSV for Excel: UTF-8 with a BOM (without it Excel on a Chinese Windows reads the file
// as GBK and garbles it), CRLF line ends, RFC 4180 quoting. The file appears only when finish()
// succeeds; until then it is written beside it (QSaveFile), so nothing is half-written.
class CsvExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::CsvExportWriter)

public:
    bool open(const QString &path, QString *error);
    // One line holding a single value (the "# exported by" line).
    void writeComment(const QString &text);
    void writeRow(const QStringList &cells);
    bool finish(QString *error);
    void discard();

    // The field as it goes into the file: quoted when needed; long digit strings (ID numbers,
    // employee numbers with leading zeros) get a leading tab so that Excel keeps them as text,
    // and text that Excel would run as a formula gets a leading apostrophe.
    static QString field(const QString &value);

private:
    QSaveFile m_file;
    QByteArray m_pending;
};

} // namespace hrdesk::io
