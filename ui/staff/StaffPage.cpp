#include "ui/staff/StaffPage.h"

#include "core/staff/ContractService.h"
#include "core/staff/EmployeeFields.h"
#include "core/workspace/Workspace.h"
#include "models/StaffListModel.h"
#include "ui/ArchiveControls.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/DepartmentComboBox.h"
#include "ui/staff/DepartmentDialog.h"
#include "ui/staff/EmployeeDialog.h"
#include "ui/staff/EmployeeFileDialog.h"
#include "ui/staff/EndingContractsDialog.h"
#include "ui/staff/StaffUi.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

StaffPage::StaffPage(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : ListPage(workspace, std::move(actor), new models::StaffListModel(workspace.db()), io::ImportTarget::Staff,
               QStringLiteral("staffList"), parent)
    , m_department(new DepartmentComboBox(workspace.db(), tr("All departments"), this))
    , m_status(new QComboBox(this))
    , m_contractNotice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_print(new QPushButton(tr("&Print file…"), this))
    , m_archive(new ArchiveControls(workspace, this->actor(), records::ArchiveKind::Employee, this))
{
    searchEdit()->setObjectName(QStringLiteral("staffSearch"));
    searchEdit()->setPlaceholderText(tr("Name, employee number, pinyin initials, full mobile or ID number"));
    searchEdit()->setMinimumWidth(searchEdit()->fontMetrics().horizontalAdvance(searchEdit()->placeholderText()) * 5
                                  / 4);

    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setToolTip(tr("Employees of the department and of every department under it"));
    connect(m_department, &QComboBox::currentIndexChanged, this,
            [this] { model()->setDepartmentFilter(m_department->selectedId()); });
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : staff::EmployeeFields::statuses())
        m_status->addItem(staff::EmployeeFields::statusLabel(status), status);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { model()->setStatusFilter(m_status->currentData().toString()); });

    view()->setObjectName(QStringLiteral("staffTable"));
    view()->verticalHeader()->setDefaultSectionSize(view()->fontMetrics().height() * 3 / 2);
    connect(view(), &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffPage::updateActions);
    // An archived file is read-only: it is restored before it is opened again.
    m_archive->setCurrent([this] { return ArchiveControls::Current{currentId(), currentVersion()}; });
    connect(m_archive, &ArchiveControls::showArchivedChanged, this, [this](bool archived) {
        model()->setShowArchived(archived);
        updateActions();
    });
    connect(m_archive, &ArchiveControls::changed, this, &StaffPage::refresh);
    restoreColumns();
    lastRowAction()->setText(tr("Last employee"));

    QToolButton *columns = createColumnButton(tr("&Columns"));
    auto *create = new QPushButton(tr("&New…"), this);
    connect(create, &QPushButton::clicked, this, &StaffPage::createEmployee);
    connect(m_open, &QPushButton::clicked, this, [this] { openEmployee(currentId()); });
    connect(m_print, &QPushButton::clicked, this, &StaffPage::printCurrent);
    QPushButton *importButton = createImportButton(tr("&Import…"));
    importButton->setToolTip(tr("Imports staff from a CSV or Excel file"));
    QPushButton *exportButton = createExportButton(tr("&Export…"));
    exportButton->setToolTip(tr("Exports the list as it is filtered now, with the columns shown"));
    auto *departments = new QPushButton(tr("&Departments…"), this);
    departments->setObjectName(QStringLiteral("departmentsButton"));
    departments->setToolTip(tr("Rename or move departments; their employees move with them"));
    connect(departments, &QPushButton::clicked, this, &StaffPage::editDepartments);
    m_open->setEnabled(false);
    m_print->setEnabled(false);

    m_contractNotice->setObjectName(QStringLiteral("contractNotice"));
    m_contractNotice->setTextFormat(Qt::RichText);
    connect(m_contractNotice, &QLabel::linkActivated, this, &StaffPage::showEndingContracts);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchEdit(), 2);
    filters->addWidget(new QLabel(tr("Department:"), this));
    filters->addWidget(m_department, 1);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_archive->showArchivedBox());
    filters->addWidget(columns);
    auto *actions = new QHBoxLayout;
    actions->addWidget(create);
    actions->addWidget(m_open);
    actions->addWidget(m_print);
    actions->addWidget(m_archive->archiveButton());
    actions->addWidget(m_archive->restoreButton());
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addWidget(departments);
    actions->addStretch(1);
    actions->addWidget(countLabel());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(StaffUi::titleLabel(tr("Staff"), this));
    layout->addWidget(m_contractNotice);
    layout->addWidget(m_archive->notice());
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(view(), 1);

    updateContractNotice();
}

models::StaffListModel *StaffPage::model() const
{
    return static_cast<models::StaffListModel *>(listModel());
}

void StaffPage::fitColumns()
{
    // Fitted to the first page of rows, with air for CJK text.
    view()->resizeColumnsToContents();
    const int padding = view()->fontMetrics().averageCharWidth() * 3;
    for (int column = 0; column < model()->columnCount(); ++column)
        view()->setColumnWidth(column, view()->columnWidth(column) + padding);
}

void StaffPage::refresh()
{
    m_department->reload();
    ListPage::refresh();
    updateContractNotice();
    updateActions();
}

void StaffPage::updateActions()
{
    const bool chosen = !currentId().isEmpty();
    const bool live = !m_archive->showsArchived();
    m_open->setEnabled(chosen && live);
    m_print->setEnabled(chosen && live);
    m_archive->updateButtons();
}

void StaffPage::updateContractNotice()
{
    const QList<staff::EndingContract> ending =
        staff::ContractService(workspace()).endingWithin(staff::ContractService::WarningDays, QDate::currentDate());
    if (ending.isEmpty()) {
        m_contractNotice->showMessage(QString());
        return;
    }
    m_contractNotice->showMessage(
        tr("%n labour contract(s) have run out or end within %1 days and have not been renewed. "
           "<a href=\"#ending\">Show them</a>",
           nullptr, static_cast<int>(ending.size()))
            .arg(staff::ContractService::WarningDays));
}

void StaffPage::showEndingContracts()
{
    const QList<staff::EndingContract> ending =
        staff::ContractService(workspace()).endingWithin(staff::ContractService::WarningDays, QDate::currentDate());
    EndingContractsDialog dialog(ending, this);
    connect(&dialog, &EndingContractsDialog::openEmployee, this, &StaffPage::openEmployee);
    dialog.exec();
}

void StaffPage::editDepartments()
{
    DepartmentDialog dialog(workspace(), actor(), this);
    dialog.exec();
    if (dialog.changedAnything())
        refresh();
}

void StaffPage::openRow(int row)
{
    if (m_archive->showsArchived())
        return;
    openEmployee(model()->entityId(row));
}

void StaffPage::openEmployee(const QString &employeeId)
{
    if (employeeId.isEmpty())
        return;
    EmployeeFileDialog dialog(workspace(), actor(), employeeId, this);
    bool changed = false;
    connect(&dialog, &EmployeeFileDialog::changed, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        refresh();
}

void StaffPage::createEmployee()
{
    EmployeeDialog dialog(workspace(), actor(), QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        openEmployee(dialog.savedId());
    }
}

void StaffPage::printCurrent()
{
    // From the list the file prints masked; reveal in the open file first to print clear values.
    const QString id = currentId();
    if (id.isEmpty())
        return;
    EmployeeFileDialog dialog(workspace(), actor(), id, this);
    dialog.print();
}

} // namespace hrdesk::ui
