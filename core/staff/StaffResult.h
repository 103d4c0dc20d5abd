#pragma once

#include "core/validation/FieldError.h"

#include <QString>

namespace hrdesk::commands {
struct CommandResult;
}

namespace hrdesk::staff {

// The answer of a staff-file command: ok with the id of the row it wrote, or a translated error
// (for a form: the per-field errors as well, so each can be shown beside its field).
struct StaffResult
{
    bool ok = false;
    QString id;
    qint64 version = 0;
    QString commandId;
    QString error;
    validation::FieldErrors fieldErrors;

    explicit operator bool() const { return ok; }

    // Refused before anything was written: the messages joined one per line, and per field.
    static StaffResult refused(validation::FieldErrors errors);
    static StaffResult refused(const QString &field, const QString &message);
    // What a command that writes row id at version (when it succeeds) answered.
    static StaffResult fromCommand(const commands::CommandResult &command, const QString &id, qint64 version);
};

} // namespace hrdesk::staff
