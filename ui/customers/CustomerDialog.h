#pragma once

#include "core/commands/Actor.h"
#include "core/customers/Customer.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTabWidget;
class QTableWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class CustomerActivityTabs;
class EmployeeNumberEdit;
class NoticeLabel;

// A customer's form: the record validated as the user types (the reason under each field),
// checked again on save (focus goes to the first bad field), duplicates answered with the
// customer that holds the credit code, a version conflict offered a reload. An existing customer
// also shows its contacts, follow-ups, deals, sales contracts and ownership history, and its
// owner is changed only through "Change owner…" (with a reason). The phone is masked until the
// user reveals it (an audit event).
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // customerId empty: a new customer.
    CustomerDialog(Workspace &workspace, commands::Actor actor, const QString &customerId, QWidget *parent = nullptr);

    // Validates and saves; false with the reasons on screen.
    bool save();
    // Something was written (saved, owner changed, activity added), so the list must re-read.
    bool changed() const { return m_changed; }
    QString customerId() const { return m_customer.id; }

    // Field widgets by column key ("name", "credit_code", "phone"...), and their error labels.
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }
    EmployeeNumberEdit *ownerEdit() const { return m_owner; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *changeOwnerButton() const { return m_changeOwner; }
    QTableWidget *historyTable() const { return m_history; }
    CustomerActivityTabs *activityTabs() const { return m_activity; }
    QTabWidget *tabs() const { return m_tabs; }
    NoticeLabel *messageLabel() const { return m_message; }

    // Test seam: answers the "reload?" question of a version conflict without a message box.
    void setConflictAnswer(bool reload) { m_conflictAnswer = reload ? 1 : 0; }

    // Reveals the masked phone (audited); false with the reason on screen.
    bool revealPhone();
    // Runs the change-owner dialog (modal); returns whether the owner changed.
    bool changeOwner();
    // Re-reads the stored customer into the form.
    void reload();

protected:
    // Sizes the dialog once it is polished, when the style's field heights are known.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    QLineEdit *addLineEdit(const QString &field);
    QComboBox *addCombo(const QString &field, const QStringList &keys, QString (*label)(const QString &));
    void addRow(const QString &field, QWidget *widget, QWidget *beside = nullptr);
    void loadForm();
    customers::Customer formRecord() const;
    void checkField(const QString &field);
    void showError(const QString &field, const QString &message);
    void loadHistory();
    void updateTitle();

    Workspace &m_workspace;
    commands::Actor m_actor;
    customers::Customer m_customer;
    bool m_phoneRevealed = false;
    bool m_changed = false;
    int m_conflictAnswer = -1;

    QTabWidget *m_tabs;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    EmployeeNumberEdit *m_owner = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_changeOwner = nullptr;
    QTableWidget *m_history = nullptr;
    CustomerActivityTabs *m_activity = nullptr;
    NoticeLabel *m_message;
    QPushButton *m_save;
};

} // namespace hrdesk::ui
