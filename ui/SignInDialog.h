#pragma once

#include "core/identity/LocalUser.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;

namespace hrdesk::ui {

class NoticeLabel;

// Login and password for the people of this desk. The check itself is done by the caller's
// attempt function (LocalUserDirectory::signIn, audited); failures stay inline in the dialog.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using Attempt = std::function<std::optional<identity::LocalUser>(const QString &, const QString &, QString *)>;

    SignInDialog(const QList<identity::LocalUser> &users, Attempt attempt, QWidget *parent = nullptr);

    void setNotice(const QString &notice);
    std::optional<identity::LocalUser> user() const { return m_user; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    NoticeLabel *errorLabel() const { return m_error; }

private:
    void trySignIn();

    Attempt m_attempt;
    std::optional<identity::LocalUser> m_user;
    NoticeLabel *m_notice;
    QLineEdit *m_login;
    QLineEdit *m_password;
    NoticeLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace hrdesk::ui
