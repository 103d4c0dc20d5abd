#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin check: file integrity, encryption integrity, audit chain and schema version.
class CheckCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::CheckCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
