#include "ui/customers/CustomerActivityTabs.h"

#include "core/customers/CustomerActivityService.h"
#include "core/customers/CustomerFields.h"
#include "core/customers/Money.h"
#include "core/masking/Masking.h"
#include "ui/ArchiveControls.h"
#include "ui/NoticeLabel.h"
#include "ui/customers/RecordFormDialog.h"
#include "ui/customers/SalesContractsTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

using customers::CustomerFields;

QComboBox *keyCombo(const QStringList &keys, QString (*label)(const QString &), const QString &current)
{
    auto *combo = new QComboBox;
    for (const QString &key : keys)
        combo->addItem(label(key), key);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

QDateEdit *dateEdit(QDate date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setCalendarPopup(true);
    return edit;
}

QString dateText(QDate date) { return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString(); }

void fillRow(QTableWidget *table, int row, const QStringList &cells, const QString &id, qint64 version = 0)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 0) {
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, version);
        }
        table->setItem(row, column, item);
    }
}

const QStringList Channels = {QStringLiteral("visit"), QStringLiteral("phone"), QStringLiteral("wechat"),
                              QStringLiteral("email"), QStringLiteral("meeting"), QStringLiteral("other")};
const QStringList Stages = {QStringLiteral("lead"), QStringLiteral("qualified"), QStringLiteral("proposal"),
                            QStringLiteral("negotiation"), QStringLiteral("won"), QStringLiteral("lost")};

} // namespace

CustomerActivityTabs::CustomerActivityTabs(Workspace &workspace, commands::Actor actor, QString customerId,
                                           QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_customerId(std::move(customerId))
{
}

void CustomerActivityTabs::setDialogHook(std::function<bool(RecordFormDialog *)> hook)
{
    m_hook = std::move(hook);
    if (m_salesContracts)
        m_salesContracts->setDialogHook(m_hook);
}

QTableWidget *CustomerActivityTabs::table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}

QWidget *CustomerActivityTabs::page(QTableWidget *t, const QList<QPushButton *> &buttons, ArchiveControls *archive)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    if (archive)
        layout->addWidget(archive->notice());
    layout->addWidget(t, 1);
    auto *row = new QHBoxLayout;
    if (archive)
        row->addWidget(archive->showArchivedBox());
    row->addStretch(1);
    for (QPushButton *b : buttons) {
        b->setParent(w);
        row->addWidget(b);
    }
    layout->addLayout(row);
    return w;
}

