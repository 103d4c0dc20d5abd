#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlField>

#include <sqlcipher/sqlite3.h>


namespace hrdesk::storage {


SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    if (driver)
        driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
    m_record.clear();
    m_columnTypes.clear();
    m_columnCount = 0;
    m_bindPlan.clear();
    m_bindPlanValueCount = -1;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::clearRows()
{
    m_rowPending = false;
    m_done = true;
    m_current.clear();
    m_rows.clear();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    sqlite3 *db = m_driver ? m_driver->connection() : nullptr;
    if (!db) {
        setLastError(QSqlError(tr("Cannot prepare the statement."), tr("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(SqlCipherDriver::makeError(db, rc, tr("Cannot prepare the statement."),
                                                QSqlError::StatementError));
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(tr("Cannot prepare the statement."), tr("The query is empty."),
                               QSqlError::StatementError));
        return false;
    }
    if (SqlCipherValues::skipBlanksAndComments(tail, sql.constData() + sql.size()) != sql.constData() + sql.size()) {
        setLastError(QSqlError(tr("Cannot prepare the statement."),
                               tr("A prepared query may contain only one SQL statement."),
                               QSqlError::StatementError));
        finalizeStatement();
        return false;
    }
    initColumns();
    setSelect(m_columnCount > 0);
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    finalizeStatement();
    sqlite3 *db = m_driver ? m_driver->connection() : nullptr;
    if (!db) {
        setLastError(QSqlError(tr("Cannot execute the statement."), tr("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *p = sql.constData();
    const char *end = p + sql.size();
    // Run every statement but the last to completion; the last one becomes this result.
    while (p < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v3(db, p, int(end - p), 0, &stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(SqlCipherDriver::makeError(db, rc, tr("Cannot prepare the statement."),
                                                    QSqlError::StatementError));
            sqlite3_finalize(stmt);
            return false;
        }
        const char *next = tail ? tail : end;
        if (!stmt) {
            if (next <= p)
                break;
            p = next;
            continue;
        }
        if (SqlCipherValues::skipBlanksAndComments(next, end) == end) {
            m_stmt = stmt;
            break;
        }
        rc = sqlite3_step(stmt);
        while (rc == SQLITE_ROW && sqlite3_column_count(stmt) == 0)
            rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE) {
            if (rc == SQLITE_ROW) {
                setLastError(QSqlError(tr("Cannot execute the statement."),
                                       tr("Only the last statement of a batch may return rows."),
                                       QSqlError::StatementError));
            } else {
                setStepError(rc);
            }
            sqlite3_finalize(stmt);
            return false;
        }
        sqlite3_finalize(stmt);
        p = next;
    }
    if (!m_stmt) {
        setLastError(QSqlError(tr("Cannot execute the statement."), tr("The query is empty."),
                               QSqlError::StatementError));
        return false;
    }
    initColumns();
    if (sqlite3_bind_parameter_count(m_stmt) > 0 && !bindValues())
        return false;
    return run();
}

void SqlCipherResult::initColumns()
{
    m_columnCount = sqlite3_column_count(m_stmt);
    m_record.clear();
    m_columnTypes.clear();
    m_columnTypes.reserve(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i) {
        const char *declared = sqlite3_column_decltype(m_stmt, i);
        // Expressions have no declared type; their NULLs stay untyped.
        const QMetaType type = declared
            ? SqlCipherDriver::metaTypeForDeclaredType(QString::fromUtf8(declared))
            : QMetaType();
        m_columnTypes.append(type);
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type));
    }
}

bool SqlCipherResult::exec()
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_stmt) {
        setLastError(QSqlError(tr("Cannot execute the statement."),
                               tr("No statement has been prepared, or the database was closed."),
                               QSqlError::StatementError));
        return false;
    }
    clearRows();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindValues())
        return false;
    return run();
}

