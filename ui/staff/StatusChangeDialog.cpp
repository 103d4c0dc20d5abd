#include "ui/staff/StatusChangeDialog.h"

#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeService.h"
#include "ui/DialogSizer.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hrdesk::ui {

StatusChangeDialog::StatusChangeDialog(const QString &title, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(title);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Effective date:"), m_date);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    DialogSizer::fit(this);
}

QDate StatusChangeDialog::date() const
{
    return m_date->date();
}

QString StatusChangeDialog::note() const
{
    return m_note->text().trimmed();
}

QString StatusChangeDialog::actionText(const QString &fromStatus, const QString &toStatus)
{
    const QString action = staff::EmployeeService::transitionAction(fromStatus, toStatus);
    if (action == QLatin1String("employee.probation_start"))
        return tr("Start probation…");
    if (action == QLatin1String("employee.probation_passed"))
        return tr("Confirm probation…");
    if (action == QLatin1String("employee.notice"))
        return tr("Record notice…");
    if (action == QLatin1String("employee.notice_withdrawn"))
        return tr("Withdraw notice…");
    if (action == QLatin1String("employee.depart"))
        return tr("Record departure…");
    return tr("Change to %1…").arg(staff::EmployeeFields::statusLabel(toStatus));
}

} // namespace hrdesk::ui
