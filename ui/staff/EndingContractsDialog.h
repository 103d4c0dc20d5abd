#pragma once

#include "core/staff/LabourContract.h"

#include <QDialog>

class QTreeWidget;

namespace hrdesk::ui {

// The labour contracts ending within 30 days, soonest first; double-click opens the staff file.
class EndingContractsDialog : public QDialog
{
    Q_OBJECT

public:
    EndingContractsDialog(const QList<staff::EndingContract> &contracts, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

signals:
    void openEmployee(const QString &employeeId);

private:
    QTreeWidget *m_list;
};

} // namespace hrdesk::ui
