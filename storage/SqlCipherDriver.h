#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;
// Same spelling as Qt's QSQLITE driver, so code written for QSqlDriver::handle() of QSQLITE
// (checking typeName() == "sqlite3*") works unchanged.
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

class QSqlDatabase;

namespace hrdesk::storage {

class SqlCipherResult;

// Qt SQL driver "QSQLCIPHER" over SQLCipher, written on the public QSqlDriver API only.
//
// Usage (see registerSqlCipherDriver()):
//   QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), name);
//   db.setDatabaseName(path);
//   db.open();                                   // runs no SQL: the key must come first
//   SqlCipherDriver::fromDatabase(db)->setKey(rawKey32);
// A database that never gets a key is a plain SQLite file (same library): benchmarks only.
//
// Connect options (semicolon separated): HRDESK_OPEN_READONLY, HRDESK_BUSY_TIMEOUT=<ms>
// (default 5000).
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // The driver behind db, or nullptr when db does not use QSQLCIPHER.
    static SqlCipherDriver *fromDatabase(const QSqlDatabase &db);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    // The connection as a QVariant holding a sqlite3* (metatype "sqlite3*"), null when closed.
    QVariant handle() const override;
    sqlite3 *connection() const { return m_db; }

    // Applies a raw 256-bit key, must be the first thing done after open(). Verifies it by
    // reading the schema. On failure returns false, sets lastError() and closes the connection:
    // SQLCipher cannot be re-keyed reliably after a failed read, so retry with open() + setKey().
    bool setKey(QByteArrayView rawKey);
    // After a failed setKey(): the file is unreadable only because a write interrupted by a
    // crash left a journal that this connection, unable to write, cannot roll back.
    bool interruptedWriteBlocksReading() const;
    // Re-encrypts the open, keyed database with a new raw 256-bit key.
    bool rekey(QByteArrayView newRawKey);
    // PRAGMA cipher_version: empty when the linked library is not SQLCipher.
    QString cipherVersion() const;
    // sqlite3_libversion() of the linked library (SQLCipher reports its SQLite base version).
    static QString libraryVersion();

    // Maps a declared column type (PRAGMA table_info, sqlite3_column_decltype) to a Qt type,
    // following SQLite's type affinity rules.
    static QMetaType metaTypeForDeclaredType(QStringView declaredType);
    // A QSqlError for an SQLite failure: driverText is `what` (or the "in use" message for
    // SQLITE_BUSY/SQLITE_LOCKED), databaseText is SQLite's message, the code is the extended code.
    static QSqlError makeError(sqlite3 *db, int resultCode, const QString &what,
                               QSqlError::ErrorType type);

private:
    friend class SqlCipherResult;

    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;
    bool execInternal(const char *sql, const QString &what, QSqlError::ErrorType type);
    bool applyKey(QByteArrayView rawKey, bool isRekey);
    QList<QStringList> queryRows(const QString &sql) const;

    sqlite3 *m_db = nullptr;
    // Live results of this connection, finalized before the connection closes.
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace hrdesk::storage
