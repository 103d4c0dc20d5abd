#include "core/io/ZipArchive.h"

#include "core/io/ZipEntryDevice.h"

#include <QFileInfo>
#include <QtEndian>

namespace hrdesk::io {

namespace {

constexpr quint32 EndOfDirectory = 0x06054b50;
constexpr quint32 DirectoryEntry = 0x02014b50;
constexpr int EndOfDirectorySize = 22;
constexpr int DirectoryEntrySize = 46;

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

} // namespace

bool ZipArchive::open(const QString &path)
{
    m_path = path;
    m_name = QFileInfo(path).fileName();
    m_entries.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(path, file.errorString()));
    m_size = file.size();
    const QString notZip = tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive, or it is truncated or "
                              "damaged.")
                               .arg(m_name);
    if (m_size < EndOfDirectorySize)
        return fail(notZip);
    // The end-of-directory record closes the file, followed by a comment of up to 64 KiB.
    const qint64 tailSize = qMin<qint64>(m_size, EndOfDirectorySize + 0xFFFF);
    file.seek(m_size - tailSize);
    const QByteArray tail = file.read(tailSize);
    qsizetype at = -1;
    for (qsizetype i = tail.size() - EndOfDirectorySize; i >= 0; --i) {
        if (u32(tail.constData() + i) == EndOfDirectory) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return fail(notZip);
    const char *end = tail.constData() + at;
    const quint16 count = u16(end + 10);
    const quint32 directorySize = u32(end + 12);
    const quint32 directoryOffset = u32(end + 16);
    if (directoryOffset == 0xFFFFFFFFu || count == 0xFFFF)
        return fail(tr("%1 is a ZIP64 archive, which is not supported for workbooks.").arg(m_name));
    if (qint64(directoryOffset) + directorySize > m_size)
        return fail(notZip);
    file.seek(directoryOffset);
    const QByteArray directory = file.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return fail(notZip);
    qsizetype pos = 0;
    for (int i = 0; i < count; ++i) {
        if (pos + DirectoryEntrySize > directory.size() || u32(directory.constData() + pos) != DirectoryEntry)
            return fail(tr("%1 is damaged: its table of contents is broken.").arg(m_name));
        const char *p = directory.constData() + pos;
        Entry entry;
        entry.flags = u16(p + 8);
        entry.method = u16(p + 10);
        entry.crc = u32(p + 16);
        entry.compressedSize = u32(p + 20);
        entry.size = u32(p + 24);
        const quint16 nameLength = u16(p + 28);
        const quint16 extraLength = u16(p + 30);
        const quint16 commentLength = u16(p + 32);
        entry.localHeaderOffset = u32(p + 42);
        if (pos + DirectoryEntrySize + nameLength > directory.size())
            return fail(tr("%1 is damaged: its table of contents is broken.").arg(m_name));
        entry.name = QString::fromUtf8(p + DirectoryEntrySize, nameLength);
        pos += DirectoryEntrySize + nameLength + extraLength + commentLength;
        m_entries.insert(entry.name, entry);
    }
    return true;
}

const ZipArchive::Entry *ZipArchive::entry(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

std::unique_ptr<ZipEntryDevice> ZipArchive::openEntry(const QString &name)
{
    const Entry *found = entry(name);
    if (!found) {
        fail(tr("%1 is not a complete Excel workbook: it has no %2.").arg(m_name, name));
        return nullptr;
    }
    if (found->flags & 1) {
        fail(tr("%1 is encrypted; save it without a password and import it again.").arg(m_name));
        return nullptr;
    }
    if (found->method != 0 && found->method != 8) {
        fail(tr("%1 uses a compression method HR Desk cannot read (%2).").arg(m_name).arg(found->method));
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(m_path, *found);
    if (!device->start()) {
        fail(tr("%1 is damaged: %2 (%3).").arg(m_name, name, device->errorString()));
        return nullptr;
    }
    return device;
}

bool ZipArchive::read(const QString &name, QByteArray *bytes)
{
    const auto device = openEntry(name);
    if (!device)
        return false;
    bytes->clear();
    bytes->reserve(qsizetype(qMin<qint64>(device->size(), 256 << 20)));
    char buffer[64 * 1024];
    while (true) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0)
            return fail(tr("%1 is damaged: %2 (%3).").arg(m_name, name, device->errorString()));
        if (n == 0)
            break;
        bytes->append(buffer, qsizetype(n));
    }
    return true;
}

} // namespace hrdesk::io
