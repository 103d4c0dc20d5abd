#pragma once

#include "core/commands/Actor.h"
#include "core/io/ImportTarget.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::models {
class ListModelBase;
}

namespace hrdesk::ui {

// What the staff and customer lists share, so that each page holds only its filters, buttons and
// layout: a table over a keyset-paged list model; search as you type (after a short pause; Enter
// searches at once); sorting from the header, whose indicator stays on the sort the model really
// applied; the count of matching rows; the column chooser (header context menu, or a button) whose
// choice, widths and order are remembered in QSettings; Ctrl+End to the last row without paging
// through the list; import and export of the list.
//
// A page places searchEdit(), countLabel() and view() in its own layout, names them (object names,
// texts), and calls restoreColumns() once its view is set up. Labels stay in the pages: their
// translations belong to them.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    // Time between the last key and the search query: fast typists do not query every letter.
    static constexpr int SearchDelayMs = 150;

    ~ListPage() override;

    // Re-reads the list (after an edit, import or sync). Pages re-read their filter choices too.
    virtual void refresh();
    // Shows the last rows (reverse keyset query) and selects the last row.
    void jumpToEnd();
    // Applies the search at once, without waiting for the pause (Enter, tests, benchmarks).
    void applySearchNow();

    // Ids of the shown columns, in the order the view shows them.
    QStringList visibleColumnIds() const;
    // Shows these columns and hides the others (unknown ids are dropped; none left: the defaults).
    void setVisibleColumnIds(const QStringList &ids);
    // Shows or hides a column of the catalogue (by id) and remembers the choice.
    void setColumnVisible(const QString &columnId, bool visible);
    // Model columns in the order the view shows them (hidden ones left out), for export.
    QList<int> exportColumns() const;

    // The id of the current row's entity, or empty.
    QString currentId() const;
    // The current row's version as the list read it (0: none).
    qint64 currentVersion() const;
    // Imports into this list with the import wizard; re-reads the list when rows came in.
    void importFile();
    // Exports the list as it is filtered now, with the columns shown, in their order.
    void exportList();

    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QMenu *columnMenu() const { return m_columnMenu; }
    // Ctrl+End (jumpToEnd); the page gives it its text.
    QAction *lastRowAction() const { return m_lastRow; }

protected:
    // Takes model as a child. settingsGroup: where the column choice is remembered ("staffList").
    ListPage(Workspace &workspace, commands::Actor actor, models::ListModelBase *model, io::ImportTarget target,
             const QString &settingsGroup, QWidget *parent);

    Workspace &workspace() const { return m_workspace; }
    const commands::Actor &actor() const { return m_actor; }
    models::ListModelBase *listModel() const { return m_model; }

    // Buttons that open the column menu, the import wizard and the export dialog.
    QToolButton *createColumnButton(const QString &text);
    QPushButton *createImportButton(const QString &text);
    QPushButton *createExportButton(const QString &text);

    // Restores the remembered columns (header state, then the ids, which survive columns added in
    // later versions) and from then on remembers every change. Call once, from the constructor.
    void restoreColumns();
    // Column widths on the first start, when nothing is remembered (hidden columns already hidden).
    virtual void fitColumns() = 0;

private:
    void buildColumnMenu();
    void saveColumns() const;
    void updateCount();

    Workspace &m_workspace;
    commands::Actor m_actor;
    models::ListModelBase *m_model;
    io::ImportTarget m_target;
    QString m_settingsGroup;
    QTableView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QMenu *m_columnMenu;
    QAction *m_lastRow;
};

} // namespace hrdesk::ui
