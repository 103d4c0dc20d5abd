#include "core/io/XlsxSheetScanner.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace hrdesk::io {

namespace {

using Kind = XlsxCharacterData::Kind;

// Byte classes of markup, looked up once per byte in the hot loops instead of a chain of
// comparisons (XlsxCharacterData has those of text).
enum : quint8 {
    NameStart = 1, // letters, '_', ':' and every byte of a multi-byte UTF-8 character
    NameChar = 2,  // the above and digits, '-', '.'
    Space = 4      // XML white space
};

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
        const bool other = (c >= '0' && c <= '9') || c == '-' || c == '.';
        classes[size_t(c)] = quint8((letter ? NameStart | NameChar : 0) | (other ? NameChar : 0)
                                    | (c == ' ' || c == '\t' || c == '\n' || c == '\r' ? Space : 0));
    }
    return classes;
}

constexpr std::array<quint8, 256> kClasses = makeClasses();

inline quint8 classOf(char c)
{
    return kClasses[size_t(uchar(c))];
}

// Names are a few bytes long: a plain loop beats a call to memcmp.
inline bool sameName(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.data()[i] != b.data()[i])
            return false;
    }
    return true;
}

// Where the local name starts: after the last ':' of a prefixed name.
inline qsizetype localNameStart(const char *data, qsizetype start, qsizetype end)
{
    for (qsizetype at = end; at > start; --at) {
        if (data[at - 1] == ':')
            return at;
    }
    return start;
}

// The end of the name at from (from itself when there is none there), or size when the bytes
// end first.
inline qsizetype scanName(const char *data, qsizetype size, qsizetype from)
{
    if (from >= size || !(classOf(data[from]) & NameStart))
        return from;
    qsizetype at = from + 1;
    while (at < size && (classOf(data[at]) & NameChar))
        ++at;
    return at;
}

inline qsizetype skipSpace(const char *data, qsizetype size, qsizetype from)
{
    while (from < size && (classOf(data[from]) & Space))
        ++from;
    return from;
}

// The line breaks in [from, to), previous being the byte before from: LF, CR LF and a lone CR
// each end a line (XML 1.0, 2.11), so every CR counts and every LF that does not follow one.
// std::count and memchr: the whole part goes through here.
qint64 lineBreaks(const char *from, const char *to, char previous)
{
    qint64 breaks = std::count(from, to, '\n');
    if (from < to && *from == '\n' && previous == '\r')
        --breaks;
    for (const char *cr = from; cr < to && (cr = static_cast<const char *>(std::memchr(cr, '\r', size_t(to - cr)))); ++cr)
        breaks += cr + 1 < to && cr[1] == '\n' ? 0 : 1;
    return breaks;
}

} // namespace

XlsxSheetScanner::XlsxSheetScanner(QIODevice *device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(std::max<qsizetype>(1, chunkSize))
{
    m_buffer.reserve(m_chunkSize);
}

QByteArrayView XlsxSheetScanner::attribute(QByteArrayView qualifiedName) const
{
    if (m_token != Token::StartElement)
        return {};
    for (const Attribute &attribute : m_attributes) {
        if (!sameName(QByteArrayView(m_buffer.constData() + attribute.nameStart, attribute.nameSize), qualifiedName))
            continue;
        // Never a null view for a present attribute, even an empty one: null means "absent".
        if (attribute.valueSize == 0)
            return QByteArrayView("", 0);
        const char *base = attribute.decoded ? m_decoded.constData() : m_buffer.constData();
        return QByteArrayView(base + attribute.valueStart, attribute.valueSize);
    }
    return {};
}

XlsxSheetScanner::Token XlsxSheetScanner::emitPendingEnd()
{
    m_pendingEnd = false;
    m_attributes.clear();
    return m_token = Token::EndElement;
}

XlsxSheetScanner::Token XlsxSheetScanner::readNext()
{
    if (m_error != Error::None)
        return m_token = Token::Invalid;
    if (m_pendingEnd)
        return emitPendingEnd();
    if (m_token == Token::EndDocument)
        return m_token;
    if (!m_started) {
        // A UTF-8 byte order mark is allowed; UTF-16 is not read (see the class comment).
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_pos);
        if (head.startsWith("\xEF\xBB\xBF"))
            m_pos += 3;
        else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
            failAt(Error::NotWellFormed, tr("the part is written in UTF-16; only UTF-8 can be read"), m_pos);
            return m_token = Token::Invalid;
        }
        m_started = true;
    }
    for (;;) {
        Step step = Step::NeedMore;
        if (m_pos < m_buffer.size())
            step = m_buffer.at(m_pos) == '<' ? markup() : text(false);
        if (step == Step::Done || step == Step::Skipped) {
            m_seenMarkup = true;
            if (step == Step::Done)
                return m_token;
            continue;
        }
        if (step == Step::Failed)
            return m_token = Token::Invalid;
        if (fill())
            continue;
        if (m_error != Error::None)
            return m_token = Token::Invalid;
        // The device is done. Trailing text is fine after the root element; markup cut off is not.
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) != '<') {
            if (text(true) == Step::Failed)
                return m_token = Token::Invalid;
            continue;
        }
        if (m_pos == m_buffer.size() && m_rootClosed)
            return m_token = Token::EndDocument;
        failAt(Error::PrematureEnd, tr("the part ends before it is complete"), m_pos);
        return m_token = Token::Invalid;
    }
}

