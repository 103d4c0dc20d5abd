#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin demo: creates the database if needed and fills it with a demo company.
class DemoCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::DemoCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
