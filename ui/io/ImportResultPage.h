#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace hrdesk::ui {

class ImportWizard;
class NoticeLabel;

// What the import did: rows imported, rows skipped, departments created — or that nothing was
// imported and why (cancelled, a row invalid in all-or-nothing mode, a database error). The
// row-level error report can be saved as CSV.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;
    // Writes the report (the wizard's next report file name, or asks); false when not written.
    bool saveReport();

    NoticeLabel *summaryLabel() const { return m_summary; }
    QPushButton *saveReportButton() const { return m_saveReport; }

private:
    ImportWizard *m_wizard;
    NoticeLabel *m_summary;
    QLabel *m_details;
    QPushButton *m_saveReport;
};

} // namespace hrdesk::ui
