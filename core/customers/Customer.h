#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hrdesk::customers {

// A row of the customer table. Enumerations hold their stored keys ("company", "key", "active"),
// so import and the database speak the same words; CustomerFields translates them for people.
// Empty strings stand for NULL in optional text columns.
struct Customer
{
    QString id;
    QString kind = QStringLiteral("company"); // company | person
    QString name;
    QString creditCode;                       // unified social credit code, companies only
    QString tier = QStringLiteral("B");       // key | A | B | C
    QString region;
    QString industry;
    std::optional<int> score;                 // 0–100 when known
    QString status = QStringLiteral("active"); // prospect | active | dormant | lost
    QString ownerId;                          // employee.id
    QString source;
    QString createdBy;                        // employee.id of the creator, when known
    QString phone;
    qint64 version = 0;
    QString updatedAt;
    QString deletedAt;

    bool isCompany() const { return kind == QLatin1String("company"); }

    // The stored keys of each enumeration, in display order.
    static QStringList kinds();
    static QStringList tiers();
    static QStringList statuses();

    // The business fields (no bookkeeping columns), for audit before/after and outbox arguments.
    QJsonObject toJson() const;
};

} // namespace hrdesk::customers
