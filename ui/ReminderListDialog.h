#pragma once

#include <QDialog>
#include <QStringList>

class QTreeWidget;

namespace hrdesk::ui {

// The rows behind one to-do count of the overview (whose probation ends, which next steps are
// due): Enter or a double-click on a row emits chosen() with the row's id, to open it.
class ReminderListDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderListDialog(const QString &title, const QString &intro, const QStringList &headers, QWidget *parent = nullptr);

    void addRow(const QString &id, const QStringList &cells, bool overdue = false);
    QTreeWidget *list() const { return m_list; }

signals:
    void chosen(const QString &id);

private:
    QTreeWidget *m_list;
};

} // namespace hrdesk::ui
