#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace hrdesk::security {
class SecretStore;
}

namespace hrdesk::cli {

class AdminCommand;

// hrdesk-admin: picks the sub-command named by the first argument and runs it.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::AdminCli)

public:
    explicit AdminCli(security::SecretStore &store);
    ~AdminCli();

    int run(const QStringList &arguments);

private:
    void printUsage(bool toErr) const;

    std::vector<std::unique_ptr<AdminCommand>> m_commands;
};

} // namespace hrdesk::cli
