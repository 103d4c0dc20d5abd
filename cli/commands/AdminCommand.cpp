#include "cli/commands/AdminCommand.h"

#include "cli/Console.h"

namespace hrdesk::cli {

int AdminCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis)
{
    parser.setApplicationDescription(synopsis + QStringLiteral("\n\n") + summary());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        Console::err() << parser.errorText() << Qt::endl
                       << tr("Try \"hrdesk-admin %1 --help\".").arg(name()) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        Console::out() << parser.helpText() << Qt::flush;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Console::err() << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()) << Qt::endl
                       << tr("Try \"hrdesk-admin %1 --help\".").arg(name()) << Qt::endl;
        return UsageError;
    }
    return -1;
}

} // namespace hrdesk::cli
