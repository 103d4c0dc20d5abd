#include "ui/SignInDialog.h"

#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

SignInDialog::SignInDialog(const QList<identity::LocalUser> &users, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setWindowTitle(tr("Sign in"));
    auto *intro = new QLabel(tr("Sign in with your HR Desk account."), this);
    intro->setWordWrap(true);

    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    QStringList logins;
    for (const identity::LocalUser &user : users)
        logins.append(user.login);
    auto *completer = new QCompleter(logins, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_login->setCompleter(completer);
    // One account on the desk (the usual branch office): save the clerk some typing.
    if (users.size() == 1)
        m_login->setText(users.constFirst().login);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!m_login->text().isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString &notice)
{
    m_notice->showMessage(notice);
}

void SignInDialog::trySignIn()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty() || m_password->text().isEmpty()) {
        m_error->showMessage(tr("Enter your login and your password."));
        return;
    }
    QString error;
    m_user = m_attempt(login, m_password->text(), &error);
    if (!m_user) {
        m_error->showMessage(error.isEmpty() ? tr("The login or the password is wrong.") : error);
        m_password->clear();
        DialogSizer::fit(this);
        m_password->setFocus();
        return;
    }
    accept();
}

} // namespace hrdesk::ui
