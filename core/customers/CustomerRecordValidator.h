#pragma once

#include "core/customers/CustomerRecords.h"
#include "core/validation/FieldError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace hrdesk::customers {

// The rules of contacts, follow-ups, deals and sales contracts; the service applies them before
// any write, import and forms may apply them first. Field keys are the column names.
class CustomerRecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::CustomerRecordValidator)

public:
    static constexpr int ShortTextMaxLength = 50;
    static constexpr int TitleMaxLength = 100;
    static constexpr int SummaryMaxLength = 2000;
    static constexpr int NextStepMaxLength = 500;

    static QStringList channels();
    static QStringList stages();

    // Trimmed text; the mobile number as its bare 11 digits.
    static Contact normalised(Contact contact);
    static validation::FieldErrors validate(const Contact &contact);
    // now bounds occurred_at: a follow-up may be logged up to one day ahead (time zones,
    // a meeting entered the evening before), never further.
    static validation::FieldErrors validate(const FollowUp &followUp, const QDateTime &now);
    static validation::FieldErrors validate(const Deal &deal);
    static validation::FieldErrors validate(const SalesContract &contract);

    static bool isEmail(const QString &text);
};

} // namespace hrdesk::customers
