#include "core/workspace/WorkspaceBackup.h"

#include "core/security/KeyInfoFile.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    setError(error, q.lastError().text());
    return false;
}

} // namespace

bool WorkspaceBackup::backup(Workspace &workspace, const commands::Actor &actor, const QString &target,
                             QString *error)
{
    const QString source = workspace.database().path();
    const QString sourceKeyInfo = security::KeyInfoFile::pathFor(source);
    const QString targetKeyInfo = security::KeyInfoFile::pathFor(target);
    for (const QString &path : {target, targetKeyInfo}) {
        if (QFileInfo::exists(path)) {
            setError(error, tr("%1 already exists; choose a new name for the backup.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    const QString origin = workspace.deviceId();
    const auto amend = [&](QSqlDatabase db, const QString &schema, QString *failure) {
        QSqlQuery forget(db);
        QStringList placeholders;
        for (qsizetype i = 0; i < Workspace::deviceBindingKeys().size(); ++i)
            placeholders << QStringLiteral("?");
        forget.prepare(QStringLiteral("DELETE FROM %1.meta WHERE key IN (%2)").arg(schema, placeholders.join(u',')));
        for (const QString &key : Workspace::deviceBindingKeys())
            forget.addBindValue(key);
        if (!exec(forget, failure))
            return false;
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT INTO %1.meta (key, value) VALUES ('backup_of', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value").arg(schema));
        mark.addBindValue(origin);
        return exec(mark, failure);
    };
    if (!workspace.database().backupTo(target, error, amend))
        return false;
    // The key information travels with the copy so that it opens the same way as the original.
    if (QFileInfo::exists(sourceKeyInfo) && !QFile::copy(sourceKeyInfo, targetKeyInfo)) {
        QFile::remove(target);
        setError(error, tr("The key information could not be copied to %1; no backup was kept.")
                            .arg(QDir::toNativeSeparators(targetKeyInfo)));
        return false;
    }
    const auto recorded = workspace.runner().record(
        actor, {QStringLiteral("database.backup"), QStringLiteral("database"), workspace.databaseId(), QJsonValue(),
                QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())},
                            {QStringLiteral("bytes"), QFileInfo(target).size()}}});
    if (!recorded.ok) {
        QFile::remove(target);
        QFile::remove(targetKeyInfo);
        setError(error, tr("The backup could not be recorded in the audit log, so it was removed: %1").arg(recorded.error));
        return false;
    }
    return true;
}

bool WorkspaceBackup::copyForRestore(const QString &backup, const QString &target, QString *error)
{
    const QString backupKeyInfo = security::KeyInfoFile::pathFor(backup);
    const QString targetKeyInfo = security::KeyInfoFile::pathFor(target);
    if (!QFileInfo(backup).isFile()) {
        setError(error, tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backup)));
        return false;
    }
    for (const QString &path : {target, targetKeyInfo}) {
        if (QFileInfo::exists(path)) {
            setError(error, tr("%1 already exists; a restore never overwrites a database. Choose a new file name, "
                               "or move the existing file away first.")
                                .arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    if (!QFile::copy(backup, target)) {
        setError(error, tr("The backup could not be copied to %1.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    if (QFileInfo::exists(backupKeyInfo) && !QFile::copy(backupKeyInfo, targetKeyInfo)) {
        QFile::remove(target);
        setError(error, tr("The key information of the backup could not be copied to %1.")
                            .arg(QDir::toNativeSeparators(targetKeyInfo)));
        return false;
    }
    // A copied file keeps the backup's read-only flag on some systems; the restored one is written.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool WorkspaceBackup::recordRestore(Workspace &restored, const commands::Actor &actor, const QString &backup,
                                    QString *error)
{
    QSqlQuery device(restored.db());
    device.prepare(QStringLiteral("SELECT previous_id, reason FROM device WHERE id = ?"));
    device.addBindValue(restored.deviceId());
    if (!exec(device, error))
        return false;
    // A backup made by this version says so (reason "restored"); a plain copy of a database file
    // gets a new device too. Only a file from before device identities would keep its device.
    const QString reason = device.next() ? device.value(1).toString() : QString();
    if (reason.isEmpty() || reason == QLatin1String("created") || reason == QLatin1String("adopted")) {
        setError(error, tr("%1 was not made by the backup command of this HR Desk version; restoring it would give "
                           "two databases the same device identity. Make a new backup of it with hrdesk-admin "
                           "backup and restore that.")
                            .arg(QDir::toNativeSeparators(backup)));
        return false;
    }
    const QString backupOf = device.value(0).toString();
    device.finish();
    const auto recorded = restored.runner().record(
        actor, {QStringLiteral("database.restore"), QStringLiteral("database"), restored.databaseId(), QJsonValue(),
                QJsonObject{{QStringLiteral("from"), QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath())},
                            {QStringLiteral("backup_of_device"), backupOf},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("device_id"), restored.deviceId()}}});
    if (!recorded.ok) {
        setError(error, recorded.error);
        return false;
    }
    return true;
}

} // namespace hrdesk
