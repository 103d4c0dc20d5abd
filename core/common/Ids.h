#pragma once

#include <QString>
#include <QUuid>

namespace hrdesk {

// Row and command identifiers: random UUIDs in lower-case text without braces.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace hrdesk
