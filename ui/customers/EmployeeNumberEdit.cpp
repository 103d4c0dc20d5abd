#include "ui/customers/EmployeeNumberEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>

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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT employee_no FROM employee WHERE id = ?"));
    q.addBindValue(id);
    m_edit->setText(q.exec() && q.next() ? q.value(0).toString() : QString());
}

void EmployeeNumberEdit::resolve()
{
    const QString number = m_edit->text().trimmed();
    QString id;
    m_problem.clear();
    m_name->clear();
    if (!number.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, name, status FROM employee WHERE employee_no = ? AND deleted_at IS NULL"));
        q.addBindValue(number);
        if (!q.exec() || !q.next()) {
            m_problem = tr("There is no employee with the employee number %1.").arg(number);
        } else if (q.value(2).toString() == QLatin1String("departed")) {
            m_problem = tr("%1 (%2) has left the company and cannot own customers.").arg(q.value(1).toString(), number);
        } else {
            id = q.value(0).toString();
            m_name->setText(q.value(1).toString());
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
