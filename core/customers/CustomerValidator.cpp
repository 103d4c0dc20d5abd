#include "core/customers/CustomerValidator.h"

#include "core/validation/CreditCode.h"
#include "core/validation/MobileNumber.h"

#include <QRegularExpression>

namespace hrdesk::customers {

using validation::FieldError;
using validation::FieldErrors;
using validation::Result;

namespace {

// Area code 0 + 2–3 digits, 7–8 digit local number, optional extension; or a 400/800 service
// number. Spaces and dashes between the groups are what people type, so both are accepted.
const QRegularExpression &landlinePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:0\d{2,3}[- ]?\d{7,8}(?:[- ]?(?:转|ext\.?|x)?[- ]?\d{1,6})?|[48]00[- ]?\d{3}[- ]?\d{4})$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &integerPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[+-]?\d{1,9}$)"));
    return pattern;
}

} // namespace

Result CustomerValidator::checkPhone(QStringView phone)
{
    const QString text = phone.trimmed().toString();
    if (text.isEmpty())
        return Result::valid();
    if (validation::MobileNumber::validate(text))
        return Result::valid();
    if (landlinePattern().match(text).hasMatch())
        return Result::valid();
    return Result::invalid(tr("The phone number \"%1\" is neither a mobile number (11 digits starting with 1) "
                              "nor a landline such as 021-62345678.")
                               .arg(text));
}

QString CustomerValidator::scoreText(const std::optional<int> &score)
{
    return score ? QString::number(*score) : QString();
}

std::optional<QString> CustomerValidator::problem(const QString &field, const QString &rawValue,
                                                  const Customer &context)
{
    const QString value = rawValue.trimmed();
    if (field == QLatin1String("kind")) {
        if (!Customer::kinds().contains(value))
            return tr("The customer type must be a company or a person.");
    } else if (field == QLatin1String("name")) {
        if (value.isEmpty())
            return tr("The customer name is required.");
        if (value.size() < NameMinLength)
            return tr("The customer name is too short: at least %1 characters.").arg(NameMinLength);
        if (value.size() > NameMaxLength)
            return tr("The customer name is too long: %1 characters, at most %2.").arg(value.size()).arg(NameMaxLength);
    } else if (field == QLatin1String("credit_code")) {
        if (context.kind == QLatin1String("person")) {
            if (!value.isEmpty())
                return tr("A person has no unified social credit code; leave it empty or make the customer a company.");
        } else {
            if (value.isEmpty())
                return tr("A company needs its unified social credit code.");
            const Result result = validation::CreditCode::validate(value);
            if (!result)
                return tr("Unified social credit code: %1").arg(result.reason);
        }
    } else if (field == QLatin1String("tier")) {
        if (!Customer::tiers().contains(value))
            return tr("The tier must be key, A, B or C, not \"%1\".").arg(value);
    } else if (field == QLatin1String("status")) {
        if (!Customer::statuses().contains(value))
            return tr("The status must be prospect, active, dormant or lost, not \"%1\".").arg(value);
    } else if (field == QLatin1String("score")) {
        if (value.isEmpty())
            return std::nullopt;
        if (!integerPattern().match(value).hasMatch())
            return tr("The score must be a whole number from 0 to 100, not \"%1\".").arg(value);
        const int score = value.toInt();
        if (score < 0 || score > 100)
            return tr("The score must be from 0 to 100, not %1.").arg(score);
    } else if (field == QLatin1String("region")) {
        if (value.size() > FreeTextMaxLength)
            return tr("The region is too long: %1 characters, at most %2.").arg(value.size()).arg(FreeTextMaxLength);
    } else if (field == QLatin1String("industry")) {
        if (value.size() > FreeTextMaxLength)
            return tr("The industry is too long: %1 characters, at most %2.").arg(value.size()).arg(FreeTextMaxLength);
    } else if (field == QLatin1String("source")) {
        if (value.size() > FreeTextMaxLength)
            return tr("The source is too long: %1 characters, at most %2.").arg(value.size()).arg(FreeTextMaxLength);
    } else if (field == QLatin1String("phone")) {
        const Result result = checkPhone(value);
        if (!result)
            return result.reason;
    } else if (field == QLatin1String("owner_id") || field == QLatin1String("created_by")) {
        // Whether the employee exists is a question for the database; the service answers it.
        return std::nullopt;
    } else {
        return tr("Unknown customer field \"%1\".").arg(field);
    }
    return std::nullopt;
}

std::optional<FieldError> CustomerValidator::checkField(const QString &field, const QString &value,
                                                        const Customer &context)
{
    if (auto message = problem(field, value, context))
        return FieldError{field, *message};
    return std::nullopt;
}

FieldErrors CustomerValidator::validate(const Customer &customer)
{
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("kind"), customer.kind},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("credit_code"), customer.creditCode},
        {QStringLiteral("tier"), customer.tier},
        {QStringLiteral("region"), customer.region},
        {QStringLiteral("industry"), customer.industry},
        {QStringLiteral("score"), scoreText(customer.score)},
        {QStringLiteral("status"), customer.status},
        {QStringLiteral("source"), customer.source},
        {QStringLiteral("phone"), customer.phone},
    };
    FieldErrors errors;
    for (const auto &[field, value] : fields) {
        if (auto error = checkField(field, value, customer))
            errors.append(*error);
    }
    return errors;
}

Customer CustomerValidator::normalised(Customer customer)
{
    customer.kind = customer.kind.trimmed();
    customer.name = customer.name.simplified();
    customer.creditCode = customer.creditCode.trimmed().toUpper();
    customer.tier = customer.tier.trimmed();
    customer.region = customer.region.trimmed();
    customer.industry = customer.industry.trimmed();
    customer.status = customer.status.trimmed();
    customer.source = customer.source.trimmed();
    customer.phone = customer.phone.trimmed();
    const QString mobile = validation::MobileNumber::normalise(customer.phone);
    if (!mobile.isEmpty())
        customer.phone = mobile;
    return customer;
}

} // namespace hrdesk::customers
