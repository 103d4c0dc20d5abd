#include "storage/Database.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherRegistration.h"
#include "storage/search/SqlFunctions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>


namespace hrdesk::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hrdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool execPragma(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// A write interrupted by a crash while the database used a rollback journal (a large import, a
// rekey) leaves a journal beside the file. A hot one holds the old content of the pages it
// changed; only a connection that may write can roll it back, and a read-only one refuses to
// read the file at all (SQLITE_READONLY_ROLLBACK). Rolling back restores the last committed
// state, exactly what the next read-write open would do, so every open does it first: reading
// page 1 with the key is enough. A journal killed before its header was written (first byte
// zero, or empty) is not hot: SQLite ignores it and, in WAL mode, never removes it. It is removed
// here while this connection holds the write lock, so no other writer can be using it. Should
// anything fail, the real open reports it.
void settleInterruptedJournal(const QString &path, QByteArrayView rawKey)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), name);
        db.setDatabaseName(path);
        if (db.open()) {
            if (qEnvironmentVariableIsEmpty("HRDESK_SQLCIPHER_LOG")) {
                QSqlQuery quiet(db);
                quiet.exec(QStringLiteral("PRAGMA cipher_log_level = NONE"));
            }
            if (static_cast<SqlCipherDriver *>(db.driver())->setKey(rawKey)) {
                QSqlQuery lock(db);
                QFile journal(path + QStringLiteral("-journal"));
                if (journal.exists() && lock.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    char first = 0;
                    if (journal.open(QIODevice::ReadOnly) && (journal.size() == 0 || (journal.getChar(&first) && first == 0))) {
                        journal.close();
                        journal.remove();
                    }
                    lock.exec(QStringLiteral("ROLLBACK"));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QByteArrayView rawKey, Mode mode,
                                         QString *error, bool *wrongKey)
{
    if (wrongKey)
        *wrongKey = false;
    registerSqlCipherDriver();
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::CreateNew && exists) {
        if (error)
            *error = tr("The file %1 already exists; HR Desk does not overwrite it.").arg(path);
        return nullptr;
    }
    if (mode != Mode::CreateNew && !exists) {
        if (error)
            *error = tr("The database %1 does not exist.").arg(path);
        return nullptr;
    }
    if (!rawKey.isEmpty() && rawKey.size() != 32) {
        if (error)
            *error = tr("A database key must be 256 bits long.");
        return nullptr;
    }

    if (mode != Mode::CreateNew && !rawKey.isEmpty() && QFileInfo::exists(path + QStringLiteral("-journal")))
        settleInterruptedJournal(path, rawKey);

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    database->m_readOnly = mode == Mode::ReadOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName),
                                                database->m_connectionName);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("HRDESK_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return nullptr;
    }
    auto *driver = static_cast<SqlCipherDriver *>(db.driver());
    // SQLCipher logs a failed HMAC check to stderr for a wrong key; HR Desk reports that itself.
    // The level is process-wide and touches no database, so it may precede the key.
    if (qEnvironmentVariableIsEmpty("HRDESK_SQLCIPHER_LOG")) {
        QSqlQuery quiet(db);
        quiet.exec(QStringLiteral("PRAGMA cipher_log_level = NONE"));
    }
    if (!rawKey.isEmpty() && !driver->setKey(rawKey)) {
        if (wrongKey)
            *wrongKey = !driver->interruptedWriteBlocksReading();
        if (error)
            *error = driver->lastError().driverText();
        return nullptr;
    }
    // The schema's search triggers call these functions: without them no write would succeed.
    if (!search::registerSqlFunctions(driver->connection(), error))
        return nullptr;
    if (mode != Mode::ReadOnly && !execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
        return nullptr;
    if (!execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !execPragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        || !execPragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"), error)
        // Lists and search re-read the same index pages as the user types and scrolls; with
        // SQLite's default 2 MiB every query decrypts them again (SQLCipher decrypts on each
        // load into the cache). 64 MiB is an upper bound, allocated only as pages are read.
        || !execPragma(db, QStringLiteral("PRAGMA cache_size = -65536"), error)) {
        return nullptr;
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::cipherVersion() const
{
    QSqlDatabase db = connection();
    return static_cast<SqlCipherDriver *>(db.driver())->cipherVersion();
}

bool Database::rekey(QByteArrayView newRawKey, QString *error)
{
    if (newRawKey.size() != 32) {
        if (error)
            *error = tr("A database key must be 256 bits long.");
        return false;
    }
    QSqlDatabase db = connection();
    // SQLCipher 4 rewrites every page in one transaction. Through a rollback journal that
    // transaction is atomic on disk: a crash leaves a hot journal holding the old pages, which the
    // next open (with the old key) rolls back. In WAL mode other connections would keep reading
    // pages under the old key, so the file must be ours alone: leaving WAL fails otherwise.
    QString journalError;
    if (!execPragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &journalError)
        || !execPragma(db, QStringLiteral("PRAGMA journal_mode = DELETE"), &journalError)) {
        if (error)
            *error = tr("The database is in use by another program (close HR Desk and try again): %1").arg(journalError);
        return false;
    }
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = tr("The database is in use by another program; close HR Desk and try again.");
        execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
        return false;
    }
    mode.finish();
    execPragma(db, QStringLiteral("PRAGMA synchronous = FULL"), nullptr);
    auto *driver = static_cast<SqlCipherDriver *>(db.driver());
    const bool rekeyed = driver->rekey(newRawKey);
    const QString rekeyError = rekeyed ? QString() : driver->lastError().text();
    execPragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
    // Should this fail, only the journal mode is off, and the next open sets WAL again.
    execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
    if (!rekeyed && error)
        *error = rekeyError;
    return rekeyed;
}

