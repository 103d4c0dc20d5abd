#include "ui/staff/EndingContractsDialog.h"

#include "core/staff/ContractService.h"
#include "ui/staff/StaffUi.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {
constexpr int EmployeeIdRole = Qt::UserRole + 1;
}

EndingContractsDialog::EndingContractsDialog(const QList<staff::EndingContract> &contracts, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Contracts ending soon"));
    auto *intro = new QLabel(tr("Labour contracts that have run out or end within %n day(s) and have not been renewed. "
                                "Double-click one or press Enter to open the staff file.",
                                nullptr, staff::ContractService::WarningDays),
                             this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Employee no."), tr("Name"), tr("Contract no."), tr("Type"), tr("Ends"),
                             tr("Days left")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const staff::EndingContract &c : contracts) {
        auto *item = new QTreeWidgetItem(m_list, {c.employeeNo, c.employeeName, c.contract.contractNo,
                                                  staff::ContractService::typeLabel(c.contract.type),
                                                  StaffUi::dateText(c.contract.endDate),
                                                  c.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, -c.daysLeft)
                                                                 : QString::number(c.daysLeft)});
        item->setData(0, EmployeeIdRole, c.contract.employeeId);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    }
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openEmployee(item->data(0, EmployeeIdRole).toString()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter opens the chosen row; it must not also reach Close as the dialog's default button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 24);
}

} // namespace hrdesk::ui
