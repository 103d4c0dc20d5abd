#include "ui/customers/SalesContractsTab.h"

#include "core/customers/CustomerActivityService.h"
#include "core/customers/CustomerFields.h"
#include "core/customers/Money.h"
#include "core/staff/DocumentStore.h"
#include "ui/NoticeLabel.h"
#include "ui/customers/RecordFormDialog.h"
#include "ui/staff/DocumentPreview.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

using customers::CustomerFields;

const QString OwnerType = QStringLiteral("sales_contract");
constexpr int FileColumn = 5;

QDateEdit *dateEdit(QDate date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    return edit;
}

QString dateText(QDate date) { return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString(); }

QString fileText(const staff::StoredDocument &d)
{
    return SalesContractsTab::tr("%1 (%2)").arg(d.fileName, QLocale().formattedDataSize(d.sizeBytes));
}

} // namespace

SalesContractsTab::SalesContractsTab(Workspace &workspace, commands::Actor actor, QString customerId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_customerId(std::move(customerId))
    , m_contracts(new QTableWidget(0, FileColumn + 1, this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_files(new QTreeWidget(this))
    , m_attach(new QPushButton(tr("Attach file…"), this))
    , m_preview(new QPushButton(tr("Preview…"), this))
    , m_saveAs(new QPushButton(tr("Save as…"), this))
    , m_remove(new QPushButton(tr("Remove file"), this))
{
    m_contracts->setObjectName(QStringLiteral("salesContracts"));
    m_contracts->setHorizontalHeaderLabels({CustomerFields::salesContractLabel(QStringLiteral("contract_no")),
                                            CustomerFields::salesContractLabel(QStringLiteral("amount_fen")),
                                            CustomerFields::salesContractLabel(QStringLiteral("signed_on")),
                                            CustomerFields::salesContractLabel(QStringLiteral("start_date")),
                                            CustomerFields::salesContractLabel(QStringLiteral("end_date")), tr("Files")});
    m_contracts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contracts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contracts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contracts->horizontalHeader()->setStretchLastSection(true);
    m_contracts->verticalHeader()->setVisible(false);
    // A long file name loses its middle, not the size at its end; the tooltip has it whole.
    m_contracts->setWordWrap(false);
    m_contracts->setTextElideMode(Qt::ElideMiddle);
    connect(m_contracts, &QTableWidget::currentCellChanged, this, &SalesContractsTab::showFilesOfCurrentContract);

    m_files->setObjectName(QStringLiteral("contractFiles"));
    m_files->setRootIsDecorated(false);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Added")});
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A contract has a file or a few (a scan in pages): a short list, the table keeps the room.
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 8);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &SalesContractsTab::updateButtons);
    connect(m_files, &QTreeWidget::itemActivated, this, &SalesContractsTab::previewFile);

    auto *add = new QPushButton(tr("Add…"), this);
    connect(add, &QPushButton::clicked, this, &SalesContractsTab::addContract);
    m_attach->setToolTip(tr("PDF, images and office documents up to 20 MB, stored encrypted in the database."));
    connect(m_attach, &QPushButton::clicked, this, [this] { attachFile(m_contracts->currentRow()); });
    connect(m_preview, &QPushButton::clicked, this, &SalesContractsTab::previewFile);
    connect(m_saveAs, &QPushButton::clicked, this, &SalesContractsTab::saveFileAs);
    connect(m_remove, &QPushButton::clicked, this, &SalesContractsTab::removeFile);

    auto *contractButtons = new QHBoxLayout;
    contractButtons->addStretch(1);
    contractButtons->addWidget(add);
    // The file buttons stand beside the list they act on.
    auto *fileButtons = new QVBoxLayout;
    for (QPushButton *b : {m_attach, m_preview, m_saveAs, m_remove})
        fileButtons->addWidget(b);
    fileButtons->addStretch(1);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_contracts, 1);
    layout->addLayout(contractButtons);
    layout->addWidget(m_notice);
    layout->addWidget(new QLabel(tr("Files of the selected contract:"), this));
    layout->addLayout(filesRow);
    updateButtons();
}

DocumentPreview *SalesContractsTab::preview() const
{
    return m_previewDialog ? m_previewDialog->findChild<DocumentPreview *>() : nullptr;
}

