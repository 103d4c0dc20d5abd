#include "ui/OverviewPage.h"

#include "core/identity/LocalUserDirectory.h"
#include "core/staff/ContractService.h"
#include "core/workspace/Reminders.h"
#include "models/WorkspaceSummary.h"
#include "ui/NoticeLabel.h"
#include "ui/ReminderListDialog.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/staff/EmployeeFileDialog.h"
#include "ui/staff/EndingContractsDialog.h"

#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace hrdesk::ui {

namespace {

QString countText(qint64 count)
{
    return count < 0 ? OverviewPage::tr("unavailable") : QLocale().toString(count);
}

QString daysText(int daysLeft)
{
    if (daysLeft < 0)
        return OverviewPage::tr("%n day(s) overdue", nullptr, -daysLeft);
    if (daysLeft == 0)
        return OverviewPage::tr("today");
    return OverviewPage::tr("in %n day(s)", nullptr, daysLeft);
}

commands::Actor actorOf(const StartupFlow::Session &session)
{
    return {session.user.id, session.user.displayName, session.user.role};
}

} // namespace

OverviewPage::OverviewPage(Workspace &workspace, const StartupFlow::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_keyNotice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
{
    auto *title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *todo = new QGroupBox(tr("To do"), this);
    todo->setObjectName(QStringLiteral("reminders"));
    auto *todoGrid = new QGridLayout(todo);
    addReminder(todoGrid, Reminder::Probation, tr("&Probation reviews…"));
    addReminder(todoGrid, Reminder::Contracts, tr("&Contracts ending…"));
    addReminder(todoGrid, Reminder::FollowUps, tr("&Next steps due…"));
    todoGrid->setColumnStretch(0, 1);

    auto *database = new QGroupBox(tr("Database"), this);
    auto *databaseForm = new QFormLayout(database);
    m_file = addValue(databaseForm, tr("File:"));
    m_encryption = addValue(databaseForm, tr("Encryption:"));
    m_keyProtection = addValue(databaseForm, tr("Key kept in:"));
    m_schema = addValue(databaseForm, tr("Schema version:"));
    m_databaseId = addValue(databaseForm, tr("Database ID:"));
    m_device = addValue(databaseForm, tr("Device ID:"));

    auto *sessionBox = new QGroupBox(tr("Signed in"), this);
    auto *sessionForm = new QFormLayout(sessionBox);
    m_user = addValue(sessionForm, tr("User:"));
    m_role = addValue(sessionForm, tr("Role:"));

    auto *contents = new QGroupBox(tr("Contents"), this);
    auto *contentsForm = new QFormLayout(contents);
    m_departments = addValue(contentsForm, tr("Departments:"));
    m_employees = addValue(contentsForm, tr("Staff:"));
    m_employees->setObjectName(QStringLiteral("staffCount"));
    m_customers = addValue(contentsForm, tr("Customers:"));
    m_auditEvents = addValue(contentsForm, tr("Audit events:"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_keyNotice);
    layout->addWidget(todo);
    layout->addWidget(database);
    layout->addWidget(sessionBox);
    layout->addWidget(contents);
    layout->addStretch(1);
    refresh();
}

QLabel *OverviewPage::addValue(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void OverviewPage::addReminder(QGridLayout *grid, Reminder reminder, const QString &buttonText)
{
    const int row = int(reminder);
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    auto *button = new QPushButton(buttonText, this);
    button->setObjectName(QStringLiteral("reminder%1").arg(row));
    connect(button, &QPushButton::clicked, this, [this, reminder] { showReminder(reminder); });
    grid->addWidget(label, row, 0);
    grid->addWidget(button, row, 1);
    m_reminderLabels[row] = label;
    m_reminderButtons[row] = button;
}

QLabel *OverviewPage::reminderLabel(Reminder reminder) const
{
    return m_reminderLabels[int(reminder)];
}

QPushButton *OverviewPage::reminderButton(Reminder reminder) const
{
    return m_reminderButtons[int(reminder)];
}

void OverviewPage::refreshReminders()
{
    const QDate today = QDate::currentDate();
    const Reminders reminders(m_workspace);
    const int probation = int(reminders.probationEnding(today).size());
    const int contracts = int(reminders.contractsEnding(today).size());
    const int followUps = int(reminders.followUpsDue(today).size());
    reminderLabel(Reminder::Probation)
        ->setText(probation == 0 ? tr("No probation ends within %1 days.").arg(Reminders::ProbationDays)
                                 : tr("%n employee(s) on probation: the probation ends within %1 days or has ended.",
                                      nullptr, probation).arg(Reminders::ProbationDays));
    reminderLabel(Reminder::Contracts)
        ->setText(contracts == 0 ? tr("No labour contract has run out or ends within %1 days.").arg(staff::ContractService::WarningDays)
                                 : tr("%n labour contract(s) have run out or end within %1 days and have not been renewed.", nullptr,
                                      contracts).arg(staff::ContractService::WarningDays));
    reminderLabel(Reminder::FollowUps)
        ->setText(followUps == 0 ? tr("No customer's next step is due within %1 days.").arg(Reminders::FollowUpDays)
                                 : tr("%n customer(s) with a next step due within %1 days or overdue.", nullptr,
                                      followUps).arg(Reminders::FollowUpDays));
    reminderButton(Reminder::Probation)->setEnabled(probation > 0);
    reminderButton(Reminder::Contracts)->setEnabled(contracts > 0);
    reminderButton(Reminder::FollowUps)->setEnabled(followUps > 0);
}

QDialog *OverviewPage::reminderDialog(Reminder reminder)
{
    const QDate today = QDate::currentDate();
    const Reminders reminders(m_workspace);
    if (reminder == Reminder::Contracts) {
        auto *dialog = new EndingContractsDialog(reminders.contractsEnding(today), this);
        connect(dialog, &EndingContractsDialog::openEmployee, this, &OverviewPage::openEmployee);
        return dialog;
    }
    if (reminder == Reminder::Probation) {
        auto *dialog = new ReminderListDialog(
            tr("Probation reviews"),
            tr("Employees on probation whose probation ends within %1 days or has ended. Open one (Enter or "
               "double-click) to confirm them or change their status.").arg(Reminders::ProbationDays),
            {tr("Employee no."), tr("Name"), tr("Department"), tr("Probation ends"), tr("When")}, this);
        for (const ProbationEnding &p : reminders.probationEnding(today))
            dialog->addRow(p.employeeId,
                           {p.employeeNo, p.name, p.departmentPath, p.probationEnd.toString(Qt::ISODate), daysText(p.daysLeft)},
                           p.daysLeft < 0);
        connect(dialog, &ReminderListDialog::chosen, this, &OverviewPage::openEmployee);
        return dialog;
    }
    auto *dialog = new ReminderListDialog(
        tr("Next steps due"),
        tr("Customers whose latest follow-up names a next step due within %1 days or overdue. Open one (Enter or "
           "double-click) to record the follow-up.").arg(Reminders::FollowUpDays),
        {tr("Customer"), tr("Next step"), tr("Due"), tr("When"), tr("Followed up by")}, this);
    for (const FollowUpDue &f : reminders.followUpsDue(today))
        dialog->addRow(f.customerId, {f.customerName, f.nextStep, f.due.toString(Qt::ISODate), daysText(f.daysLeft),
                                      f.byEmployeeName},
                       f.daysLeft < 0);
    connect(dialog, &ReminderListDialog::chosen, this, &OverviewPage::openCustomer);
    return dialog;
}

void OverviewPage::showReminder(Reminder reminder)
{
    std::unique_ptr<QDialog> dialog(reminderDialog(reminder));
    dialog->exec();
    refresh();
}

void OverviewPage::openEmployee(const QString &employeeId)
{
    if (employeeId.isEmpty())
        return;
    EmployeeFileDialog dialog(m_workspace, actorOf(m_session), employeeId, this);
    dialog.exec();
}

void OverviewPage::openCustomer(const QString &customerId)
{
    if (customerId.isEmpty())
        return;
    CustomerDialog dialog(m_workspace, actorOf(m_session), customerId, this);
    dialog.exec();
}

void OverviewPage::refresh()
{
    refreshReminders();
    const models::WorkspaceSummary s = models::WorkspaceSummary::load(m_workspace);
    m_file->setText(QDir::toNativeSeparators(s.databasePath)
                    + (s.demo ? QStringLiteral("  ") + tr("(demo data)") : QString()));
    m_encryption->setText(s.cipherVersion.isEmpty()
                              ? tr("SQLCipher (version unknown), 256-bit key")
                              : tr("SQLCipher %1, 256-bit key").arg(s.cipherVersion));
    const bool passphrase = m_session.protection == WorkspaceOpener::Protection::Passphrase;
    m_keyProtection->setText(passphrase ? tr("Passphrase (Argon2id)") : tr("The keychain of this computer"));
    if (passphrase) {
        m_keyNotice->setKind(NoticeLabel::Kind::Warning);
        m_keyNotice->showMessage(
            m_session.keychainUnavailable
                ? tr("No keychain was available on this computer, so the database key is protected by a "
                     "passphrase. Anyone who learns the passphrase and copies the file can read the data: "
                     "keep the passphrase secret, and keep the recovery key somewhere safe.")
                : tr("The database key is protected by a passphrase, not by the keychain. Keep the "
                     "passphrase secret, and keep the recovery key somewhere safe."));
    } else {
        m_keyNotice->setKind(NoticeLabel::Kind::Info);
        m_keyNotice->showMessage(m_session.notice);
    }
    m_schema->setText(QString::number(s.schemaVersion));
    m_databaseId->setText(s.databaseId);
    m_device->setText(s.deviceId);
    m_user->setText(m_session.user.displayName + QStringLiteral(" (") + m_session.user.login + QLatin1Char(')'));
    m_role->setText(identity::LocalUserDirectory::roleDisplayName(m_session.user.role));
    m_departments->setText(countText(s.departments));
    m_employees->setText(countText(s.employees));
    m_customers->setText(countText(s.customers));
    m_auditEvents->setText(countText(s.auditEvents));
}

} // namespace hrdesk::ui
