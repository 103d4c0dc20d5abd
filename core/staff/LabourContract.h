#pragma once

#include <QDate>
#include <QString>

namespace hrdesk::staff {

// One row of labour_contract. type is 'fixed_term' | 'open_ended' | 'per_task' | 'internship' |
// 'dispatch'. A renewal is a new row pointing at the contract it follows (renewalOf).
struct LabourContract
{
    QString id;
    QString employeeId;
    QString contractNo;
    QString type;
    QDate startDate;
    QDate endDate;
    QDate signedOn;
    QString renewalOf;
    int renewalCount = 0;
    qint64 version = 0;
    QString updatedAt;
    QString deletedAt;
    // Set when the contract was ended early (labour_contract.end): why. endDate is then the day it ended.
    QString endReason;
};

// A contract of the "ending within N days" warning, with the employee it belongs to.
struct EndingContract
{
    LabourContract contract;
    QString employeeNo;
    QString employeeName;
    int daysLeft = 0;
};

} // namespace hrdesk::staff
