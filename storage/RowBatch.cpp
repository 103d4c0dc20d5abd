#include "storage/RowBatch.h"

#include <cstring>

namespace hrdesk::storage {

namespace {

// UTF-16 to UTF-8 into out (at least 3 bytes per code unit); returns the bytes written. A lone
// surrogate (broken UTF-16) becomes U+FFFD, the replacement character.
size_t toUtf8(QStringView text, char *out)
{
    auto *o = reinterpret_cast<unsigned char *>(out);
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            *o++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c < 0x800) {
            *o++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
                *o++ = static_cast<unsigned char>(0xF0 | (c >> 18));
                *o++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
                continue;
            }
            c = 0xFFFD;
        }
        *o++ = static_cast<unsigned char>(0xE0 | (c >> 12));
        *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    return size_t(o - reinterpret_cast<unsigned char *>(out));
}

} // namespace

RowBatch::RowBatch(int columns, qsizetype capacity)
    : m_columns(columns)
    , m_capacity(capacity)
{
    m_values.reserve(size_t((capacity + 1) * columns));
}

void RowBatch::clear()
{
    m_rows = 0;
    m_badColumn = 0;
    m_values.clear();
    m_text.clear();
}

RowBatch::Value &RowBatch::slot(int column)
{
    if (column < 1 || column > m_columns) {
        if (m_badColumn == 0)
            m_badColumn = column;
        return m_discard;
    }
    const size_t open = size_t(m_rows * m_columns);
    if (m_values.size() == open)
        m_values.resize(open + size_t(m_columns));
    return m_values[open + size_t(column - 1)];
}

void RowBatch::bind(int column, qint64 value)
{
    Value &v = slot(column);
    v.type = Value::Integer;
    v.integer = value;
    v.length = 0;
}

void RowBatch::bindText(int column, QByteArrayView utf8)
{
    if (utf8.isNull()) {
        bindNull(column);
        return;
    }
    Value &v = slot(column);
    const size_t offset = m_text.size();
    m_text.resize(offset + size_t(utf8.size()));
    if (!utf8.isEmpty())
        std::memcpy(m_text.data() + offset, utf8.data(), size_t(utf8.size()));
    v.type = Value::Text;
    v.integer = qint64(offset);
    v.length = qint32(utf8.size());
}

void RowBatch::bindText(int column, QStringView text)
{
    if (text.isNull()) {
        bindNull(column);
        return;
    }
    Value &v = slot(column);
    const size_t offset = m_text.size();
    m_text.resize(offset + size_t(text.size()) * 3);
    const size_t length = toUtf8(text, m_text.data() + offset);
    m_text.resize(offset + length);
    v.type = Value::Text;
    v.integer = qint64(offset);
    v.length = qint32(length);
}

void RowBatch::bindNull(int column)
{
    Value &v = slot(column);
    v = Value();
}

void RowBatch::endRow()
{
    const size_t open = size_t(m_rows * m_columns);
    if (m_values.size() == open) // a row of NULLs only
        m_values.resize(open + size_t(m_columns));
    ++m_rows;
}

} // namespace hrdesk::storage
