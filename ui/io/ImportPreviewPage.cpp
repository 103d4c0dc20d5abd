#include "ui/io/ImportPreviewPage.h"

#include "ui/NoticeLabel.h"
#include "ui/io/ImportWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

// The preview lists this many problems; the saved report has them all.
constexpr int ShownProblems = 1000;

QTableWidget *readOnlyTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_counts(new QLabel(this))
    , m_problems(readOnlyTable(this))
    , m_rows(readOnlyTable(this))
    , m_departments(new QLabel(this))
    , m_skip(new QRadioButton(this))
    , m_allOrNothing(new QRadioButton(this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Every row has been read and checked. Nothing has been written yet."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_rows->setObjectName(QStringLiteral("rows"));
    m_departments->setObjectName(QStringLiteral("departments"));
    m_departments->setWordWrap(true);
    m_skip->setObjectName(QStringLiteral("skipInvalid"));
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_allOrNothing->setChecked(true);
    m_message->setVisible(false);
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_problems, tr("Problems"));
    tabs->addTab(m_rows, tr("First rows"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_departments);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_skip);
    layout->addWidget(m_message);
}

void ImportPreviewPage::initializePage()
{
    const bool prepared = m_wizard->prepare();
    const io::ImportPlan &plan = m_wizard->plan();
    m_message->showMessage(prepared ? QString() : tr("This file cannot be imported: %1").arg(plan.error));

    const QLocale locale;
    m_counts->setText(tr("%1 rows: %2 valid, %3 invalid.")
                          .arg(locale.toString(plan.totalRows), locale.toString(plan.validRows()),
                               plan.invalidRows > 0 ? QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
                                                          .arg(locale.toString(plan.invalidRows))
                                                    : locale.toString(plan.invalidRows)));

    const QList<io::ImportProblem> &problems = plan.report.problems;
    const int shown = int(qMin<qsizetype>(problems.size(), ShownProblems));
    m_problems->setRowCount(shown);
    const QBrush red(QColor(0xc6, 0x28, 0x28));
    for (int i = 0; i < shown; ++i) {
        const io::ImportProblem &p = problems.at(i);
        const QStringList cells = {p.row > 0 ? QString::number(p.row) : tr("File"), p.column, p.value, p.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setForeground(red);
            m_problems->setItem(i, column, item);
        }
    }
    m_problems->resizeColumnsToContents();

    m_rows->clear();
    m_rows->setColumnCount(int(plan.mapping.headers().size()));
    m_rows->setHorizontalHeaderLabels(plan.mapping.headers());
    m_rows->setRowCount(int(plan.firstRows.size()));
    for (int row = 0; row < plan.firstRows.size(); ++row)
        for (int column = 0; column < plan.firstRows.at(row).size(); ++column)
            m_rows->setItem(row, column, new QTableWidgetItem(plan.firstRows.at(row).at(column)));
    m_rows->resizeColumnsToContents();

    m_departments->setText(plan.departmentsToCreate.isEmpty()
                               ? tr("No departments need to be created.")
                               : tr("These departments do not exist yet and will be created: %1")
                                     .arg(plan.departmentsToCreate.join(QStringLiteral("、"))));
    m_departments->setVisible(plan.target == io::ImportTarget::Staff || !plan.departmentsToCreate.isEmpty());

    m_skip->setText(tr("Import all %1 valid rows and skip the %2 invalid ones")
                        .arg(locale.toString(plan.validRows()), locale.toString(plan.invalidRows)));
    m_allOrNothing->setText(tr("Import only if every row is valid (otherwise nothing is imported)"));
    m_skip->setEnabled(plan.invalidRows > 0);
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->plan().ok() && m_wizard->plan().totalRows > 0;
}

bool ImportPreviewPage::skipInvalid() const
{
    return m_skip->isChecked();
}

void ImportPreviewPage::setSkipInvalid(bool skip)
{
    (skip ? m_skip : m_allOrNothing)->setChecked(true);
}

bool ImportPreviewPage::validatePage()
{
    // The result page says what happened, whether it worked, failed or was cancelled.
    m_wizard->execute(skipInvalid());
    return true;
}

} // namespace hrdesk::ui
