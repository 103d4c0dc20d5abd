#include "ui/customers/CustomerPage.h"

#include "core/customers/Customer.h"
#include "core/customers/CustomerFields.h"
#include "core/customers/CustomerLookup.h"
#include "core/workspace/Workspace.h"
#include "models/CustomerListModel.h"
#include "ui/ArchiveControls.h"
#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"
#include "ui/customers/CustomerDialog.h"

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

CustomerPage::CustomerPage(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : ListPage(workspace, std::move(actor), new models::CustomerListModel(workspace.db()),
               io::ImportTarget::Customers, QStringLiteral("customers"), parent)
    , m_tier(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_columns(createColumnButton(tr("Columns")))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_import(createImportButton(tr("&Import…")))
    , m_export(createExportButton(tr("E&xport…")))
    , m_archive(new ArchiveControls(workspace, this->actor(), records::ArchiveKind::Customer, this))
{
    view()->setObjectName(QStringLiteral("customerView"));
    view()->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);
    view()->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 16);

    searchEdit()->setObjectName(QStringLiteral("search"));
    searchEdit()->setPlaceholderText(tr("Search by name, pinyin initials or full phone number"));

    countLabel()->setObjectName(QStringLiteral("count"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setVisible(false);
    m_new->setObjectName(QStringLiteral("new"));
    m_open->setObjectName(QStringLiteral("open"));
    m_import->setObjectName(QStringLiteral("import"));
    m_export->setObjectName(QStringLiteral("export"));

    QAction *lastPage = lastRowAction();
    lastPage->setObjectName(QStringLiteral("lastPage"));
    lastPage->setText(tr("Last page"));
    auto *lastPageButton = new QToolButton(this);
    lastPageButton->setDefaultAction(lastPage);
    lastPageButton->setToolTip(tr("Last page (%1)").arg(lastPage->shortcut().toString(QKeySequence::NativeText)));

    buildFilters();

    auto *top = new QHBoxLayout;
    top->addWidget(searchEdit(), 3);
    top->addWidget(new QLabel(tr("Tier:"), this));
    top->addWidget(m_tier);
    top->addWidget(new QLabel(tr("Region:"), this));
    top->addWidget(m_region);
    top->addWidget(new QLabel(tr("Status:"), this));
    top->addWidget(m_status);
    top->addWidget(new QLabel(tr("Owner:"), this));
    top->addWidget(m_owner, 1);
    top->addWidget(m_archive->showArchivedBox());
    top->addWidget(m_columns);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(countLabel());
    bottom->addWidget(lastPageButton);
    bottom->addStretch(1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_open);
    bottom->addWidget(m_archive->archiveButton());
    bottom->addWidget(m_archive->restoreButton());
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_archive->notice());
    layout->addWidget(view(), 1);
    layout->addLayout(bottom);

    connect(model(), &QAbstractItemModel::modelReset, this, &CustomerPage::showListError);
    connect(m_new, &QPushButton::clicked, this, [this] { openCustomer(QString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty() && !m_archive->showsArchived())
            openCustomer(currentId());
    });
    // An archived customer is read-only, with its contacts and follow-ups: restored before it is opened.
    connect(view(), &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_archive->showsArchived())
            openCustomer(model()->entityId(index.row()));
    });
    m_archive->setCurrent([this] { return ArchiveControls::Current{currentId(), currentVersion()}; });
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomerPage::updateActions);
    connect(m_archive, &ArchiveControls::showArchivedChanged, this, [this](bool archived) {
        model()->setShowArchived(archived);
        updateActions();
    });
    connect(m_archive, &ArchiveControls::changed, this, &CustomerPage::refresh);

    restoreColumns();
    showListError();
}

models::CustomerListModel *CustomerPage::model() const
{
    return static_cast<models::CustomerListModel *>(listModel());
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
            [this] { model()->setTierFilter(m_tier->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { model()->setStatusFilter(m_status->currentData().toString()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { model()->setRegionFilter(m_region->currentData().toString()); });
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
    for (const QString &region : customers::CustomerLookup::regions(workspace().db()))
        m_region->addItem(region, region);
    m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
    m_region->blockSignals(false);
}

void CustomerPage::applyOwnerFilter()
{
    const QString number = m_owner->text().trimmed();
    m_message->showMessage(QString());
    if (number.isEmpty()) {
        model()->setOwnerFilter(QString());
        return;
    }
    const auto owner = customers::CustomerLookup::employeeByNumber(workspace().db(), number);
    if (!owner) {
        m_message->showMessage(tr("Owner filter: there is no employee with the employee number %1.").arg(number));
        return;
    }
    model()->setOwnerFilter(owner->id);
}

bool CustomerPage::openCustomer(const QString &customerId)
{
    CustomerDialog dialog(workspace(), actor(), customerId, this);
    if (dialog.exec() != QDialog::Accepted && !dialog.changed())
        return false;
    refresh();
    return true;
}

void CustomerPage::fitColumns()
{
    // A typical company name fits without eliding, short columns stay short.
    QHeaderView *header = view()->horizontalHeader();
    const QFontMetrics metrics = view()->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    header->resizeSection(models::CustomerListModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("上海东方供应链管理有限公司")) + padding);
    for (int column : {models::CustomerListModel::TierColumn, models::CustomerListModel::StatusColumn,
                       models::CustomerListModel::ScoreColumn})
        header->resizeSection(column, metrics.averageCharWidth() * 12 + padding);
}

void CustomerPage::refresh()
{
    fillRegions();
    ListPage::refresh();
    updateActions();
}

void CustomerPage::updateActions()
{
    m_open->setEnabled(!m_archive->showsArchived());
    m_archive->updateButtons();
}

void CustomerPage::showListError()
{
    if (model()->lastError().isEmpty())
        return;
    qCWarning(lcUi) << "customer list:" << model()->lastError();
    m_message->showMessage(tr("The customer list could not be read: %1").arg(model()->lastError()));
}

} // namespace hrdesk::ui
