#include "core/customers/CustomerRecordValidator.h"

#include "core/customers/Money.h"
#include "core/validation/MobileNumber.h"

#include <QRegularExpression>

namespace hrdesk::customers {

using validation::FieldError;
using validation::FieldErrors;

QStringList CustomerRecordValidator::channels()
{
    return {QStringLiteral("visit"), QStringLiteral("phone"), QStringLiteral("wechat"),
            QStringLiteral("email"), QStringLiteral("meeting"), QStringLiteral("other")};
}

QStringList CustomerRecordValidator::stages()
{
    return {QStringLiteral("lead"), QStringLiteral("qualified"), QStringLiteral("proposal"),
            QStringLiteral("negotiation"), QStringLiteral("won"), QStringLiteral("lost")};
}

bool CustomerRecordValidator::isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$)"));
    return pattern.match(text).hasMatch();
}

Contact CustomerRecordValidator::normalised(Contact contact)
{
    contact.name = contact.name.simplified();
    contact.title = contact.title.trimmed();
    contact.wechat = contact.wechat.trimmed();
    contact.email = contact.email.trimmed();
    contact.mobile = contact.mobile.trimmed();
    const QString mobile = validation::MobileNumber::normalise(contact.mobile);
    if (!mobile.isEmpty())
        contact.mobile = mobile;
    return contact;
}

FieldErrors CustomerRecordValidator::validate(const Contact &contact)
{
    FieldErrors errors;
    if (contact.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The contact's name is required.")});
    else if (contact.name.size() > ShortTextMaxLength)
        errors.append({QStringLiteral("name"), tr("The contact's name is too long: %1 characters, at most %2.")
                                                   .arg(contact.name.size())
                                                   .arg(ShortTextMaxLength)});
    if (contact.title.size() > ShortTextMaxLength)
        errors.append({QStringLiteral("title"), tr("The job title is too long: %1 characters, at most %2.")
                                                    .arg(contact.title.size())
                                                    .arg(ShortTextMaxLength)});
    if (!contact.mobile.isEmpty()) {
        const auto result = validation::MobileNumber::validate(contact.mobile);
        if (!result)
            errors.append({QStringLiteral("mobile"), tr("Mobile number: %1").arg(result.reason)});
    }
    if (contact.wechat.size() > ShortTextMaxLength)
        errors.append({QStringLiteral("wechat"), tr("The WeChat ID is too long: %1 characters, at most %2.")
                                                     .arg(contact.wechat.size())
                                                     .arg(ShortTextMaxLength)});
    if (!contact.email.isEmpty() && !isEmail(contact.email))
        errors.append({QStringLiteral("email"),
                       tr("\"%1\" is not an email address such as li.na@example.com.").arg(contact.email)});
    return errors;
}

FieldErrors CustomerRecordValidator::validate(const FollowUp &followUp, const QDateTime &now)
{
    FieldErrors errors;
    if (!followUp.occurredAt.isValid())
        errors.append({QStringLiteral("occurred_at"), tr("The time of the follow-up is required.")});
    else if (followUp.occurredAt > now.addDays(1))
        errors.append({QStringLiteral("occurred_at"),
                       tr("The follow-up time %1 is in the future; record a follow-up after it happened.")
                           .arg(followUp.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
    if (!channels().contains(followUp.channel))
        errors.append({QStringLiteral("channel"),
                       tr("The channel must be visit, phone, WeChat, email, meeting or other, not \"%1\".")
                           .arg(followUp.channel)});
    const QString summary = followUp.summary.trimmed();
    if (summary.isEmpty())
        errors.append({QStringLiteral("summary"), tr("The summary of the follow-up is required.")});
    else if (summary.size() > SummaryMaxLength)
        errors.append({QStringLiteral("summary"), tr("The summary is too long: %1 characters, at most %2.")
                                                      .arg(summary.size())
                                                      .arg(SummaryMaxLength)});
    if (followUp.nextStep.trimmed().size() > NextStepMaxLength)
        errors.append({QStringLiteral("next_step"), tr("The next step is too long: %1 characters, at most %2.")
                                                        .arg(followUp.nextStep.trimmed().size())
                                                        .arg(NextStepMaxLength)});
    if (followUp.nextStepDue.isValid() && followUp.occurredAt.isValid()
        && followUp.nextStepDue < followUp.occurredAt.date())
        errors.append({QStringLiteral("next_step_due"),
                       tr("The next step is due %1, before the follow-up itself (%2).")
                           .arg(followUp.nextStepDue.toString(Qt::ISODate),
                                followUp.occurredAt.date().toString(Qt::ISODate))});
    return errors;
}

FieldErrors CustomerRecordValidator::validate(const Deal &deal)
{
    FieldErrors errors;
    const QString title = deal.title.trimmed();
    if (title.isEmpty())
        errors.append({QStringLiteral("title"), tr("The deal needs a title.")});
    else if (title.size() > TitleMaxLength)
        errors.append({QStringLiteral("title"), tr("The deal title is too long: %1 characters, at most %2.")
                                                    .arg(title.size())
                                                    .arg(TitleMaxLength)});
    if (!stages().contains(deal.stage))
        errors.append({QStringLiteral("stage"),
                       tr("The stage must be lead, qualified, proposal, negotiation, won or lost, not \"%1\".")
                           .arg(deal.stage)});
    if (deal.amountFen && *deal.amountFen < 0)
        errors.append({QStringLiteral("amount_fen"), tr("The deal amount cannot be negative.")});
    else if (deal.amountFen && *deal.amountFen > Money::MaxFen)
        errors.append({QStringLiteral("amount_fen"),
                       tr("The deal amount is too large (at most %1 yuan).").arg(Money::formatYuan(Money::MaxFen))});
    return errors;
}

FieldErrors CustomerRecordValidator::validate(const SalesContract &contract)
{
    FieldErrors errors;
    const QString number = contract.contractNo.trimmed();
    if (number.isEmpty())
        errors.append({QStringLiteral("contract_no"), tr("The contract number is required.")});
    else if (number.size() > ShortTextMaxLength)
        errors.append({QStringLiteral("contract_no"), tr("The contract number is too long: %1 characters, at most %2.")
                                                          .arg(number.size())
                                                          .arg(ShortTextMaxLength)});
    if (contract.amountFen < 0)
        errors.append({QStringLiteral("amount_fen"), tr("The contract amount cannot be negative.")});
    else if (contract.amountFen > Money::MaxFen)
        errors.append({QStringLiteral("amount_fen"),
                       tr("The contract amount is too large (at most %1 yuan).").arg(Money::formatYuan(Money::MaxFen))});
    if (contract.startDate.isValid() && contract.endDate.isValid() && contract.endDate < contract.startDate)
        errors.append({QStringLiteral("end_date"), tr("The contract ends (%1) before it starts (%2).")
                                                       .arg(contract.endDate.toString(Qt::ISODate),
                                                            contract.startDate.toString(Qt::ISODate))});
    if (contract.signedOn.isValid() && contract.endDate.isValid() && contract.signedOn > contract.endDate)
        errors.append({QStringLiteral("signed_on"), tr("The contract is signed (%1) after it ends (%2).")
                                                        .arg(contract.signedOn.toString(Qt::ISODate),
                                                             contract.endDate.toString(Qt::ISODate))});
    return errors;
}

} // namespace hrdesk::customers
