#pragma once

#include "core/commands/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::models {
class StaffListModel;
}

namespace hrdesk::ui {

class DepartmentComboBox;
class NoticeLabel;

// The staff list: search as you type, department (with its subtree) and status filters,
// sortable headers, columns the user chooses (remembered with their widths and order), and the
// actions of a clerk's day: new, open, print a file; a notice of contracts ending soon.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    StaffPage(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);
    ~StaffPage() override;

    // Re-reads the list, the count and the contract notice (after an edit, import or sync).
    void refresh();
    // Shows or hides a column of the catalogue (by id) and remembers the choice.
    void setColumnVisible(const QString &columnId, bool visible);
    QStringList visibleColumnIds() const;
    // Opens the staff file of the employee at row / with id.
    void openRow(int row);
    void openEmployee(const QString &employeeId);
    void createEmployee();
    void showEndingContracts();
    // Shows the last row of the list (Ctrl+End).
    void jumpToEnd();
    void importStaff();
    void exportList();
    // Model columns in the order the view shows them (hidden ones left out), for export.
    QList<int> exportColumns() const;

    models::StaffListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    DepartmentComboBox *departmentFilter() const { return m_department; }
    QComboBox *statusFilter() const { return m_status; }
    QLabel *countLabel() const { return m_count; }
    NoticeLabel *contractNotice() const { return m_contractNotice; }
    QMenu *columnMenu() const { return m_columnMenu; }

private:
    void buildColumnMenu();
    void restoreColumns();
    void saveColumns() const;
    void updateCount();
    void updateContractNotice();
    void printCurrent();
    QString currentEmployeeId() const;

    Workspace &m_workspace;
    commands::Actor m_actor;
    models::StaffListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    DepartmentComboBox *m_department;
    QComboBox *m_status;
    QLabel *m_count;
    NoticeLabel *m_contractNotice;
    QMenu *m_columnMenu;
    QPushButton *m_open;
    QPushButton *m_print;
    bool m_restoring = false;
};

} // namespace hrdesk::ui
