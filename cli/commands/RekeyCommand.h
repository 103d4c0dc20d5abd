#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin rekey: re-encrypts the database with a new key and shows the new recovery key.
class RekeyCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::RekeyCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("rekey"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
