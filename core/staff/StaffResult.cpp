#include "core/staff/StaffResult.h"

#include "core/commands/CommandRunner.h"

#include <QStringList>

namespace hrdesk::staff {

StaffResult StaffResult::refused(validation::FieldErrors errors)
{
    StaffResult result;
    QStringList messages;
    for (const auto &error : errors)
        messages << error.message;
    result.error = messages.join(QLatin1Char('\n'));
    result.fieldErrors = std::move(errors);
    return result;
}

StaffResult StaffResult::refused(const QString &field, const QString &message)
{
    return refused(validation::FieldErrors{{field, message}});
}

StaffResult StaffResult::fromCommand(const commands::CommandResult &command, const QString &id, qint64 version)
{
    StaffResult result;
    result.ok = command.ok;
    result.commandId = command.commandId;
    result.error = command.error;
    if (command.ok) {
        result.id = id;
        result.version = version;
    }
    return result;
}

} // namespace hrdesk::staff
