#include "cli/commands/BackupCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"
#include "core/workspace/WorkspaceBackup.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

namespace hrdesk::cli {

namespace {

qint64 rowCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

QString BackupCommand::summary() const
{
    return tr("Writes a consistent encrypted copy of the database (safe while HR Desk has it open) with the same "
              "key, copies the key information beside it, then opens the copy to verify it. Restored with \"restore\", the "
              "copy gets a device identity of its own.");
}

int BackupCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    const QCommandLineOption out(QStringLiteral("out"), tr("The backup file to create."), tr("FILE"));
    parser.addOption(out);
    if (const int code = parse(parser, arguments, QStringLiteral("hrdesk-admin backup --db PATH --out FILE"));
        code >= 0)
        return code;
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;
    const QString target = parser.value(out);
    if (target.isEmpty()) {
        Console::err() << tr("Missing --out FILE: where should the backup go?") << Qt::endl;
        return UsageError;
    }
    std::unique_ptr<Workspace> workspace = access.open(parser, path);
    if (!workspace)
        return Failure;
    QString error;
    if (!WorkspaceBackup::backup(*workspace, WorkspaceAccess::administrator(), target, &error)) {
        Console::err() << error << Qt::endl;
        return Failure;
    }

    WorkspaceOpener::Outcome copy = access.reopen(target, true);
    if (!copy.ok()) {
        Console::err() << tr("The backup %1 was written but does not open: %2").arg(target, copy.error) << Qt::endl;
        return Failure;
    }
    QStringList problems;
    if (!copy.workspace->database().checkIntegrity(&problems)) {
        Console::err() << tr("The backup %1 fails its integrity check: %2").arg(target, problems.join(QStringLiteral("; ")))
                       << Qt::endl;
        return Failure;
    }
    // Row counts describe the copy only: the original may have changed since (the desk may be writing).
    const QSqlDatabase backup = copy.workspace->db();
    Console::out() << tr("Backup written to %1 (%2), verified: it opens with the same key and passes the integrity "
                         "check; %3 employees, %4 customers, %5 audit events.")
                          .arg(target, QLocale::system().formattedDataSize(QFileInfo(target).size()))
                          .arg(rowCount(backup, QStringLiteral("employee")))
                          .arg(rowCount(backup, QStringLiteral("customer")))
                          .arg(rowCount(backup, QStringLiteral("audit_event")))
                   << Qt::endl;
    return Success;
}

} // namespace hrdesk::cli
