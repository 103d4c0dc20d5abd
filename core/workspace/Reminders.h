#pragma once

#include "core/staff/LabourContract.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace hrdesk {

class Workspace;

// An employee whose probation ends soon (or has ended while still on probation).
struct ProbationEnding
{
    QString employeeId;
    QString employeeNo;
    QString name;
    QString departmentPath;
    QDate probationEnd;
    int daysLeft = 0; // negative: overdue
};

// The open next step of a customer: the one its latest follow-up names, due soon or overdue.
struct FollowUpDue
{
    QString followUpId;
    QString customerId;
    QString customerName;
    QString nextStep;
    QDate due;
    QString byEmployeeName;
    int daysLeft = 0; // negative: overdue
};

// What is due on the overview, each list soonest first: probation reviews (status probation,
// probation_end within ProbationDays or past), labour contracts ending within
// ContractService::WarningDays (not renewed, not ended early), and next steps of follow-ups due
// within FollowUpDays or overdue. A next step counts only on a customer's latest follow-up:
// a later follow-up is how the desk knows the step was taken.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::Reminders)

public:
    static constexpr int ProbationDays = 14;
    static constexpr int FollowUpDays = 7;

    explicit Reminders(Workspace &workspace);

    QList<ProbationEnding> probationEnding(QDate today) const;
    QList<staff::EndingContract> contractsEnding(QDate today) const;
    QList<FollowUpDue> followUpsDue(QDate today) const;

private:
    Workspace &m_workspace;
};

} // namespace hrdesk
