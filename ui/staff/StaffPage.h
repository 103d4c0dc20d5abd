#pragma once

#include "ui/ListPage.h"

class QComboBox;
class QPushButton;

namespace hrdesk::models {
class StaffListModel;
}

namespace hrdesk::ui {

class ArchiveControls;
class DepartmentComboBox;
class NoticeLabel;

// The staff list: search as you type, department (with its subtree) and status filters,
// sortable headers, columns the user chooses (remembered with their widths and order), and the
// actions of a clerk's day: new, open, print, archive a file (and the archived files, to
// restore); a notice of contracts ending soon.
// What every list does is in ListPage.
class StaffPage : public ListPage
{
    Q_OBJECT

public:
    StaffPage(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);

    // Re-reads the list, the count, the departments and the contract notice.
    void refresh() override;
    // Opens the staff file of the employee at row / with id.
    void openRow(int row);
    void openEmployee(const QString &employeeId);
    void createEmployee();
    void showEndingContracts();
    // The department tree, to rename or move a department.
    void editDepartments();

    models::StaffListModel *model() const;
    DepartmentComboBox *departmentFilter() const { return m_department; }
    QComboBox *statusFilter() const { return m_status; }
    NoticeLabel *contractNotice() const { return m_contractNotice; }
    ArchiveControls *archiveControls() const { return m_archive; }

protected:
    void fitColumns() override;

private:
    void updateContractNotice();
    void printCurrent();
    void updateActions();

    DepartmentComboBox *m_department;
    QComboBox *m_status;
    NoticeLabel *m_contractNotice;
    QPushButton *m_open;
    QPushButton *m_print;
    ArchiveControls *m_archive;
};

} // namespace hrdesk::ui