bool XlsxSheetScanner::fill()
{
    if (m_eof || m_error != Error::None)
        return false;
    // A token without an end (a decompression bomb, or a text run, comment or CDATA section that
    // is never closed) would grow the buffer until memory runs out, on the read-ahead thread.
    if (m_buffer.size() - m_pos >= MaxTokenSize) {
        tooLong(m_pos);
        return false;
    }
    // Keep the token being read (from m_pos): it is parsed again from its start with more bytes.
    // Reading at least as much as is kept makes a long token cost linear time, not quadratic;
    // reading no further than the bound keeps the buffer near it.
    m_discardedLines += lineBreaks(m_buffer.cbegin(), m_buffer.cbegin() + m_pos, m_lastDiscarded);
    if (m_pos > 0)
        m_lastDiscarded = m_buffer.at(m_pos - 1);
    const qsizetype kept = m_buffer.size() - m_pos;
    if (m_pos > 0 && kept > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(kept));
    m_pos = 0;
    const qsizetype want = std::max(m_chunkSize, std::min(kept, MaxTokenSize - kept));
    m_buffer.resize(kept + want);
    const qint64 got = m_device->read(m_buffer.data() + kept, want);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    m_eof = got <= 0;
    if (got < 0)
        failAt(Error::Device, m_device->errorString(), m_buffer.size());
    return got > 0;
}

XlsxSheetScanner::Step XlsxSheetScanner::markup()
{
    if (m_buffer.size() - m_pos < 2)
        return Step::NeedMore;
    switch (m_buffer.at(m_pos + 1)) {
    case '/':
        return endTag();
    case '?':
        return processingInstruction();
    case '!':
        return bang();
    default:
        return startTag();
    }
}

