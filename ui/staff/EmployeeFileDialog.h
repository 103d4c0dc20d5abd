#pragma once

#include "core/commands/Actor.h"
#include "core/staff/Employee.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class ContractsTab;
class DocumentsTab;
class EmployeeDetailsTab;
class NoticeLabel;

// The staff file of one employee: a header (name, number, department, status) with the actions
// (edit, status changes, print) and tabs for details, timeline, contracts and documents.
class EmployeeFileDialog : public QDialog
{
    Q_OBJECT

public:
    EmployeeFileDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId,
                       QWidget *parent = nullptr);

    void reload();
    // Applies a status change (see EmployeeService::changeStatus); false with the reason shown.
    bool changeStatus(const QString &newStatus, QDate date, const QString &note);
    // Prints the file (QPrintDialog when a printer exists, otherwise to a chosen PDF file).
    void print();

    QTabWidget *tabs() const { return m_tabs; }
    EmployeeDetailsTab *detailsTab() const { return m_details; }
    ContractsTab *contractsTab() const { return m_contracts; }
    DocumentsTab *documentsTab() const { return m_documents; }
    QTreeWidget *timeline() const { return m_timeline; }

signals:
    // The record changed (the list should reload).
    void changed();

private:
    void edit();
    void fillStatusMenu();
    void fillTimeline();

    Workspace &m_workspace;
    commands::Actor m_actor;
    staff::Employee m_employee;
    QLabel *m_header;
    QLabel *m_subheader;
    NoticeLabel *m_notice;
    QPushButton *m_status;
    QTabWidget *m_tabs;
    EmployeeDetailsTab *m_details;
    QTreeWidget *m_timeline;
    ContractsTab *m_contracts;
    DocumentsTab *m_documents;
};

} // namespace hrdesk::ui
