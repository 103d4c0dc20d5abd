#pragma once

#include <QByteArray>
#include <QMap>
#include <QtEndian>

#include <zlib.h>

namespace hrdesk::test {

// A zip archive of stored (uncompressed) entries, in key order: enough for XlsxReader, and
// independent of the project's zip code. Header-only, for the tests and the fuzz targets alike.
inline QByteArray storedZip(const QMap<QByteArray, QByteArray> &entries)
{
    auto le16 = [](QByteArray &out, quint16 v) { char b[2]; qToLittleEndian(v, b); out.append(b, 2); };
    auto le32 = [](QByteArray &out, quint32 v) { char b[4]; qToLittleEndian(v, b); out.append(b, 4); };
    QByteArray out;
    QByteArray directory;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QByteArray &name = it.key();
        const QByteArray &data = it.value();
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50); le16(out, 20); le16(out, 0x0800); le16(out, 0); le16(out, 0); le16(out, 0);
        le32(out, crc); le32(out, quint32(data.size())); le32(out, quint32(data.size()));
        le16(out, quint16(name.size())); le16(out, 0);
        out += name;
        out += data;
        le32(directory, 0x02014b50); le16(directory, 20); le16(directory, 20); le16(directory, 0x0800);
        le16(directory, 0); le16(directory, 0); le16(directory, 0); le32(directory, crc);
        le32(directory, quint32(data.size())); le32(directory, quint32(data.size()));
        le16(directory, quint16(name.size())); le16(directory, 0); le16(directory, 0); le16(directory, 0);
        le16(directory, 0); le32(directory, 0); le32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50); le16(out, 0); le16(out, 0); le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size())); le32(out, quint32(directory.size())); le32(out, directoryOffset); le16(out, 0);
    return out;
}

} // namespace hrdesk::test
