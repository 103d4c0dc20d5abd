#include "core/io/ZipEntryDevice.h"

#include <QtEndian>

#include <zlib.h>

namespace hrdesk::io {

namespace {
constexpr quint32 LocalHeader = 0x04034b50;
constexpr int LocalHeaderSize = 30;
constexpr qint64 InputChunk = 64 * 1024;
} // namespace

struct ZipEntryDevice::Inflater
{
    z_stream stream{};
    bool initialised = false;
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

ZipEntryDevice::ZipEntryDevice(const QString &archivePath, const ZipArchive::Entry &entry)
    : m_file(archivePath)
    , m_entry(entry)
    , m_inflater(std::make_unique<Inflater>())
{
}

ZipEntryDevice::~ZipEntryDevice() = default;

bool ZipEntryDevice::start()
{
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_entry.localHeaderOffset)) {
        setErrorString(m_file.errorString());
        return false;
    }
    const QByteArray header = m_file.read(LocalHeaderSize);
    if (header.size() != LocalHeaderSize || qFromLittleEndian<quint32>(header.constData()) != LocalHeader) {
        setErrorString(tr("the entry's header is missing"));
        return false;
    }
    const qint64 dataStart = m_entry.localHeaderOffset + LocalHeaderSize + qFromLittleEndian<quint16>(header.constData() + 26)
        + qFromLittleEndian<quint16>(header.constData() + 28);
    if (dataStart + m_entry.compressedSize > m_file.size() || !m_file.seek(dataStart)) {
        setErrorString(tr("the data is cut off: the file is truncated"));
        return false;
    }
    m_compressedLeft = m_entry.compressedSize;
    m_crc = quint32(crc32(0, nullptr, 0));
    if (m_entry.method == 8) {
        // Raw deflate data (negative window bits: no zlib header).
        if (inflateInit2(&m_inflater->stream, -MAX_WBITS) != Z_OK) {
            setErrorString(tr("cannot start decompressing"));
            return false;
        }
        m_inflater->initialised = true;
    }
    return QIODevice::open(QIODevice::ReadOnly);
}

bool ZipEntryDevice::finishEntry()
{
    m_finished = true;
    if (m_produced != m_entry.size || m_crc != m_entry.crc) {
        failRead(tr("the data does not match its checksum"));
        return false;
    }
    return true;
}

qint64 ZipEntryDevice::failRead(const QString &why)
{
    m_failed = true;
    m_finished = true;
    setErrorString(why);
    return -1;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_finished || maxSize <= 0)
        return 0;
    if (m_entry.method == 0) {
        if (m_compressedLeft == 0)
            return finishEntry() ? 0 : -1;
        const qint64 n = m_file.read(data, qMin(maxSize, m_compressedLeft));
        if (n <= 0) {
            return failRead(tr("the data is cut off: the file is truncated"));
        }
        m_compressedLeft -= n;
        m_produced += n;
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(n)));
        if (m_compressedLeft == 0 && !finishEntry())
            return -1;
        return n;
    }
    z_stream &z = m_inflater->stream;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
    while (z.avail_out > 0) {
        if (z.avail_in == 0 && m_compressedLeft > 0) {
            m_input = m_file.read(qMin(InputChunk, m_compressedLeft));
            if (m_input.isEmpty()) {
                return failRead(tr("the data is cut off: the file is truncated"));
            }
            m_compressedLeft -= m_input.size();
            z.next_in = reinterpret_cast<Bytef *>(m_input.data());
            z.avail_in = uInt(m_input.size());
        }
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END)
            break;
        if (status == Z_BUF_ERROR && z.avail_in == 0 && m_compressedLeft == 0) {
            return failRead(tr("the data is cut off: the file is truncated"));
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            return failRead(tr("the compressed data is damaged"));
        }
    }
    const qint64 n = qint64(reinterpret_cast<char *>(z.next_out) - data);
    m_produced += n;
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(n)));
    if (z.avail_out > 0 && !finishEntry()) // the loop ended at the end of the stream
        return -1;
    return n;
}

} // namespace hrdesk::io
