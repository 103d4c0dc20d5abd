#pragma once

#include <QString>

namespace hrdesk::io {

// What a file is imported into.
enum class ImportTarget { Staff, Customers };

inline QString targetName(ImportTarget target)
{
    return target == ImportTarget::Staff ? QStringLiteral("staff") : QStringLiteral("customers");
}

} // namespace hrdesk::io
