#include "ui/io/ExportDialog.h"

#include "ui/DialogSizer.h"
#include "ui/ModalProgress.h"
#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hrdesk::ui {

ExportDialog::ExportDialog(Workspace &workspace, commands::Actor actor, io::ImportTarget list,
                           TableFactory tableFactory, int expectedRows, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_list(list)
    , m_tableFactory(std::move(tableFactory))
    , m_expectedRows(expectedRows)
    , m_reason(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Info, this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(list == io::ImportTarget::Staff ? tr("Export staff list") : tr("Export customer list"));

    auto *intro = new QLabel(
        tr("%Ln row(s) of the current list (with its search and filters) will be exported. Your name, "
           "employee number, the time and the reason are written into the file, and the export is "
           "recorded in the audit log.",
           nullptr, expectedRows),
        this);
    intro->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required, e.g. quarterly report for the branch manager"));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV for Excel (.csv)"), QStringLiteral("csv"));
    m_path->setObjectName(QStringLiteral("path"));
    m_choose->setObjectName(QStringLiteral("choose"));
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setVisible(false);

    const QString base = list == io::ImportTarget::Staff ? tr("staff") : tr("customers");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir).filePath(QStringLiteral("%1-%2.xlsx")
                                           .arg(base, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&ile:"), fileRow);

    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_export, &QPushButton::clicked, this, [this] { runExport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (m_message->kind() == NoticeLabel::Kind::Error)
            m_message->showMessage(QString());
    });

    const int chars = 60;
    setMinimumWidth(fontMetrics().averageCharWidth() * chars);
    DialogSizer::fit(this);
}

io::Exporter::Format ExportDialog::format() const
{
    return m_format->currentData().toString() == QLatin1String("csv") ? io::Exporter::Format::Csv
                                                                       : io::Exporter::Format::Xlsx;
}

QString ExportDialog::suffix() const
{
    return format() == io::Exporter::Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

void ExportDialog::formatChanged()
{
    // Keep the file name's suffix in step with the chosen format.
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    path = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix());
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::chooseFile()
{
    QString path = m_nextFileName;
    m_nextFileName.clear();
    if (path.isEmpty()) {
        const QString filter = format() == io::Exporter::Format::Csv ? tr("CSV files (*.csv)")
                                                                      : tr("Excel workbooks (*.xlsx)");
        path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix();
    // The file name decides the format when the user typed another suffix in the dialog.
    const io::Exporter::Format byName = io::Exporter::formatForPath(path);
    m_format->blockSignals(true);
    m_format->setCurrentIndex(byName == io::Exporter::Format::Csv ? 1 : 0);
    m_format->blockSignals(false);
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ExportDialog::runExport()
{
    m_message->setKind(NoticeLabel::Kind::Error);
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->showMessage(tr("Please give a reason for the export: it is written into the file and the audit "
                                  "log, so that whoever finds the file knows why it exists."));
        m_reason->setFocus();
        return false;
    }
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_message->showMessage(tr("Please choose the file to export to."));
        m_path->setFocus();
        return false;
    }

    io::Exporter exporter(m_workspace);
    if (m_now.isValid())
        exporter.setNow(m_now);
    io::Exporter::Request request;
    request.list = m_list;
    request.format = format();
    request.path = path;
    request.reason = reason;
    request.table = m_tableFactory();
    request.expectedRows = m_expectedRows;
    QProgressDialog progress(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    request.progress = [&](qint64 done, qint64 total) { return ModalProgress::step(progress, done, total, m_observer); };
    m_result = exporter.exportTable(m_actor, std::move(request));
    progress.reset();

    if (m_result.cancelled) {
        m_message->setKind(NoticeLabel::Kind::Info);
        m_message->showMessage(m_result.error);
        return false;
    }
    if (!m_result.ok) {
        qCWarning(lcUi) << "export failed:" << m_result.error;
        m_message->showMessage(tr("Nothing was exported: %1").arg(m_result.error));
        return false;
    }
    qCInfo(lcUi) << "exported" << m_result.rows << "rows";
    const QString count = QLocale().toString(m_result.rows);
    if (m_result.rows < m_expectedRows) {
        // The list changed (or a page could not be read) while exporting.
        m_message->setKind(NoticeLabel::Kind::Warning);
        m_message->showMessage(tr("Exported %1 of %2 rows to %3; the list changed while exporting.")
                                   .arg(count, QLocale().toString(m_expectedRows), QDir::toNativeSeparators(path)));
    } else {
        m_message->setKind(NoticeLabel::Kind::Info);
        m_message->showMessage(tr("Exported %Ln row(s) to %1.", nullptr, m_result.rows).arg(QDir::toNativeSeparators(path)));
    }
    m_export->setEnabled(false);
    m_reason->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    DialogSizer::fit(this);
    return true;
}

} // namespace hrdesk::ui