QString CustomerActivityTabs::rowId(const QTableWidget *table)
{
    const int row = table->currentRow();
    return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

ArchiveControls *CustomerActivityTabs::archiveControls(QTableWidget *table, records::ArchiveKind kind,
                                                       const QList<QPushButton *> &liveOnly)
{
    auto *controls = new ArchiveControls(m_workspace, m_actor, kind, m_parentWidget);
    controls->setCurrent([table] {
        const int row = table->currentRow();
        const QTableWidgetItem *item = row >= 0 ? table->item(row, 0) : nullptr;
        return item ? ArchiveControls::Current{item->data(Qt::UserRole).toString(),
                                               item->data(Qt::UserRole + 1).toLongLong()}
                    : ArchiveControls::Current{};
    });
    connect(table, &QTableWidget::currentCellChanged, controls, &ArchiveControls::updateButtons);
    // Archived records are read-only until restored.
    connect(controls, &ArchiveControls::showArchivedChanged, this, [this, liveOnly](bool archived) {
        for (QPushButton *button : liveOnly)
            button->setEnabled(!archived);
        reload();
    });
    connect(controls, &ArchiveControls::changed, this, [this] {
        reload();
        emit changed();
    });
    return controls;
}

void CustomerActivityTabs::addTabsTo(QTabWidget *tabs)
{
    m_parentWidget = tabs;
    m_contacts = table({CustomerFields::contactLabel(QStringLiteral("name")),
                        CustomerFields::contactLabel(QStringLiteral("title")),
                        CustomerFields::contactLabel(QStringLiteral("mobile")),
                        CustomerFields::contactLabel(QStringLiteral("wechat")),
                        CustomerFields::contactLabel(QStringLiteral("email"))});
    m_contacts->setObjectName(QStringLiteral("contacts"));
    auto *addC = new QPushButton(tr("Add…"));
    auto *editC = new QPushButton(tr("Edit…"));
    connect(addC, &QPushButton::clicked, this, &CustomerActivityTabs::addContact);
    connect(editC, &QPushButton::clicked, this, [this] { editContact(m_contacts->currentRow()); });
    m_contactArchive = archiveControls(m_contacts, records::ArchiveKind::Contact, {addC, editC});
    tabs->addTab(page(m_contacts, {addC, editC, m_contactArchive->archiveButton(), m_contactArchive->restoreButton()},
                      m_contactArchive),
                 tr("Contacts"));

    m_followUps = table({CustomerFields::followUpLabel(QStringLiteral("occurred_at")),
                         CustomerFields::followUpLabel(QStringLiteral("channel")),
                         CustomerFields::followUpLabel(QStringLiteral("by_employee_id")),
                         CustomerFields::followUpLabel(QStringLiteral("summary")),
                         CustomerFields::followUpLabel(QStringLiteral("next_step"))});
    m_followUps->setObjectName(QStringLiteral("followUps"));
    auto *addF = new QPushButton(tr("Add…"));
    auto *editF = new QPushButton(tr("Correct…"));
    editF->setToolTip(tr("Correct the chosen follow-up; the change is kept in the audit log"));
    connect(addF, &QPushButton::clicked, this, &CustomerActivityTabs::addFollowUp);
    connect(editF, &QPushButton::clicked, this, [this] { editFollowUp(m_followUps->currentRow()); });
    // Archived follow-ups are read-only until restored.
    connect(m_followUps, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (!m_followUpArchive->showsArchived())
            editFollowUp(index.row());
    });
    m_followUpArchive = archiveControls(m_followUps, records::ArchiveKind::FollowUp, {addF, editF});
    tabs->addTab(page(m_followUps, {addF, editF, m_followUpArchive->archiveButton(), m_followUpArchive->restoreButton()},
                      m_followUpArchive),
                 tr("Follow-ups"));

    m_deals = table({CustomerFields::dealLabel(QStringLiteral("title")), CustomerFields::dealLabel(QStringLiteral("stage")),
                     CustomerFields::dealLabel(QStringLiteral("amount_fen")),
                     CustomerFields::dealLabel(QStringLiteral("expected_close"))});
    m_deals->setObjectName(QStringLiteral("deals"));
    auto *addD = new QPushButton(tr("Add…"));
    auto *editD = new QPushButton(tr("Change stage or amount…"));
    connect(addD, &QPushButton::clicked, this, &CustomerActivityTabs::addDeal);
    connect(editD, &QPushButton::clicked, this, [this] { editDeal(m_deals->currentRow()); });
    tabs->addTab(page(m_deals, {addD, editD}), tr("Deals"));

    m_salesContracts = new SalesContractsTab(m_workspace, m_actor, m_customerId);
    m_salesContracts->setDialogHook(m_hook);
    connect(m_salesContracts, &SalesContractsTab::changed, this, &CustomerActivityTabs::changed);
    tabs->addTab(m_salesContracts, tr("Sales contracts"));
    reload();
}

void CustomerActivityTabs::reload()
{
    customers::CustomerActivityService service(m_workspace);
    const auto stateOf = [](const ArchiveControls *controls) {
        return controls && controls->showsArchived() ? records::RecordState::Archived : records::RecordState::Live;
    };
    const QList<customers::Contact> contacts = service.contacts(m_customerId, stateOf(m_contactArchive));
    m_contacts->setRowCount(int(contacts.size()));
    for (int i = 0; i < contacts.size(); ++i) {
        const customers::Contact &c = contacts.at(i);
        fillRow(m_contacts, i, {c.name, c.title, masking::Masking::mobile(c.mobile), c.wechat, c.email}, c.id, c.version);
    }
    // The newest 200 follow-ups: the form is not the place to read years of history.
    const QList<customers::FollowUp> followUps = service.followUps(m_customerId, 200, stateOf(m_followUpArchive));
    m_followUps->setRowCount(int(followUps.size()));
    for (int i = 0; i < followUps.size(); ++i) {
        const customers::FollowUp &f = followUps.at(i);
        fillRow(m_followUps, i,
                {QLocale().toString(f.occurredAt.toLocalTime(), QLocale::ShortFormat), CustomerFields::channelLabel(f.channel),
                 f.byEmployeeName, f.summary,
                 f.nextStepDue.isValid() ? tr("%1 (due %2)").arg(f.nextStep, f.nextStepDue.toString(Qt::ISODate)) : f.nextStep},
                f.id, f.version);
    }
    const QList<customers::Deal> deals = service.deals(m_customerId);
    m_deals->setRowCount(int(deals.size()));
    for (int i = 0; i < deals.size(); ++i) {
        const customers::Deal &d = deals.at(i);
        fillRow(m_deals, i,
                {d.title, CustomerFields::stageLabel(d.stage),
                 d.amountFen ? customers::Money::formatYuan(*d.amountFen) : QString(), dateText(d.expectedClose)},
                d.id, d.version);
    }
    for (QTableWidget *t : {m_contacts, m_followUps, m_deals})
        t->resizeColumnsToContents();
    for (ArchiveControls *controls : {m_contactArchive, m_followUpArchive}) {
        if (controls)
            controls->updateButtons();
    }
    m_salesContracts->reload();
}