bool SqlCipherResult::run()
{
    setAt(QSql::BeforeFirstRow);
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    clearRows();
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    // A schema change re-prepares the statement inside sqlite3_step and may change its columns.
    const int rc = sqlite3_step(m_stmt);
    if (sqlite3_column_count(m_stmt) != m_columnCount)
        initColumns();
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        m_done = false;
        setSelect(true);
        setActive(true);
        return true;
    }
    if (rc != SQLITE_DONE) {
        setStepError(rc);
        sqlite3_reset(m_stmt);
        return false;
    }
    setSelect(m_columnCount > 0);
    if (m_columnCount == 0) {
        m_rowsAffected = sqlite3_changes(db);
        const char *sql = sqlite3_sql(m_stmt);
        if (m_rowsAffected > 0 && (SqlCipherValues::startsWithKeyword(sql, "INSERT") || SqlCipherValues::startsWithKeyword(sql, "REPLACE")))
            m_lastInsertId = qlonglong(sqlite3_last_insert_rowid(db));
    }
    // Release the statement's locks now: a finished statement must not hold WAL readers back.
    sqlite3_reset(m_stmt);
    setActive(true);
    return true;
}

bool SqlCipherResult::buildBindPlan()
{
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    const qsizetype valueCount = boundValueCount();
    // QSqlResult::savePrepare rewrites "?" to its own ":serial" names and keeps named ones
    // as written; boundValueName() reports both spellings, whatever the Qt version.
    QHash<QString, int> positionByName;
    for (int pos = 0; pos < valueCount; ++pos) {
        const QString name = boundValueName(pos);
        if (!positionByName.contains(name))
            positionByName.insert(name, pos);
    }
    QHash<QString, bool> usedNames;
    std::vector<int> plan(std::size_t(parameterCount), -1);
    for (int parameter = 1; parameter <= parameterCount; ++parameter) {
        const char *rawName = sqlite3_bind_parameter_name(m_stmt, parameter);
        int position = -1;
        if (!rawName || rawName[0] == '?') {
            position = (rawName && rawName[1]) ? QByteArray(rawName + 1).toInt() - 1 : parameter - 1;
        } else {
            const QString name = QString::fromUtf8(rawName);
            QString found = name;
            position = positionByName.value(name, -1);
            if (position < 0 && (rawName[0] == '@' || rawName[0] == '$')) {
                found = QLatin1Char(':') + name.mid(1);
                position = positionByName.value(found, -1);
            }
            if (position < 0) {
                setLastError(QSqlError(tr("Cannot bind the query parameters."),
                                       tr("No value is bound for the placeholder %1: the statement "
                                          "has %2 placeholders but %3 values were bound.")
                                           .arg(name)
                                           .arg(parameterCount)
                                           .arg(valueCount),
                                       QSqlError::StatementError));
                return false;
            }
            usedNames.insert(found, true);
        }
        if (position < 0 || position >= valueCount) {
            setLastError(QSqlError(tr("Cannot bind the query parameters."),
                                   tr("The statement has %1 placeholders but %2 values were bound.")
                                       .arg(parameterCount)
                                       .arg(valueCount),
                                   QSqlError::StatementError));
            return false;
        }
        usedNames.insert(boundValueName(position), true);
        plan[std::size_t(parameter - 1)] = position;
    }
    for (auto it = positionByName.cbegin(); it != positionByName.cend(); ++it) {
        if (!usedNames.contains(it.key())) {
            setLastError(QSqlError(tr("Cannot bind the query parameters."),
                                   tr("The statement has %1 placeholders but %2 values were bound.")
                                       .arg(parameterCount)
                                       .arg(valueCount),
                                   QSqlError::StatementError));
            return false;
        }
    }
    m_bindPlan = std::move(plan);
    m_bindPlanValueCount = valueCount;
    return true;
}

