#include "core/io/TextDecoder.h"

namespace hrdesk::io {

bool TextDecoder::isValidUtf8(QByteArrayView bytes, bool complete)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n) {
            // The sequence runs past the end of the sample.
            if (complete)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView sample, bool complete)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8WithBom;
    if (sample.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (sample.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    return isValidUtf8(sample, complete) ? Encoding::Utf8 : Encoding::Gb18030;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return QString();
}

int TextDecoder::bomLength(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8WithBom:
        return 3;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return 2;
    case Encoding::Utf8:
    case Encoding::Gb18030:
        break;
    }
    return 0;
}

bool TextDecoder::start(Encoding encoding, QString *error)
{
    m_encoding = encoding;
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case Encoding::Gb18030:
        // Qt converts GB18030 through ICU (Qt 6.4 and later when built with ICU, as on Debian
        // and in vcpkg); TestCsvReader checks that this build can.
        m_decoder = QStringDecoder("GB18030");
        break;
    }
    if (!m_decoder.isValid()) {
        if (error)
            *error = tr("This build of HR Desk cannot read %1 text; save the file as \"CSV UTF-8\" and import it "
                        "again.")
                         .arg(encodingName(encoding));
        return false;
    }
    return true;
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    return m_decoder.decode(chunk);
}

} // namespace hrdesk::io
