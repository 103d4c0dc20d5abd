#include "ui/FirstUserDialog.h"

#include "ui/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

FirstUserDialog::FirstUserDialog(QWidget *parent)
    : QDialog(parent)
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setWindowTitle(tr("Create the administrator"));
    auto *intro = new QLabel(tr("Nobody can sign in to this database yet. Create the first account; it "
                                "will be an HR/IT administrator who can add the other users."),
                             this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create account"));
    m_create->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_login, m_displayName, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstUserDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void FirstUserDialog::setError(const QString &error)
{
    m_error->showMessage(error);
}

QString FirstUserDialog::login() const
{
    return m_login->text().trimmed();
}

QString FirstUserDialog::displayName() const
{
    return m_displayName->text().trimmed();
}

QString FirstUserDialog::password() const
{
    return m_password->text();
}

void FirstUserDialog::validate()
{
    // Length and login rules are checked by LocalUserDirectory; here only what it cannot see.
    const bool same = m_password->text() == m_repeat->text();
    m_error->showMessage(!m_repeat->text().isEmpty() && !same ? tr("The two passwords are not the same.")
                                                               : QString());
    m_create->setEnabled(!login().isEmpty() && !displayName().isEmpty() && !m_password->text().isEmpty()
                         && same);
}

} // namespace hrdesk::ui
