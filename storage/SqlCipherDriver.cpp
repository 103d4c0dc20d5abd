#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace hrdesk::storage {

namespace {

// File-local so that other storage files may define their own category of the same name.
Q_LOGGING_CATEGORY(lcStorage, "hrdesk.storage")

constexpr int kDefaultBusyTimeoutMs = 5000;
constexpr qsizetype kRawKeySize = 32;
// x' + 64 hex digits + ' : SQLCipher's raw key form, which skips its own PBKDF2.
constexpr std::size_t kKeyLiteralSize = 2 + 2 * kRawKeySize + 1;

// Quotes without splitting on dots: for PRAGMA arguments, where "a.b" is one name.
QString quoteName(const QString &name)
{
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString unquoteName(const QString &name)
{
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        QString inner = name.mid(1, name.size() - 2);
        inner.replace(QLatin1String("\"\""), QLatin1String("\""));
        return inner;
    }
    return name;
}

struct ColumnInfo
{
    QString name;
    QString declaredType;
    bool notNull = false;
    QString defaultValue;
    bool defaultIsNull = true;
    int pkOrder = 0;
};

QList<ColumnInfo> tableInfo(sqlite3 *db, const QString &tableName)
{
    QList<ColumnInfo> columns;
    if (!db)
        return columns;
    const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(quoteName(tableName)).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), 0, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcStorage) << "table_info failed:" << sqlite3_errmsg(db);
        sqlite3_finalize(stmt);
        return columns;
    }
    auto text = [stmt](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    };
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ColumnInfo info;
        info.name = text(1);
        info.declaredType = text(2);
        info.notNull = sqlite3_column_int(stmt, 3) != 0;
        info.defaultIsNull = sqlite3_column_type(stmt, 4) == SQLITE_NULL;
        info.defaultValue = text(4);
        info.pkOrder = sqlite3_column_int(stmt, 5);
        columns.append(info);
    }
    sqlite3_finalize(stmt);
    return columns;
}

