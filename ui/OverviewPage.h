#pragma once

#include "ui/StartupFlow.h"

#include <QWidget>

class QDialog;
class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace hrdesk::ui {

class NoticeLabel;

// First what is due (probation reviews, contracts ending, customers' next steps: each a count
// with a button to its list, whose rows open the staff file or the customer), then what this desk
// has open: the database file, how it is encrypted and how its key is kept, who is signed in, and
// how much is in it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Workspace &workspace, const StartupFlow::Session &session, QWidget *parent = nullptr);

    // Re-reads the counts (they change as others write through sync or the admin tool).
    void refresh();

    enum class Reminder { Probation, Contracts, FollowUps };

    QLabel *staffCountLabel() const { return m_employees; }
    QLabel *reminderLabel(Reminder reminder) const;
    QPushButton *reminderButton(Reminder reminder) const;
    // The list behind a count, not yet shown; its rows open what they name.
    QDialog *reminderDialog(Reminder reminder);
    NoticeLabel *keyNotice() const { return m_keyNotice; }

private:
    QLabel *addValue(QFormLayout *form, const QString &label);
    void addReminder(QGridLayout *grid, Reminder reminder, const QString &buttonText);
    void showReminder(Reminder reminder);
    void refreshReminders();
    void openEmployee(const QString &employeeId);
    void openCustomer(const QString &customerId);

    Workspace &m_workspace;
    const StartupFlow::Session &m_session;
    NoticeLabel *m_keyNotice;
    QLabel *m_reminderLabels[3] = {};
    QPushButton *m_reminderButtons[3] = {};
    QLabel *m_file = nullptr;
    QLabel *m_encryption = nullptr;
    QLabel *m_keyProtection = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_databaseId = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_departments = nullptr;
    QLabel *m_employees = nullptr;
    QLabel *m_customers = nullptr;
    QLabel *m_auditEvents = nullptr;
};

} // namespace hrdesk::ui
