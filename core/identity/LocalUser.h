#pragma once

#include <QString>

namespace hrdesk::identity {

struct LocalUser
{
    QString id;
    QString login;
    QString displayName;
    QString role;
};

} // namespace hrdesk::identity
