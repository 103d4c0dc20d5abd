#include "core/io/XlsxCharacterData.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

namespace hrdesk::io {

namespace {

bool isXmlChar(char32_t u)
{
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF) || (u >= 0xE000 && u <= 0xFFFD)
        || (u >= 0x10000 && u <= 0x10FFFF);
}

// The length of the UTF-8 sequence at the start of data when it is one XML character (not
// overlong, not a surrogate, at most U+10FFFF, not U+FFFE or U+FFFF), else 0. Checked here, on
// the bytes being read anyway, instead of in a second pass over the text.
int xmlCharLength(const char *data, qsizetype size)
{
    const uchar lead = uchar(data[0]);
    const int extra = lead > 0xF4 ? -1 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
    if (extra < 0 || extra >= size)
        return 0;
    char32_t u = lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        const uchar c = uchar(data[i]);
        if ((c & 0xC0) != 0x80)
            return 0;
        u = (u << 6) | (c & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
    return u >= kSmallest[extra] && isXmlChar(u) ? extra + 1 : 0;
}

// A malformed sequence for the message: its first byte and the continuation bytes after it.
QString hexSequence(QByteArrayView bytes)
{
    qsizetype n = 1;
    while (n < bytes.size() && n < 4 && (uchar(bytes.at(n)) & 0xC0) == 0x80)
        ++n;
    return QString::fromLatin1(bytes.first(n).toByteArray().toHex(' ').toUpper());
}

// Character references are frequent (some writers spell every CJK character as one), so this
// encodes directly instead of going through a QString.
void appendUtf8(QByteArray *out, char32_t u)
{
    static constexpr uchar kLead[] = {0x00, 0xC0, 0xE0, 0xF0};
    const int extra = u < 0x80 ? 0 : u < 0x800 ? 1 : u < 0x10000 ? 2 : 3;
    out->append(char(kLead[extra] | (u >> (6 * extra))));
    for (int shift = 6 * (extra - 1); shift >= 0; shift -= 6)
        out->append(char(0x80 | ((u >> shift) & 0x3F)));
}

// Enough of a bad reference to find it, not a whole paragraph of text.
QString excerpt(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 16)));
}

} // namespace

bool XlsxCharacterData::decode(QByteArrayView bytes, Kind kind, QByteArray *out, Damage *damage)
{
    // Copies runs of plain bytes; stops at references and at line breaks, which XML normalises:
    // CR LF and CR become LF, and in attribute values every white space a space. UTF-8 sequences
    // are checked and stay in the run.
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    const quint8 stops = stopsOf(kind);
    qsizetype run = 0;
    for (qsizetype at = 0; at < size; ++at) {
        const quint8 found = kClasses[uchar(data[at])] & stops;
        if (!found)
            continue;
        if (found & NonAscii) {
            const int length = xmlCharLength(data + at, size - at);
            if (length == 0) {
                *damage = {at, tr("a text is not UTF-8 (bytes %1)").arg(hexSequence(bytes.sliced(at)))};
                return false;
            }
            at += length - 1;
            continue;
        }
        if (found & Control) {
            const QString code = QString::number(uchar(data[at]), 16).toUpper().rightJustified(4, u'0');
            *damage = {at, tr("a text contains the control character U+%1").arg(code)};
            return false;
        }
        if (out)
            out->append(data + run, at - run);
        if (found & Reference) {
            const auto *semicolon = static_cast<const char *>(std::memchr(data + at + 1, ';', size_t(size - at - 1)));
            const qsizetype referenceEnd = semicolon ? semicolon - data : size;
            const QByteArrayView name = bytes.sliced(at + 1, referenceEnd - at - 1);
            if (!semicolon || !resolveReference(name, out)) {
                const bool numeric = semicolon && name.startsWith('#');
                *damage = {at, numeric ? tr("invalid character reference &%1;").arg(excerpt(name))
                                       : tr("unknown entity &%1;").arg(excerpt(name))};
                return false;
            }
            at = referenceEnd;
        } else if (found & CarriageReturn) {
            if (at + 1 < size && data[at + 1] == '\n')
                ++at;
            if (out)
                out->append(kind == Kind::Attribute ? ' ' : '\n');
        } else if (out) {
            out->append(' ');
        }
        run = at + 1;
    }
    if (out)
        out->append(data + run, size - run);
    return true;
}

bool XlsxCharacterData::resolveReference(QByteArrayView name, QByteArray *out)
{
    static constexpr std::pair<std::string_view, char> kPredefined[] = {
        {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
    for (const auto &[entity, plain] : kPredefined) {
        if (std::string_view(name.data(), size_t(name.size())) == entity) {
            if (out)
                out->append(plain);
            return true;
        }
    }
    if (!name.startsWith('#'))
        return false;
    const bool hex = name.size() > 1 && name.at(1) == 'x';
    QByteArrayView digits = name.sliced(hex ? 2 : 1);
    // Leading zeros are legal (&#x0000000041; is "A") and do not count towards the eight digits
    // that keep the value from overflowing.
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    char32_t code = 0;
    bool valid = !digits.isEmpty() && digits.size() <= 8;
    for (qsizetype i = 0; valid && i < digits.size(); ++i) {
        const char c = digits.at(i);
        const char lower = char(c | 0x20);
        const int digit = c >= '0' && c <= '9' ? c - '0' : hex && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
        valid = digit >= 0;
        code = code * (hex ? 16 : 10) + char32_t(std::max(digit, 0));
    }
    if (!valid || !isXmlChar(code))
        return false;
    if (out)
        appendUtf8(out, code);
    return true;
}

} // namespace hrdesk::io
