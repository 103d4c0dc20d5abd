#include "ui/io/ImportMappingPage.h"

#include "core/io/HeaderDictionary.h"
#include "ui/NoticeLabel.h"
#include "ui/io/ImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Warning, this))
{
    setTitle(tr("Columns"));
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First values")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void ImportMappingPage::initializePage()
{
    const io::ImportTarget target = m_wizard->target();
    const io::ColumnMapping &mapping = m_wizard->mapping();
    setSubTitle(tr("%1 — %2, headers in row %3. Choose the field each column feeds; the choice is remembered "
                   "for files with the same headers.")
                    .arg(QFileInfo(m_wizard->filePath()).fileName(), m_wizard->detectedFormat())
                    .arg(m_wizard->headerRow()));
    m_filling = true;
    m_table->setRowCount(mapping.columnCount());
    const QList<QStringList> samples = m_wizard->sampleRows();
    for (int column = 0; column < mapping.columnCount(); ++column) {
        m_table->setItem(column, 0, new QTableWidgetItem(mapping.headers().at(column)));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("field%1").arg(column));
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &field : io::HeaderDictionary::fieldIds(target)) {
            const QString label = io::HeaderDictionary::label(target, field);
            combo->addItem(io::HeaderDictionary::isRequired(target, field) ? tr("%1 (required)").arg(label) : label,
                           field);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.field(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
        m_table->setCellWidget(column, 1, combo);
        QStringList values;
        for (const QStringList &row : samples)
            if (!row.value(column).isEmpty())
                values.append(row.value(column));
        m_table->setItem(column, 2, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
    showMissing();
}

QComboBox *ImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, 1));
}

void ImportMappingPage::fieldChosen(int column)
{
    if (m_filling)
        return;
    io::ColumnMapping &mapping = m_wizard->mapping();
    mapping.setField(column, fieldCombo(column)->currentData().toString());
    // A field feeds one column: the combo of the column that lost it shows that.
    m_filling = true;
    for (int other = 0; other < mapping.columnCount(); ++other) {
        QComboBox *combo = fieldCombo(other);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.field(other))));
    }
    m_filling = false;
    showMissing();
}

void ImportMappingPage::showMissing()
{
    m_message->showMessage(m_wizard->mapping().missingExplanation());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->mapping().missingRequired().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->rememberMapping();
    return true;
}

} // namespace hrdesk::ui
