#include "ui/ArchiveDialog.h"

#include "core/workspace/Workspace.h"
#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

std::function<bool(ArchiveDialog *)> &hookSlot()
{
    static std::function<bool(ArchiveDialog *)> hook;
    return hook;
}

} // namespace

using records::ArchiveKind;

ArchiveDialog::ArchiveDialog(Workspace &workspace, commands::Actor actor, ArchiveKind kind, const QString &id,
                             qint64 shownVersion, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_kind(kind)
    , m_record(records::ArchiveService(workspace).find(kind, id))
    , m_shownVersion(shownVersion > 0 ? shownVersion : (m_record ? m_record->version : 0))
    , m_explanation(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setObjectName(QStringLiteral("ArchiveDialog"));
    const QString label = m_record ? m_record->label : QString();
    setWindowTitle(tr("Archive — %1").arg(label));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(explanationFor(kind, label));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required, e.g. entered twice by mistake"));
    m_reason->setMaxLength(records::ArchiveService::MaxReasonLength);
    m_archive->setObjectName(QStringLiteral("archive"));
    m_archive->setDefault(true);
    m_message->setVisible(false);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_archive, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    if (!m_record) {
        m_message->showMessage(tr("This record no longer exists."));
        m_archive->setEnabled(false);
    }
    DialogSizer::fit(this);
}

QString ArchiveDialog::explanationFor(ArchiveKind kind, const QString &label)
{
    switch (kind) {
    case ArchiveKind::Employee:
        return tr("%1's file leaves the staff list and the search; contracts and documents stay with it. Nothing is "
                  "deleted: \"Show archived\" lists it and Restore brings it back.").arg(label);
    case ArchiveKind::Customer:
        return tr("%1 leaves the customer list and the search, with its contacts, follow-ups, deals and contracts. "
                  "Nothing is deleted: \"Show archived\" lists it and Restore brings it back.").arg(label);
    case ArchiveKind::Contact:
        return tr("The contact %1 leaves the customer's contacts; their mobile no longer finds the customer. "
                  "\"Show archived\" lists it and Restore brings it back.").arg(label);
    case ArchiveKind::FollowUp:
        return tr("The follow-up \"%1\" leaves the customer's follow-ups. \"Show archived\" lists it and Restore "
                  "brings it back.").arg(label);
    case ArchiveKind::Document:
        break;
    }
    return tr("The file %1 leaves the documents and can no longer be opened or saved. \"Show archived\" lists it "
              "and Restore brings it back.").arg(label);
}

void ArchiveDialog::setHook(std::function<bool(ArchiveDialog *)> hook)
{
    hookSlot() = std::move(hook);
}

std::optional<records::ArchiveResult> ArchiveDialog::ask(Workspace &workspace, const commands::Actor &actor,
                                                         ArchiveKind kind, const QString &id, qint64 shownVersion,
                                                         QWidget *parent)
{
    ArchiveDialog dialog(workspace, actor, kind, id, shownVersion, parent);
    const bool accepted = hookSlot() ? hookSlot()(&dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || !dialog.archiveResult().ok)
        return std::nullopt;
    return dialog.archiveResult();
}

bool ArchiveDialog::apply()
{
    if (!m_record)
        return false;
    if (m_reason->text().trimmed().isEmpty()) {
        m_message->showMessage(tr("Please say why it is archived: the reason is kept in the audit log."));
        m_reason->setFocus();
        DialogSizer::fit(this);
        return false;
    }
    m_result = records::ArchiveService(m_workspace).archive(m_actor, m_kind, m_record->id, m_reason->text(),
                                                            m_shownVersion);
    if (!m_result.ok) {
        m_message->showMessage(m_result.error);
        DialogSizer::fit(this);
        return false;
    }
    return true;
}

void ArchiveDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogSizer::fit(this);
}

} // namespace hrdesk::ui
