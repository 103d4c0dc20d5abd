#pragma once

#include "core/commands/Actor.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class DepartmentComboBox;
class NoticeLabel;

// The organisation tree with its two corrections: rename the chosen department, or move it (with
// everything and everyone under it) under another one. The rules are DepartmentService's; this
// dialog shows its answers.
class DepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    DepartmentDialog(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);

    void selectDepartment(const QString &id);
    QString selectedId() const;
    // Through the service; false with the reason shown in the notice.
    bool renameTo(const QString &name);
    bool moveUnder(const QString &parentId);

    NoticeLabel *notice() const { return m_notice; }
    QLineEdit *nameEdit() const { return m_name; }
    DepartmentComboBox *parentCombo() const { return m_parent; }
    bool changedAnything() const { return m_changed; }

signals:
    void changed();

private:
    void reload();
    void showSelection();
    void showAnswer(bool ok, const QString &message);

    Workspace &m_workspace;
    commands::Actor m_actor;
    QTreeWidget *m_tree;
    QLineEdit *m_name;
    QPushButton *m_rename;
    DepartmentComboBox *m_parent;
    QPushButton *m_move;
    NoticeLabel *m_notice;
    bool m_changed = false;
};

} // namespace hrdesk::ui
