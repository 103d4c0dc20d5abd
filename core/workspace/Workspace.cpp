#include "core/workspace/Workspace.h"

#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hrdesk::Workspace", text);
}
} // namespace

Workspace::Workspace(std::unique_ptr<storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::initialize(std::unique_ptr<storage::Database> database,
                                                 const QString &databaseId, QString *error, const Clock &clock)
{
    std::unique_ptr<Workspace> ws(new Workspace(std::move(database), clock));
    if (!storage::Migrator().migrate(ws->db(), error))
        return nullptr;
    const QString deviceId = newId();
    const QString now = Clock::toStorage(clock.now());
    if (!ws->setMeta(QStringLiteral("database_id"), databaseId, error)
        || !ws->setMeta(QStringLiteral("device_id"), deviceId, error)
        || !ws->setMeta(QStringLiteral("created_at"), now, error))
        return nullptr;
    if (!ws->load(error))
        return nullptr;
    const auto created = ws->runner().record(
        commands::Actor::system(),
        {QStringLiteral("database.create"), QStringLiteral("database"), databaseId, QJsonValue(),
         QJsonObject{{QStringLiteral("device_id"), deviceId},
                     {QStringLiteral("schema"), ws->schemaVersion()}}});
    if (!created.ok) {
        if (error)
            *error = created.error;
        return nullptr;
    }
    return ws;
}

std::unique_ptr<Workspace> Workspace::attach(std::unique_ptr<storage::Database> database, QString *error,
                                             const Clock &clock)
{
    std::unique_ptr<Workspace> ws(new Workspace(std::move(database), clock));
    if (!storage::Migrator().migrate(ws->db(), error))
        return nullptr;
    if (!ws->load(error))
        return nullptr;
    return ws;
}

bool Workspace::load(QString *error)
{
    m_deviceId = meta(QStringLiteral("device_id"));
    if (m_deviceId.isEmpty()) {
        if (error)
            *error = tr("This file has no HR Desk identity; it was not created by HR Desk.");
        return false;
    }
    m_runner = std::make_unique<commands::CommandRunner>(db(), m_deviceId, m_clock);
    m_users = std::make_unique<identity::LocalUserDirectory>(db(), *m_runner);
    return true;
}

int Workspace::schemaVersion() const
{
    return storage::Migrator::currentVersion(db());
}

QString Workspace::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Workspace::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace hrdesk
