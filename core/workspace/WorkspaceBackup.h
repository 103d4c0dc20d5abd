#pragma once

#include "core/commands/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace hrdesk {

class Workspace;

// Backups and restores of a whole database file. A backup is a consistent encrypted copy under
// the same key with its key information beside it; it forgets which installation and path the
// device identity was bound to and names the device it came from (meta backup_of), so that a
// restored backup always gets a device identity of its own and never reuses sequence numbers the
// original device has already sent. Both are audit events.
class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::WorkspaceBackup)

public:
    // Writes the copy and its key information; records database.backup in the source. Nothing
    // is left at target on failure.
    static bool backup(Workspace &workspace, const commands::Actor &actor, const QString &target, QString *error);

    // Copies a backup (and its key information) to target, which must not exist yet. The copy
    // is then opened like any database (it gets its new device identity then) and the restore
    // recorded with recordRestore.
    static bool copyForRestore(const QString &backup, const QString &target, QString *error);
    // Records database.restore in the restored database, once it has been opened; false if it
    // was not opened as a restored backup (it then got no device identity of its own).
    static bool recordRestore(Workspace &restored, const commands::Actor &actor, const QString &backup,
                              QString *error);
};

} // namespace hrdesk
