#include "ui/staff/ContractsTab.h"

#include "core/staff/ContractService.h"
#include "core/workspace/Workspace.h"
#include "ui/staff/ContractDialog.h"
#include "ui/staff/StaffUi.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {
constexpr int ContractIdRole = Qt::UserRole + 1;
}

ContractsTab::ContractsTab(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_list(new QTreeWidget(this))
    , m_renew(new QPushButton(tr("&Renew…"), this))
    , m_end(new QPushButton(tr("&End early…"), this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
{
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Contract no."), tr("Type"), tr("Start"), tr("End"), tr("Signed on"),
                             tr("Renewal"), tr("Note")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *add = new QPushButton(tr("&Add…"), this);
    connect(add, &QPushButton::clicked, this, &ContractsTab::add);
    connect(m_renew, &QPushButton::clicked, this, [this] { open(ContractDialog::Mode::Renew); });
    connect(m_end, &QPushButton::clicked, this, [this] { open(ContractDialog::Mode::End); });
    connect(m_correct, &QPushButton::clicked, this, [this] { open(ContractDialog::Mode::Correct); });
    m_end->setToolTip(tr("Terminates the contract before its planned end, with the reason"));
    m_correct->setToolTip(tr("Fixes a wrongly entered number, type or date, with the reason"));
    for (QPushButton *button : {m_renew, m_end, m_correct})
        button->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        for (QPushButton *button : {m_renew, m_end, m_correct})
            button->setEnabled(current != nullptr);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_renew);
    buttons->addWidget(m_end);
    buttons->addWidget(m_correct);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
}

void ContractsTab::setEmployee(const QString &employeeId)
{
    m_employeeId = employeeId;
    reload();
}

void ContractsTab::reload()
{
    m_list->clear();
    const QDate today = QDate::currentDate();
    const QList<staff::LabourContract> contracts = staff::ContractService(m_workspace).listFor(m_employeeId);
    QSet<QString> renewed;
    for (const staff::LabourContract &c : contracts)
        if (!c.renewalOf.isEmpty())
            renewed.insert(c.renewalOf);
    for (const staff::LabourContract &c : contracts) {
        const bool ending = c.endDate.isValid() && !renewed.contains(c.id) && c.endReason.isEmpty()
            && c.endDate >= today && today.daysTo(c.endDate) <= staff::ContractService::WarningDays;
        QString note;
        if (!c.endReason.isEmpty())
            note = tr("ended early: %1").arg(c.endReason);
        else if (renewed.contains(c.id))
            note = tr("renewed");
        else if (ending)
            note = tr("ends in %n day(s)", nullptr, static_cast<int>(today.daysTo(c.endDate)));
        else if (c.endDate.isValid() && c.endDate < today)
            note = tr("ended");
        auto *item = new QTreeWidgetItem(m_list, {c.contractNo, staff::ContractService::typeLabel(c.type),
                                                  StaffUi::dateText(c.startDate),
                                                  c.endDate.isValid() ? StaffUi::dateText(c.endDate) : tr("open-ended"),
                                                  StaffUi::dateText(c.signedOn),
                                                  c.renewalCount > 0 ? tr("#%1").arg(c.renewalCount) : tr("first"),
                                                  note});
        item->setData(0, ContractIdRole, c.id);
        if (ending) {
            for (int column = 0; column < m_list->columnCount(); ++column) {
                item->setBackground(column, QColor(0xff, 0xf0, 0xc0));
                item->setForeground(column, QColor(0x5c, 0x40, 0x00));
            }
        }
    }
}

void ContractsTab::add()
{
    ContractDialog dialog(m_workspace, m_actor, m_employeeId, ContractDialog::Mode::Add, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void ContractsTab::open(ContractDialog::Mode mode)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const std::optional<staff::LabourContract> contract =
        staff::ContractService(m_workspace).find(item->data(0, ContractIdRole).toString());
    if (!contract)
        return;
    ContractDialog dialog(m_workspace, m_actor, m_employeeId, mode, contract, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

} // namespace hrdesk::ui
