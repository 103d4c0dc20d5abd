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

// One labour contract form for the four things done to contracts (ContractService::add, renew,
// correct and end). Correct and End ask for the reason the history keeps. Refusals are shown in
// the dialog, which stays open.
class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Renew, Correct, End };

    // contract: empty for Add; otherwise the contract to renew, correct or end.
    ContractDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId, Mode mode,
                   const std::optional<staff::LabourContract> &contract, QWidget *parent = nullptr);

    bool save();

    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *typeCombo() const { return m_type; }
    QDateEdit *endEdit() const { return m_end; }
    QLineEdit *reasonEdit() const { return m_reason; }
    NoticeLabel *notice() const { return m_notice; }

private:
    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_employeeId;
    Mode m_mode;
    std::optional<staff::LabourContract> m_contract;
    QLineEdit *m_number;
    QComboBox *m_type;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_noEnd;
    QDateEdit *m_signed;
    QLineEdit *m_reason;
    NoticeLabel *m_notice;
};

} // namespace hrdesk::ui
