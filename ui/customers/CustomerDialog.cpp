#include "ui/customers/CustomerDialog.h"

#include "core/customers/CustomerFields.h"
#include "core/customers/CustomerService.h"
#include "core/customers/CustomerValidator.h"
#include "core/masking/Masking.h"
#include "core/masking/RevealService.h"
#include "core/workspace/Workspace.h"
#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"
#include "ui/customers/ChangeOwnerDialog.h"
#include "ui/customers/CustomerActivityTabs.h"
#include "ui/customers/EmployeeNumberEdit.h"

#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hrdesk::ui {

namespace {

constexpr char ErrorStyle[] = "color: #c62828;";

QString comboKey(const QWidget *widget)
{
    const auto *combo = qobject_cast<const QComboBox *>(widget);
    return combo ? combo->currentData().toString() : QString();
}

QString editText(const QWidget *widget)
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget);
    return edit ? edit->text() : QString();
}

} // namespace

CustomerDialog::CustomerDialog(Workspace &workspace, commands::Actor actor, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_tabs(new QTabWidget(this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("CustomerDialog"));
    if (!customerId.isEmpty()) {
        if (const auto stored = customers::CustomerService(m_workspace).find(customerId))
            m_customer = *stored;
    }
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setVisible(false);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);

    m_tabs->addTab(buildForm(), tr("Details"));
    if (!m_customer.id.isEmpty()) {
        m_activity = new CustomerActivityTabs(m_workspace, m_actor, m_customer.id, m_tabs);
        m_activity->addTabsTo(m_tabs);
        connect(m_activity, &CustomerActivityTabs::changed, this, [this] { m_changed = true; });

        auto *historyPage = new QWidget(m_tabs);
        m_history = new QTableWidget(0, 5, historyPage);
        m_history->setObjectName(QStringLiteral("ownershipHistory"));
        m_history->setHorizontalHeaderLabels({tr("When"), tr("From"), tr("To"), tr("By"), tr("Why")});
        m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_history->horizontalHeader()->setStretchLastSection(true);
        m_history->verticalHeader()->setVisible(false);
        m_changeOwner = new QPushButton(tr("Change owner…"), historyPage);
        m_changeOwner->setObjectName(QStringLiteral("changeOwner"));
        auto *historyLayout = new QVBoxLayout(historyPage);
        historyLayout->addWidget(m_history, 1);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_changeOwner);
        historyLayout->addLayout(row);
        m_tabs->addTab(historyPage, tr("Ownership history"));
        connect(m_changeOwner, &QPushButton::clicked, this, &CustomerDialog::changeOwner);
        loadHistory();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    loadForm();
    updateTitle();
    // Not DialogSizer: the tab widget under-reports its height for a width, and the form came out
    // too short. The layout's minimum (every row at its height) is enforced instead.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

void CustomerDialog::updateTitle()
{
    setWindowTitle(m_customer.id.isEmpty() ? tr("New customer") : tr("Customer — %1").arg(m_customer.name));
}

QWidget *CustomerDialog::buildForm()
{
    auto *page = new QWidget(m_tabs);
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addCombo(QStringLiteral("kind"), customers::Customer::kinds(), &customers::CustomerFields::kindLabel);
    addLineEdit(QStringLiteral("name"))->setMaxLength(customers::CustomerValidator::NameMaxLength);
    addLineEdit(QStringLiteral("credit_code"))->setMaxLength(18);
    addCombo(QStringLiteral("tier"), customers::Customer::tiers(), &customers::CustomerFields::tierLabel);
    addLineEdit(QStringLiteral("region"));
    addLineEdit(QStringLiteral("industry"));
    addLineEdit(QStringLiteral("score"))->setPlaceholderText(tr("0–100, empty when unknown"));
    addCombo(QStringLiteral("status"), customers::Customer::statuses(), &customers::CustomerFields::statusLabel);
    addLineEdit(QStringLiteral("source"));

    // The phone: masked for a stored customer until revealed (an audit event).
    auto *phone = new QLineEdit(page);
    phone->setObjectName(QStringLiteral("phone"));
    m_fields.insert(QStringLiteral("phone"), phone);
    if (!m_customer.id.isEmpty() && !m_customer.phone.isEmpty()) {
        m_reveal = new QPushButton(tr("Reveal"), page);
        m_reveal->setObjectName(QStringLiteral("revealPhone"));
        m_reveal->setToolTip(tr("Shows the full number; each reveal is recorded in the audit log."));
        connect(m_reveal, &QPushButton::clicked, this, &CustomerDialog::revealPhone);
    }
    addRow(QStringLiteral("phone"), phone, m_reveal);
    connect(phone, &QLineEdit::textEdited, this, [this] { checkField(QStringLiteral("phone")); });

    m_owner = new EmployeeNumberEdit(m_workspace.db(), page);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_form->addRow(tr("Owner:"), m_owner);
    if (!m_customer.id.isEmpty()) {
        // Owners change only through "Change owner…", which records why.
        m_owner->lineEdit()->setReadOnly(true);
        m_owner->setToolTip(tr("Use \"Change owner…\" on the ownership history tab."));
    }
    return page;
}

void CustomerDialog::addRow(const QString &field, QWidget *widget, QWidget *beside)
{
    auto *error = new QLabel(widget->parentWidget());
    error->setObjectName(field + QStringLiteral("Error"));
    error->setStyleSheet(QString::fromLatin1(ErrorStyle));
    error->setWordWrap(true);
    error->setVisible(false);
    m_errors.insert(field, error);
    auto *box = new QWidget(widget->parentWidget());
    // Rows keep their height: a short dialog must not squeeze one field (the phone row) flat.
    widget->setSizePolicy(widget->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (beside) {
        auto *row = new QHBoxLayout;
        row->addWidget(widget, 1);
        row->addWidget(beside);
        layout->addLayout(row);
    } else {
        layout->addWidget(widget);
    }
    layout->addWidget(error);
    m_form->addRow(customers::CustomerFields::label(field) + QLatin1Char(':'), box);
}

QLineEdit *CustomerDialog::addLineEdit(const QString &field)
{
    auto *edit = new QLineEdit(m_tabs);
    edit->setObjectName(field);
    m_fields.insert(field, edit);
    addRow(field, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, field] { checkField(field); });
    return edit;
}

QComboBox *CustomerDialog::addCombo(const QString &field, const QStringList &keys, QString (*label)(const QString &))
{
    auto *combo = new QComboBox(m_tabs);
    combo->setObjectName(field);
    for (const QString &key : keys)
        combo->addItem(label(key), key);
    m_fields.insert(field, combo);
    addRow(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field] {
        checkField(field);
        if (field == QLatin1String("kind"))
            checkField(QStringLiteral("credit_code")); // a person has none, a company needs one
    });
    return combo;
}

