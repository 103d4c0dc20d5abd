#pragma once

#include <QCoreApplication>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace hrdesk::storage {

// One open, keyed connection to an HR Desk database file, owned for its lifetime.
// Connections are per thread (a Qt SQL rule): use a Database on the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::storage::Database)

public:
    enum class Mode { OpenExisting, CreateNew, ReadOnly };

    // Opens path with the raw 32-byte key (or no key when rawKey is empty: a plain SQLite
    // file, used by benchmarks only). Sets WAL, foreign keys and the busy timeout.
    // *wrongKey tells a key that does not open the file apart from other failures.
    static std::unique_ptr<Database> open(const QString &path, QByteArrayView rawKey, Mode mode,
                                          QString *error, bool *wrongKey = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString cipherVersion() const;

    // Re-encrypts the file with newRawKey (PRAGMA rekey).
    bool rekey(QByteArrayView newRawKey, QString *error);
    // Statements run on the copy before it is detached; the copy's schema is named by schema
    // ("hrdesk_backup.meta"). Returns false with *error to abandon the backup.
    using BackupAmendment = std::function<bool(QSqlDatabase db, const QString &schema, QString *error)>;
    // A consistent encrypted copy under the same key, taken in one read transaction, so it is
    // safe while other connections write. Refuses to overwrite an existing file; a failed backup
    // leaves no file.
    bool backupTo(const QString &targetPath, QString *error, const BackupAmendment &amend = {});
    // PRAGMA integrity_check and cipher_integrity_check; problems are appended.
    bool checkIntegrity(QStringList *problems);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

} // namespace hrdesk::storage
