#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace hrdesk::io {

// Turns the bytes of a text file into text, chunk by chunk, in the encoding the file was written
// in. Detection: a BOM (UTF-8, UTF-16) decides; otherwise text that is valid UTF-8 is UTF-8;
// anything else is GB18030, a superset of GBK and GB2312, which is what Excel writes for "CSV"
// on a Chinese Windows.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::TextDecoder)

public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Gb18030 };

    // sample: the first bytes of the file; complete: true when the sample is the whole file
    // (otherwise a multi-byte sequence cut at its end is not held against UTF-8).
    static Encoding detect(QByteArrayView sample, bool complete);
    static bool isValidUtf8(QByteArrayView bytes, bool complete);
    static QString encodingName(Encoding encoding);
    // Length of the byte-order mark the encoding starts with, skipped before decoding.
    static int bomLength(Encoding encoding);

    // False (with error set) when this Qt cannot convert the encoding.
    bool start(Encoding encoding, QString *error);
    // Decodes the next chunk; state carries over chunk boundaries.
    QString decode(QByteArrayView chunk);
    // True once bytes were met that are not valid in the encoding.
    bool hasError() const { return m_decoder.hasError(); }
    Encoding encoding() const { return m_encoding; }

private:
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_decoder;
};

} // namespace hrdesk::io
