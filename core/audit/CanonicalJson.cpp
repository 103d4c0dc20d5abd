#include "core/audit/CanonicalJson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace hrdesk::audit {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscaped(QByteArray &out, char16_t unit)
{
    out.append('\\');
    out.append('u');
    out.append(hexDigit((unit >> 12) & 0xf));
    out.append(hexDigit((unit >> 8) & 0xf));
    out.append(hexDigit((unit >> 4) & 0xf));
    out.append(hexDigit(unit & 0xf));
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // QJsonValue keeps integers as integers (written without a fraction) and the rest as doubles.
    const QCborValue cbor = QCborValue::fromJsonValue(value);
    if (cbor.isInteger()) {
        out.append(QByteArray::number(cbor.toInteger()));
        return;
    }
    const double d = value.toDouble();
    if (std::isfinite(d))
        out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null");
}

} // namespace

QByteArray CanonicalJson::text(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(256);
    append(out, value);
    return out;
}

void CanonicalJson::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != 0x22 && u != 0x5c) {
                out.append(char(u));
                continue;
            }
            out.append('\\');
            switch (u) {
            case 0x22: out.append('"'); break;
            case 0x5c: out.append('\\'); break;
            case 0x08: out.append('b'); break;
            case 0x0c: out.append('f'); break;
            case 0x0a: out.append('n'); break;
            case 0x0d: out.append('r'); break;
            case 0x09: out.append('t'); break;
            default:
                out.append("u00");
                out.append(hexDigit(u >> 4));
                out.append(hexDigit(u & 0xf));
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (u < 0xd800 || u > 0xdfff) {
            out.append(char(0xe0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (u <= 0xdbff && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            appendEscaped(out, u); // an unpaired surrogate is not UTF-8
        }
    }
    out.append('"');
}

void CanonicalJson::append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        bool first = true;
        for (const QJsonValue &item : array) {
            if (!first)
                out.append(',');
            first = false;
            append(out, item);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append('{');
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, it.key());
            out.append(':');
            append(out, it.value());
        }
        out.append('}');
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    }
}

} // namespace hrdesk::audit
