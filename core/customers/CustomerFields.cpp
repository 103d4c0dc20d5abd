#include "core/customers/CustomerFields.h"

#include "core/customers/Customer.h"

#include <functional>

namespace hrdesk::customers {

namespace {

QString keyFromText(const QString &text, const QStringList &keys, const std::function<QString(const QString &)> &labelOf)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const QString &key : keys) {
        if (key.compare(wanted, Qt::CaseInsensitive) == 0 || labelOf(key).compare(wanted, Qt::CaseInsensitive) == 0)
            return key;
    }
    return {};
}

} // namespace

QStringList CustomerFields::keys()
{
    return {QStringLiteral("kind"),     QStringLiteral("name"),   QStringLiteral("credit_code"),
            QStringLiteral("tier"),     QStringLiteral("region"), QStringLiteral("industry"),
            QStringLiteral("score"),    QStringLiteral("status"), QStringLiteral("owner_id"),
            QStringLiteral("source"),   QStringLiteral("phone"),  QStringLiteral("created_by")};
}

QString CustomerFields::label(const QString &field)
{
    if (field == QLatin1String("kind"))
        return tr("Customer type");
    if (field == QLatin1String("name"))
        return tr("Customer name");
    if (field == QLatin1String("credit_code"))
        return tr("Unified social credit code");
    if (field == QLatin1String("tier"))
        return tr("Tier");
    if (field == QLatin1String("region"))
        return tr("Region");
    if (field == QLatin1String("industry"))
        return tr("Industry");
    if (field == QLatin1String("score"))
        return tr("Score");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("owner_id"))
        return tr("Owner");
    if (field == QLatin1String("source"))
        return tr("Source");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("created_by"))
        return tr("Created by");
    return field;
}

QString CustomerFields::contactLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Contact name");
    if (field == QLatin1String("title"))
        return tr("Job title");
    if (field == QLatin1String("mobile"))
        return tr("Mobile");
    if (field == QLatin1String("wechat"))
        return tr("WeChat ID");
    if (field == QLatin1String("email"))
        return tr("Email");
    return field;
}

QString CustomerFields::followUpLabel(const QString &field)
{
    if (field == QLatin1String("occurred_at"))
        return tr("Time");
    if (field == QLatin1String("channel"))
        return tr("Channel");
    if (field == QLatin1String("summary"))
        return tr("Summary");
    if (field == QLatin1String("next_step"))
        return tr("Next step");
    if (field == QLatin1String("next_step_due"))
        return tr("Next step due");
    if (field == QLatin1String("by_employee_id"))
        return tr("Followed up by");
    return field;
}

QString CustomerFields::dealLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return tr("Deal");
    if (field == QLatin1String("stage"))
        return tr("Stage");
    if (field == QLatin1String("amount_fen"))
        return tr("Amount (yuan)");
    if (field == QLatin1String("expected_close"))
        return tr("Expected close");
    if (field == QLatin1String("owner_id"))
        return tr("Owner");
    return field;
}

QString CustomerFields::salesContractLabel(const QString &field)
{
    if (field == QLatin1String("contract_no"))
        return tr("Contract number");
    if (field == QLatin1String("amount_fen"))
        return tr("Amount (yuan)");
    if (field == QLatin1String("signed_on"))
        return tr("Signed on");
    if (field == QLatin1String("start_date"))
        return tr("Start date");
    if (field == QLatin1String("end_date"))
        return tr("End date");
    if (field == QLatin1String("owner_id"))
        return tr("Owner");
    return field;
}

QString CustomerFields::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("company"))
        return tr("Company");
    if (kind == QLatin1String("person"))
        return tr("Person");
    return kind;
}

QString CustomerFields::tierLabel(const QString &tier)
{
    if (tier == QLatin1String("key"))
        return tr("Key account");
    if (tier == QLatin1String("A"))
        return tr("Tier A");
    if (tier == QLatin1String("B"))
        return tr("Tier B");
    if (tier == QLatin1String("C"))
        return tr("Tier C");
    return tier;
}

QString CustomerFields::statusLabel(const QString &status)
{
    if (status == QLatin1String("prospect"))
        return tr("Prospect");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("dormant"))
        return tr("Dormant");
    // The same English word as the deal stage, not the same Chinese one (流失 / 输单).
    if (status == QLatin1String("lost"))
        return tr("Lost", "customer status");
    return status;
}

QString CustomerFields::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("visit"))
        return tr("Visit");
    if (channel == QLatin1String("phone"))
        return tr("Phone call");
    if (channel == QLatin1String("wechat"))
        return tr("WeChat");
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("meeting"))
        return tr("Meeting");
    if (channel == QLatin1String("other"))
        return tr("Other");
    return channel;
}

QString CustomerFields::stageLabel(const QString &stage)
{
    if (stage == QLatin1String("lead"))
        return tr("Lead");
    if (stage == QLatin1String("qualified"))
        return tr("Qualified");
    if (stage == QLatin1String("proposal"))
        return tr("Proposal");
    if (stage == QLatin1String("negotiation"))
        return tr("Negotiation");
    if (stage == QLatin1String("won"))
        return tr("Won");
    if (stage == QLatin1String("lost"))
        return tr("Lost", "deal stage");
    return stage;
}

QString CustomerFields::kindFromText(const QString &text)
{
    return keyFromText(text, Customer::kinds(), &CustomerFields::kindLabel);
}

QString CustomerFields::tierFromText(const QString &text)
{
    return keyFromText(text, Customer::tiers(), &CustomerFields::tierLabel);
}

QString CustomerFields::statusFromText(const QString &text)
{
    return keyFromText(text, Customer::statuses(), &CustomerFields::statusLabel);
}

} // namespace hrdesk::customers
