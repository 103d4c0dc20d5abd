#pragma once

#include "core/io/BatchQueue.h"
#include "core/io/TableReader.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace hrdesk::io {

// Reads another reader's rows on a second thread, a few hundred rows ahead of the caller, so
// that unpacking and parsing a file (inflating and XML for XLSX, decoding for CSV) runs beside
// the checking of the rows already read instead of before it. Rows, their order, the error and
// the end are exactly the wrapped reader's. Memory stays bounded: at most MaxBatches batches
// wait. Destroying the reader early (a cancelled import) stops the second thread.
class ReadAheadReader : public TableReader
{
public:
    explicit ReadAheadReader(std::unique_ptr<TableReader> inner);
    ~ReadAheadReader() override;

    bool open(const QString &path) override;
    bool next(TableRow &row) override;
    double progress() const override;
    // The rows the whole file holds, guessed from the share read so far; 0 before the first batch.
    qsizetype expectedRows() const;

    // The wrapped reader, for what only it knows (a CSV file's encoding). Read it after open().
    const TableReader &inner() const { return *m_inner; }

private:
    static constexpr size_t BatchRows = 256;
    static constexpr size_t MaxBatches = 16;

    void readAll();
    void stop();

    std::unique_ptr<TableReader> m_inner;
    std::thread m_thread;
    BatchQueue<TableRow> m_queue{MaxBatches};
    QString m_innerError; // written by the reading thread before it queues its last batch
    std::atomic<qint64> m_rowsRead{0};
    std::vector<TableRow> m_current;
    size_t m_position = 0;
    std::atomic<double> m_progress{0.0};
};

} // namespace hrdesk::io
