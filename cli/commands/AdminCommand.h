#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace hrdesk::security {
class SecretStore;
}

namespace hrdesk::cli {

// One hrdesk-admin sub-command with its own options and --help.
class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::AdminCommand)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    explicit AdminCommand(security::SecretStore &store)
        : m_store(store)
    {
    }
    virtual ~AdminCommand() = default;
    AdminCommand(const AdminCommand &) = delete;
    AdminCommand &operator=(const AdminCommand &) = delete;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments: the program name followed by the command's own arguments.
    virtual int run(const QStringList &arguments) = 0;

protected:
    // Adds --help, parses, prints help or usage errors. Returns -1 to go on, else the exit code.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis);

    security::SecretStore &store() { return m_store; }

private:
    security::SecretStore &m_store;
};

} // namespace hrdesk::cli
