#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin backup: a consistent encrypted copy, verified by opening it.
class BackupCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::BackupCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
