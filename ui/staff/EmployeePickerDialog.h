#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;
class QTableView;
class QTimer;

namespace hrdesk::models {
class StaffListModel;
}

namespace hrdesk::ui {

// Picks one employee (the manager of a form) by searching the staff list as you type.
class EmployeePickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EmployeePickerDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QString selectedId() const { return m_selectedId; }
    // "E0001 张三"
    QString selectedLabel() const { return m_selectedLabel; }

    QLineEdit *searchEdit() const { return m_search; }
    models::StaffListModel *model() const { return m_model; }

private:
    void choose();

    models::StaffListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QTimer *m_debounce;
    QString m_selectedId;
    QString m_selectedLabel;
};

} // namespace hrdesk::ui
