#include "core/commands/CommandContext.h"

namespace hrdesk::commands {

CommandContext::CommandContext(QSqlDatabase db, Actor actor, QString commandId, QString now)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_commandId(std::move(commandId))
    , m_now(std::move(now))
{
}

} // namespace hrdesk::commands
