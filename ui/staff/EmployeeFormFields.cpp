#include "ui/staff/EmployeeFormFields.h"

#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeValidator.h"
#include "ui/staff/DepartmentComboBox.h"
#include "ui/staff/EmployeePickerDialog.h"
#include "ui/staff/StaffUi.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

using F = staff::EmployeeFields;

namespace {

bool isDateField(const QString &field)
{
    return field == F::BirthDate || field == F::HireDate || field == F::ProbationEnd;
}

QComboBox *codeCombo(const QStringList &codes, QString (*label)(const QString &), bool withBlank, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (withBlank)
        combo->addItem(QString(), QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    return combo;
}

} // namespace

EmployeeFormFields::EmployeeFormFields(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    // Two columns: the person on the left, the job on the right.
    auto *personal = new QFormLayout;
    auto *job = new QFormLayout;
    for (QFormLayout *form : {personal, job}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }

    addLineEdit(job, F::EmployeeNo);
    addLineEdit(personal, F::Name);
    addRow(personal, F::Gender, codeCombo(F::genders(), &F::genderLabel, true, this));
    addLineEdit(personal, F::BirthDate);
    addRow(personal, F::IdType, codeCombo(F::idTypes(), &F::idTypeLabel, false, this));
    const auto addRevealable = [this, personal](const QString &field) {
        auto *show = new QPushButton(tr("Show"), this);
        show->setToolTip(tr("Shows the full value; every reveal is recorded in the audit log."));
        show->hide();
        m_revealButtons.insert(field, show);
        connect(show, &QPushButton::clicked, this, [this, field] { emit revealRequested(field); });
        addLineEdit(personal, field, show);
    };
    addRevealable(F::IdNumber);
    addRevealable(F::Mobile);
    addLineEdit(personal, F::Email);
    addLineEdit(personal, F::EmergencyContactName);
    addRevealable(F::EmergencyContactPhone);
    addLineEdit(personal, F::Address);

    m_department = new DepartmentComboBox(m_db, QString(), this);
    addRow(job, F::DepartmentId, m_department);
    addLineEdit(job, F::Position);
    m_manager = new QLineEdit(this);
    m_manager->setReadOnly(true);
    m_manager->setPlaceholderText(tr("No manager"));
    auto *pick = new QPushButton(tr("Choose…"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    connect(pick, &QPushButton::clicked, this, &EmployeeFormFields::chooseManager);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_managerId.clear();
        m_manager->clear();
        fieldChanged(F::ManagerId);
    });
    auto *managerButtons = new QWidget(this);
    auto *managerLayout = new QHBoxLayout(managerButtons);
    managerLayout->setContentsMargins(0, 0, 0, 0);
    managerLayout->addWidget(pick);
    managerLayout->addWidget(clear);
    addRow(job, F::ManagerId, m_manager, managerButtons);
    addLineEdit(job, F::HireDate);
    addLineEdit(job, F::ProbationEnd);
    m_status = new QLabel(this);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_status->setToolTip(tr("The status changes through the actions of the staff file: confirm probation, "
                            "record notice, record departure."));
    addRow(job, F::Status, m_status);

    for (const QString &field : {F::BirthDate, F::HireDate, F::ProbationEnd})
        qobject_cast<QLineEdit *>(m_editors.value(field))->setPlaceholderText(tr("e.g. 2024-03-07"));

    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString field = it.key();
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()); edit && field != F::ManagerId)
            connect(edit, &QLineEdit::textChanged, this, [this, field] { fieldChanged(field); });
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { fieldChanged(field); });
    }

    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    // Each column keeps its rows together at the top however tall the other one is.
    for (QFormLayout *form : {personal, job}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        if (form == job)
            columns->addSpacing(fontMetrics().averageCharWidth() * 3);
        columns->addLayout(column, 1);
    }
}

QWidget *EmployeeFormFields::addLineEdit(QFormLayout *form, const QString &field, QWidget *extra)
{
    auto *edit = new QLineEdit(this);
    addRow(form, field, edit, extra);
    return edit;
}

void EmployeeFormFields::addRow(QFormLayout *form, const QString &field, QWidget *editor, QWidget *extra)
{
    editor->setObjectName(field);
    m_editors.insert(field, editor);
    QLabel *error = StaffUi::fieldErrorLabel(this);
    error->setObjectName(field + QStringLiteral("_error"));
    m_errors.insert(field, error);

    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    if (extra) {
        auto *line = new QHBoxLayout;
        line->addWidget(editor, 1);
        line->addWidget(extra);
        cell->addLayout(line);
    } else {
        cell->addWidget(editor);
    }
    cell->addWidget(error);
    auto *label = new QLabel(F::label(field) + tr(":"), this);
    label->setBuddy(editor);
    form->addRow(label, cell);
}

