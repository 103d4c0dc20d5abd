#pragma once

#include "core/io/ZipArchive.h"

#include <QFile>
#include <QIODevice>

#include <memory>

namespace hrdesk::io {

// One entry of a zip archive as a read-only sequential device (see ZipArchive::openEntry).
class ZipEntryDevice : public QIODevice
{
    Q_OBJECT

public:
    ZipEntryDevice(const QString &archivePath, const ZipArchive::Entry &entry);
    ~ZipEntryDevice() override;

    // Opens the archive file and finds the entry's data; false with errorString() set.
    bool start();
    bool isSequential() const override { return true; }
    // Bytes produced so far, for progress (pos() means nothing on a sequential device).
    qint64 produced() const { return m_produced; }
    qint64 size() const override { return m_entry.size; }
    // True once a read failed (truncated data, a checksum that does not match).
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool finishEntry();
    qint64 failRead(const QString &why);

    QFile m_file;
    ZipArchive::Entry m_entry;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_input;
    qint64 m_compressedLeft = 0;
    qint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace hrdesk::io
