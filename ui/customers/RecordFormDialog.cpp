#include "ui/customers/RecordFormDialog.h"

#include "core/customers/CustomerRecords.h"
#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace hrdesk::ui {

RecordFormDialog::RecordFormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_ok(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(title);
    m_message->setVisible(false);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ok, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void RecordFormDialog::addRow(const QString &label, QWidget *field)
{
    field->setParent(this);
    m_form->addRow(label + QLatin1Char(':'), field);
    DialogSizer::fit(this);
}

bool RecordFormDialog::submit()
{
    const QString error = m_submit ? m_submit() : QString();
    m_message->showMessage(error);
    if (!error.isEmpty())
        DialogSizer::fit(this);
    return error.isEmpty();
}

QString RecordFormDialog::reason(const customers::SaveResult &result)
{
    if (result.ok)
        return {};
    QStringList lines;
    for (const validation::FieldError &e : result.fieldErrors)
        lines.append(e.message);
    return lines.isEmpty() ? result.error : lines.join(QLatin1Char('\n'));
}

void RecordFormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogSizer::fit(this);
}

} // namespace hrdesk::ui
