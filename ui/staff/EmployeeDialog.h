#pragma once

#include "core/commands/Actor.h"
#include "core/staff/Employee.h"

#include <QDialog>

class QPushButton;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class EmployeeFormFields;
class NoticeLabel;

// Creates or edits an employee. Fields are checked as the user types; Save checks the whole
// record (EmployeeValidator::validate) and focuses the first bad field, then saves through
// EmployeeService — its refusals (duplicates pointing to the existing record, a file changed
// meanwhile) are shown beside the field or above the form. ID number and mobile of a saved
// employee are shown masked and must be revealed (an audit event) before they can be edited.
class EmployeeDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty employeeId creates a new employee.
    EmployeeDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId = QString(),
                   QWidget *parent = nullptr);

    // Validates and saves; true when the record was written (the dialog is then accepted).
    bool save();
    // Reveals a masked field through RevealService (audited); false if refused.
    bool reveal(const QString &field);
    // Reads the record again (after someone else changed it); unsaved edits are dropped.
    void reload();

    QString savedId() const { return m_employee.id; }
    EmployeeFormFields *fields() const { return m_fields; }
    QPushButton *saveButton() const { return m_save; }
    NoticeLabel *notice() const { return m_notice; }
    QPushButton *reloadButton() const { return m_reload; }

private:
    void loadEmployee();
    void showRefusal(const QString &message, const validation::FieldErrors &fieldErrors);
    QString managerLabel(const QString &managerId) const;

    Workspace &m_workspace;
    commands::Actor m_actor;
    staff::Employee m_employee;
    EmployeeFormFields *m_fields;
    NoticeLabel *m_notice;
    QPushButton *m_reload;
    QPushButton *m_save;
};

} // namespace hrdesk::ui
