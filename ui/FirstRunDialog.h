#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace hrdesk::ui {

class NoticeLabel;

// Creates the first database. Normally the key goes to the keychain and this only confirms;
// when no keychain answered it explains that and asks for a passphrase twice.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumPassphraseLength = 10;

    explicit FirstRunDialog(const QString &databasePath, QWidget *parent = nullptr);

    // Switches to asking for a passphrase; keychainProblem is what the keychain reported.
    void setPassphraseMode(const QString &keychainProblem);
    void setError(const QString &error);
    QString passphrase() const;

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }

private:
    void validate();

    QString m_databasePath;
    QLabel *m_intro;
    NoticeLabel *m_keychainNotice;
    QWidget *m_passphraseBox;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    NoticeLabel *m_error;
    QPushButton *m_create;
    bool m_passphraseMode = false;
};

} // namespace hrdesk::ui