XlsxSheetScanner::Step XlsxSheetScanner::startTag()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype nameStart = m_pos + 1;
    const qsizetype nameEnd = scanName(data, size, nameStart);
    if (nameEnd == size)
        return Step::NeedMore;
    if (nameEnd == nameStart || data[nameEnd - 1] == ':')
        return malformed(nameStart);
    if (m_rootClosed)
        return failAt(Error::NotWellFormed, tr("there is a second root element"), m_pos);
    m_attributes.clear();
    if (!m_decoded.isEmpty())
        m_decoded.resize(0); // not clear(), which frees the memory
    qsizetype at = nameEnd;
    bool selfClosing = false;
    for (;;) {
        const qsizetype before = at;
        at = skipSpace(data, size, at);
        if (at == size)
            return Step::NeedMore;
        if (data[at] == '>') {
            ++at;
            break;
        }
        if (data[at] == '/') {
            if (at + 1 == size)
                return Step::NeedMore;
            if (data[at + 1] != '>')
                return malformed(at);
            at += 2;
            selfClosing = true;
            break;
        }
        if (at == before) // attributes are separated by white space
            return malformed(at);
        // Every attribute is compared with the earlier ones: without a bound a forged tag with
        // 200,000 of them takes minutes. Spreadsheet elements have a handful.
        if (m_attributes.size() == size_t(MaxAttributes))
            return failAt(Error::NotWellFormed, tr("an element has more than %1 attributes").arg(MaxAttributes), at);
        Attribute attribute{at, 0, 0, 0, false};
        const qsizetype attributeNameEnd = scanName(data, size, at);
        if (attributeNameEnd == size)
            return Step::NeedMore;
        if (attributeNameEnd == at)
            return malformed(at);
        attribute.nameSize = attributeNameEnd - at;
        at = skipSpace(data, size, attributeNameEnd);
        if (at == size)
            return Step::NeedMore;
        if (data[at] != '=')
            return malformed(at);
        at = skipSpace(data, size, at + 1);
        if (at == size)
            return Step::NeedMore;
        const char quote = data[at];
        if (quote != '"' && quote != '\'')
            return malformed(at);
        const qsizetype valueStart = at + 1;
        const auto *close = static_cast<const char *>(std::memchr(data + valueStart, quote, size_t(size - valueStart)));
        if (!close)
            return Step::NeedMore;
        const qsizetype valueEnd = close - data;
        const QByteArrayView attributeName(data + attribute.nameStart, attribute.nameSize);
        if (std::memchr(data + valueStart, '<', size_t(valueEnd - valueStart)))
            return failAt(Error::NotWellFormed, tr("the value of attribute %1 contains \"<\"").arg(QString::fromUtf8(attributeName)),
                          valueStart);
        for (const Attribute &other : m_attributes) {
            if (sameName(QByteArrayView(data + other.nameStart, other.nameSize), attributeName))
                return failAt(Error::NotWellFormed, tr("attribute %1 is given twice").arg(QString::fromUtf8(attributeName)),
                              attribute.nameStart);
        }
        if (!XlsxCharacterData::isPlain(QByteArrayView(data + valueStart, valueEnd - valueStart), Kind::Attribute)) {
            attribute.decoded = true;
            attribute.valueStart = m_decoded.size();
            if (!decode(valueStart, valueEnd, &m_decoded, Kind::Attribute))
                return Step::Failed;
            attribute.valueSize = m_decoded.size() - attribute.valueStart;
        } else {
            attribute.valueStart = valueStart;
            attribute.valueSize = valueEnd - valueStart;
        }
        m_attributes.push_back(attribute);
        at = valueEnd + 1;
    }
    m_nameStart = nameStart;
    m_nameSize = nameEnd - nameStart;
    m_localStart = localNameStart(data, nameStart, nameEnd);
    if (selfClosing) {
        m_pendingEnd = true;
        m_rootClosed = m_openStarts.empty();
    } else {
        // The names of the open elements are kept for their end tags: bounded, as a token is.
        if (m_openStarts.size() == size_t(MaxDepth) || m_openNames.size() + m_nameSize > MaxTokenSize)
            return failAt(Error::NotWellFormed, tr("the elements are nested too deeply"), m_pos);
        m_openStarts.push_back(m_openNames.size());
        m_openNames.append(data + nameStart, m_nameSize);
    }
    m_pos = at;
    m_token = Token::StartElement;
    return Step::Done;
}

XlsxSheetScanner::Step XlsxSheetScanner::endTag()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype nameStart = m_pos + 2;
    const qsizetype nameEnd = scanName(data, size, nameStart);
    if (nameEnd == size)
        return Step::NeedMore;
    if (nameEnd == nameStart)
        return malformed(nameStart);
    const qsizetype close = skipSpace(data, size, nameEnd);
    if (close == size)
        return Step::NeedMore;
    if (data[close] != '>')
        return malformed(close);
    const QByteArrayView endName(data + nameStart, nameEnd - nameStart);
    if (m_openStarts.empty())
        return failAt(Error::NotWellFormed, tr("the end tag </%1> has no start tag").arg(QString::fromUtf8(endName)), m_pos);
    const QByteArrayView openName = QByteArrayView(m_openNames).sliced(m_openStarts.back());
    if (!sameName(openName, endName))
        return failAt(Error::NotWellFormed,
                      tr("the end tag </%1> does not match the start tag <%2>")
                          .arg(QString::fromUtf8(endName), QString::fromUtf8(openName)),
                      m_pos);
    m_openNames.truncate(m_openStarts.back());
    m_openStarts.pop_back();
    m_rootClosed = m_openStarts.empty();
    m_nameStart = nameStart;
    m_nameSize = nameEnd - nameStart;
    m_localStart = localNameStart(data, nameStart, nameEnd);
    m_attributes.clear();
    m_pos = close + 1;
    m_token = Token::EndElement;
    return Step::Done;
}

