#include "ui/RecoveryKeyEntryDialog.h"

#include "ui/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

RecoveryKeyEntryDialog::RecoveryKeyEntryDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_intro(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_error(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setWindowTitle(tr("Recovery key needed"));
    m_intro->setWordWrap(true);
    setKeychainUnavailable(false);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Recovery key:"), m_key);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Ok);
    m_open->setText(tr("&Open database"));
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_open->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RecoveryKeyEntryDialog::setKeychainUnavailable(bool unavailable)
{
    const QString path = QDir::toNativeSeparators(m_databasePath);
    if (unavailable)
        m_intro->setText(tr("No keychain answered on this computer, so the key of the database %1 cannot "
                            "be read from it.\n\nEnter the recovery key you stored when the database "
                            "was created.")
                             .arg(path));
    else
        m_intro->setText(tr("The keychain of this computer has no entry for the database %1 (for example "
                            "after a new user profile or a reinstall).\n\nEnter the recovery key you stored "
                            "when the database was created. The database is not changed or replaced.")
                             .arg(path));
}

void RecoveryKeyEntryDialog::setError(const QString &error)
{
    m_error->showMessage(error);
}

QString RecoveryKeyEntryDialog::recoveryKey() const
{
    return m_key->text().trimmed();
}

} // namespace hrdesk::ui
