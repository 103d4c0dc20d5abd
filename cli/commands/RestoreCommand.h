#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin restore: puts a backup back as a new database file, with a device identity of
// its own, and verifies it.
class RestoreCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::RestoreCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
