#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace hrdesk::ui {

// Picks an employee by employee number (what clerks know and what import files carry) and shows
// whom the number stands for, or why it does not stand for anyone who can own customers.
class EmployeeNumberEdit : public QWidget
{
    Q_OBJECT

public:
    explicit EmployeeNumberEdit(QSqlDatabase db, QWidget *parent = nullptr);

    // The employee's id, empty while the number is empty or unknown.
    QString employeeId() const { return m_employeeId; }
    // Shows the employee with this id (by number and name).
    void setEmployeeId(const QString &id);
    // Why the typed number names no one (translated), empty when it does or is empty.
    QString problem() const { return m_problem; }
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *nameLabel() const { return m_name; }

signals:
    void employeeChanged(const QString &employeeId);

private:
    void resolve();

    QSqlDatabase m_db;
    QLineEdit *m_edit;
    QLabel *m_name;
    QString m_employeeId;
    QString m_problem;
};

} // namespace hrdesk::ui
