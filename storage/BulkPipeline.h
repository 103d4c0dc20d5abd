#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hrdesk::storage {

class BulkInsert;
class RowBatch;

// Makes the rows of a bulk insert on a second thread while the calling thread writes them: the
// producer fills batches of rows (values, text already UTF-8) and the caller's thread binds them
// without a copy and steps the statement. Bulk writers whose rows take real work to make (the
// demo's generated customer book) keep SQLite busy on one core and the making on the other.
//
// The producer runs on its own thread, one call at a time, and must touch nothing the writing
// thread uses until run() returns; run() returns only after the producer has stopped. The
// connection is used on the calling thread only.
class BulkPipeline
{
public:
    // Fills batch up to batch.isFull(); returns false when no rows remain after this batch.
    using Producer = std::function<bool(RowBatch &batch)>;
    // Rows just written; false cancels.
    using Progress = std::function<bool(int rows)>;

    BulkPipeline(BulkInsert &insert, int columns, int batchRows = 2048);

    // True when every row was written. False on a failed row (error() says why, failedRow() which)
    // or when progress cancelled (cancelled(); error() empty).
    bool run(const Producer &produce, const Progress &progress);

    // How a bulk writer's run ended, for writers that report it to their callers.
    struct Outcome
    {
        qint64 written = 0;
        qint64 failedIndex = -1; // the row that failed (among all the producer made), or -1
        bool cancelled = false;
        QString error;           // translated; empty when cancelled
    };
    Outcome outcome() const { return {m_rowsWritten, m_failedRow, m_cancelled, m_error}; }

    qint64 rowsWritten() const { return m_rowsWritten; }
    // Index of the failed row among all rows the producer made, or -1.
    qint64 failedRow() const { return m_failedRow; }
    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error; }

private:
    BulkInsert &m_insert;
    int m_columns;
    int m_batchRows;
    qint64 m_rowsWritten = 0;
    qint64 m_failedRow = -1;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace hrdesk::storage
