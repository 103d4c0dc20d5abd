#pragma once

#include "core/commands/Actor.h"
#include "core/records/ArchiveService.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class NoticeLabel;

// Asks why a record is archived, says what archiving does (it leaves the lists, nothing is
// deleted, Restore brings it back) and runs records::ArchiveService::archive. A refusal (no
// reason, an employee who still owns customers, a change meanwhile) stays on screen.
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    // shownVersion: the record's version as the list showed it, which the archive names (a change
    // made since is refused); 0: the version read when the dialog opens.
    ArchiveDialog(Workspace &workspace, commands::Actor actor, records::ArchiveKind kind, const QString &id,
                  qint64 shownVersion = 0, QWidget *parent = nullptr);

    // Shows the dialog for the record; the archive's result when it was archived, else nullopt
    // (cancelled, or the record is gone).
    static std::optional<records::ArchiveResult> ask(Workspace &workspace, const commands::Actor &actor,
                                                     records::ArchiveKind kind, const QString &id,
                                                     qint64 shownVersion, QWidget *parent);
    // Test seam: called with each dialog ask() opens instead of exec(); the hook fills and
    // applies it and returns whether it was accepted. Empty: exec().
    static void setHook(std::function<bool(ArchiveDialog *)> hook);

    // Runs the archive; false with the reason on screen.
    bool apply();

    bool hasRecord() const { return m_record.has_value(); }
    const records::ArchiveResult &archiveResult() const { return m_result; }
    QLabel *explanation() const { return m_explanation; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *archiveButton() const { return m_archive; }
    NoticeLabel *messageLabel() const { return m_message; }

protected:
    // Sized once polished, so that a long (Chinese) message is not cut short.
    void showEvent(QShowEvent *event) override;

private:
    static QString explanationFor(records::ArchiveKind kind, const QString &label);

    Workspace &m_workspace;
    commands::Actor m_actor;
    records::ArchiveKind m_kind;
    std::optional<records::ArchivableRecord> m_record;
    qint64 m_shownVersion;
    records::ArchiveResult m_result;
    QLabel *m_explanation;
    QLineEdit *m_reason;
    QPushButton *m_archive;
    NoticeLabel *m_message;
};

} // namespace hrdesk::ui
