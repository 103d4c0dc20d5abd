#pragma once

#include "core/validation/FieldError.h"

#include <QString>

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
};

} // namespace hrdesk::staff
