#include "ui/staff/StaffUi.h"

#include "core/masking/EmployeeMasking.h"
#include "core/staff/DepartmentDirectory.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeService.h"
#include "core/workspace/Workspace.h"

#include <QLabel>
#include <QPalette>

#include <optional>

namespace hrdesk::ui {

QLabel *StaffUi::titleLabel(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel *StaffUi::fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Red that stays readable on light and dark palettes.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

void StaffUi::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString StaffUi::dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : tr("—");
}

QString StaffUi::fieldText(Workspace &workspace, const staff::Employee &employee, const QString &field,
                          const QHash<QString, QString> &revealed)
{
    using F = staff::EmployeeFields;
    const QVariant value = F::value(employee, field);
    QString text;
    if (masking::EmployeeMasking::isHidden(employee, field, revealed))
        text = masking::EmployeeMasking::maskedText(employee, field);
    else if (revealed.contains(field))
        text = revealed.value(field);
    else if (field == F::Gender)
        text = F::genderLabel(value.toString());
    else if (field == F::IdType)
        text = F::idTypeLabel(value.toString());
    else if (field == F::Status)
        text = F::statusLabel(value.toString());
    else if (field == F::DepartmentId)
        text = staff::DepartmentDirectory(workspace.db()).pathOf(employee.departmentId);
    else if (field == F::ManagerId && !employee.managerId.isEmpty()) {
        const std::optional<staff::Employee> manager = staff::EmployeeService(workspace).find(employee.managerId);
        if (manager)
            text = manager->name + QStringLiteral(" (") + manager->employeeNo + QLatin1Char(')');
    } else if (value.typeId() == QMetaType::QDate)
        return dateText(value.toDate());
    else
        text = value.toString();
    return text.isEmpty() ? tr("—") : text;
}

} // namespace hrdesk::ui
