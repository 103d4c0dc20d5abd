#include "ui/ListPage.h"

#include "models/ListModelBase.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportWizard.h"
#include "ui/io/ModelExportSource.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace hrdesk::ui {

ListPage::ListPage(Workspace &workspace, commands::Actor actor, models::ListModelBase *model,
                   io::ImportTarget target, const QString &settingsGroup, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_model(model)
    , m_target(target)
    , m_settingsGroup(settingsGroup)
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_columnMenu(new QMenu(this))
    , m_lastRow(new QAction(this))
{
    m_model->setParent(this);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never asks every row for its height. Pages set the height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // Not QTableView::setSortingEnabled: the model refuses columns without an index, and the
    // indicator must then stay on the sort the list really has.
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        m_model->sort(column, order);
        if (m_model->sortColumn() != column || m_model->sortOrder() != order) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnMenu->popup(header->mapToGlobal(pos)); });
    buildColumnMenu();

    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ListPage::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &ListPage::applySearchNow);

    // Ctrl+End goes to the last row without paging through the list (reverse keyset query).
    m_lastRow->setShortcut(QKeySequence::MoveToEndOfDocument);
    m_lastRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_lastRow, &QAction::triggered, this, &ListPage::jumpToEnd);
    addAction(m_lastRow);

    // Every filter, search, sort and reload resets the model: the count follows.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    updateCount();
}

ListPage::~ListPage()
{
    saveColumns();
    // The view goes with the children after this destructor: nothing may call back into it.
    m_view->horizontalHeader()->disconnect(this);
    m_model->disconnect(this);
}

QToolButton *ListPage::createColumnButton(const QString &text)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(m_columnMenu);
    return button;
}

QPushButton *ListPage::createImportButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, &ListPage::importFile);
    return button;
}

QPushButton *ListPage::createExportButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, &ListPage::exportList);
    return button;
}

void ListPage::applySearchNow()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text().trimmed());
}

void ListPage::updateCount()
{
    m_count->setText(m_model->totalText());
}

void ListPage::refresh()
{
    m_model->reload();
}

void ListPage::jumpToEnd()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    m_model->jumpToEnd();
    m_view->scrollToBottom();
    m_view->setCurrentIndex(m_model->index(rows - 1, m_view->horizontalHeader()->logicalIndex(0)));
}

QString ListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->entityId(current.row()) : QString();
}

qint64 ListPage::currentVersion() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->entityVersion(current.row()) : 0;
}

void ListPage::buildColumnMenu()
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

void ListPage::restoreColumns()
{
    QSettings settings;
    QHeaderView *header = m_view->horizontalHeader();
    // A restored header also re-sorts the list by its remembered indicator (sortIndicatorChanged).
    const bool restored =
        header->restoreState(settings.value(m_settingsGroup + QStringLiteral("/header")).toByteArray());
    // The id list wins over the header state: it survives columns added in later versions.
    setVisibleColumnIds(settings.value(m_settingsGroup + QStringLiteral("/columns")).toStringList());
    if (!restored)
        fitColumns();
    // Connected only now: restoring and the pages' own sizing are not choices to remember.
    connect(header, &QHeaderView::sectionResized, this, &ListPage::saveColumns);
    connect(header, &QHeaderView::sectionMoved, this, &ListPage::saveColumns);
}

void ListPage::saveColumns() const
{
    QSettings settings;
    settings.setValue(m_settingsGroup + QStringLiteral("/columns"), visibleColumnIds());
    settings.setValue(m_settingsGroup + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
}

QList<int> ListPage::exportColumns() const
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

QStringList ListPage::visibleColumnIds() const
{
    QStringList ids;
    for (int column : exportColumns())
        ids.append(m_model->columns().at(column).id);
    return ids;
}

void ListPage::setVisibleColumnIds(const QStringList &ids)
{
    const QStringList visible = m_model->columns().visibleIds(ids);
    for (int column = 0; column < m_model->columns().count(); ++column)
        m_view->setColumnHidden(column, !visible.contains(m_model->columns().at(column).id));
    const QList<QAction *> actions = m_columnMenu->actions();
    for (QAction *action : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(visible.contains(action->data().toString()));
    }
}

void ListPage::setColumnVisible(const QString &columnId, bool visible)
{
    const int column = m_model->columns().indexOf(columnId);
    if (column < 0)
        return;
    const QList<QAction *> actions = m_columnMenu->actions();
    // The last visible column stays: an empty table cannot be brought back from its header.
    if (!visible && visibleColumnIds() == QStringList{columnId}) {
        for (QAction *action : actions)
            if (action->data().toString() == columnId)
                action->setChecked(true);
        return;
    }
    m_view->setColumnHidden(column, !visible);
    if (m_view->columnWidth(column) == 0 && visible)
        m_view->resizeColumnToContents(column);
    for (QAction *action : actions) {
        if (action->data().toString() == columnId && action->isChecked() != visible) {
            const QSignalBlocker blocker(action);
            action->setChecked(visible);
        }
    }
    saveColumns();
}

void ListPage::importFile()
{
    ImportWizard wizard(m_workspace, m_actor, m_target, this);
    wizard.exec();
    if (wizard.imported() > 0)
        refresh();
}

void ListPage::exportList()
{
    const QList<int> columns = exportColumns();
    ExportDialog dialog(m_workspace, m_actor, m_target,
                        [this, columns] { return ModelExportSource::table(m_model, columns); },
                        m_model->totalCount(), this);
    dialog.exec();
}

} // namespace hrdesk::ui
