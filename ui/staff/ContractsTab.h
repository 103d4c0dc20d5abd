#pragma once

#include "core/commands/Actor.h"
#include "ui/staff/ContractDialog.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

// The labour contracts of an employee, oldest first, with renewals; the ones ending within 30
// days are highlighted. Add…, Renew…, End early… and Correct… open a ContractDialog.
class ContractsTab : public QWidget
{
    Q_OBJECT

public:
    ContractsTab(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);

    void setEmployee(const QString &employeeId);
    void reload();
    QTreeWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void add();
    // Renews, ends or corrects the chosen contract in a ContractDialog.
    void open(ContractDialog::Mode mode);

    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_employeeId;
    QTreeWidget *m_list;
    QPushButton *m_renew;
    QPushButton *m_end;
    QPushButton *m_correct;
};

} // namespace hrdesk::ui
