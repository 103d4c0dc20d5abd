#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>

#include <memory>

namespace hrdesk::io {

class ZipEntryDevice;

// Reads entries of a zip archive (an .xlsx workbook) with zlib: the central directory once, then
// any entry as a stream that inflates as it is read and checks its CRC at the end.
//
// Why not QuaZip: QuaZip exports minizip's zip*/unz* symbols from its own modified copy, and
// libxlsxwriter (which we write workbooks with) calls the same symbols from the system minizip.
// On ELF systems both end up in one process and libxlsxwriter binds to QuaZip's incompatible
// copy and crashes in workbook_close(); see docs/decisions/0007-xlsx-reading-on-zlib.md.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::ZipArchive)

public:
    struct Entry
    {
        QString name;
        quint16 method = 0;  // 0 stored, 8 deflated
        quint16 flags = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };

    // False with error() set when the file is not a zip archive or its directory is damaged.
    bool open(const QString &path);
    const QString &error() const { return m_error; }

    bool contains(const QString &name) const { return m_entries.contains(name); }
    const Entry *entry(const QString &name) const;
    // The whole entry (for the small parts of a workbook).
    bool read(const QString &name, QByteArray *bytes);
    // A sequential device that inflates the entry as it is read; it fails a read with an
    // errorString() when the data is truncated or its checksum does not match.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString &name);

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QString m_path;
    QString m_name;
    qint64 m_size = 0;
    QHash<QString, Entry> m_entries;
    QString m_error;
};

} // namespace hrdesk::io
