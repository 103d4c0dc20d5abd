#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace hrdesk::ui {

class NoticeLabel;

// A new database has no users: this creates the first one, an administrator.
class FirstUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstUserDialog(QWidget *parent = nullptr);

    void setError(const QString &error);
    QString login() const;
    QString displayName() const;
    QString password() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }

private:
    void validate();

    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    NoticeLabel *m_error;
    QPushButton *m_create;
};

} // namespace hrdesk::ui
