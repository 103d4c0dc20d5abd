#pragma once

#include <QString>

namespace hrdesk::commands {

// Who performs a command: a signed-in local user, or the system (demo generation, migrations).
struct Actor
{
    QString id;
    QString name;
    QString role;

    static Actor system() { return {QString(), QStringLiteral("system"), QStringLiteral("system")}; }
};

} // namespace hrdesk::commands
