#pragma once

#include "ui/ListPage.h"

class QComboBox;

namespace hrdesk::models {
class CustomerListModel;
}

namespace hrdesk::ui {

class ArchiveControls;
class NoticeLabel;

// The customer book as a list: search as you type (debounced), filters by tier, region, owner
// (employee number) and status, columns the user chooses (remembered with the header state),
// the count of matching customers, and New / Open / Archive / Import / Export; "Show archived"
// lists the archived customers, to restore. The model pages from the
// database; the view never loads the whole book. What every list does is in ListPage.
class CustomerPage : public ListPage
{
    Q_OBJECT

public:
    CustomerPage(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);

    // Re-reads the list and the regions (after an edit, import or sync).
    void refresh() override;
    // Opens the form of a customer (empty id: a new customer); returns whether it was saved.
    bool openCustomer(const QString &customerId);

    models::CustomerListModel *model() const;
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *ownerFilter() const { return m_owner; }
    NoticeLabel *messageLabel() const { return m_message; }
    ArchiveControls *archiveControls() const { return m_archive; }

protected:
    void fitColumns() override;

private:
    void buildFilters();
    void fillRegions();
    void applyOwnerFilter();
    void showListError();
    void updateActions();

    QComboBox *m_tier;
    QComboBox *m_region;
    QComboBox *m_status;
    QLineEdit *m_owner;
    NoticeLabel *m_message;
    QToolButton *m_columns;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_import;
    QPushButton *m_export;
    ArchiveControls *m_archive;
};

} // namespace hrdesk::ui