void CustomerDialog::loadForm()
{
    const customers::Customer &c = m_customer;
    auto setCombo = [this](const QString &field, const QString &key) {
        auto *combo = qobject_cast<QComboBox *>(m_fields.value(field));
        combo->setCurrentIndex(qMax(0, combo->findData(key)));
    };
    setCombo(QStringLiteral("kind"), c.kind);
    setCombo(QStringLiteral("tier"), c.tier);
    setCombo(QStringLiteral("status"), c.status);
    auto setText = [this](const QString &field, const QString &text) {
        qobject_cast<QLineEdit *>(m_fields.value(field))->setText(text);
    };
    setText(QStringLiteral("name"), c.name);
    setText(QStringLiteral("credit_code"), c.creditCode);
    setText(QStringLiteral("region"), c.region);
    setText(QStringLiteral("industry"), c.industry);
    setText(QStringLiteral("score"), customers::CustomerValidator::scoreText(c.score));
    setText(QStringLiteral("source"), c.source);
    auto *phone = qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("phone")));
    const bool masked = !c.id.isEmpty() && !c.phone.isEmpty() && !m_phoneRevealed;
    phone->setText(masked ? masking::Masking::mobile(c.phone) : c.phone);
    phone->setReadOnly(masked);
    m_owner->setEmployeeId(c.ownerId);
    // A freshly loaded form shows no stale reasons.
    for (QLabel *error : std::as_const(m_errors))
        error->setVisible(false);
}

customers::Customer CustomerDialog::formRecord() const
{
    customers::Customer c = m_customer;
    c.kind = comboKey(m_fields.value(QStringLiteral("kind")));
    c.tier = comboKey(m_fields.value(QStringLiteral("tier")));
    c.status = comboKey(m_fields.value(QStringLiteral("status")));
    c.name = editText(m_fields.value(QStringLiteral("name")));
    c.creditCode = editText(m_fields.value(QStringLiteral("credit_code")));
    c.region = editText(m_fields.value(QStringLiteral("region")));
    c.industry = editText(m_fields.value(QStringLiteral("industry")));
    c.source = editText(m_fields.value(QStringLiteral("source")));
    const QString score = editText(m_fields.value(QStringLiteral("score"))).trimmed();
    bool ok = false;
    const int value = score.toInt(&ok);
    c.score = ok ? std::optional<int>(value) : std::nullopt;
    // A masked phone the user has not revealed stays as stored.
    if (m_customer.id.isEmpty() || m_customer.phone.isEmpty() || m_phoneRevealed)
        c.phone = editText(m_fields.value(QStringLiteral("phone")));
    if (m_customer.id.isEmpty())
        c.ownerId = m_owner->employeeId();
    return c;
}

void CustomerDialog::checkField(const QString &field)
{
    if (!m_errors.contains(field))
        return;
    QString value;
    if (const auto *edit = qobject_cast<const QLineEdit *>(m_fields.value(field))) {
        if (edit->isReadOnly())
            return; // the masked phone is not what the user typed
        value = edit->text();
    } else {
        value = comboKey(m_fields.value(field));
    }
    // An empty field the user has not reached yet is not an error while typing; save says so.
    if (value.isEmpty() && m_customer.id.isEmpty() && !m_errors.value(field)->isVisible())
        return;
    const auto error = customers::CustomerValidator::checkField(field, value, formRecord());
    showError(field, error ? error->message : QString());
}

void CustomerDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label) {
        m_message->showMessage(message);
        return;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool CustomerDialog::save()
{
    m_message->setKind(NoticeLabel::Kind::Error);
    m_message->showMessage(QString());
    if (m_customer.id.isEmpty() && !m_owner->problem().isEmpty()) {
        m_message->showMessage(m_owner->problem());
        m_owner->lineEdit()->setFocus();
        return false;
    }
    const customers::Customer record = customers::CustomerValidator::normalised(formRecord());
    validation::FieldErrors errors = customers::CustomerValidator::validate(record);
    customers::CustomerService service(m_workspace);
    customers::SaveResult result;
    if (errors.isEmpty()) {
        result = m_customer.id.isEmpty() ? service.create(m_actor, record)
                                         : service.update(m_actor, record, m_customer.version);
        errors = result.fieldErrors;
    }
    if (!errors.isEmpty() || !result.ok) {
        for (const validation::FieldError &error : std::as_const(errors))
            showError(error.field, error.message);
        // Focus the first bad field in form order.
        for (const QString &field : customers::CustomerFields::keys()) {
            const bool bad = std::any_of(errors.cbegin(), errors.cend(),
                                         [&](const validation::FieldError &e) { return e.field == field; });
            if (bad && m_fields.contains(field)) {
                m_tabs->setCurrentIndex(0);
                m_fields.value(field)->setFocus();
                break;
            }
        }
        if (errors.isEmpty() && !m_customer.id.isEmpty()) {
            const auto stored = service.find(m_customer.id);
            if (stored && stored->version != m_customer.version) {
                // Someone else saved meanwhile: offer their version instead of overwriting it.
                const bool reloadNow = m_conflictAnswer >= 0
                    ? m_conflictAnswer == 1
                    : QMessageBox::question(this, tr("Customer changed"),
                                            tr("%1\n\nReload the customer as it is now stored? Your changes in "
                                               "this form will be lost.")
                                                .arg(result.error))
                        == QMessageBox::Yes;
                if (reloadNow) {
                    reload();
                    m_message->setKind(NoticeLabel::Kind::Warning);
                    m_message->showMessage(tr("Reloaded: the form shows the customer as it is now stored."));
                    return false;
                }
            }
        }
        m_message->showMessage(errors.isEmpty() ? result.error
                                                : tr("Please correct the fields marked in red."));
        return false;
    }
    qCInfo(lcUi) << "customer saved" << result.id;
    m_changed = true;
    if (const auto stored = service.find(result.id))
        m_customer = *stored;
    updateTitle();
    return true;
}

void CustomerDialog::reload()
{
    if (const auto stored = customers::CustomerService(m_workspace).find(m_customer.id))
        m_customer = *stored;
    m_phoneRevealed = false;
    loadForm();
    loadHistory();
    updateTitle();
}

bool CustomerDialog::revealPhone()
{
    const masking::RevealService::Result revealed =
        masking::RevealService(m_workspace).reveal(m_actor, QStringLiteral("customer"), m_customer.id,
                                                   QStringLiteral("phone"));
    if (!revealed.ok) {
        m_message->showMessage(revealed.error);
        return false;
    }
    m_phoneRevealed = true;
    auto *phone = qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("phone")));
    phone->setText(revealed.value);
    phone->setReadOnly(false);
    m_reveal->setEnabled(false);
    return true;
}

bool CustomerDialog::changeOwner()
{
    ChangeOwnerDialog dialog(m_workspace, m_actor, m_customer, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_changed = true;
    // The owner change bumped the version: the form continues from the stored record.
    if (const auto stored = customers::CustomerService(m_workspace).find(m_customer.id)) {
        m_customer.version = stored->version;
        m_customer.ownerId = stored->ownerId;
        m_customer.updatedAt = stored->updatedAt;
    }
    m_owner->setEmployeeId(m_customer.ownerId);
    loadHistory();
    return true;
}

void CustomerDialog::loadHistory()
{
    if (!m_history)
        return;
    const QList<customers::OwnerChange> changes = customers::CustomerService(m_workspace).ownershipHistory(m_customer.id);
    m_history->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const customers::OwnerChange &c = changes.at(row);
        const QDateTime when = QDateTime::fromString(c.changedAt, Qt::ISODateWithMs);
        const QString reason = c.reason == customers::CustomerService::createdReason() ? tr("Customer created") : c.reason;
        const QStringList cells = {
            when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : c.changedAt,
            c.fromOwnerName.isEmpty() ? tr("(none)") : c.fromOwnerName,
            c.toOwnerName.isEmpty() ? tr("(none)") : c.toOwnerName,
            c.changedByName.isEmpty() ? c.changedBy : c.changedByName,
            reason,
        };
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_history->resizeColumnsToContents();
}

void CustomerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

} // namespace hrdesk::ui
