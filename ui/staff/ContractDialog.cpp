#include "ui/staff/ContractDialog.h"

#include "core/staff/ContractService.h"
#include "core/workspace/Workspace.h"
#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ContractDialog::ContractDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId,
                               const std::optional<staff::LabourContract> &renewing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_employeeId(employeeId)
    , m_renewing(renewing)
    , m_number(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(dateEdit(QDate::currentDate(), this))
    , m_end(dateEdit(QDate::currentDate().addYears(3).addDays(-1), this))
    , m_noEnd(new QCheckBox(tr("No end date (open-ended)"), this))
    , m_signed(dateEdit(QDate::currentDate(), this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    for (const QString &type : staff::ContractService::types())
        m_type->addItem(staff::ContractService::typeLabel(type), type);
    connect(m_noEnd, &QCheckBox::toggled, m_end, &QWidget::setDisabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Contract number:"), m_number);
    if (m_renewing) {
        setWindowTitle(tr("Renew contract"));
        const QDate from = m_renewing->endDate.addDays(1);
        m_start->setDate(from);
        m_start->setEnabled(false);
        m_end->setDate(from.addYears(3).addDays(-1));
        m_type->setCurrentIndex(m_type->findData(m_renewing->type));
        m_type->setEnabled(false);
        form->addRow(tr("Type:"), m_type);
        form->addRow(tr("Starts (day after the old end):"), m_start);
    } else {
        setWindowTitle(tr("New labour contract"));
        form->addRow(tr("Type:"), m_type);
        form->addRow(tr("Start date:"), m_start);
    }
    form->addRow(tr("End date:"), m_end);
    form->addRow(QString(), m_noEnd);
    form->addRow(tr("Signed on:"), m_signed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ContractDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    DialogSizer::fit(this);
}

bool ContractDialog::save()
{
    staff::ContractService service(m_workspace);
    const QDate end = m_noEnd->isChecked() ? QDate() : m_end->date();
    staff::StaffResult result;
    if (m_renewing) {
        result = service.renew(m_actor, m_renewing->id, end, m_signed->date(), m_number->text().trimmed());
    } else {
        staff::LabourContract contract;
        contract.employeeId = m_employeeId;
        contract.contractNo = m_number->text().trimmed();
        contract.type = m_type->currentData().toString();
        contract.startDate = m_start->date();
        contract.endDate = end;
        contract.signedOn = m_signed->date();
        result = service.add(m_actor, contract);
    }
    if (!result.ok) {
        QStringList messages;
        for (const validation::FieldError &error : result.fieldErrors)
            messages.append(error.message);
        m_notice->showMessage(messages.isEmpty() ? result.error : messages.join(QLatin1Char('\n')));
        return false;
    }
    accept();
    return true;
}

} // namespace hrdesk::ui
