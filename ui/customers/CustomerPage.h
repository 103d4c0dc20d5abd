#pragma once

#include "core/commands/Actor.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::models {
class CustomerListModel;
}

namespace hrdesk::ui {

class NoticeLabel;

// The customer book as a list: search as you type (debounced), filters by tier, region, owner
// (employee number) and status, columns the user chooses (remembered with the header state),
// the count of matching customers, and New / Open / Import / Export. The model pages from the
// database; the view never loads the whole book.
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    // Time between the last key and the search query: fast typists do not query every letter.
    static constexpr int SearchDelayMs = 150;

    CustomerPage(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);
    ~CustomerPage() override;

    // Re-reads the list (after an edit, import or sync).
    void refresh();
    // Shows the last customers (reverse keyset query) and selects the last row.
    void jumpToEnd();
    // Applies a search at once, without waiting for the debounce (tests, benchmarks).
    void applySearchNow();

    QStringList visibleColumnIds() const;
    void setVisibleColumnIds(const QStringList &ids);

    // The customer of the current row, or empty.
    QString currentCustomerId() const;
    // Opens the form of a customer (empty id: a new customer); returns whether it was saved.
    bool openCustomer(const QString &customerId);
    void openImport();
    void openExport();

    models::CustomerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *ownerFilter() const { return m_owner; }
    QLabel *countLabel() const { return m_count; }
    NoticeLabel *messageLabel() const { return m_message; }
    QAction *lastPageAction() const { return m_lastPage; }

private:
    void buildFilters();
    void fillRegions();
    void applyOwnerFilter();
    void updateCount();
    void buildColumnMenu();
    void restoreColumns();
    void saveColumns() const;
    QList<int> exportColumns() const;

    Workspace &m_workspace;
    commands::Actor m_actor;
    models::CustomerListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_tier;
    QComboBox *m_region;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QLabel *m_count;
    NoticeLabel *m_message;
    QToolButton *m_columns;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_import;
    QPushButton *m_export;
    QAction *m_lastPage;
};

} // namespace hrdesk::ui
