#pragma once

#include <QString>

namespace hrdesk {

// Row and command identifiers: UUID version 7 (RFC 9562) in lower-case text without braces.
// The first 48 bits are the Unix time in milliseconds and the next 12 a counter within the
// millisecond, so ids made one after another sort in the order they were made, as text too; the
// remaining 62 bits are random. Inserting such keys appends to the end of a primary-key index
// instead of touching a random page of it (decision 0010). Unique across devices as random UUIDs
// are: two devices share a prefix only within the same millisecond.
QString newId();

// The id of a row that follows from another row alone (the first owner record of a new
// customer): UUID version 5 (RFC 9562) of "role:id" under HR Desk's own namespace. A server
// replaying the command makes the row under the same key without the intent naming it.
QString derivedId(QStringView role, const QString &id);

// Eight characters that tell ids apart on screen: the end of the id, which is random (the start
// of a version 7 id is its time, shared by the ids of one import).
inline QString shortId(const QString &id)
{
    return id.right(8);
}

} // namespace hrdesk
