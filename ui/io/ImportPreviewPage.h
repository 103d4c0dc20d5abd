#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace hrdesk::ui {

class ImportWizard;
class NoticeLabel;

// Every row read and checked, nothing written yet: the counts, the problems (row as Excel
// numbers it, column, value, reason — in red), the departments the import will create, the first
// rows, and the choice between importing the valid rows and importing only a flawless file.
// "Import" runs the import (with progress and Cancel).
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool skipInvalid() const;
    void setSkipInvalid(bool skip);

    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *problemsTable() const { return m_problems; }
    QTableWidget *rowsTable() const { return m_rows; }
    QLabel *departmentsLabel() const { return m_departments; }
    QRadioButton *skipInvalidButton() const { return m_skip; }
    QRadioButton *allOrNothingButton() const { return m_allOrNothing; }
    NoticeLabel *messageLabel() const { return m_message; }

private:
    ImportWizard *m_wizard;
    QLabel *m_counts;
    QTableWidget *m_problems;
    QTableWidget *m_rows;
    QLabel *m_departments;
    QRadioButton *m_skip;
    QRadioButton *m_allOrNothing;
    NoticeLabel *m_message;
};

} // namespace hrdesk::ui
