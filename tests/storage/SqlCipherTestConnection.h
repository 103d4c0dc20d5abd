#pragma once

#include "storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace hrdesk::test {

// One named QSqlDatabase connection through the QSQLCIPHER driver, keyed when a key is given,
// removed when the object goes away; the driver tests open several at once on one file.
class SqlCipherTestConnection
{
public:
    SqlCipherTestConnection(const QString &path, QByteArrayView key, const QString &options = QString());
    ~SqlCipherTestConnection();
    SqlCipherTestConnection(const SqlCipherTestConnection &) = delete;
    SqlCipherTestConnection &operator=(const SqlCipherTestConnection &) = delete;

    bool isOpen() const { return m_opened; }
    QSqlError error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    storage::SqlCipherDriver *driver() const { return storage::SqlCipherDriver::fromDatabase(db()); }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_error;
};

// The first 16 bytes of an unencrypted SQLite file.
QByteArray plainSqliteHeader();
// The first 16 bytes of a file (empty when it cannot be read).
QByteArray fileHeader(const QString &path);
// What the driver says for a wrong key, a key of the wrong size or a file that is not ours.
QString wrongKeyMessage();
// Runs sql (several statements allowed); false, with the error in the test log, when it fails.
bool execAll(const QSqlDatabase &db, const QString &sql);

} // namespace hrdesk::test