bool CustomerActivityTabs::run(RecordFormDialog &dialog)
{
    bool accepted = false;
    if (m_hook && m_hook(&dialog))
        accepted = dialog.result() == QDialog::Accepted;
    else
        accepted = dialog.exec() == QDialog::Accepted;
    if (accepted) {
        reload();
        emit changed();
    }
    return accepted;
}

bool CustomerActivityTabs::addContact()
{
    return editContact(-1);
}

bool CustomerActivityTabs::editContact(int row)
{
    customers::Contact contact;
    contact.customerId = m_customerId;
    qint64 version = 0;
    if (row >= 0) {
        const QString id = m_contacts->item(row, 0) ? m_contacts->item(row, 0)->data(Qt::UserRole).toString() : QString();
        const QList<customers::Contact> all = customers::CustomerActivityService(m_workspace).contacts(m_customerId);
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const customers::Contact &c) { return c.id == id; });
        if (it == all.cend())
            return false;
        contact = *it;
        version = it->version;
    }
    RecordFormDialog dialog(row < 0 ? tr("New contact") : tr("Edit contact"), m_parentWidget);
    auto *name = new QLineEdit(contact.name);
    auto *title = new QLineEdit(contact.title);
    // A stored mobile number is not shown in clear here: it is replaced only when retyped.
    auto *mobile = new QLineEdit;
    mobile->setPlaceholderText(row < 0 || contact.mobile.isEmpty() ? QString() : masking::Masking::mobile(contact.mobile));
    auto *wechat = new QLineEdit(contact.wechat);
    auto *email = new QLineEdit(contact.email);
    name->setObjectName(QStringLiteral("name"));
    mobile->setObjectName(QStringLiteral("mobile"));
    dialog.addRow(CustomerFields::contactLabel(QStringLiteral("name")), name);
    dialog.addRow(CustomerFields::contactLabel(QStringLiteral("title")), title);
    dialog.addRow(CustomerFields::contactLabel(QStringLiteral("mobile")), mobile);
    dialog.addRow(CustomerFields::contactLabel(QStringLiteral("wechat")), wechat);
    dialog.addRow(CustomerFields::contactLabel(QStringLiteral("email")), email);
    dialog.setSubmit([=, this]() mutable {
        contact.name = name->text();
        contact.title = title->text();
        if (row < 0 || !mobile->text().trimmed().isEmpty())
            contact.mobile = mobile->text();
        contact.wechat = wechat->text();
        contact.email = email->text();
        customers::CustomerActivityService service(m_workspace);
        return RecordFormDialog::reason(row < 0 ? service.addContact(m_actor, contact)
                                                : service.updateContact(m_actor, contact, version));
    });
    return run(dialog);
}

bool CustomerActivityTabs::addFollowUp()
{
    return editFollowUp(-1);
}

