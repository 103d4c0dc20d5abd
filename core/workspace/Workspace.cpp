#include "core/workspace/Workspace.h"

#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/workspace/InstallationIdentity.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk {

Workspace::Workspace(std::unique_ptr<storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

Workspace::~Workspace() = default;

namespace {

const QString KeyDeviceId = QStringLiteral("device_id");
const QString KeyDeviceInstallation = QStringLiteral("device_installation");
const QString KeyDevicePath = QStringLiteral("device_path");

QString canonicalPath(const storage::Database &database)
{
    const QString canonical = QFileInfo(database.path()).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(database.path()).absoluteFilePath() : canonical;
}

QString installationOrDefault(const QString &installationId, QString *error)
{
    return installationId.isEmpty() ? InstallationIdentity::current(error) : installationId;
}

bool insertDevice(QSqlDatabase db, const QString &id, const QString &installation, const QString &path,
                  const QString &previous, const QString &reason, const QString &now, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO device (id, installation_id, file_path, previous_id, reason, assigned_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(installation);
    q.addBindValue(path);
    q.addBindValue(previous.isEmpty() ? QVariant() : QVariant(previous));
    q.addBindValue(reason);
    q.addBindValue(now);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

QStringList Workspace::deviceBindingKeys()
{
    return {KeyDeviceInstallation, KeyDevicePath};
}

std::unique_ptr<Workspace> Workspace::initialize(std::unique_ptr<storage::Database> database,
                                                 const QString &databaseId, QString *error, const Clock &clock,
                                                 const QString &installationId)
{
    std::unique_ptr<Workspace> ws(new Workspace(std::move(database), clock));
    const QString installation = installationOrDefault(installationId, error);
    if (installation.isEmpty())
        return nullptr;
    if (!storage::Migrator().migrate(ws->db(), error))
        return nullptr;
    const QString deviceId = newId();
    const QString now = Clock::toStorage(clock.now());
    const QString path = canonicalPath(*ws->m_database);
    // A new file: its identity is written before any command can run, in one transaction.
    QSqlDatabase db = ws->db();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return nullptr;
    }
    if (!setMeta(db, QStringLiteral("database_id"), databaseId, error) || !setMeta(db, KeyDeviceId, deviceId, error)
        || !setMeta(db, KeyDeviceInstallation, installation, error) || !setMeta(db, KeyDevicePath, path, error)
        || !setMeta(db, QStringLiteral("created_at"), now, error)
        || !insertDevice(db, deviceId, installation, path, QString(), QStringLiteral("created"), now, error)
        || !db.commit()) {
        db.rollback();
        return nullptr;
    }
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
                                             const Clock &clock, const QString &installationId)
{
    std::unique_ptr<Workspace> ws(new Workspace(std::move(database), clock));
    if (!storage::Migrator().migrate(ws->db(), error))
        return nullptr;
    if (!ws->load(error))
        return nullptr;
    if (!ws->m_database->isReadOnly()) {
        const QString installation = installationOrDefault(installationId, error);
        if (installation.isEmpty() || !ws->bindDevice(installation, error))
            return nullptr;
    }
    return ws;
}

bool Workspace::bindDevice(const QString &installationId, QString *error)
{
    const QString boundInstallation = meta(KeyDeviceInstallation);
    const QString boundPath = meta(KeyDevicePath);
    const QString path = canonicalPath(*m_database);
    if (boundInstallation == installationId && boundPath == path)
        return true;

    QString reason;
    if (boundInstallation.isEmpty() && boundPath.isEmpty() && meta(QStringLiteral("backup_of")).isEmpty()) {
        // A database from before schema 7 names no installation: its device is adopted here once.
        reason = QStringLiteral("adopted");
    } else if (!meta(QStringLiteral("backup_of")).isEmpty()) {
        reason = QStringLiteral("restored");
    } else if (boundInstallation != installationId) {
        reason = QStringLiteral("other_installation");
    } else {
        reason = QStringLiteral("moved_or_copied");
    }
    const QString previous = m_deviceId;
    const QString device = reason == QLatin1String("adopted") ? previous : newId();
    auto runner = std::make_unique<commands::CommandRunner>(db(), device, m_clock);
    const QJsonObject arguments{{QStringLiteral("device_id"), device},
                                {QStringLiteral("previous_device_id"), previous},
                                {QStringLiteral("reason"), reason}};
    const auto result = runner->run(
        commands::Actor::system(), QStringLiteral("device.assign"), arguments, [&](commands::CommandContext &ctx) {
            QString failure;
            if (reason == QLatin1String("adopted")) {
                QSqlQuery adopt(ctx.db());
                adopt.prepare(QStringLiteral("UPDATE device SET installation_id = ?, file_path = ? WHERE id = ?"));
                adopt.addBindValue(installationId);
                adopt.addBindValue(path);
                adopt.addBindValue(device);
                if (!adopt.exec())
                    return ctx.fail(adopt.lastError().text());
            } else if (!insertDevice(ctx.db(), device, installationId, path, previous, reason, ctx.now(), &failure)) {
                return ctx.fail(failure);
            }
            if (!setMeta(ctx.db(), KeyDeviceId, device, &failure)
                || !setMeta(ctx.db(), KeyDeviceInstallation, installationId, &failure)
                || !setMeta(ctx.db(), KeyDevicePath, path, &failure))
                return ctx.fail(failure);
            QSqlQuery forget(ctx.db());
            if (!forget.exec(QStringLiteral("DELETE FROM meta WHERE key = 'backup_of'")))
                return ctx.fail(forget.lastError().text());
            ctx.audit({QStringLiteral("device.assign"), QStringLiteral("device"), device, QJsonValue(), arguments});
            return true;
        });
    if (!result.ok) {
        if (error)
            *error = tr("This database could not be given its own device identity: %1").arg(result.error);
        return false;
    }
    m_deviceId = device;
    m_runner = std::move(runner);
    m_users = std::make_unique<identity::LocalUserDirectory>(db(), *m_runner);
    return true;
}

bool Workspace::load(QString *error)
{
    m_deviceId = meta(KeyDeviceId);
    if (m_deviceId.isEmpty()) {
        if (error)
            *error = tr("This file has no HR Desk identity; it was not created by HR Desk.");
        return false;
    }
    m_runner = std::make_unique<commands::CommandRunner>(db(), m_deviceId, m_clock);
    m_users = std::make_unique<identity::LocalUserDirectory>(db(), *m_runner);
    return true;
}

bool Workspace::isDemo() const
{
    if (meta(QStringLiteral("demo")) != QLatin1String("1"))
        return false;
    // The flag counts only together with the event of the demo command that wrote it.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    return q.exec(QStringLiteral("SELECT 1 FROM audit_event WHERE action = 'demo.generate' AND actor_id IS NULL LIMIT 1"))
        && q.next();
}

std::optional<identity::LocalUser> Workspace::signInToDemo(const QString &login, QString *refusal)
{
    if (!isDemo()) {
        *refusal = tr("Signing in without a password (--sign-in-as) is only allowed on demo databases made by "
                      "hrdesk-admin demo. Please sign in with your password.");
        return std::nullopt;
    }
    const std::optional<identity::LocalUser> user = users().findByLogin(login);
    if (!user) {
        *refusal = tr("There is no user with the login \"%1\" in this database.").arg(login);
        return std::nullopt;
    }
    // Still audited like any sign-in, and marked so nobody mistakes it for a password check.
    const commands::CommandResult recorded = runner().record(
        commands::Actor{user->id, user->displayName, user->role},
        {QStringLiteral("session.sign_in"), QStringLiteral("local_user"), user->id, QJsonValue(),
         QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("method"), QStringLiteral("demo")}}});
    if (!recorded.ok) {
        *refusal = recorded.error;
        return std::nullopt;
    }
    return user;
}

bool Workspace::markAsDemo(commands::CommandContext &ctx, QString *error)
{
    return setMeta(ctx.db(), QStringLiteral("demo"), QStringLiteral("1"), error);
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

bool Workspace::setMeta(QSqlDatabase db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
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