QString SalesContractsTab::contractId(int row) const
{
    const QTableWidgetItem *item = row >= 0 ? m_contracts->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString SalesContractsTab::currentDocumentId() const
{
    const QTreeWidgetItem *item = m_files->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void SalesContractsTab::reload()
{
    const QString keep = contractId(m_contracts->currentRow());
    const QList<customers::SalesContract> contracts = customers::CustomerActivityService(m_workspace).salesContracts(m_customerId);
    staff::DocumentStore documents(m_workspace);
    const QSignalBlocker blocker(m_contracts);
    m_contracts->setRowCount(int(contracts.size()));
    for (int row = 0; row < contracts.size(); ++row) {
        const customers::SalesContract &s = contracts.at(row);
        QStringList files;
        for (const staff::StoredDocument &d : documents.listFor(OwnerType, s.id))
            files.append(fileText(d));
        const QStringList cells = {s.contractNo, customers::Money::formatYuan(s.amountFen), dateText(s.signedOn),
                                   dateText(s.startDate), dateText(s.endDate),
                                   files.isEmpty() ? tr("No file") : files.join(tr(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, s.id);
            if (column == FileColumn && files.isEmpty())
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            else if (column == FileColumn)
                item->setToolTip(files.join(QLatin1Char('\n')));
            m_contracts->setItem(row, column, item);
        }
    }
    m_contracts->resizeColumnsToContents();
    selectContract(keep);
}

void SalesContractsTab::selectContract(const QString &contractId)
{
    int row = m_contracts->rowCount() > 0 ? 0 : -1;
    for (int i = 0; i < m_contracts->rowCount(); ++i) {
        if (this->contractId(i) == contractId)
            row = i;
    }
    {
        const QSignalBlocker blocker(m_contracts);
        m_contracts->setCurrentCell(row, 0);
    }
    showFilesOfCurrentContract();
}

void SalesContractsTab::showFilesOfCurrentContract()
{
    const QString id = contractId(m_contracts->currentRow());
    m_files->clear();
    if (!id.isEmpty()) {
        const QLocale locale;
        for (const staff::StoredDocument &d : staff::DocumentStore(m_workspace).listFor(OwnerType, id)) {
            const QDate added = QDateTime::fromString(d.updatedAt, Qt::ISODateWithMs).toLocalTime().date();
            auto *item = new QTreeWidgetItem(m_files, {d.fileName, locale.formattedDataSize(d.sizeBytes), dateText(added)});
            item->setData(0, Qt::UserRole, d.id);
        }
        // The newest file is the one usually wanted: one click from the preview.
        m_files->setCurrentItem(m_files->topLevelItem(0));
    }
    updateButtons();
}

void SalesContractsTab::updateButtons()
{
    m_attach->setEnabled(m_contracts->currentRow() >= 0);
    const bool file = m_files->currentItem() != nullptr;
    m_preview->setEnabled(file);
    m_saveAs->setEnabled(file);
    m_remove->setEnabled(file);
}

void SalesContractsTab::fail(const QString &message)
{
    m_notice->setKind(NoticeLabel::Kind::Error);
    m_notice->showMessage(message);
}

bool SalesContractsTab::addContract()
{
    RecordFormDialog dialog(tr("New sales contract"), this);
    auto *number = new QLineEdit;
    number->setObjectName(QStringLiteral("contractNo"));
    auto *amount = new QLineEdit;
    amount->setObjectName(QStringLiteral("amount"));
    amount->setPlaceholderText(tr("Yuan, e.g. 128,000.00"));
    auto *signedOn = dateEdit(QDate::currentDate());
    auto *start = dateEdit(QDate::currentDate());
    auto *end = dateEdit(QDate::currentDate().addYears(1));
    dialog.addRow(CustomerFields::salesContractLabel(QStringLiteral("contract_no")), number);
    dialog.addRow(CustomerFields::salesContractLabel(QStringLiteral("amount_fen")), amount);
    dialog.addRow(CustomerFields::salesContractLabel(QStringLiteral("signed_on")), signedOn);
    dialog.addRow(CustomerFields::salesContractLabel(QStringLiteral("start_date")), start);
    dialog.addRow(CustomerFields::salesContractLabel(QStringLiteral("end_date")), end);
    QString added;
    dialog.setSubmit([&, this] {
        QString error;
        const std::optional<qint64> fen = customers::Money::parseYuan(amount->text(), &error);
        if (!fen)
            return tr("%1: %2").arg(CustomerFields::salesContractLabel(QStringLiteral("amount_fen")), error);
        customers::SalesContract s;
        s.customerId = m_customerId;
        s.contractNo = number->text();
        s.amountFen = *fen;
        s.signedOn = signedOn->date();
        s.startDate = start->date();
        s.endDate = end->date();
        const customers::SaveResult result = customers::CustomerActivityService(m_workspace).addSalesContract(m_actor, s);
        added = result.id;
        return RecordFormDialog::reason(result);
    });
    bool accepted = false;
    if (m_hook && m_hook(&dialog))
        accepted = dialog.result() == QDialog::Accepted;
    else
        accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    m_notice->showMessage(QString());
    reload();
    // The new contract is selected: attaching its file is the next step.
    selectContract(added);
    emit changed();
    return true;
}

bool SalesContractsTab::attachFile(int row)
{
    const QString contract = contractId(row);
    if (contract.isEmpty())
        return false;
    QString path = m_nextAttachment;
    m_nextAttachment.clear();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Attach contract file"), QString(),
                                            tr("Contract files (*.pdf *.png *.jpg *.jpeg *.doc *.docx);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    const QString fileName = QFileInfo(path).fileName();
    if (file.size() > staff::DocumentStore::MaxBytes) {
        // Not read at all: the limit is known before the bytes are.
        fail(tr("%1 is %2; files above %3 cannot be stored.")
                 .arg(fileName, QLocale().formattedDataSize(file.size()),
                      QLocale().formattedDataSize(staff::DocumentStore::MaxBytes)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1 cannot be read: %2").arg(fileName, file.errorString()));
        return false;
    }
    const staff::StaffResult result = staff::DocumentStore(m_workspace).attach(m_actor, OwnerType, contract, fileName,
                                                                               file.readAll(), QStringLiteral("contract"));
    if (!result.ok) {
        fail(result.error);
        return false;
    }
    m_notice->showMessage(QString());
    reload();
    selectContract(contract);
    emit changed();
    return true;
}

bool SalesContractsTab::previewFile()
{
    const QString id = currentDocumentId();
    if (id.isEmpty())
        return false;
    staff::DocumentStore store(m_workspace);
    const std::optional<staff::StoredDocument> document = store.find(id);
    const std::optional<QByteArray> bytes = document ? store.content(id) : std::nullopt;
    if (!document || !bytes) {
        fail(tr("The file can no longer be shown: it was removed meanwhile."));
        reload();
        return false;
    }
    if (!m_previewDialog) {
        // Not modal: the contract can stay open beside the form while the user works on.
        m_previewDialog = new QDialog(this);
        m_previewDialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *pane = new DocumentPreview(m_previewDialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_previewDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_previewDialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_previewDialog);
        layout->addWidget(pane, 1);
        layout->addWidget(buttons);
        const QFontMetrics metrics = fontMetrics();
        m_previewDialog->resize(metrics.averageCharWidth() * 90, metrics.height() * 40);
    }
    const QString contractNo = m_contracts->currentRow() >= 0 ? m_contracts->item(m_contracts->currentRow(), 0)->text()
                                                              : QString();
    m_previewDialog->setWindowTitle(tr("%1 — contract %2").arg(document->fileName, contractNo));
    preview()->showDocument(document->fileName, document->mimeType, *bytes);
    m_previewDocumentId = id;
    m_previewDialog->show();
    m_previewDialog->raise();
    m_previewDialog->activateWindow();
    return true;
}

bool SalesContractsTab::saveFileAs()
{
    const QString id = currentDocumentId();
    if (id.isEmpty())
        return false;
    staff::DocumentStore store(m_workspace);
    const std::optional<staff::StoredDocument> document = store.find(id);
    if (!document) {
        fail(tr("The file can no longer be saved: it was removed meanwhile."));
        reload();
        return false;
    }
    QString path = m_nextSavePath;
    m_nextSavePath.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, tr("Save contract file as"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(document->fileName));
    if (path.isEmpty())
        return false;
    const std::optional<QByteArray> bytes = store.content(id);
    // QSaveFile: a failed write leaves no half file behind, nor spoils one that was there. The
    // copy is audited before it takes its name; if that fails, the copy is dropped.
    QSaveFile file(path);
    QString refused;
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()
        || !store.recordCopy(m_actor, id, &refused) || !file.commit()) {
        file.cancelWriting();
        fail(tr("Cannot save %1 as %2: %3")
                 .arg(document->fileName, QDir::toNativeSeparators(path),
                      !bytes ? tr("its content cannot be read from the database")
                             : !refused.isEmpty() ? refused : file.errorString()));
        return false;
    }
    m_notice->setKind(NoticeLabel::Kind::Info);
    m_notice->showMessage(tr("Saved a copy of %1 as %2. The copy is not encrypted: keep it safe or delete it "
                             "when it is no longer needed.")
                              .arg(document->fileName, QDir::toNativeSeparators(path)));
    return true;
}

bool SalesContractsTab::removeFile()
{
    const QString id = currentDocumentId();
    if (id.isEmpty())
        return false;
    const QString fileName = m_files->currentItem()->text(0);
    const QString contractNo = m_contracts->item(m_contracts->currentRow(), 0)->text();
    bool confirmed = false;
    if (m_nextRemoveAnswer) {
        confirmed = *m_nextRemoveAnswer;
        m_nextRemoveAnswer.reset();
    } else {
        confirmed = QMessageBox::question(this, tr("Remove contract file"),
                                          tr("Remove %1 from contract %2? The file is no longer listed with the "
                                             "contract; the audit log keeps the record of it and of its removal.")
                                              .arg(fileName, contractNo))
            == QMessageBox::Yes;
    }
    if (!confirmed)
        return false;
    const staff::StaffResult result = staff::DocumentStore(m_workspace).remove(m_actor, id);
    if (!result.ok) {
        fail(result.error);
        reload();
        return false;
    }
    // A preview of the removed file would show what the list no longer has.
    if (m_previewDialog && m_previewDocumentId == id)
        m_previewDialog->close();
    m_notice->showMessage(QString());
    reload();
    emit changed();
    return true;
}

} // namespace hrdesk::ui
