#include "ui/staff/DepartmentComboBox.h"

#include "core/staff/DepartmentDirectory.h"

#include <QStylePainter>

namespace hrdesk::ui {

DepartmentComboBox::DepartmentComboBox(QSqlDatabase db, const QString &allText, QWidget *parent)
    : QComboBox(parent)
    , m_db(std::move(db))
    , m_allText(allText)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMaxVisibleItems(20);
    reload();
}

void DepartmentComboBox::reload()
{
    const QString current = selectedId();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_allText.isEmpty())
        addItem(m_allText, QString());
    else
        addItem(QString(), QString()); // nothing chosen yet
    const QList<staff::Department> departments = staff::DepartmentDirectory(m_db).list();
    for (const staff::Department &d : departments) {
        if (d.kind == QLatin1String("company"))
            continue; // the root is "all departments"
        // Full-width spaces indent CJK and Latin names alike.
        const QString indent(qMax(0, d.depth - 1) * 2, QChar(0x3000));
        addItem(indent + d.name, d.id);
        setItemData(count() - 1, d.path, Qt::ToolTipRole);
    }
    setSelectedId(current);
}

QString DepartmentComboBox::selectedId() const
{
    return currentData().toString();
}

void DepartmentComboBox::setSelectedId(const QString &id)
{
    const int index = findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
}

void DepartmentComboBox::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QString path = currentData(Qt::ToolTipRole).toString();
    if (!path.isEmpty())
        option.currentText = path;
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace hrdesk::ui
