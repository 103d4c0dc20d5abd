#include "ui/customers/EmployeeNumberEdit.h"

#include "core/customers/CustomerLookup.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace hrdesk::ui {

EmployeeNumberEdit::EmployeeNumberEdit(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_edit(new QLineEdit(this))
    , m_name(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("employeeNo"));
    m_edit->setPlaceholderText(tr("Employee no."));
    m_edit->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_name, 1);
    connect(m_edit, &QLineEdit::textChanged, this, &EmployeeNumberEdit::resolve);
}

void EmployeeNumberEdit::setEmployeeId(const QString &id)
{
    const auto employee = customers::CustomerLookup::employee(m_db, id);
    m_edit->setText(employee ? employee->employeeNo : QString());
}

void EmployeeNumberEdit::resolve()
{
    const QString number = m_edit->text().trimmed();
    QString id;
    m_problem.clear();
    m_name->clear();
    if (!number.isEmpty()) {
        const auto employee = customers::CustomerLookup::employeeByNumber(m_db, number);
        if (!employee) {
            m_problem = tr("There is no employee with the employee number %1.").arg(number);
        } else if (employee->departed) {
            m_problem = tr("%1 (%2) has left the company and cannot own customers.").arg(employee->name, number);
        } else {
            id = employee->id;
            m_name->setText(employee->name);
        }
    }
    if (!m_problem.isEmpty())
        m_name->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(m_problem.toHtmlEscaped()));
    if (id != m_employeeId) {
        m_employeeId = id;
        emit employeeChanged(id);
    }
}

} // namespace hrdesk::ui
