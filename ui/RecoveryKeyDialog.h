#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace hrdesk::ui {

class NoticeLabel;

// Shows a new database's recovery key exactly once. Continuing requires confirming it was
// stored: it is the only way back in if the keychain entry or the passphrase is lost.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString &databasePath, const QString &recoveryKey, QWidget *parent = nullptr);

    // Test seam: the next "Save to file…" writes here instead of asking with a file dialog.
    static void setNextFileName(const QString &fileName);

    QCheckBox *storedCheckBox() const { return m_stored; }
    QPushButton *continueButton() const { return m_continue; }
    bool saveToFile();

private:
    QString m_databasePath;
    QString m_recoveryKey;
    QPlainTextEdit *m_keyView;
    QCheckBox *m_stored;
    QPushButton *m_continue;
    NoticeLabel *m_status;
    static QString s_nextFileName;
};

} // namespace hrdesk::ui
