#include "core/customers/Customer.h"

namespace hrdesk::customers {

QStringList Customer::kinds()
{
    return {QStringLiteral("company"), QStringLiteral("person")};
}

QStringList Customer::tiers()
{
    return {QStringLiteral("key"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
}

QStringList Customer::statuses()
{
    return {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("dormant"), QStringLiteral("lost")};
}

QJsonObject Customer::toJson() const
{
    auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name},
        {QStringLiteral("credit_code"), text(creditCode)},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("region"), text(region)},
        {QStringLiteral("industry"), text(industry)},
        {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue()},
        {QStringLiteral("status"), status},
        {QStringLiteral("owner_id"), text(ownerId)},
        {QStringLiteral("source"), text(source)},
        {QStringLiteral("created_by"), text(createdBy)},
        {QStringLiteral("phone"), text(phone)},
    };
}

} // namespace hrdesk::customers