// Builds the key literal in a fixed buffer that the caller wipes; never in a QString/QByteArray,
// whose copies could not be wiped.
void fillKeyLiteral(std::array<char, kKeyLiteralSize + 1> &buffer, QByteArrayView rawKey)
{
    buffer[0] = 'x';
    buffer[1] = '\'';
    sodium_bin2hex(buffer.data() + 2, 2 * kRawKeySize + 1,
                   reinterpret_cast<const unsigned char *>(rawKey.data()), std::size_t(kRawKeySize));
    buffer[kKeyLiteralSize - 1] = '\'';
    buffer[kKeyLiteralSize] = '\0';
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

SqlCipherDriver *SqlCipherDriver::fromDatabase(const QSqlDatabase &db)
{
    return qobject_cast<SqlCipherDriver *>(db.driver());
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case BatchOperations:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password,
                           const QString &host, int port, const QString &connectOptions)
{
    Q_UNUSED(user);
    Q_UNUSED(host);
    Q_UNUSED(port);
    if (isOpen())
        close();
    if (!password.isEmpty()) {
        // A QString cannot be wiped, so keys never travel as the connection password.
        qCWarning(lcStorage) << "QSQLCIPHER ignores the password; use SqlCipherDriver::setKey()";
    }

    bool readOnly = false;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawOption : options) {
        const QString option = rawOption.trimmed();
        const QString name = option.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = option.section(QLatin1Char('='), 1).trimmed();
        if (name == QLatin1String("HRDESK_OPEN_READONLY")) {
            readOnly = value.isEmpty() || value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        } else if (name == QLatin1String("HRDESK_BUSY_TIMEOUT")) {
            bool ok = false;
            const int ms = value.toInt(&ok);
            if (ok && ms >= 0)
                busyTimeoutMs = ms;
            else
                qCWarning(lcStorage) << "Invalid HRDESK_BUSY_TIMEOUT value" << value;
        } else if (!option.isEmpty()) {
            qCWarning(lcStorage) << "Unknown QSQLCIPHER connect option" << option;
        }
    }

    const int flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
                      | SQLITE_OPEN_NOMUTEX;
    sqlite3 *handle = nullptr;
    // sqlite3_open_v2 only opens the file; no page is read until the first statement, which is
    // what lets setKey() come first.
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(handle, rc, tr("Cannot open the database file."),
                               QSqlError::ConnectionError));
        sqlite3_close_v2(handle);
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    m_db = handle;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    // Finalize first: sqlite3_close_v2 would otherwise keep a zombie connection (and the file
    // lock) alive until the last QSqlQuery goes away.
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalizeStatement();
    if (m_db) {
        // FTS5 (the search index, schema 6) keeps prepared statements of its own until the
        // connection closes (its tables, PRAGMA data_version); sqlite3_close_v2 finalizes
        // those. Anything else is worth a look.
        for (sqlite3_stmt *stmt = sqlite3_next_stmt(m_db, nullptr); stmt; stmt = sqlite3_next_stmt(m_db, stmt)) {
            const char *sql = sqlite3_sql(stmt);
            if (!sql || (!std::strstr(sql, "search_fts") && !std::strstr(sql, "search_entry")
                         && !std::strstr(sql, "data_version"))) {
                qCWarning(lcStorage) << "Closing a connection with statements the driver does not own" << (sql ? sql : "");
                break;
            }
        }
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcStorage) << "sqlite3_close_v2 failed:" << sqlite3_errstr(rc);
        m_db = nullptr;
    }
    if (isOpen())
        setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execInternal(const char *sql, const QString &what, QSqlError::ErrorType type)
{
    if (!m_db) {
        setLastError(QSqlError(what, tr("The database is not open."), type));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, rc, what, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execInternal("BEGIN", tr("Cannot start a transaction."), QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execInternal("COMMIT", tr("Cannot commit the transaction."), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execInternal("ROLLBACK", tr("Cannot roll back the transaction."),
                        QSqlError::TransactionError);
}

QList<QStringList> SqlCipherDriver::queryRows(const QString &sql) const
{
    QList<QStringList> rows;
    if (!m_db)
        return rows;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage) << "Internal query failed:" << sqlite3_errmsg(m_db);
        sqlite3_finalize(stmt);
        return rows;
    }
    const int columns = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < columns; ++i) {
            row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                         sqlite3_column_bytes(stmt, i)));
        }
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    return rows;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!m_db)
        return result;
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        conditions << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables) {
        conditions << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
        result << QStringLiteral("sqlite_master");
    }
    if (conditions.isEmpty())
        return result;
    const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE %1 ORDER BY name")
                            .arg(conditions.join(QLatin1String(" OR ")));
    const QList<QStringList> rows = queryRows(sql);
    for (const QStringList &row : rows)
        result << row.value(0);
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    const QString table = unquoteName(tableName);
    const QList<ColumnInfo> columns = tableInfo(m_db, table);
    const auto pkCount = std::count_if(columns.cbegin(), columns.cend(),
                                       [](const ColumnInfo &c) { return c.pkOrder > 0; });
    for (const ColumnInfo &column : columns) {
        QSqlField field(column.name, metaTypeForDeclaredType(column.declaredType), table);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        if (!column.defaultIsNull)
            field.setDefaultValue(column.defaultValue);
        // Only a single INTEGER PRIMARY KEY column aliases the rowid and gets its value from SQLite.
        const bool rowidAlias = pkCount == 1 && column.pkOrder == 1
                                && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        field.setAutoValue(rowidAlias);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = unquoteName(tableName);
    QList<ColumnInfo> columns = tableInfo(m_db, table);
    columns.removeIf([](const ColumnInfo &c) { return c.pkOrder == 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.pkOrder < b.pkOrder; });
    QSqlIndex index(table, table);
    for (const ColumnInfo &column : std::as_const(columns)) {
        QSqlField field(column.name, metaTypeForDeclaredType(column.declaredType), table);
        field.setRequiredStatus(QSqlField::Required);
        index.append(field);
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    escaped.prepend(QLatin1Char('"')).append(QLatin1Char('"'));
    // As Qt's QSQLITE: "schema.table" becomes "schema"."table".
    if (type == TableName)
        escaped.replace(QLatin1Char('.'), QLatin1String("\".\""));
    return escaped;
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(field.value().toByteArray().toHex())
               + QLatin1Char('\'');
    case QMetaType::Bool:
        return field.value().toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDateTime:
        // Same text as a bound QDateTime, so formatted and bound values compare equal.
        return QLatin1Char('\'') + field.value().toDateTime().toString(Qt::ISODateWithMs)
               + QLatin1Char('\'');
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::setKey(QByteArrayView rawKey)
{
    return applyKey(rawKey, false);
}

bool SqlCipherDriver::rekey(QByteArrayView newRawKey)
{
    return applyKey(newRawKey, true);
}

bool SqlCipherDriver::applyKey(QByteArrayView rawKey, bool isRekey)
{
    const QString failure = isRekey
        ? tr("The database key could not be changed.")
        : tr("The database key is wrong, or this is not an HR Desk database.");
    if (!m_db) {
        setLastError(QSqlError(failure, tr("The database is not open."), QSqlError::ConnectionError));
        return false;
    }
    if (rawKey.size() != kRawKeySize) {
        setLastError(QSqlError(failure, tr("A database key must be 256 bits long."),
                               QSqlError::ConnectionError));
        return false;
    }

    std::array<char, kKeyLiteralSize + 1> literal {};
    fillKeyLiteral(literal, rawKey);
    int rc = isRekey ? sqlite3_rekey_v2(m_db, "main", literal.data(), int(kKeyLiteralSize))
                     : sqlite3_key_v2(m_db, "main", literal.data(), int(kKeyLiteralSize));
    sodium_memzero(literal.data(), literal.size());

    if (rc == SQLITE_OK && !isRekey)
        rc = sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        // SQLCipher accepts any key; only reading page 1 tells whether it decrypts the file.
        rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        return true;

    const int primary = rc & 0xff;
    QString what = (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) ? QString() : failure;
    if (rc == SQLITE_READONLY_ROLLBACK)
        what = tr("The database holds a change interrupted by a crash, which must be undone before it can be "
                  "read, and it cannot be written here. Open it once where it can be written.");
    const QSqlError error = makeError(m_db, rc, what, QSqlError::ConnectionError);
    if (!isRekey)
        close();
    setLastError(error);
    return false;
}

bool SqlCipherDriver::interruptedWriteBlocksReading() const
{
    return lastError().nativeErrorCode() == QString::number(SQLITE_READONLY_ROLLBACK);
}

QString SqlCipherDriver::cipherVersion() const
{
    return queryRows(QStringLiteral("PRAGMA cipher_version")).value(0).value(0);
}

QString SqlCipherDriver::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QMetaType SqlCipherDriver::metaTypeForDeclaredType(QStringView declaredType)
{
    // SQLite affinity order (https://sqlite.org/datatype3.html#determination_of_column_affinity).
    const QString type = declaredType.toString().toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT"))) {
        return QMetaType(QMetaType::QString);
    }
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB"))) {
        return QMetaType(QMetaType::Double);
    }
    return QMetaType(QMetaType::QString);
}

QSqlError SqlCipherDriver::makeError(sqlite3 *db, int resultCode, const QString &what,
                                     QSqlError::ErrorType type)
{
    const int primary = resultCode & 0xff;
    QString driverText = what;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        driverText = tr("The database is in use by another program. Close it there and try again.");
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return QSqlError(driverText, QString::fromUtf8(message), type, QString::number(resultCode));
}

} // namespace hrdesk::storage
