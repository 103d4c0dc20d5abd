#include "ui/FirstRunDialog.h"

#include "ui/DialogSizer.h"
#include "ui/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

FirstRunDialog::FirstRunDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_intro(new QLabel(this))
    , m_keychainNotice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
    , m_passphraseBox(new QWidget(this))
    , m_passphrase(new QLineEdit(m_passphraseBox))
    , m_repeat(new QLineEdit(m_passphraseBox))
    , m_error(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setWindowTitle(tr("Create a database"));
    m_intro->setWordWrap(true);
    // Room for the notices to wrap into a few lines rather than a tall narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_intro->setText(tr("There is no HR Desk database at %1 yet.\n\nHR Desk will create a new encrypted "
                        "database there. Its key is generated at random and kept in this computer's "
                        "keychain; you will also receive a recovery key to store safely.")
                         .arg(QDir::toNativeSeparators(databasePath)));

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *form = new QFormLayout(m_passphraseBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    m_passphraseBox->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create database"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &FirstRunDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_passphraseBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void FirstRunDialog::setPassphraseMode(const QString &keychainProblem)
{
    m_passphraseMode = true;
    m_intro->setText(tr("There is no HR Desk database at %1 yet.\n\nHR Desk will create a new encrypted "
                        "database there, with a key generated at random; you will also receive a recovery "
                        "key to store safely.")
                         .arg(QDir::toNativeSeparators(m_databasePath)));
    m_keychainNotice->showMessage(
        tr("No keychain answered on this computer, so the database key cannot be kept there. A passphrase "
           "will protect the key instead: choose one of at least %n characters. You will need it every "
           "time HR Desk starts.",
           nullptr, MinimumPassphraseLength));
    // The keychain's own words are technical (D-Bus errors): there for whoever helps the clerk.
    if (!keychainProblem.isEmpty())
        m_keychainNotice->setToolTip(tr("The keychain reported: %1").arg(keychainProblem));
    m_passphraseBox->show();
    m_passphrase->setFocus();
    validate();
}

void FirstRunDialog::setError(const QString &error)
{
    m_error->showMessage(error);
}

QString FirstRunDialog::passphrase() const
{
    return m_passphrase->text();
}

void FirstRunDialog::validate()
{
    if (!m_passphraseMode) {
        m_create->setEnabled(true);
        return;
    }
    QString problem;
    if (!m_passphrase->text().isEmpty() && m_passphrase->text().size() < MinimumPassphraseLength)
        problem = tr("The passphrase must have at least %n characters.", nullptr, MinimumPassphraseLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text())
        problem = tr("The two passphrases are not the same.");
    m_error->showMessage(problem);
    if (isVisible())
        DialogSizer::fit(this);
    m_create->setEnabled(problem.isEmpty() && !m_passphrase->text().isEmpty()
                         && m_repeat->text() == m_passphrase->text());
}

} // namespace hrdesk::ui