void EmployeeFormFields::load(const staff::Employee &employee, const QString &managerLabel)
{
    m_loading = true;
    m_base = employee;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString field = it.key();
        const QVariant value = F::value(employee, field);
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()); edit && field != F::ManagerId) {
            edit->setText(isDateField(field) ? value.toDate().toString(Qt::ISODate) : value.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value()); combo && combo != m_department) {
            combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        }
    }
    m_department->setSelectedId(employee.departmentId);
    m_managerId = employee.managerId;
    m_manager->setText(managerLabel);
    m_status->setText(F::statusLabel(employee.status));
    m_loading = false;
    clearErrors();
}

staff::Employee EmployeeFormFields::read(const staff::Employee &base) const
{
    staff::Employee e = base;
    for (const QString &field : F::all()) {
        if (field == F::Status || m_masked.contains(field) || !m_editors.contains(field))
            continue;
        F::setValue(e, field, valueOf(field));
    }
    return e;
}

QVariant EmployeeFormFields::valueOf(const QString &field) const
{
    if (field == F::ManagerId)
        return m_managerId;
    if (field == F::DepartmentId)
        return m_department->selectedId();
    QWidget *widget = m_editors.value(field);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentData().toString();
    return {};
}

void EmployeeFormFields::setMasked(const QString &field, const QString &maskedText)
{
    QWidget *editor = m_editors.value(field);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!edit && !combo)
        return;
    m_masked.insert(field);
    m_loading = true;
    if (edit) {
        edit->setText(maskedText);
        edit->setReadOnly(true);
    } else {
        // No item selected: the placeholder (the mask) is shown instead of the value.
        combo->setPlaceholderText(maskedText);
        combo->setCurrentIndex(-1);
        combo->setEnabled(false);
    }
    m_loading = false;
    QPushButton *button = m_revealButtons.value(field);
    editor->setToolTip(button ? tr("Masked. Press Show to see and edit the full value.")
                              : tr("Masked with the ID number. Show the ID number to see and edit it."));
    if (button)
        button->setVisible(!maskedText.isEmpty());
}

void EmployeeFormFields::setRevealed(const QString &field, const QString &value)
{
    QWidget *editor = m_editors.value(field);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!edit && !combo)
        return;
    m_masked.remove(field);
    m_loading = true;
    if (edit) {
        edit->setText(value);
        edit->setReadOnly(false);
    } else {
        combo->setPlaceholderText(QString());
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        combo->setEnabled(true);
    }
    m_loading = false;
    editor->setToolTip(QString());
    if (QPushButton *button = m_revealButtons.value(field))
        button->hide();
}

void EmployeeFormFields::showError(const QString &field, const QString &message)
{
    if (QLabel *label = m_errors.value(field))
        StaffUi::showFieldError(label, message);
}

void EmployeeFormFields::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        StaffUi::showFieldError(label, QString());
}

void EmployeeFormFields::check(const QString &field)
{
    if (m_masked.contains(field) || field == F::Status)
        return;
    const staff::Employee context = read(m_base);
    QString message = staff::EmployeeValidator::checkField(field, valueOf(field), context);
    // A date the parser cannot read is cleared in the record: say so instead of "required".
    if (isDateField(field)) {
        const QString text = valueOf(field).toString().trimmed();
        if (!text.isEmpty() && !F::parseDate(text).isValid())
            message = tr("%1: cannot read “%2” as a date; write it like 2024-03-07.").arg(F::label(field), text);
    }
    showError(field, message);
}

void EmployeeFormFields::fieldChanged(const QString &field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    check(field);
    // Rules between fields: re-check the others the user has already filled in.
    for (const QString &related : staff::EmployeeValidator::relatedFields(field)) {
        if (m_touched.contains(related) || !valueOf(related).toString().isEmpty())
            check(related);
    }
    emit edited();
}

void EmployeeFormFields::chooseManager()
{
    EmployeePickerDialog picker(m_db, this);
    if (picker.exec() != QDialog::Accepted || picker.selectedId().isEmpty())
        return;
    m_managerId = picker.selectedId();
    m_manager->setText(picker.selectedLabel());
    fieldChanged(F::ManagerId);
}

} // namespace hrdesk::ui
