#pragma once

#include "core/staff/Employee.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hrdesk::ui {

class DepartmentComboBox;

// The editors of the employee form, each with its error line under it, checked as the user
// types (EmployeeValidator::checkField). ID number, mobile and emergency phone can be shown
// masked: the editor is read-only with a "Show" button until the value is revealed
// (revealRequested → setRevealed). Date of birth and gender can be masked without a button of
// their own (they are revealed with the ID number).
class EmployeeFormFields : public QWidget
{
    Q_OBJECT

public:
    explicit EmployeeFormFields(QSqlDatabase db, QWidget *parent = nullptr);

    // Fills the editors from employee (the values of masked fields stay in the record only).
    void load(const staff::Employee &employee, const QString &managerLabel);
    // base with the editors' values applied (masked fields keep base's value).
    staff::Employee read(const staff::Employee &base) const;

    void setMasked(const QString &field, const QString &maskedText);
    void setRevealed(const QString &field, const QString &value);
    bool isMasked(const QString &field) const { return m_masked.contains(field); }

    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }
    QPushButton *revealButton(const QString &field) const { return m_revealButtons.value(field); }
    void showError(const QString &field, const QString &message);
    void clearErrors();
    // Checks one field against the rest of the form and shows the outcome under it.
    void check(const QString &field);

signals:
    void revealRequested(const QString &field);
    void edited();

private:
    QWidget *addLineEdit(QFormLayout *form, const QString &field, QWidget *extra = nullptr);
    void addRow(QFormLayout *form, const QString &field, QWidget *editor, QWidget *extra = nullptr);
    QVariant valueOf(const QString &field) const;
    void fieldChanged(const QString &field);
    void chooseManager();

    QSqlDatabase m_db;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QPushButton *> m_revealButtons;
    QSet<QString> m_masked;
    QSet<QString> m_touched;
    DepartmentComboBox *m_department = nullptr;
    QLineEdit *m_manager = nullptr;
    QString m_managerId;
    QLabel *m_status = nullptr;
    staff::Employee m_base;
    bool m_loading = false;
};

} // namespace hrdesk::ui
