#pragma once

#include "cli/commands/AdminCommand.h"

namespace hrdesk::cli {

// hrdesk-admin import staff|customers --db PATH FILE [--dry-run] [--skip-invalid] [--report FILE]:
// the import wizard without windows. One invalid row means nothing is imported (exit 1) unless
// --skip-invalid is given; the report lists every problem by row, column, value and reason.
class ImportCommand : public AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::ImportCommand)

public:
    using AdminCommand::AdminCommand;
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace hrdesk::cli
