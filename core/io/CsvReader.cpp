#include "core/io/CsvReader.h"

#include <QFileInfo>

namespace hrdesk::io {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
} // namespace

QChar CsvReader::detectDelimiter(QStringView firstLine)
{
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

bool CsvReader::open(const QString &path)
{
    m_name = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    const QByteArray sample = m_file.read(ChunkSize);
    const bool complete = m_file.atEnd();
    const TextDecoder::Encoding encoding = TextDecoder::detect(sample, complete);
    QString error;
    if (!m_decoder.start(encoding, &error))
        return fail(error);
    m_buffer = m_decoder.decode(QByteArrayView(sample).sliced(TextDecoder::bomLength(encoding)));
    if (m_decoder.hasError())
        return fail(tr("%1 is not readable text (%2).").arg(m_name, TextDecoder::encodingName(encoding)));
    m_pos = 0;
    m_eof = complete;
    m_rowNumber = 0;
    // The first line decides the delimiter (headers rarely hold commas inside quotes).
    qsizetype end = m_buffer.indexOf(u'\n');
    m_delimiter = detectDelimiter(QStringView(m_buffer).left(end < 0 ? m_buffer.size() : end));
    return true;
}

void CsvReader::openText(const QString &text, const QString &name)
{
    m_name = name;
    m_buffer = text;
    m_pos = 0;
    m_eof = true;
    m_fromText = true;
    m_rowNumber = 0;
    m_size = text.size();
    const qsizetype end = m_buffer.indexOf(u'\n');
    m_delimiter = detectDelimiter(QStringView(m_buffer).left(end < 0 ? m_buffer.size() : end));
}

double CsvReader::progress() const
{
    if (m_size <= 0)
        return 1.0;
    if (m_fromText)
        return double(m_pos) / double(m_size);
    // Bytes read so far, less what is still buffered (approximately: characters, not bytes).
    const qint64 consumed = m_file.pos() - qint64(m_buffer.size() - m_pos);
    return qBound(0.0, double(consumed) / double(m_size), 1.0);
}

bool CsvReader::fill()
{
    while (m_pos >= m_buffer.size()) {
        if (m_eof)
            return false;
        const QByteArray chunk = m_file.read(ChunkSize);
        if (chunk.isEmpty()) {
            m_eof = true;
            if (m_file.error() != QFileDevice::NoError)
                return fail(tr("Cannot read %1: %2").arg(m_name, m_file.errorString()));
            return false;
        }
        m_buffer = m_decoder.decode(chunk);
        m_pos = 0;
        if (m_decoder.hasError())
            return fail(tr("%1 is not readable %2 text after row %3: the encoding changes within the file. Save it "
                           "again as \"CSV UTF-8\".")
                            .arg(m_name, TextDecoder::encodingName(m_decoder.encoding()))
                            .arg(m_rowNumber));
    }
    return true;
}

qsizetype CsvReader::plainRun(bool quoted) const
{
    const char16_t *data = reinterpret_cast<const char16_t *>(m_buffer.constData());
    const qsizetype size = m_buffer.size();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype end = m_pos;
    if (quoted) {
        while (end < size && data[end] != u'"')
            ++end;
    } else {
        while (end < size) {
            const char16_t u = data[end];
            if (u == delimiter || u == u'\n' || u == u'\r' || u == u'"')
                break;
            ++end;
        }
    }
    return end - m_pos;
}

bool CsvReader::next(TableRow &row)
{
    row.cells.clear();
    if (!error().isEmpty())
        return false;
    if (!fill())
        return false;
    ++m_rowNumber;
    row.number = m_rowNumber;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field began with a quote
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!error().isEmpty())
                return false;
            if (quoted)
                return fail(tr("%1, row %2: a quoted value is not closed (a \" is missing).").arg(m_name).arg(row.number));
            row.cells.append(field);
            return true;
        }
        // The plain characters up to the next one that matters, appended at once.
        const qsizetype plain = plainRun(quoted);
        if (plain > 0) {
            field.append(QStringView(m_buffer).mid(m_pos, plain));
            m_pos += plain;
            continue;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_buffer.size() && !fill() && !error().isEmpty())
                    return false;
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                    field.append(u'"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == m_delimiter) {
            row.cells.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (m_pos >= m_buffer.size() && !fill() && !error().isEmpty())
                    return false;
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            row.cells.append(field);
            return true;
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else {
            // Lenient like Excel: a quote inside an unquoted field is kept as written.
            field.append(c);
        }
    }
}

} // namespace hrdesk::io