bool CustomerActivityTabs::editFollowUp(int row)
{
    customers::FollowUp followUp;
    followUp.customerId = m_customerId;
    followUp.occurredAt = QDateTime::currentDateTime();
    followUp.channel = QStringLiteral("phone");
    if (row >= 0) {
        const QString id = m_followUps->item(row, 0) ? m_followUps->item(row, 0)->data(Qt::UserRole).toString() : QString();
        const QList<customers::FollowUp> all = customers::CustomerActivityService(m_workspace).followUps(m_customerId, 0);
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const customers::FollowUp &f) { return f.id == id; });
        if (it == all.cend())
            return false;
        followUp = *it;
    }
    RecordFormDialog dialog(row < 0 ? tr("New follow-up") : tr("Correct follow-up"), m_parentWidget);
    const QDateTime shown = followUp.occurredAt.toLocalTime();
    auto *when = new QDateTimeEdit(shown);
    when->setCalendarPopup(true);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *channel = keyCombo(Channels, &CustomerFields::channelLabel, followUp.channel);
    channel->setObjectName(QStringLiteral("channel"));
    auto *summary = new QPlainTextEdit(followUp.summary);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setTabChangesFocus(true);
    auto *nextStep = new QLineEdit(followUp.nextStep);
    nextStep->setObjectName(QStringLiteral("nextStep"));
    // The earliest date stands for "no due date".
    auto *due = new QDateEdit;
    due->setObjectName(QStringLiteral("nextStepDue"));
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setMinimumDate(QDate(2000, 1, 1));
    due->setSpecialValueText(tr("No due date"));
    due->setDate(followUp.nextStepDue.isValid() ? followUp.nextStepDue : due->minimumDate());
    dialog.addRow(CustomerFields::followUpLabel(QStringLiteral("occurred_at")), when);
    dialog.addRow(CustomerFields::followUpLabel(QStringLiteral("channel")), channel);
    dialog.addRow(CustomerFields::followUpLabel(QStringLiteral("summary")), summary);
    dialog.addRow(CustomerFields::followUpLabel(QStringLiteral("next_step")), nextStep);
    dialog.addRow(CustomerFields::followUpLabel(QStringLiteral("next_step_due")), due);
    dialog.setSubmit([=, this]() mutable {
        const qint64 version = followUp.version;
        // Untouched, the time keeps its stored precision instead of the minutes the field shows.
        if (when->dateTime() != shown)
            followUp.occurredAt = when->dateTime();
        followUp.channel = channel->currentData().toString();
        followUp.summary = summary->toPlainText();
        followUp.nextStep = nextStep->text();
        followUp.nextStepDue = due->date() == due->minimumDate() ? QDate() : due->date();
        customers::CustomerActivityService service(m_workspace);
        return RecordFormDialog::reason(row < 0 ? service.addFollowUp(m_actor, followUp)
                                                : service.updateFollowUp(m_actor, followUp, version));
    });
    return run(dialog);
}

bool CustomerActivityTabs::addDeal()
{
    return editDeal(-1);
}

bool CustomerActivityTabs::editDeal(int row)
{
    customers::Deal deal;
    deal.customerId = m_customerId;
    if (row >= 0) {
        const QString id = m_deals->item(row, 0) ? m_deals->item(row, 0)->data(Qt::UserRole).toString() : QString();
        const QList<customers::Deal> all = customers::CustomerActivityService(m_workspace).deals(m_customerId);
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const customers::Deal &d) { return d.id == id; });
        if (it == all.cend())
            return false;
        deal = *it;
    }
    RecordFormDialog dialog(row < 0 ? tr("New deal") : tr("Change deal"), m_parentWidget);
    auto *title = new QLineEdit(deal.title);
    title->setObjectName(QStringLiteral("title"));
    auto *stage = keyCombo(Stages, &CustomerFields::stageLabel, deal.stage);
    stage->setObjectName(QStringLiteral("stage"));
    auto *amount = new QLineEdit(deal.amountFen ? customers::Money::formatYuan(*deal.amountFen) : QString());
    amount->setObjectName(QStringLiteral("amount"));
    amount->setPlaceholderText(tr("Yuan, e.g. 128,000.00"));
    auto *close = dateEdit(deal.expectedClose);
    dialog.addRow(CustomerFields::dealLabel(QStringLiteral("title")), title);
    dialog.addRow(CustomerFields::dealLabel(QStringLiteral("stage")), stage);
    dialog.addRow(CustomerFields::dealLabel(QStringLiteral("amount_fen")), amount);
    dialog.addRow(CustomerFields::dealLabel(QStringLiteral("expected_close")), close);
    dialog.setSubmit([=, this]() mutable {
        QString error;
        std::optional<qint64> fen;
        if (!amount->text().trimmed().isEmpty()) {
            fen = customers::Money::parseYuan(amount->text(), &error);
            if (!fen)
                return tr("%1: %2").arg(CustomerFields::dealLabel(QStringLiteral("amount_fen")), error);
        }
        const qint64 version = deal.version;
        deal.title = title->text();
        deal.stage = stage->currentData().toString();
        deal.amountFen = fen;
        deal.expectedClose = close->date();
        customers::CustomerActivityService service(m_workspace);
        return RecordFormDialog::reason(row < 0 ? service.addDeal(m_actor, deal) : service.updateDeal(m_actor, deal, version));
    });
    return run(dialog);
}

} // namespace hrdesk::ui
