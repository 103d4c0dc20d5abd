#include "SqlCipherTestConnection.h"

#include "storage/SqlCipherRegistration.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

namespace hrdesk::test {

SqlCipherTestConnection::SqlCipherTestConnection(const QString &path, QByteArrayView key, const QString &options)
    : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    storage::registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(storage::kSqlCipherDriverName), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    m_opened = db.open();
    if (m_opened && !key.isEmpty())
        m_opened = storage::SqlCipherDriver::fromDatabase(db)->setKey(key);
    m_error = db.lastError();
}

SqlCipherTestConnection::~SqlCipherTestConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QByteArray plainSqliteHeader()
{
    return QByteArray("SQLite format 3\0", 16);
}

QByteArray fileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(16);
}

QString wrongKeyMessage()
{
    return QCoreApplication::translate("hrdesk::storage::SqlCipherDriver",
                                       "The database key is wrong, or this is not an HR Desk database.");
}

bool execAll(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace hrdesk::test
