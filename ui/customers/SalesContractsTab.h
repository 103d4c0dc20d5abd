#pragma once

#include "core/commands/Actor.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class DocumentPreview;
class NoticeLabel;
class RecordFormDialog;

// The "Sales contracts" tab of a customer's form: the contracts (add) and, for the selected
// contract, its files stored encrypted in the database as documents of owner type
// "sales_contract" — attach, preview (a small window), save a copy, remove (soft delete). Every
// write goes through CustomerActivityService / DocumentStore: one audited command each.
// Refusals and failures are shown in the tab, not in a message box, so the table stays in view.
class SalesContractsTab : public QWidget
{
    Q_OBJECT

public:
    SalesContractsTab(Workspace &workspace, commands::Actor actor, QString customerId, QWidget *parent = nullptr);

    // Reads the contracts and their files; the tab is empty until the first call (the owner of
    // the tab reloads all its tabs at once).
    void reload();

    QTableWidget *contractsTable() const { return m_contracts; }
    // The files of the selected contract.
    QTreeWidget *filesList() const { return m_files; }
    NoticeLabel *notice() const { return m_notice; }
    // The open preview window, if any, and the preview in it.
    QDialog *previewDialog() const { return m_previewDialog; }
    DocumentPreview *preview() const;

    // Test seam: called with the new-contract dialog before it is shown; return true to skip
    // exec() (the hook then fills and submits the dialog itself).
    void setDialogHook(std::function<bool(RecordFormDialog *)> hook) { m_hook = std::move(hook); }
    // Test seams: the file the next "Attach file…" stores, the path the next "Save as…" writes
    // and the answer to the next removal question, instead of asking.
    void setNextAttachment(const QString &path) { m_nextAttachment = path; }
    void setNextSavePath(const QString &path) { m_nextSavePath = path; }
    void setNextRemoveAnswer(bool remove) { m_nextRemoveAnswer = remove; }

    bool addContract();
    // Attaches a file to the contract in row (asks for it unless a test set one).
    bool attachFile(int row);
    // The actions on the file selected in filesList().
    bool previewFile();
    bool saveFileAs();
    bool removeFile();

signals:
    void changed();

private:
    QString contractId(int row) const;
    QString currentDocumentId() const;
    void showFilesOfCurrentContract();
    void updateButtons();
    void selectContract(const QString &contractId);
    void fail(const QString &message);

    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_customerId;
    std::function<bool(RecordFormDialog *)> m_hook;
    QString m_nextAttachment;
    QString m_nextSavePath;
    std::optional<bool> m_nextRemoveAnswer;

    QTableWidget *m_contracts;
    NoticeLabel *m_notice;
    QTreeWidget *m_files;
    QPushButton *m_attach;
    QPushButton *m_preview;
    QPushButton *m_saveAs;
    QPushButton *m_remove;
    QPointer<QDialog> m_previewDialog;
    QString m_previewDocumentId;
};

} // namespace hrdesk::ui
