#pragma once

#include <QList>
#include <QString>

namespace hrdesk::validation {

// One rejected field of a form or an imported row: the field's key (a column name such as
// "credit_code", stable for code and import reports) and a translated reason a person can act on.
// Shared by every domain (staff, customers, import) so reports and forms speak one shape.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &a, const FieldError &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

using FieldErrors = QList<FieldError>;

} // namespace hrdesk::validation
