#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace hrdesk::audit {

// Compact JSON text of a value, byte for byte what QJsonDocument::toJson(Compact) writes for
// it: object keys in QJsonObject's (sorted) order, strings as UTF-8 with Qt's escapes (\" \\ \b
// \f \n \r \t, other controls and unpaired surrogates as \u00xx), integers as integers, doubles
// in their shortest round-trip form, non-finite doubles as null.
//
// The audit chain hashes this text, so it must never change for values already hashed; the
// tests compare it with QJsonDocument over awkward values. It exists because the audit log of
// an import writes one event per row: QJsonDocument builds a CBOR copy of every value before it
// writes text, which made serialising the events cost more than inserting them.
class CanonicalJson
{
public:
    static QByteArray text(const QJsonValue &value);
    static void append(QByteArray &out, const QJsonValue &value);
    static void appendString(QByteArray &out, QStringView text);
};

} // namespace hrdesk::audit
