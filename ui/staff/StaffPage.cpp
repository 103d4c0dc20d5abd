#include "ui/staff/StaffPage.h"

#include "core/staff/ContractService.h"
#include "core/staff/EmployeeFields.h"
#include "core/workspace/Workspace.h"
#include "models/StaffListModel.h"
#include "ui/NoticeLabel.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportWizard.h"
#include "ui/io/ModelExportSource.h"
#include "ui/staff/DepartmentComboBox.h"
#include "ui/staff/EmployeeDialog.h"
#include "ui/staff/EmployeeFileDialog.h"
#include "ui/staff/EndingContractsDialog.h"
#include "ui/staff/StaffUi.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

QString columnsKey() { return QStringLiteral("staffList/columns"); }
QString headerKey() { return QStringLiteral("staffList/header"); }

} // namespace

StaffPage::StaffPage(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_model(new models::StaffListModel(workspace.db(), this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_department(new DepartmentComboBox(workspace.db(), tr("All departments"), this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_contractNotice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
    , m_columnMenu(new QMenu(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_print(new QPushButton(tr("&Print file…"), this))
{
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setPlaceholderText(tr("Name, employee number, mobile or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) * 5 / 4);
    // Search after a short pause, not on every keystroke of a word being typed.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text().trimmed());
        updateCount();
    });
    // Enter searches at once instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearchText(m_search->text().trimmed());
        updateCount();
    });

    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setToolTip(tr("Employees of the department and of every department under it"));
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDepartmentFilter(m_department->selectedId());
        updateCount();
    });
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : staff::EmployeeFields::statuses())
        m_status->addItem(staff::EmployeeFields::statusLabel(status), status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(m_status->currentData().toString());
        updateCount();
    });

    m_view->setObjectName(QStringLiteral("staffTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnMenu->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        m_model->sort(column, order);
        // Columns without an index cannot be sorted: keep the indicator on the real sort.
        if (m_model->sortColumn() != column || m_model->sortOrder() != order) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    connect(header, &QHeaderView::sectionResized, this, [this] { saveColumns(); });
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveColumns(); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const bool chosen = !currentEmployeeId().isEmpty();
        m_open->setEnabled(chosen);
        m_print->setEnabled(chosen);
    });
    buildColumnMenu();
    restoreColumns();
    // Ctrl+End goes to the last employee without paging through the list (reverse keyset query).
    auto *lastRow = new QAction(tr("Last employee"), this);
    lastRow->setShortcut(QKeySequence::MoveToEndOfDocument);
    lastRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(lastRow, &QAction::triggered, this, &StaffPage::jumpToEnd);
    addAction(lastRow);

    auto *columns = new QToolButton(this);
    columns->setText(tr("&Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    columns->setMenu(m_columnMenu);
    auto *create = new QPushButton(tr("&New…"), this);
    connect(create, &QPushButton::clicked, this, &StaffPage::createEmployee);
    connect(m_open, &QPushButton::clicked, this, [this] { openEmployee(currentEmployeeId()); });
    connect(m_print, &QPushButton::clicked, this, &StaffPage::printCurrent);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setToolTip(tr("Imports staff from a CSV or Excel file"));
    connect(importButton, &QPushButton::clicked, this, &StaffPage::importStaff);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setToolTip(tr("Exports the list as it is filtered now, with the columns shown"));
    connect(exportButton, &QPushButton::clicked, this, &StaffPage::exportList);
    m_open->setEnabled(false);
    m_print->setEnabled(false);

    m_contractNotice->setObjectName(QStringLiteral("contractNotice"));
    m_contractNotice->setTextFormat(Qt::RichText);
    connect(m_contractNotice, &QLabel::linkActivated, this, &StaffPage::showEndingContracts);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Department:"), this));
    filters->addWidget(m_department, 1);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(columns);
    auto *actions = new QHBoxLayout;
    actions->addWidget(create);
    actions->addWidget(m_open);
    actions->addWidget(m_print);
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addStretch(1);
    actions->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(StaffUi::titleLabel(tr("Staff"), this));
    layout->addWidget(m_contractNotice);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    updateCount();
    updateContractNotice();
}

StaffPage::~StaffPage()
{
    saveColumns();
}

void StaffPage::buildColumnMenu()
{
    const models::ColumnSet &set = m_model->columns();
    for (int column = 0; column < set.count(); ++column) {
        const QString id = set.at(column).id;
        QAction *action = m_columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(id);
        connect(action, &QAction::toggled, this, [this, id](bool on) { setColumnVisible(id, on); });
    }
}

void StaffPage::restoreColumns()
{
    m_restoring = true;
    QSettings settings;
    const QByteArray state = settings.value(headerKey()).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    const QStringList visible = m_model->columns().visibleIds(settings.value(columnsKey()).toStringList());
    const QList<QAction *> actions = m_columnMenu->actions();
    for (QAction *action : actions) {
        const bool on = visible.contains(action->data().toString());
        action->setChecked(on);
        m_view->setColumnHidden(m_model->columns().indexOf(action->data().toString()), !on);
    }
    if (state.isEmpty()) {
        // First start: fit the columns to the first page of rows, with air for CJK text.
        m_view->resizeColumnsToContents();
        const int padding = m_view->fontMetrics().averageCharWidth() * 3;
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, m_view->columnWidth(column) + padding);
    }
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_restoring = false;
}

void StaffPage::saveColumns() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(columnsKey(), visibleColumnIds());
    settings.setValue(headerKey(), m_view->horizontalHeader()->saveState());
}

QStringList StaffPage::visibleColumnIds() const
{
    QStringList ids;
    for (int column = 0; column < m_model->columns().count(); ++column)
        if (!m_view->isColumnHidden(column))
            ids.append(m_model->columns().at(column).id);
    return ids;
}

void StaffPage::setColumnVisible(const QString &columnId, bool visible)
{
    const int column = m_model->columns().indexOf(columnId);
    if (column < 0)
        return;
    // The last visible column stays: an empty table cannot be brought back from its header.
    if (!visible && visibleColumnIds() == QStringList{columnId}) {
        for (QAction *action : m_columnMenu->actions())
            if (action->data().toString() == columnId)
                action->setChecked(true);
        return;
    }
    m_view->setColumnHidden(column, !visible);
    if (m_view->columnWidth(column) == 0 && visible)
        m_view->resizeColumnToContents(column);
    for (QAction *action : m_columnMenu->actions()) {
        if (action->data().toString() == columnId && action->isChecked() != visible) {
            const QSignalBlocker blocker(action);
            action->setChecked(visible);
        }
    }
    saveColumns();
}

void StaffPage::refresh()
{
    m_department->reload();
    m_model->reload();
    updateCount();
    updateContractNotice();
}

void StaffPage::jumpToEnd()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    m_model->jumpToEnd();
    m_view->scrollToBottom();
    m_view->setCurrentIndex(m_model->index(rows - 1, m_view->horizontalHeader()->logicalIndex(0)));
}

