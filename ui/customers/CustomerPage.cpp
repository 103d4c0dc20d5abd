#include "ui/customers/CustomerPage.h"

#include "core/customers/Customer.h"
#include "core/customers/CustomerFields.h"
#include "core/workspace/Workspace.h"
#include "models/CustomerListModel.h"
#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportWizard.h"
#include "ui/io/ModelExportSource.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

QString columnsKey() { return QStringLiteral("customers/columns"); }
QString headerKey() { return QStringLiteral("customers/header"); }

} // namespace

CustomerPage::CustomerPage(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_model(new models::CustomerListModel(workspace.db(), this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_tier(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_columns(new QToolButton(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_lastPage(new QAction(tr("Last page"), this))
{
    m_view->setObjectName(QStringLiteral("customerView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The indicator first: enabling sorting sorts by the indicator, which defaults to descending.
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Uniform rows: the view never asks every row for its height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 16);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, phone or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerPage::applySearchNow);

    m_count->setObjectName(QStringLiteral("count"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setVisible(false);
    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_new->setObjectName(QStringLiteral("new"));
    m_open->setObjectName(QStringLiteral("open"));
    m_import->setObjectName(QStringLiteral("import"));
    m_export->setObjectName(QStringLiteral("export"));

    m_lastPage->setObjectName(QStringLiteral("lastPage"));
    m_lastPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    m_lastPage->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_lastPage);
    auto *lastPageButton = new QToolButton(this);
    lastPageButton->setDefaultAction(m_lastPage);
    lastPageButton->setToolTip(tr("Last page (%1)").arg(m_lastPage->shortcut().toString(QKeySequence::NativeText)));

    buildFilters();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(new QLabel(tr("Tier:"), this));
    top->addWidget(m_tier);
    top->addWidget(new QLabel(tr("Region:"), this));
    top->addWidget(m_region);
    top->addWidget(new QLabel(tr("Status:"), this));
    top->addWidget(m_status);
    top->addWidget(new QLabel(tr("Owner:"), this));
    top->addWidget(m_owner, 1);
    top->addWidget(m_columns);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(lastPageButton);
    bottom->addStretch(1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_open);
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerPage::updateCount);
    connect(m_lastPage, &QAction::triggered, this, &CustomerPage::jumpToEnd);
    connect(m_new, &QPushButton::clicked, this, [this] { openCustomer(QString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentCustomerId().isEmpty())
            openCustomer(currentCustomerId());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCustomer(m_model->entityId(index.row()));
    });
    connect(m_import, &QPushButton::clicked, this, &CustomerPage::openImport);
    connect(m_export, &QPushButton::clicked, this, &CustomerPage::openExport);

    buildColumnMenu();
    restoreColumns();
    updateCount();
}

CustomerPage::~CustomerPage()
{
    saveColumns();
}

void CustomerPage::buildFilters()
{
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->addItem(tr("All"), QString());
    for (const QString &tier : customers::Customer::tiers())
        m_tier->addItem(customers::CustomerFields::tierLabel(tier), tier);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), QString());
    for (const QString &status : customers::Customer::statuses())
        m_status->addItem(customers::CustomerFields::statusLabel(status), status);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillRegions();
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setPlaceholderText(tr("Employee no."));
    m_owner->setClearButtonEnabled(true);

    connect(m_tier, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTierFilter(m_tier->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRegionFilter(m_region->currentData().toString()); });
    connect(m_owner, &QLineEdit::editingFinished, this, &CustomerPage::applyOwnerFilter);
    connect(m_owner, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyOwnerFilter();
    });
}

void CustomerPage::fillRegions()
{
    const QString current = m_region->currentData().toString();
    m_region->blockSignals(true);
    m_region->clear();
    m_region->addItem(tr("All"), QString());
    // The (region, id) sort index makes this a walk over distinct keys, not the table.
    QSqlQuery q(m_workspace.db());
    if (q.exec(QStringLiteral("SELECT DISTINCT region FROM customer WHERE deleted_at IS NULL AND region <> '' "
                              "ORDER BY region"))) {
        while (q.next())
            m_region->addItem(q.value(0).toString(), q.value(0).toString());
    }
    m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
    m_region->blockSignals(false);
}

void CustomerPage::applyOwnerFilter()
{
    const QString number = m_owner->text().trimmed();
    m_message->showMessage(QString());
    if (number.isEmpty()) {
        m_model->setOwnerFilter(QString());
        return;
    }
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id FROM employee WHERE employee_no = ? AND deleted_at IS NULL"));
    q.addBindValue(number);
    if (!q.exec() || !q.next()) {
        m_message->showMessage(tr("Owner filter: there is no employee with the employee number %1.").arg(number));
        return;
    }
    m_model->setOwnerFilter(q.value(0).toString());
}

void CustomerPage::applySearchNow()
{
    m_searchTimer->stop();
    m_model->setSearchText(m_search->text());
}

void CustomerPage::updateCount()
{
    m_count->setText(m_model->totalText());
    if (!m_model->lastError().isEmpty()) {
        qCWarning(lcUi) << "customer list:" << m_model->lastError();
        m_message->showMessage(tr("The customer list could not be read: %1").arg(m_model->lastError()));
    }
}

void CustomerPage::refresh()
{
    fillRegions();
    m_model->reload();
    updateCount();
}

void CustomerPage::jumpToEnd()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    m_model->jumpToEnd();
    m_view->scrollToBottom();
    m_view->setCurrentIndex(m_model->index(rows - 1, m_view->horizontalHeader()->logicalIndex(0)));
}

QString CustomerPage::currentCustomerId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->entityId(index.row()) : QString();
}

bool CustomerPage::openCustomer(const QString &customerId)
{
    CustomerDialog dialog(m_workspace, m_actor, customerId, this);
    if (dialog.exec() != QDialog::Accepted && !dialog.changed())
        return false;
    refresh();
    return true;
}

void CustomerPage::openImport()
{
    ImportWizard wizard(m_workspace, m_actor, io::ImportTarget::Customers, this);
    wizard.exec();
    if (wizard.imported() > 0)
        refresh();
}

void CustomerPage::openExport()
{
    const QList<int> columns = exportColumns();
    ExportDialog dialog(m_workspace, m_actor, io::ImportTarget::Customers,
                        [this, columns] { return ModelExportSource::table(m_model, columns); }, m_model->rowCount(),
                        this);
    dialog.exec();
}

QList<int> CustomerPage::exportColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QStringList CustomerPage::visibleColumnIds() const
{
    QStringList ids;
    for (int column : exportColumns())
        ids.append(m_model->columns().at(column).id);
    return ids;
}

void CustomerPage::setVisibleColumnIds(const QStringList &ids)
{
    const QStringList visible = m_model->columns().visibleIds(ids);
    for (int column = 0; column < m_model->columns().count(); ++column)
        m_view->setColumnHidden(column, !visible.contains(m_model->columns().at(column).id));
    const QList<QAction *> actions = m_columns->menu()->actions();
    for (QAction *action : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(visible.contains(action->data().toString()));
    }
}

void CustomerPage::buildColumnMenu()
{
    auto *menu = new QMenu(this);
    for (int column = 0; column < m_model->columns().count(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(m_model->columns().at(column).id);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            // The last visible column stays: an empty list cannot be turned back on from its header.
            if (!on && visibleColumnIds().size() <= 1) {
                m_columns->menu()->actions().at(column)->setChecked(true);
                return;
            }
            m_view->setColumnHidden(column, !on);
            saveColumns();
        });
    }
    m_columns->setMenu(menu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) { menu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
}

void CustomerPage::restoreColumns()
{
    QSettings settings;
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(settings.value(headerKey()).toByteArray())) {
        // First start: a typical company name fits without eliding, short columns stay short.
        const QFontMetrics metrics = m_view->fontMetrics();
        const int padding = metrics.averageCharWidth() * 3;
        header->resizeSection(models::CustomerListModel::NameColumn,
                              metrics.horizontalAdvance(QStringLiteral("上海东方供应链管理有限公司")) + padding);
        for (int column : {models::CustomerListModel::TierColumn, models::CustomerListModel::StatusColumn,
                           models::CustomerListModel::ScoreColumn})
            header->resizeSection(column, metrics.averageCharWidth() * 12 + padding);
    }
    // The id list wins over the header state: it survives columns added in later versions.
    setVisibleColumnIds(settings.value(columnsKey()).toStringList());
}

void CustomerPage::saveColumns() const
{
    QSettings settings;
    settings.setValue(columnsKey(), visibleColumnIds());
    settings.setValue(headerKey(), m_view->horizontalHeader()->saveState());
}

} // namespace hrdesk::ui
