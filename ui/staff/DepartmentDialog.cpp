#include "ui/staff/DepartmentDialog.h"

#include "core/staff/DepartmentDirectory.h"
#include "core/staff/DepartmentService.h"
#include "core/workspace/Workspace.h"
#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/DepartmentComboBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

bool isCompany(const QTreeWidgetItem *item)
{
    return item && item->data(0, KindRole).toString() == QLatin1String("company");
}

QString companyName(Workspace &workspace)
{
    const auto root = staff::DepartmentDirectory(workspace.db()).root();
    return root ? root->name : QString();
}

} // namespace

DepartmentDialog::DepartmentDialog(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_tree(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_parent(new DepartmentComboBox(workspace.db(), tr("%1 (top level)").arg(companyName(workspace)), this))
    , m_move(new QPushButton(tr("&Move"), this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Info, this))
{
    setWindowTitle(tr("Departments"));
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumSize(fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 18);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DepartmentDialog::showSelection);

    m_name->setObjectName(QStringLiteral("departmentName"));
    m_name->setMaxLength(staff::DepartmentService::NameMaxLength);
    m_parent->setObjectName(QStringLiteral("departmentParent"));
    m_parent->setToolTip(tr("The department moves with everything and everyone under it"));
    connect(m_name, &QLineEdit::returnPressed, this, [this] { renameTo(m_name->text()); });
    connect(m_rename, &QPushButton::clicked, this, [this] { renameTo(m_name->text()); });
    connect(m_move, &QPushButton::clicked, this, [this] {
        QString parentId = m_parent->selectedId();
        if (parentId.isEmpty()) {
            const auto root = staff::DepartmentDirectory(m_workspace.db()).root();
            parentId = root ? root->id : QString();
        }
        moveUnder(parentId);
    });
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_rename->setAutoDefault(false);
    m_move->setAutoDefault(false);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_parent, 1);
    moveRow->addWidget(m_move);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("New &name:"), this);
    nameLabel->setBuddy(m_name);
    auto *parentLabel = new QLabel(tr("Move &under:"), this);
    parentLabel->setBuddy(m_parent);
    form->addRow(nameLabel, nameRow);
    form->addRow(parentLabel, moveRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Employees stay in their department: when it is renamed or moved, they move "
                                    "with it."), this));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    reload();
    DialogSizer::fit(this);
}

void DepartmentDialog::reload()
{
    const QString current = selectedId();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    for (const staff::Department &d : staff::DepartmentDirectory(m_workspace.db()).list()) {
        QTreeWidgetItem *parent = items.value(d.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, d.name);
        item->setToolTip(0, d.path);
        item->setData(0, IdRole, d.id);
        item->setData(0, VersionRole, d.version);
        item->setData(0, KindRole, d.kind);
        items.insert(d.id, item);
    }
    m_tree->expandAll();
    m_parent->reload();
    if (QTreeWidgetItem *item = items.value(current))
        m_tree->setCurrentItem(item);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showSelection();
}

void DepartmentDialog::selectDepartment(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QString DepartmentDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void DepartmentDialog::showSelection()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_name->setText(item ? item->text(0) : QString());
    const bool movable = item && !isCompany(item);
    m_rename->setEnabled(item);
    m_move->setEnabled(movable);
    m_parent->setEnabled(movable);
    if (movable) {
        // Offer the current place, so that Move only acts once another one is chosen.
        const QTreeWidgetItem *parent = item->parent();
        m_parent->setSelectedId(parent && !isCompany(parent) ? parent->data(0, IdRole).toString() : QString());
    }
}

bool DepartmentDialog::renameTo(const QString &name)
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return false;
    const auto result = staff::DepartmentService(m_workspace)
                            .rename(m_actor, item->data(0, IdRole).toString(), name,
                                    item->data(0, VersionRole).toLongLong());
    showAnswer(result.ok, result.ok ? tr("Renamed to \"%1\".").arg(name.trimmed()) : result.error);
    return result.ok;
}

bool DepartmentDialog::moveUnder(const QString &parentId)
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return false;
    const QString id = item->data(0, IdRole).toString();
    const QString name = item->text(0);
    const auto result = staff::DepartmentService(m_workspace)
                            .move(m_actor, id, parentId, item->data(0, VersionRole).toLongLong());
    showAnswer(result.ok, result.ok ? tr("\"%1\" is now %2.").arg(name, staff::DepartmentDirectory(m_workspace.db()).pathOf(id))
                              : result.error);
    return result.ok;
}

void DepartmentDialog::showAnswer(bool ok, const QString &message)
{
    m_notice->setKind(ok ? NoticeLabel::Kind::Info : NoticeLabel::Kind::Error);
    m_notice->showMessage(message);
    if (ok) {
        m_changed = true;
        reload();
        emit changed();
    }
    DialogSizer::fit(this);
}

} // namespace hrdesk::ui
