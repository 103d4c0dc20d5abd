#include "ui/staff/EmployeeDialog.h"

#include "core/masking/EmployeeMasking.h"
#include "core/masking/RevealService.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeService.h"
#include "core/staff/EmployeeValidator.h"
#include "core/workspace/Workspace.h"
#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"
#include "ui/staff/EmployeeFormFields.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

using F = staff::EmployeeFields;

EmployeeDialog::EmployeeDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_fields(new EmployeeFormFields(workspace.db(), this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("EmployeeDialog"));
    m_employee.id = employeeId;
    m_notice->setObjectName(QStringLiteral("employeeNotice"));
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &EmployeeDialog::reload);
    connect(m_fields, &EmployeeFormFields::revealRequested, this, &EmployeeDialog::reveal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    // Save stays enabled: pressing it is how the person finds out what is still wrong.
    connect(m_save, &QPushButton::clicked, this, &EmployeeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_reload, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(noticeRow);
    layout->addWidget(m_fields, 1);
    layout->addWidget(buttons);

    loadEmployee();
    const QFontMetrics fm = fontMetrics();
    resize(qMax(sizeHint().width(), fm.averageCharWidth() * 130), sizeHint().height());
}

void EmployeeDialog::loadEmployee()
{
    m_notice->showMessage(QString());
    m_reload->hide();
    if (m_employee.id.isEmpty()) {
        setWindowTitle(tr("New employee"));
        m_employee = staff::Employee();
        m_fields->load(m_employee, QString());
        return;
    }
    const std::optional<staff::Employee> found = staff::EmployeeService(m_workspace).find(m_employee.id);
    if (!found) {
        m_notice->showMessage(tr("This employee no longer exists."));
        m_save->setEnabled(false);
        return;
    }
    m_employee = *found;
    setWindowTitle(tr("Edit %1 (%2)").arg(m_employee.name, m_employee.employeeNo));
    m_fields->load(m_employee, managerLabel(m_employee.managerId));
    for (const QString &field : F::all()) {
        if (!masking::EmployeeMasking::revealedBy(m_employee, field).isEmpty())
            m_fields->setMasked(field, masking::EmployeeMasking::maskedText(m_employee, field));
    }
}

void EmployeeDialog::reload()
{
    loadEmployee();
}

QString EmployeeDialog::managerLabel(const QString &managerId) const
{
    if (managerId.isEmpty())
        return QString();
    const std::optional<staff::Employee> manager = staff::EmployeeService(m_workspace).find(managerId);
    return manager ? manager->employeeNo + QLatin1Char(' ') + manager->name : QString();
}

bool EmployeeDialog::reveal(const QString &field)
{
    const masking::RevealService::Result result =
        masking::RevealService(m_workspace).reveal(m_actor, QStringLiteral("employee"), m_employee.id, field);
    if (!result.ok) {
        m_notice->setKind(NoticeLabel::Kind::Error);
        m_notice->showMessage(result.error);
        return false;
    }
    m_fields->setRevealed(field, result.value);
    // What the ID number encodes (date of birth, a resident's gender) is shown with it.
    for (const QString &other : F::all()) {
        if (other != field && masking::EmployeeMasking::revealedBy(m_employee, other) == field) {
            const QVariant value = F::value(m_employee, other);
            m_fields->setRevealed(other, value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                                                            : value.toString());
        }
    }
    m_fields->editor(field)->setFocus();
    return true;
}

bool EmployeeDialog::save()
{
    m_notice->showMessage(QString());
    m_reload->hide();
    m_fields->clearErrors();
    const bool creating = m_employee.id.isEmpty();
    const staff::Employee edited = m_fields->read(m_employee);

    const QList<validation::FieldError> problems = staff::EmployeeValidator::validate(edited);
    if (!problems.isEmpty()) {
        showRefusal(tr("Please correct the marked fields (%n problem(s)).", nullptr, static_cast<int>(problems.size())),
                    problems);
        return false;
    }

    staff::EmployeeService service(m_workspace);
    const staff::StaffResult result =
        creating ? service.create(m_actor, edited) : service.update(m_actor, edited, m_employee.version);
    if (!result.ok) {
        qCInfo(lcUi) << "employee save refused:" << result.error;
        showRefusal(result.error, result.fieldErrors);
        if (!creating) {
            // Someone saved the file meanwhile: offer the new version instead of a dead end.
            const std::optional<staff::Employee> current = service.find(m_employee.id);
            if (current && current->version != m_employee.version) {
                m_notice->showMessage(tr("%1's file was changed by someone else after you opened it. "
                                         "Reload it to see their changes, then make yours again.")
                                          .arg(m_employee.name));
                m_reload->show();
            }
        }
        return false;
    }
    m_employee.id = result.id;
    m_employee.version = result.version;
    accept();
    return true;
}

void EmployeeDialog::showRefusal(const QString &message, const validation::FieldErrors &fieldErrors)
{
    QWidget *first = nullptr;
    QStringList general;
    for (const validation::FieldError &error : fieldErrors) {
        QWidget *editor = m_fields->editor(error.field);
        if (!editor) {
            general.append(error.message);
            continue;
        }
        m_fields->showError(error.field, error.message);
        if (!first)
            first = editor;
    }
    m_notice->setKind(NoticeLabel::Kind::Error);
    m_notice->showMessage(general.isEmpty() ? message : general.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

} // namespace hrdesk::ui
