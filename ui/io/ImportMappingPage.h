#pragma once

#include <QWizardPage>

class QComboBox;
class QTableWidget;

namespace hrdesk::ui {

class ImportWizard;
class NoticeLabel;

// Which field each column of the file feeds: one row per file column with a field combo,
// pre-filled from the headers (HeaderDictionary) or from the mapping remembered for the same
// headers. Required fields nobody feeds are named; going on remembers the mapping.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    // The field combo of a file column.
    QComboBox *fieldCombo(int column) const;
    NoticeLabel *messageLabel() const { return m_message; }

private:
    void fieldChosen(int column);
    void showMissing();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    NoticeLabel *m_message;
    bool m_filling = false;
};

} // namespace hrdesk::ui
