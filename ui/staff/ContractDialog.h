#pragma once

#include "core/commands/Actor.h"
#include "core/staff/LabourContract.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class NoticeLabel;

// A new labour contract for an employee, or the renewal of one (ContractService::add / renew).
// Refusals are shown in the dialog, which stays open.
class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    // renewing empty: a new contract of employeeId; otherwise the renewal of that contract.
    ContractDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId,
                   const std::optional<staff::LabourContract> &renewing, QWidget *parent = nullptr);

    bool save();

private:
    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_employeeId;
    std::optional<staff::LabourContract> m_renewing;
    QLineEdit *m_number;
    QComboBox *m_type;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_noEnd;
    QDateEdit *m_signed;
    NoticeLabel *m_notice;
};

} // namespace hrdesk::ui
