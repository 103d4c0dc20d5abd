#pragma once

#include "core/commands/Actor.h"
#include "core/staff/Employee.h"

#include <QString>

class QWidget;

namespace hrdesk {
class Workspace;
}

// Staff rows for the staff widget tests, written through the real services.
class StaffFixture
{
public:
    static hrdesk::commands::Actor clerk();
    // The department at path (created with its parents).
    static QString department(hrdesk::Workspace &workspace, const QString &path);
    // A valid record: resident ID built from seq (odd seq → male), born 1990-03-07, hired 2020-01-01.
    static hrdesk::staff::Employee employee(const QString &employeeNo, const QString &name,
                                            const QString &departmentId, int seq);
    static QString residentId(int seq);
    // Creates it; empty string (and a warning) on failure.
    static QString create(hrdesk::Workspace &workspace, const hrdesk::staff::Employee &employee);
    // Sends text as an input method commit (how Chinese arrives; keyClicks cannot type it).
    static void typeText(QWidget *widget, const QString &text);
    static qint64 count(hrdesk::Workspace &workspace, const QString &sql);
};
