#pragma once

#include "core/io/ImportTarget.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hrdesk::ui {

class ImportWizard;
class NoticeLabel;

// First page of the import: what to import (staff or customers) and from which file. Going on
// reads the headers; the detected format (XLSX, UTF-8, GB18030 …) is shown.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    io::ImportTarget target() const;
    void setTarget(io::ImportTarget target);
    QString filePath() const;
    void setFilePath(const QString &path);
    void setNextFileName(const QString &path) { m_nextFileName = path; }

    bool isComplete() const override;
    bool validatePage() override;

    QLabel *formatLabel() const { return m_format; }
    NoticeLabel *messageLabel() const { return m_message; }
    QPushButton *chooseButton() const { return m_choose; }

private:
    void chooseFile();

    ImportWizard *m_wizard;
    QRadioButton *m_staff;
    QRadioButton *m_customers;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QLabel *m_format;
    NoticeLabel *m_message;
    QString m_nextFileName;
};

} // namespace hrdesk::ui
