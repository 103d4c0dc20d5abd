#include "storage/BulkInsert.h"

#include "storage/RowBatch.h"
#include "storage/SqlCipherDriver.h"

#include <sqlite3.h>

namespace hrdesk::storage {

struct BulkInsert::Private
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    int bindFailure = SQLITE_OK; // first failed bind since the last step()
    int bindIndex = 0;
    qint64 rows = 0;
    QString error;

    void check(int rc, int index)
    {
        if (rc != SQLITE_OK && bindFailure == SQLITE_OK) {
            bindFailure = rc;
            bindIndex = index;
        }
    }
};

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql)
    : d(std::make_unique<Private>())
{
    SqlCipherDriver *driver = SqlCipherDriver::fromDatabase(db);
    d->db = driver ? driver->connection() : nullptr;
    if (!d->db) {
        d->error = tr("Cannot write rows: the database is not an open HR Desk database.");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(d->db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &d->statement, &tail);
    if (rc != SQLITE_OK || !d->statement) {
        d->error = rc != SQLITE_OK
            ? tr("Cannot prepare the insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(d->db)))
            : tr("Cannot prepare the insert: the statement is empty.");
        sqlite3_finalize(d->statement);
        d->statement = nullptr;
        return;
    }
    // A second statement after the first would silently never run.
    while (tail && *tail && (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == '\r' || *tail == ';'))
        ++tail;
    if (tail && *tail) {
        d->error = tr("Cannot prepare the insert: it holds more than one statement.");
        sqlite3_finalize(d->statement);
        d->statement = nullptr;
    }
}

BulkInsert::~BulkInsert()
{
    // Finalizing after the connection was closed is fine: sqlite3_close_v2 keeps a zombie
    // connection until its last statement goes.
    sqlite3_finalize(d->statement);
}

bool BulkInsert::isValid() const
{
    return d->statement != nullptr;
}

void BulkInsert::bind(int index, qint64 value)
{
    if (d->statement)
        d->check(sqlite3_bind_int64(d->statement, index, value), index);
}

void BulkInsert::bind(int index, double value)
{
    if (d->statement)
        d->check(sqlite3_bind_double(d->statement, index, value), index);
}

void BulkInsert::bindText(int index, QStringView text)
{
    if (!d->statement)
        return;
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    // UTF-16 in native byte order: SQLite converts to the database's UTF-8 itself, which saves
    // a QByteArray per value.
    d->check(sqlite3_bind_text16(d->statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT), index);
}

void BulkInsert::bindText(int index, QByteArrayView utf8)
{
    if (!d->statement)
        return;
    if (utf8.isNull()) {
        bindNull(index);
        return;
    }
    d->check(sqlite3_bind_text(d->statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT), index);
}

void BulkInsert::bindNull(int index)
{
    if (d->statement)
        d->check(sqlite3_bind_null(d->statement, index), index);
}

void BulkInsert::bindBlob(int index, QByteArrayView data)
{
    if (!d->statement)
        return;
    if (data.isNull()) {
        bindNull(index);
        return;
    }
    // A zero-length blob stays a blob, not NULL: sqlite3_bind_blob with a null pointer binds NULL.
    if (data.isEmpty())
        d->check(sqlite3_bind_zeroblob(d->statement, index, 0), index);
    else
        d->check(sqlite3_bind_blob(d->statement, index, data.data(), int(data.size()), SQLITE_TRANSIENT), index);
}

bool BulkInsert::step()
{
    if (!d->statement) {
        if (d->error.isEmpty())
            d->error = tr("Cannot write rows: the insert was not prepared.");
        return false;
    }
    bool ok = true;
    if (d->bindFailure != SQLITE_OK) {
        d->error = tr("Cannot bind value %1 of the insert: %2")
                       .arg(d->bindIndex)
                       .arg(QString::fromUtf8(sqlite3_errstr(d->bindFailure)));
        ok = false;
    } else {
        const int rc = sqlite3_step(d->statement);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
            ++d->rows;
        } else {
            // sqlite3_errmsg carries the detail ("UNIQUE constraint failed: employee.employee_no").
            d->error = tr("Cannot write a row: %1").arg(QString::fromUtf8(sqlite3_errmsg(d->db)));
            ok = false;
        }
    }
    sqlite3_reset(d->statement);
    sqlite3_clear_bindings(d->statement);
    d->bindFailure = SQLITE_OK;
    d->bindIndex = 0;
    return ok;
}

bool BulkInsert::stepRows(const RowBatch &batch, qsizetype *failedRow)
{
    if (!d->statement) {
        if (d->error.isEmpty())
            d->error = tr("Cannot write rows: the insert was not prepared.");
        *failedRow = 0;
        return false;
    }
    const int columns = sqlite3_bind_parameter_count(d->statement);
    if (batch.badColumn() != 0) {
        d->error = tr("Cannot bind value %1 of the insert: it has %2 values.").arg(batch.badColumn()).arg(columns);
        *failedRow = 0;
        return false;
    }
    if (columns != batch.columns()) {
        d->error = tr("Cannot write rows: the insert has %1 values, the rows %2.").arg(columns).arg(batch.columns());
        *failedRow = 0;
        return false;
    }
    for (qsizetype row = 0; row < batch.rows(); ++row) {
        for (int column = 1; column <= columns; ++column) {
            const RowBatch::Value &v = batch.value(row, column);
            int rc = SQLITE_OK;
            switch (v.type) {
            case RowBatch::Value::Null: rc = sqlite3_bind_null(d->statement, column); break;
            case RowBatch::Value::Integer: rc = sqlite3_bind_int64(d->statement, column, v.integer); break;
            case RowBatch::Value::Text:
                // The batch outlives the step: SQLite may read the text in place.
                rc = sqlite3_bind_text(d->statement, column, batch.text(v), v.length, SQLITE_STATIC);
                break;
            }
            d->check(rc, column);
        }
        if (!step()) {
            *failedRow = row;
            return false;
        }
    }
    return true;
}

qint64 BulkInsert::rowsWritten() const
{
    return d->rows;
}

QString BulkInsert::lastError() const
{
    return d->error;
}

} // namespace hrdesk::storage
