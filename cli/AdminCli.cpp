#include "cli/AdminCli.h"

#include "cli/Console.h"
#include "cli/commands/BackupCommand.h"
#include "cli/commands/CheckCommand.h"
#include "cli/commands/DemoCommand.h"
#include "cli/commands/ImportCommand.h"
#include "cli/commands/InitCommand.h"
#include "cli/commands/RekeyCommand.h"
#include "cli/commands/RestoreCommand.h"

namespace hrdesk::cli {

AdminCli::AdminCli(security::SecretStore &store)
{
    m_commands.push_back(std::make_unique<InitCommand>(store));
    m_commands.push_back(std::make_unique<DemoCommand>(store));
    m_commands.push_back(std::make_unique<CheckCommand>(store));
    m_commands.push_back(std::make_unique<RekeyCommand>(store));
    m_commands.push_back(std::make_unique<BackupCommand>(store));
    m_commands.push_back(std::make_unique<RestoreCommand>(store));
    m_commands.push_back(std::make_unique<ImportCommand>(store));
}

AdminCli::~AdminCli() = default;

void AdminCli::printUsage(bool toErr) const
{
    QTextStream &stream = toErr ? Console::err() : Console::out();
    stream << tr("Usage: hrdesk-admin COMMAND [options]") << Qt::endl << Qt::endl
           << tr("Administers HR Desk databases.") << Qt::endl << Qt::endl
           << tr("Commands:") << Qt::endl;
    for (const auto &command : m_commands)
        stream << QStringLiteral("  %1").arg(command->name(), -8) << command->summary().section(u'.', 0, 0)
               << u'.' << Qt::endl;
    stream << Qt::endl
           << tr("Every command takes --db PATH, and --passphrase-file FILE or --recovery-key-file FILE when the "
                 "key is not in the OS keychain. \"hrdesk-admin COMMAND --help\" describes a command.")
           << Qt::endl;
}

int AdminCli::run(const QStringList &arguments)
{
    const QString program = arguments.value(0, QStringLiteral("hrdesk-admin"));
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        printUsage(true);
        return AdminCommand::UsageError;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(false);
        return AdminCommand::Success;
    }
    if (name == QLatin1String("--version")) {
        Console::out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                       << Qt::endl;
        return AdminCommand::Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command->run(QStringList{program} + arguments.mid(2));
    }
    Console::err() << tr("Unknown command \"%1\".").arg(name) << Qt::endl;
    printUsage(true);
    return AdminCommand::UsageError;
}

} // namespace hrdesk::cli