bool Database::backupTo(const QString &targetPath, QString *error, const BackupAmendment &amend)
{
    if (QFileInfo::exists(targetPath)) {
        if (error)
            *error = tr("The file %1 already exists; choose a new name for the backup.").arg(targetPath);
        return false;
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // Without a KEY clause SQLCipher keys the attached file with the main database's key, so
    // the key never passes through SQL text.
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS hrdesk_backup"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot create the backup file %1: %2").arg(targetPath, q.lastError().databaseText());
        return false;
    }
    q.finish();
    auto fail = [&](const QSqlQuery &failed) {
        if (error)
            *error = tr("The backup failed: %1").arg(failed.lastError().databaseText());
        QSqlQuery detach(db);
        detach.exec(QStringLiteral("DETACH DATABASE hrdesk_backup"));
        QFile::remove(targetPath);
        return false;
    };
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA main.user_version")) || !version.next())
        return fail(version);
    const int userVersion = version.value(0).toInt();
    version.finish();
    // One statement reads the whole source inside a single read transaction: a consistent copy.
    QSqlQuery exportQuery(db);
    if (!exportQuery.exec(QStringLiteral("SELECT sqlcipher_export('hrdesk_backup')")))
        return fail(exportQuery);
    exportQuery.finish();
    QSqlQuery setVersion(db);
    if (!setVersion.exec(QStringLiteral("PRAGMA hrdesk_backup.user_version = %1").arg(userVersion)))
        return fail(setVersion);
    setVersion.finish();
    QString amendError;
    if (amend && !amend(db, QStringLiteral("hrdesk_backup"), &amendError)) {
        if (error)
            *error = tr("The backup failed: %1").arg(amendError);
        QSqlQuery detach(db);
        detach.exec(QStringLiteral("DETACH DATABASE hrdesk_backup"));
        QFile::remove(targetPath);
        return false;
    }
    QSqlQuery detach(db);
    if (!detach.exec(QStringLiteral("DETACH DATABASE hrdesk_backup"))) {
        if (error)
            *error = tr("The backup failed: %1").arg(detach.lastError().databaseText());
        return false;
    }
    return true;
}

bool Database::checkIntegrity(QStringList *problems)
{
    QSqlDatabase db = connection();
    bool ok = true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems->append(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            ok = false;
            problems->append(tr("SQLite integrity: %1").arg(line));
        }
    }
    QSqlQuery cipher(db);
    cipher.setForwardOnly(true);
    if (!cipherVersion().isEmpty() && cipher.exec(QStringLiteral("PRAGMA cipher_integrity_check"))) {
        while (cipher.next()) {
            ok = false;
            problems->append(tr("Cipher integrity: %1").arg(cipher.value(0).toString()));
        }
    }
    return ok;
}

} // namespace hrdesk::storage
