#include "cli/commands/InitCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"

#include <QFileInfo>

namespace hrdesk::cli {

QString InitCommand::summary() const
{
    return tr("Creates an encrypted HR Desk database. Its key is kept in the OS keychain, or protected by the "
              "passphrase of --passphrase-file. The recovery key is shown once (or written to --recovery-key-out).");
}

int InitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    access.addRecoveryKeyOutOption(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("hrdesk-admin init --db PATH [--passphrase-file F] [--recovery-key-out F]"));
        code >= 0)
        return code;
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;
    if (QFileInfo::exists(path)) {
        Console::err() << tr("%1 already exists; init never replaces a database.").arg(path) << Qt::endl;
        return Failure;
    }
    return access.create(parser, path) ? Success : Failure;
}

} // namespace hrdesk::cli
