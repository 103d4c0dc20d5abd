#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <memory>

namespace hrdesk::storage {

class RowBatch;

// Many rows through one prepared statement, bound straight with sqlite3_bind_*: no QVariant per
// value and no QSqlResult bookkeeping per row. QSqlQuery costs more per row than SQLite spends
// inserting it, which is what holds bulk writers (demo data, imports) back.
//
// Runs inside the caller's transaction (a command's); it never begins or commits one, so a
// rollback takes its rows with it. Only for QSQLCIPHER connections. Parameters are 1-based, as
// in SQLite. Text and blob values are copied by SQLite (SQLITE_TRANSIENT), so views may point at
// temporaries.
//
//   BulkInsert insert(db, "INSERT INTO t (a, b) VALUES (?, ?)");
//   for (...) { insert.bind(1, qint64(n)); insert.bindText(2, name); if (!insert.step()) fail(insert.lastError()); }
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::storage::BulkInsert)

public:
    BulkInsert(const QSqlDatabase &db, const QString &sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // False when the statement could not be prepared (lastError() says why).
    bool isValid() const;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindText(int index, QStringView text);
    void bindText(int index, QByteArrayView utf8);
    void bindText(int index, const char *utf8) { bindText(index, QByteArrayView(utf8)); }
    void bindText(int index, const QByteArray &utf8) { bindText(index, QByteArrayView(utf8)); }
    void bindText(int index, const QString &text) { bindText(index, QStringView(text)); }
    void bindNull(int index);
    void bindBlob(int index, QByteArrayView data);

    // Executes the statement with the bound values, then resets it and clears the bindings.
    // False on any failure, including a failed bind since the last step(); lastError() says why.
    bool step();
    // Binds and executes every row of the batch in order (its columns must be the statement's
    // parameters). The batch's text is bound without a copy. On the first failing row stops, sets
    // *failedRow to its index in the batch and returns false; lastError() says why.
    bool stepRows(const RowBatch &batch, qsizetype *failedRow);
    // Rows written by successful step() and stepRows() calls.
    qint64 rowsWritten() const;
    // Translated, with SQLite's own message (e.g. "UNIQUE constraint failed: t.a").
    QString lastError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hrdesk::storage
