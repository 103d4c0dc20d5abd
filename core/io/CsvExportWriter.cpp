#include "core/io/CsvExportWriter.h"

namespace hrdesk::io {

namespace {

bool isDigits(const QString &value)
{
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !value.isEmpty();
}

bool looksNumeric(QStringView value)
{
    bool ok = false;
    (void)value.toDouble(&ok);
    if (ok)
        return true;
    // Phone numbers such as +86 138 0013 8000 or -.
    for (const QChar c : value) {
        if (!(c.isDigit() || c == u' ' || c == u'-' || c == u'+' || c == u'(' || c == u')'))
            return false;
    }
    return true;
}

} // namespace

QString CsvExportWriter::field(const QString &value)
{
    QString text = value;
    if (isDigits(text) && (text.size() >= 12 || (text.size() > 1 && text.startsWith(u'0'))))
        text.prepend(u'\t');
    else if (!text.isEmpty()
             && (text.startsWith(u'=') || text.startsWith(u'@')
                 || ((text.startsWith(u'+') || text.startsWith(u'-')) && !looksNumeric(text))))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.contains(u'\t') || text.contains(u';')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

bool CsvExportWriter::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_pending = QByteArray("\xEF\xBB\xBF");
    return true;
}

void CsvExportWriter::writeComment(const QString &text)
{
    m_pending += field(text).toUtf8();
    m_pending += "\r\n";
}

void CsvExportWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_pending += ',';
        m_pending += field(cells.at(i)).toUtf8();
    }
    m_pending += "\r\n";
    if (m_pending.size() > 1 << 20) {
        m_file.write(m_pending);
        m_pending.clear();
    }
}

bool CsvExportWriter::finish(QString *error)
{
    m_file.write(m_pending);
    m_pending.clear();
    if (!m_file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void CsvExportWriter::discard()
{
    m_pending.clear();
    if (m_file.isOpen())
        m_file.cancelWriting();
    if (m_file.isOpen())
        m_file.commit(); // after cancelWriting() this only removes the temporary file
}

} // namespace hrdesk::io
