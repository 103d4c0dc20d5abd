#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin init: creates an empty encrypted database and shows its recovery key once.
class InitCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::InitCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
