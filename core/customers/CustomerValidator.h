#pragma once

#include "core/customers/Customer.h"
#include "core/validation/FieldError.h"
#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hrdesk::customers {

// The rules of a customer record, shared by the form (field by field, as the user types), the
// service (the whole record on save) and import (every row). Field keys are the column names:
// kind, name, credit_code, tier, region, industry, score, status, source, phone.
class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::CustomerValidator)

public:
    static constexpr int NameMinLength = 2;
    static constexpr int NameMaxLength = 100;
    static constexpr int FreeTextMaxLength = 50;

    // One field as typed. context supplies the other fields a rule depends on (the kind decides
    // whether a credit code is required). An unknown field key is reported, not ignored.
    static std::optional<validation::FieldError> checkField(const QString &field, const QString &value,
                                                            const Customer &context);
    // Every field of the record; empty when it may be saved. Expects a normalised record.
    static validation::FieldErrors validate(const Customer &customer);

    // Trimmed text, the credit code in capitals, a mobile number as its bare 11 digits.
    static Customer normalised(Customer customer);

    // A mainland mobile number or a landline ("021-62345678", "0755 8888 6666", "400-820-8820").
    static validation::Result checkPhone(QStringView phone);
    // The text form of a score as the form and import show it ("" when unknown).
    static QString scoreText(const std::optional<int> &score);

private:
    static std::optional<QString> problem(const QString &field, const QString &value, const Customer &context);
};

} // namespace hrdesk::customers