bool SqlCipherResult::bindValues()
{
    const qsizetype valueCount = boundValueCount();
    if (sqlite3_bind_parameter_count(m_stmt) == 0) {
        if (valueCount == 0)
            return true;
        setLastError(QSqlError(tr("Cannot bind the query parameters."),
                               tr("The statement has %1 placeholders but %2 values were bound.")
                                   .arg(0)
                                   .arg(valueCount),
                               QSqlError::StatementError));
        return false;
    }
    if (valueCount != m_bindPlanValueCount && !buildBindPlan())
        return false;
    const QList<QVariant> &values = boundValues();
    for (std::size_t i = 0; i < m_bindPlan.size(); ++i) {
        if (!bindOne(int(i) + 1, values.at(m_bindPlan[i])))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int parameter, const QVariant &value)
{
    const int rc = SqlCipherValues::bind(m_stmt, parameter, value);
    if (rc != SQLITE_OK) {
        setLastError(SqlCipherDriver::makeError(sqlite3_db_handle(m_stmt), rc,
                                                tr("Cannot bind the query parameters."),
                                                QSqlError::StatementError));
        return false;
    }
    return true;
}

void SqlCipherResult::setStepError(int resultCode)
{
    setLastError(SqlCipherDriver::makeError(sqlite3_db_handle(m_stmt), resultCode,
                                            tr("Cannot execute the statement."),
                                            QSqlError::StatementError));
}

QVariant SqlCipherResult::columnValue(int column) const
{
    return SqlCipherValues::read(m_stmt, column, numericalPrecisionPolicy(), m_columnTypes.value(column));
}

bool SqlCipherResult::readNextRow(QList<QVariant> &row)
{
    if (!m_stmt || m_done)
        return false;
    if (m_rowPending) {
        m_rowPending = false;
    } else {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                setStepError(rc);
            m_done = true;
            // The cache (or the current row) holds copies, so the read lock can go now.
            sqlite3_reset(m_stmt);
            return false;
        }
    }
    row.resize(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i)
        row[i] = columnValue(i);
    return true;
}

const QList<QVariant> *SqlCipherResult::currentRow() const
{
    const int row = at();
    if (row < 0)
        return nullptr;
    if (isForwardOnly())
        return &m_current;
    return row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant SqlCipherResult::data(int field)
{
    const QList<QVariant> *row = currentRow();
    if (!row || field < 0 || field >= row->size())
        return QVariant();
    return row->at(field);
}

bool SqlCipherResult::isNull(int field)
{
    const QList<QVariant> *row = currentRow();
    return !row || field < 0 || field >= row->size() || row->at(field).isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0)
        return false;
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow || row < at())
            return false;
        while (at() < row) {
            if (!readNextRow(m_current)) {
                setAt(QSql::AfterLastRow);
                return false;
            }
            setAt(at() + 1);
        }
        return true;
    }
    while (m_rows.size() <= row) {
        QList<QVariant> values;
        if (!readNextRow(values))
            break;
        m_rows.append(std::move(values));
    }
    if (row >= m_rows.size()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    if (!isForwardOnly())
        return fetch(at() + 1);
    if (!readNextRow(m_current)) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(at() + 1);
    return true;
}

bool SqlCipherResult::fetchPrevious()
{
    if (isForwardOnly() || at() <= 0)
        return false;
    return fetch(at() - 1);
}

bool SqlCipherResult::fetchFirst()
{
    if (at() == 0)
        return true;
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return false;
    if (at() == QSql::AfterLastRow && !isForwardOnly())
        setAt(QSql::BeforeFirstRow);
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isForwardOnly()) {
        QList<QVariant> values;
        while (readNextRow(values))
            m_rows.append(std::move(values));
        if (lastError().isValid() || m_rows.isEmpty())
            return false;
        setAt(int(m_rows.size() - 1));
        return true;
    }
    int position = at();
    if (position == QSql::AfterLastRow)
        return false;
    QList<QVariant> values;
    while (readNextRow(values)) {
        m_current.swap(values);
        position = position < 0 ? 0 : position + 1;
    }
    if (lastError().isValid() || position < 0)
        return false;
    setAt(position);
    return true;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearRows();
}

} // namespace hrdesk::storage
