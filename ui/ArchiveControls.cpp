#include "ui/ArchiveControls.h"

#include "core/workspace/Workspace.h"
#include "ui/ArchiveDialog.h"
#include "ui/NoticeLabel.h"

#include <QCheckBox>
#include <QPushButton>

namespace hrdesk::ui {

ArchiveControls::ArchiveControls(Workspace &workspace, commands::Actor actor, records::ArchiveKind kind,
                                 QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_kind(kind)
    , m_parent(parent)
    , m_showArchived(new QCheckBox(tr("Show arc&hived"), parent))
    , m_archive(new QPushButton(tr("Archi&ve…"), parent))
    , m_restore(new QPushButton(tr("&Restore"), parent))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Info, parent))
{
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_showArchived->setToolTip(tr("Lists the archived records instead of the live ones"));
    m_archive->setObjectName(QStringLiteral("archive"));
    m_archive->setToolTip(tr("Takes the record out of the lists; nothing is deleted and it can be restored"));
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setToolTip(tr("Brings the archived record back into the lists"));
    m_restore->setVisible(false);
    m_notice->setObjectName(QStringLiteral("archiveNotice"));
    m_notice->setTextFormat(Qt::RichText);
    m_notice->showMessage(QString());

    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool archived) {
        m_archive->setVisible(!archived);
        m_restore->setVisible(archived);
        m_notice->showMessage(QString());
        emit showArchivedChanged(archived);
        updateButtons();
    });
    connect(m_archive, &QPushButton::clicked, this, &ArchiveControls::archiveCurrent);
    connect(m_restore, &QPushButton::clicked, this, &ArchiveControls::restoreCurrent);
    connect(m_notice, &QLabel::linkActivated, this, [this] { undoArchive(); });
    updateButtons();
}

void ArchiveControls::setCurrent(std::function<Current()> current)
{
    m_current = std::move(current);
    updateButtons();
}

ArchiveControls::Current ArchiveControls::current() const
{
    return m_current ? m_current() : Current{};
}

bool ArchiveControls::showsArchived() const
{
    return m_showArchived->isChecked();
}

void ArchiveControls::updateButtons()
{
    const bool chosen = !current().id.isEmpty();
    m_archive->setEnabled(chosen && !showsArchived());
    m_restore->setEnabled(chosen && showsArchived());
}

bool ArchiveControls::archiveCurrent()
{
    const Current shown = current();
    const QString id = shown.id;
    if (id.isEmpty() || showsArchived())
        return false;
    const auto result = ArchiveDialog::ask(m_workspace, m_actor, m_kind, id, shown.version, m_parent);
    if (!result) {
        emit changed(); // cancelled or refused (a change made meanwhile): show the list as it is now
        return false;
    }
    const auto record = records::ArchiveService(m_workspace).find(m_kind, id);
    m_undoId = id;
    m_undoVersion = result->version;
    m_notice->setKind(NoticeLabel::Kind::Info);
    m_notice->showMessage(tr("%1 is archived. <a href=\"#undo\">Undo</a>")
                              .arg((record ? record->label : QString()).toHtmlEscaped()));
    emit changed();
    updateButtons();
    return true;
}

bool ArchiveControls::restoreCurrent()
{
    const Current shown = current();
    if (shown.id.isEmpty() || !showsArchived())
        return false;
    return restore(shown.id, shown.version);
}

bool ArchiveControls::undoArchive()
{
    if (m_undoId.isEmpty())
        return false;
    const QString id = std::exchange(m_undoId, QString());
    return restore(id, m_undoVersion);
}

bool ArchiveControls::restore(const QString &id, qint64 version)
{
    const records::ArchiveResult result = records::ArchiveService(m_workspace).restore(m_actor, m_kind, id, version);
    if (!result.ok) {
        m_notice->setKind(NoticeLabel::Kind::Error);
        m_notice->showMessage(result.error.toHtmlEscaped());
        emit changed(); // a change made meanwhile: show the list as it is now
        return false;
    }
    const auto record = records::ArchiveService(m_workspace).find(m_kind, id);
    m_notice->setKind(NoticeLabel::Kind::Info);
    m_notice->showMessage(tr("%1 is restored and back in the list.").arg((record ? record->label : QString()).toHtmlEscaped()));
    emit changed();
    updateButtons();
    return true;
}

} // namespace hrdesk::ui
