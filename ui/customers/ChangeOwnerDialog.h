#pragma once

#include "core/commands/Actor.h"
#include "core/customers/Customer.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QShowEvent;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class EmployeeNumberEdit;
class NoticeLabel;

// Moves a customer to another employee. The reason is required: it goes into the ownership
// history, which the departure handover reads.
class ChangeOwnerDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeOwnerDialog(Workspace &workspace, commands::Actor actor, customers::Customer customer,
                      QWidget *parent = nullptr);

    // Runs CustomerService::changeOwner; false with the reason on screen.
    bool apply();

    EmployeeNumberEdit *ownerEdit() const { return m_owner; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *applyButton() const { return m_apply; }
    NoticeLabel *messageLabel() const { return m_message; }

protected:
    // Sizes the dialog once it is polished: before that the style's field heights are not known
    // and a long form came out too short, squeezing a row flat.
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    commands::Actor m_actor;
    customers::Customer m_customer;
    EmployeeNumberEdit *m_owner;
    QLineEdit *m_reason;
    QPushButton *m_apply;
    NoticeLabel *m_message;
};

} // namespace hrdesk::ui