XlsxSheetScanner::Step XlsxSheetScanner::bang()
{
    const std::string_view data(m_buffer.constData(), size_t(m_buffer.size()));
    const size_t from = size_t(m_pos);
    // Wait for more bytes only while what is there can still become one of the three.
    const std::string_view head = data.substr(from, 9);
    const auto couldBe = [&](std::string_view literal) { return literal.substr(0, head.size()) == head.substr(0, literal.size()); };
    if (!couldBe("<!--") && !couldBe("<![CDATA[") && !couldBe("<!DOCTYPE"))
        return malformed(m_pos);
    if (data.size() - from < 4)
        return Step::NeedMore;
    if (data.compare(from, 4, "<!--") == 0) {
        // A comment ends at the first "--", which must be followed by ">".
        const size_t dashes = data.find("--", from + 4);
        if (dashes == std::string_view::npos || dashes + 2 >= data.size())
            return Step::NeedMore;
        if (data[dashes + 2] != '>')
            return failAt(Error::NotWellFormed, tr("a comment contains \"--\""), qsizetype(dashes));
        if (!decode(qsizetype(from + 4), qsizetype(dashes), nullptr, Kind::Raw))
            return Step::Failed;
        m_pos = qsizetype(dashes + 3);
        return Step::Skipped;
    }
    if (data.size() - from < 9)
        return Step::NeedMore;
    if (data.compare(from, 9, "<![CDATA[") == 0) {
        const size_t end = data.find("]]>", from + 9);
        if (end == std::string_view::npos)
            return Step::NeedMore;
        if (m_openStarts.empty())
            return failAt(Error::NotWellFormed, tr("there is text outside the root element"), m_pos);
        if (!decode(qsizetype(from + 9), qsizetype(end), m_collect ? &m_text : nullptr, Kind::Raw))
            return Step::Failed;
        m_pos = qsizetype(end + 3);
        return Step::Skipped;
    }
    if (data.compare(from, 9, "<!DOCTYPE") == 0)
        return failAt(Error::NotWellFormed, tr("a document type declaration (DOCTYPE) is not allowed"), m_pos);
    return malformed(m_pos);
}

XlsxSheetScanner::Step XlsxSheetScanner::processingInstruction()
{
    const std::string_view bytes(m_buffer.constData(), size_t(m_buffer.size()));
    const size_t end = bytes.find("?>", size_t(m_pos) + 2);
    if (end == std::string_view::npos)
        return Step::NeedMore;
    const qsizetype targetStart = m_pos + 2;
    const qsizetype targetEnd = scanName(m_buffer.constData(), m_buffer.size(), targetStart);
    if (targetEnd == targetStart)
        return malformed(targetStart);
    if (!decode(targetEnd, qsizetype(end), nullptr, Kind::Raw))
        return Step::Failed;
    const QByteArrayView target(m_buffer.constData() + targetStart, targetEnd - targetStart);
    if (target.compare("xml", Qt::CaseInsensitive) == 0) {
        if (m_seenMarkup)
            return failAt(Error::NotWellFormed, tr("the XML declaration is not at the start"), m_pos);
        if (!checkDeclaration(targetEnd, qsizetype(end)))
            return Step::Failed;
    }
    m_pos = qsizetype(end + 2);
    return Step::Skipped;
}

bool XlsxSheetScanner::checkDeclaration(qsizetype from, qsizetype to)
{
    // Only the encoding matters: bytes in another encoding would be read wrongly without a word.
    const QByteArrayView declaration = QByteArrayView(m_buffer).sliced(from, to - from);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return true;
    // encoding S? = S? "name" or 'name'
    qsizetype open = at + 8;
    while (open < declaration.size() && (declaration.at(open) == '=' || (classOf(declaration.at(open)) & Space)))
        ++open;
    const char quote = open < declaration.size() ? declaration.at(open) : 0;
    const qsizetype close = quote == '"' || quote == '\'' ? declaration.indexOf(quote, open + 1) : -1;
    if (close < 0) {
        malformed(from + at);
        return false;
    }
    const QByteArrayView encoding = declaration.sliced(open + 1, close - open - 1);
    for (const char *readable : {"UTF-8", "UTF8", "US-ASCII"}) {
        if (encoding.compare(readable, Qt::CaseInsensitive) == 0)
            return true;
    }
    failAt(Error::NotWellFormed, tr("the part is written in %1; only UTF-8 can be read").arg(QString::fromUtf8(encoding)),
           from + open);
    return false;
}

