#include "ui/PassphraseDialog.h"

#include "ui/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

PassphraseDialog::PassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_keychainNotice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
    , m_error(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_passphrase(new QLineEdit(this))
{
    setWindowTitle(tr("Unlock database"));
    m_intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_unlock = buttons->button(QDialogButtonBox::Ok);
    m_unlock->setText(tr("&Unlock"));
    m_unlock->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_unlock->setEnabled(!text.isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_keychainNotice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setDatabasePath(QString());
}

void PassphraseDialog::setDatabasePath(const QString &path)
{
    QString text = tr("This database is protected by a passphrase.");
    if (!path.isEmpty())
        text += QLatin1Char('\n') + tr("Database: %1").arg(QDir::toNativeSeparators(path));
    m_intro->setText(text);
}

void PassphraseDialog::setKeychainUnavailable(bool unavailable)
{
    m_keychainNotice->showMessage(
        unavailable ? tr("No keychain answered on this computer (it may be missing or locked), so the "
                         "database key is protected by your passphrase instead.")
                    : QString());
}

void PassphraseDialog::setError(const QString &error)
{
    m_error->showMessage(error);
    if (!error.isEmpty())
        m_passphrase->selectAll();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

} // namespace hrdesk::ui
