#include "ui/staff/DocumentsTab.h"

#include "core/staff/DocumentStore.h"
#include "core/workspace/Workspace.h"
#include "ui/ArchiveControls.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/DocumentPreview.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {
constexpr int DocumentIdRole = Qt::UserRole + 1;
constexpr int DocumentVersionRole = Qt::UserRole + 2;
const QString EmployeeOwner = QStringLiteral("employee");
} // namespace

DocumentsTab::DocumentsTab(Workspace &workspace, commands::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_list(new QTreeWidget(this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_preview(new DocumentPreview(this))
    , m_attach(new QPushButton(tr("&Attach…"), this))
    , m_saveAs(new QPushButton(tr("&Save as…"), this))
    , m_archive(new ArchiveControls(workspace, m_actor, records::ArchiveKind::Document, this))
{
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("File"), tr("Kind"), tr("Size"), tr("Added")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DocumentsTab::showCurrent);

    m_attach->setToolTip(tr("PDF, images and office documents up to 20 MB, stored encrypted in the database."));
    connect(m_attach, &QPushButton::clicked, this, &DocumentsTab::chooseAndAttach);
    connect(m_saveAs, &QPushButton::clicked, this, &DocumentsTab::chooseAndSave);
    m_saveAs->setEnabled(false);
    // An archived document is listed by name only: its content is not shown or saved.
    m_archive->setCurrent([this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        return item ? ArchiveControls::Current{item->data(0, DocumentIdRole).toString(),
                                               item->data(0, DocumentVersionRole).toLongLong()}
                    : ArchiveControls::Current{};
    });
    connect(m_archive, &ArchiveControls::showArchivedChanged, this, [this](bool archived) {
        m_attach->setEnabled(!archived);
        reload();
    });
    connect(m_archive, &ArchiveControls::changed, this, [this] {
        reload();
        emit changed();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_archive->archiveButton());
    buttons->addWidget(m_archive->restoreButton());
    buttons->addStretch(1);
    buttons->addWidget(m_archive->showArchivedBox());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_archive->notice());
    layout->addWidget(splitter, 1);
}

void DocumentsTab::setEmployee(const QString &employeeId)
{
    m_employeeId = employeeId;
    m_notice->showMessage(QString());
    reload();
}

void DocumentsTab::reload()
{
    m_list->clear();
    m_preview->clear();
    const records::RecordState state = m_archive->showsArchived() ? records::RecordState::Archived
                                                                  : records::RecordState::Live;
    const QList<staff::StoredDocument> documents =
        staff::DocumentStore(m_workspace).listFor(EmployeeOwner, m_employeeId, state);
    const QLocale locale;
    for (const staff::StoredDocument &d : documents) {
        auto *item = new QTreeWidgetItem(m_list, {d.fileName, d.mimeType, locale.formattedDataSize(d.sizeBytes),
                                                  d.updatedAt.left(10)});
        item->setData(0, DocumentIdRole, d.id);
        item->setData(0, DocumentVersionRole, d.version);
    }
    m_saveAs->setEnabled(false);
    m_archive->updateButtons();
}

QString DocumentsTab::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, DocumentIdRole).toString() : QString();
}

bool DocumentsTab::attachFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_notice->showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const staff::StaffResult result = staff::DocumentStore(m_workspace).attach(
        m_actor, EmployeeOwner, m_employeeId, QFileInfo(path).fileName(), bytes, QStringLiteral("archive"));
    if (!result.ok) {
        m_notice->showMessage(result.error);
        return false;
    }
    m_notice->showMessage(QString());
    reload();
    emit changed();
    return true;
}

bool DocumentsTab::saveCurrentAs(const QString &path)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString id = item->data(0, DocumentIdRole).toString();
    staff::DocumentStore store(m_workspace);
    const std::optional<QByteArray> bytes = store.content(id);
    // QSaveFile: a failed write leaves no half file behind. The copy (no longer encrypted) is
    // audited before it takes its name; if that fails, the copy is dropped.
    QSaveFile file(path);
    QString refused;
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()
        || !store.recordCopy(m_actor, id, &refused) || !file.commit()) {
        file.cancelWriting();
        m_notice->showMessage(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path),
                                                           !bytes ? tr("the document is gone")
                                                           : !refused.isEmpty() ? refused : file.errorString()));
        return false;
    }
    return true;
}

void DocumentsTab::chooseAndAttach()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a document"), QString(),
        tr("Documents (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt);;"
           "All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void DocumentsTab::chooseAndSave()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save document as"), item->text(0));
    if (!path.isEmpty())
        saveCurrentAs(path);
}

void DocumentsTab::showCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_saveAs->setEnabled(item != nullptr && !m_archive->showsArchived());
    m_archive->updateButtons();
    if (!item || m_archive->showsArchived()) {
        m_preview->clear();
        return;
    }
    staff::DocumentStore store(m_workspace);
    const QString id = item->data(0, DocumentIdRole).toString();
    const std::optional<staff::StoredDocument> document = store.find(id);
    const std::optional<QByteArray> bytes = store.content(id);
    if (!document || !bytes) {
        m_preview->clear();
        return;
    }
    m_preview->showDocument(document->fileName, document->mimeType, *bytes);
}

} // namespace hrdesk::ui
