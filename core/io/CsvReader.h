#pragma once

#include "core/io/TableReader.h"
#include "core/io/TextDecoder.h"

#include <QFile>

namespace hrdesk::io {

// RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) read as a
// stream. The delimiter is a comma unless the first line has more tabs or semicolons; the
// encoding is detected by TextDecoder. Row numbers count records, as Excel numbers the rows of
// the opened file (a quoted line break does not start a new row).
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::CsvReader)

public:
    bool open(const QString &path) override;
    bool next(TableRow &row) override;
    double progress() const override;

    // For tests and callers that already hold the text (no detection needed).
    void openText(const QString &text, const QString &name = QString());

    TextDecoder::Encoding encoding() const { return m_decoder.encoding(); }
    QChar delimiter() const { return m_delimiter; }
    static QChar detectDelimiter(QStringView firstLine);

private:
    // Makes sure at least one character is buffered; false at the end of the input.
    bool fill();
    // Characters from m_pos that are plain field text: up to the next quote when quoted, else up
    // to the next delimiter, line end or quote (or the end of the buffer).
    qsizetype plainRun(bool quoted) const;

    QFile m_file;
    QString m_name;
    TextDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_fromText = false;
    QChar m_delimiter = u',';
    int m_rowNumber = 0;
    qint64 m_size = 0;
};

} // namespace hrdesk::io