void StaffPage::updateCount()
{
    m_count->setText(m_model->totalText());
}

void StaffPage::updateContractNotice()
{
    const QList<staff::EndingContract> ending =
        staff::ContractService(m_workspace).endingWithin(staff::ContractService::WarningDays, QDate::currentDate());
    if (ending.isEmpty()) {
        m_contractNotice->showMessage(QString());
        return;
    }
    m_contractNotice->showMessage(
        tr("%n labour contract(s) end within %1 days and have not been renewed. <a href=\"#ending\">Show them</a>",
           nullptr, static_cast<int>(ending.size()))
            .arg(staff::ContractService::WarningDays));
}

void StaffPage::showEndingContracts()
{
    const QList<staff::EndingContract> ending =
        staff::ContractService(m_workspace).endingWithin(staff::ContractService::WarningDays, QDate::currentDate());
    EndingContractsDialog dialog(ending, this);
    connect(&dialog, &EndingContractsDialog::openEmployee, this, &StaffPage::openEmployee);
    dialog.exec();
}

QString StaffPage::currentEmployeeId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->entityId(current.row()) : QString();
}

void StaffPage::openRow(int row)
{
    openEmployee(m_model->entityId(row));
}

void StaffPage::openEmployee(const QString &employeeId)
{
    if (employeeId.isEmpty())
        return;
    EmployeeFileDialog dialog(m_workspace, m_actor, employeeId, this);
    bool changed = false;
    connect(&dialog, &EmployeeFileDialog::changed, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        refresh();
}

void StaffPage::createEmployee()
{
    EmployeeDialog dialog(m_workspace, m_actor, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        openEmployee(dialog.savedId());
    }
}

QList<int> StaffPage::exportColumns() const
{
    // The columns as the user sees them: shown ones, in their dragged order.
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void StaffPage::importStaff()
{
    ImportWizard wizard(m_workspace, m_actor, io::ImportTarget::Staff, this);
    wizard.exec();
    if (wizard.imported() > 0)
        refresh();
}

void StaffPage::exportList()
{
    const QList<int> columns = exportColumns();
    ExportDialog dialog(m_workspace, m_actor, io::ImportTarget::Staff,
                        [this, columns] { return ModelExportSource::table(m_model, columns); }, m_model->totalCount(),
                        this);
    dialog.exec();
}

void StaffPage::printCurrent()
{
    // From the list the file prints masked; reveal in the open file first to print clear values.
    const QString id = currentEmployeeId();
    if (id.isEmpty())
        return;
    EmployeeFileDialog dialog(m_workspace, m_actor, id, this);
    dialog.print();
}

} // namespace hrdesk::ui
