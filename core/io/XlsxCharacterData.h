#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <array>

namespace hrdesk::io {

// The character data of XlsxSheetScanner's parts: text, attribute values, CDATA sections,
// comments. Checks that every byte belongs to an XML character in UTF-8 (XML 1.0, 2.2), resolves
// the predefined entities and character references and normalises line breaks (2.11, 3.3.3).
// A raw control character or a byte that is not UTF-8 is damage, not a character to replace:
// QString::fromUtf8 would turn it into U+FFFD and a name into something else without a word
// (Excel writes control characters as _x0001_, so its own files never have them raw). Apart from
// the scanner so that the scanner is about markup and this about characters.
class XlsxCharacterData
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::XlsxCharacterData)

public:
    enum class Kind {
        Content,   // text between tags: references resolved, CR LF and CR become LF
        Attribute, // as Content, and every tab, CR and LF a space
        Raw        // CDATA, comments, processing instructions: no references; CR LF and CR become LF
    };

    struct Damage
    {
        qsizetype at = 0; // offset in the bytes given
        QString why;
    };

    // True when the bytes are the same decoded and need no check: ASCII without references, line
    // breaks or control characters. Inline: the scanner asks for every attribute value.
    static bool isPlain(QByteArrayView bytes, Kind kind)
    {
        const quint8 stops = stopsOf(kind);
        for (const char c : bytes) {
            if (kClasses[uchar(c)] & stops)
                return false;
        }
        return true;
    }

    // Checks the bytes and appends them decoded to out (only checks when out is null). False on
    // damage, which *damage then describes.
    static bool decode(QByteArrayView bytes, Kind kind, QByteArray *out, Damage *damage);

private:
    // Byte classes, looked up once per byte instead of a chain of comparisons.
    enum : quint8 {
        Reference = 1,      // '&'
        CarriageReturn = 2, // normalised everywhere
        TabOrLineFeed = 4,  // normalised in attribute values
        Control = 8,        // C0 controls other than tab, LF and CR: not XML characters
        NonAscii = 16       // starts or continues a multi-byte UTF-8 sequence, to be checked
    };

    static constexpr quint8 stopsOf(Kind kind)
    {
        const quint8 always = CarriageReturn | Control | NonAscii;
        return kind == Kind::Raw ? always : kind == Kind::Content ? always | Reference : always | Reference | TabOrLineFeed;
    }

    static constexpr std::array<quint8, 256> kClasses = [] {
        std::array<quint8, 256> classes{};
        for (int c = 0; c < 256; ++c) {
            classes[size_t(c)] = quint8((c == '&' ? Reference : 0) | (c == '\r' ? CarriageReturn : 0)
                                        | (c == '\t' || c == '\n' ? TabOrLineFeed : 0)
                                        | (c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? Control : 0)
                                        | (c >= 0x80 ? NonAscii : 0));
        }
        return classes;
    }();

    static bool resolveReference(QByteArrayView name, QByteArray *out);
};

} // namespace hrdesk::io
