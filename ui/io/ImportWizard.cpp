#include "ui/ModalProgress.h"
#include "ui/io/ImportWizard.h"

#include "core/io/CsvReader.h"
#include "core/io/TableReader.h"
#include "core/io/TextDecoder.h"
#include "ui/UiLogging.h"
#include "ui/io/ImportFilePage.h"
#include "ui/io/ImportMappingPage.h"
#include "ui/io/ImportPreviewPage.h"
#include "ui/io/ImportResultPage.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QProgressDialog>
#include <QSettings>

namespace hrdesk::ui {

namespace {

// Rows shown as samples on the mapping page.
constexpr int SampleRows = 3;

} // namespace

ImportWizard::ImportWizard(Workspace &workspace, commands::Actor actor, io::ImportTarget target, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_resultPage(new ImportResultPage(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(ResultPage, m_resultPage);
    setTarget(target);
    setMinimumSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
}

io::ImportTarget ImportWizard::target() const
{
    return m_filePage->target();
}

void ImportWizard::setTarget(io::ImportTarget target)
{
    m_filePage->setTarget(target);
}

QString ImportWizard::filePath() const
{
    return m_filePage->filePath();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

void ImportWizard::setNextFileName(const QString &path)
{
    m_filePage->setNextFileName(path);
}

void ImportWizard::setNextReportFileName(const QString &path)
{
    m_nextReportFileName = path;
}

bool ImportWizard::readFile(QString *error)
{
    const QString path = filePath();
    m_samples.clear();
    m_format.clear();
    io::Importer importer(m_workspace);
    io::ColumnMapping proposed;
    if (!importer.readHeaders(path, target(), &proposed, &m_headerRow, error))
        return false;

    // The detected encoding, and a few rows under the header for the mapping page.
    std::unique_ptr<io::TableReader> reader = io::TableReader::forFile(path);
    if (reader && reader->open(path)) {
        io::TableRow row;
        while (m_samples.size() < SampleRows && reader->next(row)) {
            if (row.number > m_headerRow)
                m_samples.append(row.cells);
        }
        if (const auto *csv = dynamic_cast<const io::CsvReader *>(reader.get()))
            m_format = io::TextDecoder::encodingName(csv->encoding());
        else
            m_format = QStringLiteral("XLSX");
    }

    // A mapping the user made for the same headers before wins over the proposal.
    m_mapping = proposed;
    const QVariant remembered = QSettings().value(settingsKey(target(), proposed.headers()));
    if (remembered.isValid())
        m_mapping.applyRemembered(remembered.toMap());
    return true;
}

QString ImportWizard::settingsKey(io::ImportTarget target, const QStringList &headers)
{
    const QByteArray digest = QCryptographicHash::hash(headers.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/%1/mapping-%2").arg(io::targetName(target), QString::fromLatin1(digest.toHex().left(16)));
}

void ImportWizard::rememberMapping() const
{
    QSettings().setValue(settingsKey(target(), m_mapping.headers()), m_mapping.toVariantMap());
}

bool ImportWizard::progress(QProgressDialog &dialog, qint64 done, qint64 total)
{
    return ModalProgress::step(dialog, done, total, m_observer);
}

bool ImportWizard::prepare()
{
    QProgressDialog dialog(tr("Reading and checking %1…").arg(filePath()), tr("Cancel"), 0, 0, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    io::Importer importer(m_workspace);
    m_plan = importer.prepare(filePath(), target(), &m_mapping,
                              [&](qint64 done, qint64 total) { return progress(dialog, done, total); });
    dialog.reset();
    qCInfo(lcUi) << "import prepared:" << m_plan.totalRows << "rows," << m_plan.invalidRows << "invalid";
    return m_plan.ok();
}

io::Importer::Result ImportWizard::execute(bool skipInvalid)
{
    QProgressDialog dialog(tr("Importing %1…").arg(m_plan.fileName), tr("Cancel"), 0, 0, this);
    dialog.setObjectName(QStringLiteral("importProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    io::Importer importer(m_workspace);
    io::Importer::Options options;
    options.skipInvalid = skipInvalid;
    m_result = importer.execute(m_plan, m_actor, options,
                                [&](qint64 done, qint64 total) { return progress(dialog, done, total); });
    dialog.reset();
    qCInfo(lcUi) << "import:" << (m_result.ok ? "ok" : m_result.cancelled ? "cancelled" : "failed") << m_result.imported;
    return m_result;
}

} // namespace hrdesk::ui
