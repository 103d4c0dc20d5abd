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

ContractDialog::ContractDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId, Mode mode,
                               const std::optional<staff::LabourContract> &contract, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_employeeId(employeeId)
    , m_mode(contract ? mode : Mode::Add)
    , m_contract(contract)
    , m_number(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(dateEdit(QDate::currentDate(), this))
    , m_end(dateEdit(QDate::currentDate().addYears(3).addDays(-1), this))
    , m_noEnd(new QCheckBox(tr("No end date (open-ended)"), this))
    , m_signed(dateEdit(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    for (const QString &type : staff::ContractService::types())
        m_type->addItem(staff::ContractService::typeLabel(type), type);
    connect(m_noEnd, &QCheckBox::toggled, m_end, &QWidget::setDisabled);
    m_number->setObjectName(QStringLiteral("contractNo"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(staff::ContractService::ReasonMaxLength);

    auto *form = new QFormLayout;
    form->addRow(tr("Contract number:"), m_number);
    if (m_mode == Mode::Renew) {
        setWindowTitle(tr("Renew contract"));
        const QDate from = m_contract->endDate.addDays(1);
        m_start->setDate(from);
        m_start->setEnabled(false);
        m_end->setDate(from.addYears(3).addDays(-1));
        m_type->setCurrentIndex(m_type->findData(m_contract->type));
        m_type->setEnabled(false);
        form->addRow(tr("Type:"), m_type);
        form->addRow(tr("Starts (day after the old end):"), m_start);
    } else {
        setWindowTitle(m_mode == Mode::Correct ? tr("Correct contract")
                       : m_mode == Mode::End  ? tr("End contract early")
                                              : tr("New labour contract"));
        form->addRow(tr("Type:"), m_type);
        form->addRow(tr("Start date:"), m_start);
    }
    if (m_mode == Mode::Correct || m_mode == Mode::End) {
        m_number->setText(m_contract->contractNo);
        m_type->setCurrentIndex(m_type->findData(m_contract->type));
        m_start->setDate(m_contract->startDate);
        m_signed->setDate(m_contract->signedOn.isValid() ? m_contract->signedOn : m_contract->startDate);
        m_noEnd->setChecked(!m_contract->endDate.isValid());
        if (m_contract->endDate.isValid())
            m_end->setDate(m_contract->endDate);
    }
    if (m_mode == Mode::End) {
        // Only the end and its reason change; the rest is there to recognise the contract.
        for (QWidget *field : {static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_type),
                               static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_signed)})
            field->setEnabled(false);
        m_noEnd->setChecked(false);
        m_noEnd->hide();
        m_end->setDate(qMax(QDate::currentDate(), m_contract->startDate));
        form->addRow(tr("Ends on:"), m_end);
        m_reason->setPlaceholderText(tr("e.g. mutual agreement, resignation, dismissal"));
    } else {
        form->addRow(tr("End date:"), m_end);
        form->addRow(QString(), m_noEnd);
        m_reason->setPlaceholderText(tr("e.g. number mistyped when the contract was entered"));
    }
    if (m_mode != Mode::End)
        form->addRow(tr("Signed on:"), m_signed);
    if (m_mode == Mode::Correct || m_mode == Mode::End)
        form->addRow(tr("Reason (required):"), m_reason);

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
    if (m_mode == Mode::Renew) {
        result = service.renew(m_actor, m_contract->id, end, m_signed->date(), m_number->text().trimmed());
    } else if (m_mode == Mode::End) {
        result = service.end(m_actor, m_contract->id, m_end->date(), m_reason->text(), m_contract->version);
    } else {
        staff::LabourContract contract = m_mode == Mode::Correct ? *m_contract : staff::LabourContract();
        contract.employeeId = m_employeeId;
        contract.contractNo = m_number->text().trimmed();
        contract.type = m_type->currentData().toString();
        contract.startDate = m_start->date();
        contract.endDate = end;
        contract.signedOn = m_signed->date();
        // A missing signing date was shown as the start: unless changed, it stays missing.
        if (m_mode == Mode::Correct && !m_contract->signedOn.isValid() && contract.signedOn == m_contract->startDate)
            contract.signedOn = QDate();
        result = m_mode == Mode::Correct ? service.correct(m_actor, contract, m_reason->text(), m_contract->version)
                                         : service.add(m_actor, contract);
    }
    if (!result.ok) {
        QStringList messages;
        for (const validation::FieldError &error : result.fieldErrors)
            messages.append(error.message);
        m_notice->showMessage(messages.isEmpty() ? result.error : messages.join(QLatin1Char('\n')));
        DialogSizer::fit(this);
        return false;
    }
    accept();
    return true;
}

} // namespace hrdesk::ui
