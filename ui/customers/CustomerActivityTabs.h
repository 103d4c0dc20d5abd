#pragma once

#include "core/commands/Actor.h"
#include "core/records/ArchiveService.h"

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

class ArchiveControls;
class RecordFormDialog;
class SalesContractsTab;

// The tabs of a customer's form for what happens around it: contacts (add, edit, archive),
// follow-ups (add, correct, archive), each with "Show archived" to restore; deals (add; change
// stage and amount in yuan) and sales contracts with their
// files (SalesContractsTab). Every write goes through CustomerActivityService / DocumentStore:
// one command each, audited.
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
    SalesContractsTab *salesContracts() const { return m_salesContracts; }
    ArchiveControls *contactArchive() const { return m_contactArchive; }
    ArchiveControls *followUpArchive() const { return m_followUpArchive; }

    // Test seam: called with each record dialog before it is shown; return true to skip exec()
    // (the hook then fills and submits the dialog itself).
    void setDialogHook(std::function<bool(RecordFormDialog *)> hook);

    bool addContact();
    bool editContact(int row);
    bool addFollowUp();
    // Opens the follow-up at row to correct it (row < 0: a new one).
    bool editFollowUp(int row);
    bool addDeal();
    bool editDeal(int row);

signals:
    void changed();

private:
    QWidget *page(QTableWidget *table, const QList<QPushButton *> &buttons, ArchiveControls *archive = nullptr);
    // Archive controls for the records of table; live rows get the add/edit buttons.
    ArchiveControls *archiveControls(QTableWidget *table, records::ArchiveKind kind, const QList<QPushButton *> &liveOnly);
    static QString rowId(const QTableWidget *table);
    QTableWidget *table(const QStringList &headers);
    bool run(RecordFormDialog &dialog);
    QWidget *m_parentWidget = nullptr;

    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_customerId;
    std::function<bool(RecordFormDialog *)> m_hook;
    QTableWidget *m_contacts = nullptr;
    QTableWidget *m_followUps = nullptr;
    QTableWidget *m_deals = nullptr;
    ArchiveControls *m_contactArchive = nullptr;
    ArchiveControls *m_followUpArchive = nullptr;
    SalesContractsTab *m_salesContracts = nullptr;
};

} // namespace hrdesk::ui
