#pragma once

#include "core/commands/Actor.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class ArchiveControls;
class DocumentPreview;
class NoticeLabel;

// Contract and archive files of an employee (DocumentStore, inside the encrypted database):
// attach, preview, save a copy, archive (and, with "Show archived", restore).
class DocumentsTab : public QWidget
{
    Q_OBJECT

public:
    DocumentsTab(Workspace &workspace, commands::Actor actor, QWidget *parent = nullptr);

    void setEmployee(const QString &employeeId);
    void reload();
    // Stores the file at path; false with the reason shown (e.g. above 20 MB).
    bool attachFile(const QString &path);
    // Writes the current document to path; false with the reason shown.
    bool saveCurrentAs(const QString &path);

    QTreeWidget *list() const { return m_list; }
    NoticeLabel *notice() const { return m_notice; }
    DocumentPreview *preview() const { return m_preview; }
    ArchiveControls *archiveControls() const { return m_archive; }

signals:
    void changed();

private:
    void chooseAndAttach();
    void chooseAndSave();
    void showCurrent();
    QString currentId() const;

    Workspace &m_workspace;
    commands::Actor m_actor;
    QString m_employeeId;
    QTreeWidget *m_list;
    NoticeLabel *m_notice;
    DocumentPreview *m_preview;
    QPushButton *m_attach;
    QPushButton *m_saveAs;
    ArchiveControls *m_archive;
};

} // namespace hrdesk::ui
