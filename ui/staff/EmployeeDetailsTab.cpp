#include "ui/staff/EmployeeDetailsTab.h"

#include "core/masking/RevealService.h"
#include "core/staff/EmployeeFields.h"
#include "core/workspace/Workspace.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/StaffUi.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

using F = staff::EmployeeFields;

EmployeeDetailsTab::EmployeeDetailsTab(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    auto *form = new QFormLayout;
    QStringList fields = F::all();
    fields.append(F::StatusChangedAt);
    for (const QString &field : std::as_const(fields)) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setObjectName(field);
        m_values.insert(field, value);
        if (masking::RevealService::isRevealable(QStringLiteral("employee"), field)) {
            auto *show = new QPushButton(tr("Show"), this);
            show->setToolTip(tr("Shows the full value; every reveal is recorded in the audit log."));
            connect(show, &QPushButton::clicked, this, [this, field] { reveal(field); });
            m_revealButtons.insert(field, show);
            auto *row = new QHBoxLayout;
            row->addWidget(value, 1);
            row->addWidget(show);
            form->addRow(F::label(field) + tr(":"), row);
        } else {
            form->addRow(F::label(field) + tr(":"), value);
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addStretch(1);
}

void EmployeeDetailsTab::setEmployee(const staff::Employee &employee)
{
    if (employee.id != m_employee.id)
        m_revealed.clear();
    m_employee = employee;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        it.value()->setText(displayValue(it.key()));
    for (auto it = m_revealButtons.cbegin(); it != m_revealButtons.cend(); ++it)
        it.value()->setVisible(!m_revealed.contains(it.key()) && !F::value(employee, it.key()).toString().isEmpty());
}

QString EmployeeDetailsTab::displayValue(const QString &field) const
{
    return StaffUi::fieldText(m_workspace, m_employee, field, m_revealed);
}

bool EmployeeDetailsTab::reveal(const QString &field)
{
    const masking::RevealService::Result result =
        masking::RevealService(m_workspace).reveal(m_actor, QStringLiteral("employee"), m_employee.id, field);
    if (!result.ok) {
        m_notice->showMessage(result.error);
        return false;
    }
    m_notice->showMessage(QString());
    m_revealed.insert(field, result.value);
    setEmployee(m_employee);
    return true;
}

} // namespace hrdesk::ui
