#include "ui/ReminderListDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ReminderListDialog::ReminderListDialog(const QString &title, const QString &intro, const QStringList &headers,
                                       QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(headers);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit chosen(item->data(0, IdRole).toString()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter opens the chosen row; it must not also reach Close as the dialog's default button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 24);
}

void ReminderListDialog::addRow(const QString &id, const QStringList &cells, bool overdue)
{
    auto *item = new QTreeWidgetItem(m_list, cells);
    item->setData(0, IdRole, id);
    if (overdue) {
        for (int column = 0; column < cells.size(); ++column)
            item->setForeground(column, QColor(0xa0, 0x20, 0x20));
    }
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
}

} // namespace hrdesk::ui
