#pragma once

#include "core/commands/Actor.h"

#include <QObject>
#include <QString>

#include <functional>

class QPushButton;
class QTabWidget;
class QTableWidget;
class QWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class RecordFormDialog;

// The tabs of a customer's form for what happens around it: contacts (add, edit, remove),
// follow-ups (add), deals (add; change stage and amount in yuan) and sales contracts (add, with
// the contract file stored encrypted as a document of owner type "sales_contract"). Every write
// goes through CustomerActivityService / DocumentStore: one command each, audited.
class CustomerActivityTabs : public QObject
{
    Q_OBJECT

public:
    CustomerActivityTabs(Workspace &workspace, commands::Actor actor, QString customerId, QObject *parent);

    void addTabsTo(QTabWidget *tabs);
    void reload();

    QTableWidget *contactsTable() const { return m_contacts; }
    QTableWidget *followUpsTable() const { return m_followUps; }
    QTableWidget *dealsTable() const { return m_deals; }
    QTableWidget *contractsTable() const { return m_contracts; }

    // Test seam: called with each record dialog before it is shown; return true to skip exec()
    // (the hook then fills and submits the dialog itself).
    void setDialogHook(std::function<bool(RecordFormDialog *)> hook) { m_hook = std::move(hook); }
    // Test seam: the file the next "Attach file…" stores, instead of asking.
    void setNextAttachment(const QString &path) { m_nextAttachment = path; }

    bool addContact();
    bool editContact(int row);
    bool removeContact(int row);
    bool addFollowUp();
    bool addDeal();
    bool editDeal(int row);
    bool addContract();
    bool attachContractFile(int row);

signals:
    void changed();

private:
    QWidget *page(QTableWidget *table, const QList<QPushButton *> &buttons);
    QTableWidget *table(const QStringList &headers);
    bool run(RecordFormDialog &dialog);
    QWidget *m_parentWidget = nullptr;

    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_customerId;
    std::function<bool(RecordFormDialog *)> m_hook;
    QString m_nextAttachment;
    QTableWidget *m_contacts = nullptr;
    QTableWidget *m_followUps = nullptr;
    QTableWidget *m_deals = nullptr;
    QTableWidget *m_contracts = nullptr;
};

} // namespace hrdesk::ui
