#pragma once

#include "core/io/XlsxCharacterData.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QIODevice;

namespace hrdesk::io {

// A small pull parser for the two large parts of a workbook, the worksheet and the shared
// strings. QXmlStreamReader turns every token into QStrings and costs about 3 µs a cell, which
// made reading 100,000 rows of XLSX twice as slow as CSV (issue 3). This one reads the device in
// chunks into one byte buffer and walks the bytes; only the text a caller asks for becomes a
// QString. It is well-formed XML for what spreadsheet writers produce: the XML declaration,
// comments, processing instructions, CDATA sections, entity and character references, attributes
// in either quotes, namespace prefixes (elements are matched on their local name) and matching
// end tags. What it does not do, on purpose: read a DTD (a DOCTYPE is an error, which also keeps
// entity expansion out), resolve namespace URIs, or read any encoding other than UTF-8 (text,
// attribute values and comments that are not UTF-8, or have raw control characters, are damage:
// see XlsxCharacterData).
class XlsxSheetScanner
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::XlsxSheetScanner)

public:
    enum class Token { StartElement, EndElement, EndDocument, Invalid };
    enum class Error { None, PrematureEnd, NotWellFormed, Device };

    static constexpr qsizetype DefaultChunkSize = 64 * 1024;
    // More attributes on one element is damage (the duplicate check is quadratic in them).
    static constexpr int MaxAttributes = 256;
    // Bounds on memory, past which a part is damaged (or forged): one text, tag, comment or CDATA
    // section, and the text of one element (a cell holds at most 32,767 characters in Excel)...
    static constexpr qsizetype MaxTokenSize = 32 * 1024 * 1024;
    // ... and elements open at once (a worksheet nests about six deep).
    static constexpr int MaxDepth = 1024;

    // Reads from an open device; the chunk size is a parameter so that tests can split every
    // tag and text across reads.
    explicit XlsxSheetScanner(QIODevice *device, qsizetype chunkSize = DefaultChunkSize);

    // The next start or end tag. Text between tags is checked but not converted (readElementText
    // gives it). A self-closing element gives a StartElement and then an EndElement, as
    // QXmlStreamReader does. EndDocument once the root element is closed; Invalid on an error.
    Token readNext();
    Token tokenType() const { return m_token; }
    // Local name of the current element (without its prefix); valid until the next call.
    QByteArrayView name() const
    {
        // Inline: the reader asks for it several times for every cell.
        if (m_token != Token::StartElement && m_token != Token::EndElement)
            return {};
        return QByteArrayView(m_buffer.constData() + m_localStart, m_nameStart + m_nameSize - m_localStart);
    }
    // Value of an attribute of the current start tag by its qualified name, with references
    // resolved; a null view when the tag has no such attribute. Valid until the next call.
    QByteArrayView attribute(QByteArrayView qualifiedName) const;
    // After a StartElement: the text of the element and of its children, up to and including its
    // end tag (a null QString when there is none, as QXmlStreamReader gives).
    QString readElementText();
    // After a StartElement: reads up to and including its end tag.
    void skipCurrentElement();

    bool hasError() const { return m_error != Error::None; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The line (from 1) where the error was found; LF, CR LF and CR each end a line.
    qint64 lineNumber() const { return m_errorLine; }

private:
    enum class Step { Done, Skipped, NeedMore, Failed };

    struct Attribute
    {
        qsizetype nameStart;
        qsizetype nameSize;
        qsizetype valueStart; // in m_buffer, or in m_decoded when decoded
        qsizetype valueSize;
        bool decoded;
    };

    bool fill();
    Step markup();
    Step startTag();
    Step endTag();
    Step bang();
    Step processingInstruction();
    Step text(bool final);
    bool checkDeclaration(qsizetype from, qsizetype to);
    // Character data of the buffer through XlsxCharacterData; damage fails the scanner.
    bool decode(qsizetype from, qsizetype to, QByteArray *out, XlsxCharacterData::Kind kind);
    Step malformed(qsizetype at);
    void tooLong(qsizetype at);
    Step failAt(Error error, const QString &why, qsizetype at);
    Token emitPendingEnd();

    QIODevice *m_device;
    qsizetype m_chunkSize;
    QByteArray m_buffer;    // bytes read and not yet discarded; m_pos is the next unread one
    qsizetype m_pos = 0;
    qint64 m_discardedLines = 0;
    char m_lastDiscarded = 0; // a CR here and an LF at m_buffer[0] are one line break
    bool m_eof = false;
    bool m_started = false; // the byte order mark has been looked at
    bool m_seenMarkup = false; // anything but a byte order mark: the XML declaration must come first

    Token m_token = Token::Invalid;
    qsizetype m_nameStart = 0;
    qsizetype m_nameSize = 0;
    qsizetype m_localStart = 0;
    bool m_pendingEnd = false; // a self-closing tag owes its EndElement
    std::vector<Attribute> m_attributes;
    QByteArray m_decoded;   // attribute values that had references or line breaks, resolved

    QByteArray m_openNames; // qualified names of the open elements, one after another
    std::vector<qsizetype> m_openStarts;
    bool m_rootClosed = false;

    bool m_collect = false; // readElementText is running: text goes to m_text
    QByteArray m_text;

    Error m_error = Error::None;
    QString m_errorString;
    qint64 m_errorLine = 0;
};

} // namespace hrdesk::io
