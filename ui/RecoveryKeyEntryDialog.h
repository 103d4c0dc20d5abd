#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hrdesk::ui {

class NoticeLabel;

// Opens an existing database whose key the keychain cannot give (entry missing, e.g. a new
// Windows profile, or no keychain at all): the recovery key is the way in. Never offers to
// create a new database over the existing one.
class RecoveryKeyEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryKeyEntryDialog(const QString &databasePath, QWidget *parent = nullptr);

    void setKeychainUnavailable(bool unavailable);
    void setError(const QString &error);
    QString recoveryKey() const;
    QLineEdit *recoveryKeyEdit() const { return m_key; }

private:
    QString m_databasePath;
    QLabel *m_intro;
    QLineEdit *m_key;
    NoticeLabel *m_error;
    QPushButton *m_open;
};

} // namespace hrdesk::ui
