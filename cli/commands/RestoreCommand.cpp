#include "cli/commands/RestoreCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"
#include "core/security/KeyInfoFile.h"
#include "core/workspace/WorkspaceBackup.h"

#include <QDir>
#include <QFile>

namespace hrdesk::cli {

QString RestoreCommand::summary() const
{
    return tr("Copies a backup to a new database file (never over an existing one), opens it with the backup's key "
              "and checks it; the restored database gets a device identity of its own.");
}

int RestoreCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    const QCommandLineOption from(QStringLiteral("from"), tr("The backup file to restore."), tr("FILE"));
    parser.addOption(from);
    if (const int code = parse(parser, arguments, QStringLiteral("hrdesk-admin restore --from BACKUP --db PATH"));
        code >= 0)
        return code;
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;
    const QString backup = parser.value(from);
    if (backup.isEmpty()) {
        Console::err() << tr("Missing --from FILE: which backup should be restored?") << Qt::endl;
        return UsageError;
    }
    QString error;
    if (!WorkspaceBackup::copyForRestore(backup, path, &error)) {
        Console::err() << error << Qt::endl;
        return Failure;
    }
    // Whatever goes wrong from here, the half-restored copy is removed: the backup stays as it was.
    const auto discard = [&](const QString &why) {
        QFile::remove(path);
        QFile::remove(security::KeyInfoFile::pathFor(path));
        Console::err() << why << Qt::endl << tr("Nothing was restored; the backup is unchanged.") << Qt::endl;
        return Failure;
    };
    std::unique_ptr<Workspace> restored = access.open(parser, path);
    if (!restored)
        return discard(tr("The restored copy does not open."));
    QStringList problems;
    if (!restored->database().checkIntegrity(&problems))
        return discard(tr("The backup fails its integrity check: %1").arg(problems.join(QStringLiteral("; "))));
    if (!WorkspaceBackup::recordRestore(*restored, WorkspaceAccess::administrator(), backup, &error)) {
        restored.reset();
        return discard(error);
    }
    Console::out() << tr("Restored %1 to %2; it passes the integrity check and has the new device identity %3.")
                          .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(path), restored->deviceId())
                   << Qt::endl;
    return Success;
}

} // namespace hrdesk::cli
