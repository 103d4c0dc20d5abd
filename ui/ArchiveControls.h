#pragma once

#include "core/commands/Actor.h"
#include "core/records/ArchiveService.h"

#include <QObject>

#include <functional>

class QCheckBox;
class QPushButton;
class QWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class NoticeLabel;

// The archive controls of a list of one record type, the same on every page and tab: a
// "Show archived" check box that switches the list to the archived records, Archive… (asks for
// the reason, ArchiveDialog) on live rows, Restore on archived ones, and a notice saying what
// happened, with Undo after an archive. The list supplies its current row's id and reloads on
// changed(); the widgets are placed by the list.
class ArchiveControls : public QObject
{
    Q_OBJECT

public:
    ArchiveControls(Workspace &workspace, commands::Actor actor, records::ArchiveKind kind, QWidget *parent);

    // The list's current record as the list shows it: its id (empty: none) and the version the
    // list read. Archive and Restore name that version, so a record changed since the list was
    // read is refused (the list reloads) instead of acted on unseen.
    struct Current
    {
        QString id;
        qint64 version = 0;
    };
    void setCurrent(std::function<Current()> current);

    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *restoreButton() const { return m_restore; }
    NoticeLabel *notice() const { return m_notice; }
    bool showsArchived() const;

    // Enables the buttons for the current row (call when it changes and after a reload).
    void updateButtons();
    // Archives / restores the current record; false when cancelled or refused (the reason shown).
    bool archiveCurrent();
    bool restoreCurrent();
    // Restores what the last archive archived (the notice's Undo link).
    bool undoArchive();

signals:
    void showArchivedChanged(bool archived);
    // A record was archived or restored: the list reloads.
    void changed();

private:
    Current current() const;
    bool restore(const QString &id, qint64 version);

    Workspace &m_workspace;
    commands::Actor m_actor;
    records::ArchiveKind m_kind;
    QWidget *m_parent;
    std::function<Current()> m_current;
    QCheckBox *m_showArchived;
    QPushButton *m_archive;
    QPushButton *m_restore;
    NoticeLabel *m_notice;
    QString m_undoId;
    qint64 m_undoVersion = 0;
};

} // namespace hrdesk::ui
