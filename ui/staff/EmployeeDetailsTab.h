#pragma once

#include "core/commands/Actor.h"
#include "core/staff/Employee.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class NoticeLabel;

// The fields of a staff file, read-only; ID number, mobile and emergency phone masked with a Show button each
// (the date of birth and a resident's gender are shown with the ID number, EmployeeMasking)
// (RevealService: one audit event per reveal).
class EmployeeDetailsTab : public QWidget
{
    Q_OBJECT

public:
    EmployeeDetailsTab(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);

    void setEmployee(const staff::Employee &employee);
    bool reveal(const QString &field);
    // Clear values revealed so far (field → value), e.g. for printing.
    QHash<QString, QString> revealed() const { return m_revealed; }

    QLabel *valueLabel(const QString &field) const { return m_values.value(field); }
    QPushButton *revealButton(const QString &field) const { return m_revealButtons.value(field); }

private:
    QString displayValue(const QString &field) const;

    Workspace &m_workspace;
    commands::Actor m_actor;
    staff::Employee m_employee;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QPushButton *> m_revealButtons;
    QHash<QString, QString> m_revealed;
    NoticeLabel *m_notice;
};

} // namespace hrdesk::ui
