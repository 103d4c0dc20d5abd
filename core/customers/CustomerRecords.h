#pragma once

#include "core/validation/FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hrdesk::customers {

// The rows around a customer. Plain data: CustomerRecordValidator checks them, CustomerService
// and CustomerActivityService write and read them. Empty strings stand for NULL.

struct Contact
{
    QString id;
    QString customerId;
    QString name;
    QString title;
    QString mobile;
    QString wechat;
    QString email;
    qint64 version = 0;
    QString updatedAt;
};

struct FollowUp
{
    QString id;
    QString customerId;
    QDateTime occurredAt;
    QString channel; // visit | phone | wechat | email | meeting | other
    QString summary;
    QString nextStep;
    QDate nextStepDue;
    QString byEmployeeId; // empty on add: the actor's employee
    QString byEmployeeName; // filled when read
    qint64 version = 0;
};

struct Deal
{
    QString id;
    QString customerId;
    QString title;
    QString stage = QStringLiteral("lead"); // lead | qualified | proposal | negotiation | won | lost
    std::optional<qint64> amountFen;
    QDate expectedClose;
    QString ownerId; // empty on add: the customer's owner
    qint64 version = 0;
};

struct SalesContract
{
    QString id;
    QString customerId;
    QString contractNo;
    qint64 amountFen = 0;
    QDate signedOn;
    QDate startDate;
    QDate endDate;
    QString ownerId; // empty on add: the customer's owner
    qint64 version = 0;
};

// One row of a customer's ownership history, with the names a list shows.
struct OwnerChange
{
    QString id;
    QString customerId;
    QString fromOwnerId;
    QString fromOwnerName;
    QString toOwnerId;
    QString toOwnerName;
    QString changedAt;
    QString changedBy;     // local user id (or "system")
    QString changedByName; // the local user's display name when known
    QString reason;
    QString commandId;
};

// The answer of every write: ok with the row's id and new version, or what is wrong. fieldErrors
// name the fields for a form; error is one sentence for a message box or a report.
struct SaveResult
{
    bool ok = false;
    QString id;
    qint64 version = 0;
    QString commandId;
    QString error;
    validation::FieldErrors fieldErrors;
};

} // namespace hrdesk::customers
