#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;
class QPushButton;

namespace hrdesk::ui {

class NoticeLabel;

// Unlocks a passphrase-protected database. When no keychain answered, it says so on screen:
// the person should know the passphrase is the only thing protecting the key.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);
    void setKeychainUnavailable(bool unavailable);
    void setError(const QString &error);
    QString passphrase() const;

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    NoticeLabel *keychainNotice() const { return m_keychainNotice; }
    NoticeLabel *errorLabel() const { return m_error; }

private:
    QLabel *m_intro;
    NoticeLabel *m_keychainNotice;
    NoticeLabel *m_error;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
};

} // namespace hrdesk::ui