XlsxSheetScanner::Step XlsxSheetScanner::text(bool final)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const auto *open = static_cast<const char *>(std::memchr(data + m_pos, '<', size_t(size - m_pos)));
    if (!open && !final)
        return Step::NeedMore; // the whole run is wanted: a reference may be cut at the chunk's end
    const qsizetype end = open ? open - data : size;
    // Text cut off by the end of the part inside an element: truncated, whatever the text is
    // (a reference cut in half would otherwise read as an unknown entity).
    if (!open && !m_openStarts.empty())
        return failAt(Error::PrematureEnd, tr("the part ends before it is complete"), m_pos);
    if (m_openStarts.empty()) {
        const char *junk = std::find_if(data + m_pos, data + end, [](char c) { return !(classOf(c) & Space); });
        if (junk != data + end)
            return failAt(Error::NotWellFormed, tr("there is text outside the root element"), junk - data);
    } else {
        const std::string_view run(data + m_pos, size_t(end - m_pos));
        const size_t cdataEnd = run.find("]]>");
        if (cdataEnd != std::string_view::npos)
            return failAt(Error::NotWellFormed, tr("the text contains \"]]>\""), m_pos + qsizetype(cdataEnd));
        if (m_collect) {
            if (!decode(m_pos, end, &m_text, Kind::Content))
                return Step::Failed;
        } else if (!decode(m_pos, end, nullptr, Kind::Content)) {
            return Step::Failed; // text nobody reads must still be well-formed
        }
    }
    m_pos = end;
    return Step::Skipped;
}

bool XlsxSheetScanner::decode(qsizetype from, qsizetype to, QByteArray *out, Kind kind)
{
    XlsxCharacterData::Damage damage;
    if (!XlsxCharacterData::decode(QByteArrayView(m_buffer).sliced(from, to - from), kind, out, &damage)) {
        failAt(Error::NotWellFormed, damage.why, from + damage.at);
        return false;
    }
    // The text of one element grows over many tokens (text between comments, CDATA sections):
    // it has the bound of one token.
    if (out && out->size() > MaxTokenSize) {
        tooLong(from);
        return false;
    }
    return true;
}

void XlsxSheetScanner::tooLong(qsizetype at)
{
    failAt(Error::NotWellFormed, tr("a text, tag or comment is longer than %1 MiB").arg(MaxTokenSize / (1024 * 1024)), at);
}

QString XlsxSheetScanner::readElementText()
{
    if (!m_text.isEmpty())
        m_text.resize(0); // not clear(), which frees the memory
    m_collect = true; // text on the way goes to m_text, that of child elements too
    skipCurrentElement();
    m_collect = false;
    if (m_error != Error::None || m_text.isEmpty())
        return {};
    return QString::fromUtf8(m_text);
}

void XlsxSheetScanner::skipCurrentElement()
{
    if (m_token != Token::StartElement)
        return;
    if (m_pendingEnd) {
        emitPendingEnd();
        return;
    }
    // The element is closed when the stack of open elements is below its depth again.
    const size_t depth = m_openStarts.size();
    for (Token token = readNext(); token != Token::Invalid && token != Token::EndDocument; token = readNext()) {
        if (token == Token::EndElement && m_openStarts.size() < depth)
            return;
    }
}

XlsxSheetScanner::Step XlsxSheetScanner::malformed(qsizetype at)
{
    return failAt(Error::NotWellFormed, tr("a tag is malformed"), at);
}

XlsxSheetScanner::Step XlsxSheetScanner::failAt(Error error, const QString &why, qsizetype at)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorString = why;
        const qsizetype end = std::min(at, m_buffer.size());
        m_errorLine = m_discardedLines + 1 + lineBreaks(m_buffer.cbegin(), m_buffer.cbegin() + end, m_lastDiscarded);
    }
    m_token = Token::Invalid;
    return Step::Failed;
}

} // namespace hrdesk::io
