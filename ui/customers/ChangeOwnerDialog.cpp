#include "ui/customers/ChangeOwnerDialog.h"

#include "core/customers/CustomerLookup.h"
#include "core/customers/CustomerService.h"
#include "core/workspace/Workspace.h"
#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"
#include "ui/customers/EmployeeNumberEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace hrdesk::ui {

ChangeOwnerDialog::ChangeOwnerDialog(Workspace &workspace, commands::Actor actor, customers::Customer customer,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_customer(std::move(customer))
    , m_owner(new EmployeeNumberEdit(workspace.db(), this))
    , m_reason(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Change owner"), this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setObjectName(QStringLiteral("ChangeOwnerDialog"));
    setWindowTitle(tr("Change owner — %1").arg(m_customer.name));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required, e.g. territory reassigned"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    m_message->setVisible(false);

    QString current = tr("(none)");
    if (const auto owner = customers::CustomerLookup::employee(workspace.db(), m_customer.ownerId))
        current = tr("%1 (%2)").arg(owner->name, owner->employeeNo);

    auto *form = new QFormLayout;
    form->addRow(tr("Current owner:"), new QLabel(current, this));
    form->addRow(tr("New owner:"), m_owner);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    DialogSizer::fit(this);
}

bool ChangeOwnerDialog::apply()
{
    if (!m_owner->problem().isEmpty()) {
        m_message->showMessage(m_owner->problem());
        m_owner->lineEdit()->setFocus();
        return false;
    }
    if (m_owner->employeeId().isEmpty()) {
        m_message->showMessage(tr("Please enter the employee number of the new owner."));
        m_owner->lineEdit()->setFocus();
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_message->showMessage(tr("Please say why the owner changes: the reason is kept in the ownership history."));
        m_reason->setFocus();
        return false;
    }
    const customers::SaveResult result = customers::CustomerService(m_workspace)
        .changeOwner(m_actor, m_customer.id, m_owner->employeeId(), m_reason->text().trimmed());
    if (!result.ok) {
        m_message->showMessage(result.fieldErrors.isEmpty() ? result.error : result.fieldErrors.constFirst().message);
        return false;
    }
    return true;
}

void ChangeOwnerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogSizer::fit(this);
}

} // namespace hrdesk::ui
