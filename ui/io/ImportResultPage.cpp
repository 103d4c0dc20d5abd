#include "ui/io/ImportResultPage.h"

#include "ui/NoticeLabel.h"
#include "ui/io/ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new NoticeLabel(NoticeLabel::Kind::Info, this))
    , m_details(new QLabel(this))
    , m_saveReport(new QPushButton(tr("Save error report…"), this))
{
    setTitle(tr("Result"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_details->setWordWrap(true);
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_saveReport);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportResultPage::saveReport);
}

void ImportResultPage::initializePage()
{
    const io::Importer::Result &result = m_wizard->result();
    const io::ImportPlan &plan = m_wizard->plan();
    const QLocale locale;
    if (result.ok) {
        m_summary->setKind(NoticeLabel::Kind::Info);
        m_summary->showMessage(tr("Imported %1 rows; %2 invalid rows were skipped.")
                                   .arg(locale.toString(result.imported), locale.toString(result.skipped)));
    } else if (result.cancelled) {
        m_summary->setKind(NoticeLabel::Kind::Warning);
        m_summary->showMessage(tr("The import was cancelled. Nothing was imported: the database is as it was."));
    } else {
        m_summary->setKind(NoticeLabel::Kind::Error);
        m_summary->showMessage(tr("Nothing was imported. %1").arg(result.error));
    }
    m_details->setText(result.ok && !result.departmentsCreated.isEmpty()
                           ? tr("Departments created: %1").arg(result.departmentsCreated.join(QStringLiteral("、")))
                           : QString());
    m_saveReport->setEnabled(!plan.report.isEmpty());
    m_saveReport->setToolTip(plan.report.isEmpty() ? tr("The file had no problems.")
                                                   : tr("%n problem(s): row, column, value and reason", nullptr,
                                                        int(plan.report.problems.size())));
}

bool ImportResultPage::saveReport()
{
    QString path = m_wizard->m_nextReportFileName;
    m_wizard->m_nextReportFileName.clear();
    if (path.isEmpty()) {
        const QFileInfo source(m_wizard->filePath());
        const QString proposal = source.dir().filePath(tr("%1-errors.csv").arg(source.completeBaseName()));
        path = QFileDialog::getSaveFileName(this, tr("Save error report"), proposal, tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_wizard->plan().report.saveCsv(path, &error)) {
        QMessageBox::warning(this, tr("Save error report"), error);
        return false;
    }
    m_summary->showMessage(m_summary->text() + QLatin1Char('\n')
                           + tr("The error report was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace hrdesk::ui
