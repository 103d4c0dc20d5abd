#include "ui/OverviewPage.h"

#include "core/identity/LocalUserDirectory.h"
#include "models/WorkspaceSummary.h"
#include "ui/NoticeLabel.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hrdesk::ui {

namespace {

QString countText(qint64 count)
{
    return count < 0 ? OverviewPage::tr("unavailable") : QLocale().toString(count);
}

} // namespace

OverviewPage::OverviewPage(Workspace &workspace, const StartupFlow::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_keyNotice(new NoticeLabel(NoticeLabel::Kind::Warning, this))
{
    auto *title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *database = new QGroupBox(tr("Database"), this);
    auto *databaseForm = new QFormLayout(database);
    m_file = addValue(databaseForm, tr("File:"));
    m_encryption = addValue(databaseForm, tr("Encryption:"));
    m_keyProtection = addValue(databaseForm, tr("Key kept in:"));
    m_schema = addValue(databaseForm, tr("Schema version:"));
    m_databaseId = addValue(databaseForm, tr("Database ID:"));
    m_device = addValue(databaseForm, tr("Device ID:"));

    auto *sessionBox = new QGroupBox(tr("Signed in"), this);
    auto *sessionForm = new QFormLayout(sessionBox);
    m_user = addValue(sessionForm, tr("User:"));
    m_role = addValue(sessionForm, tr("Role:"));

    auto *contents = new QGroupBox(tr("Contents"), this);
    auto *contentsForm = new QFormLayout(contents);
    m_departments = addValue(contentsForm, tr("Departments:"));
    m_employees = addValue(contentsForm, tr("Staff:"));
    m_employees->setObjectName(QStringLiteral("staffCount"));
    m_customers = addValue(contentsForm, tr("Customers:"));
    m_auditEvents = addValue(contentsForm, tr("Audit events:"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_keyNotice);
    layout->addWidget(database);
    layout->addWidget(sessionBox);
    layout->addWidget(contents);
    layout->addStretch(1);
    refresh();
}

QLabel *OverviewPage::addValue(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void OverviewPage::refresh()
{
    const models::WorkspaceSummary s = models::WorkspaceSummary::load(m_workspace);
    m_file->setText(QDir::toNativeSeparators(s.databasePath)
                    + (s.demo ? QStringLiteral("  ") + tr("(demo data)") : QString()));
    m_encryption->setText(s.cipherVersion.isEmpty()
                              ? tr("SQLCipher (version unknown), 256-bit key")
                              : tr("SQLCipher %1, 256-bit key").arg(s.cipherVersion));
    const bool passphrase = m_session.protection == WorkspaceOpener::Protection::Passphrase;
    m_keyProtection->setText(passphrase ? tr("Passphrase (Argon2id)") : tr("The keychain of this computer"));
    if (passphrase) {
        m_keyNotice->setKind(NoticeLabel::Kind::Warning);
        m_keyNotice->showMessage(
            m_session.keychainUnavailable
                ? tr("No keychain was available on this computer, so the database key is protected by a "
                     "passphrase. Anyone who learns the passphrase and copies the file can read the data: "
                     "keep the passphrase secret, and keep the recovery key somewhere safe.")
                : tr("The database key is protected by a passphrase, not by the keychain. Keep the "
                     "passphrase secret, and keep the recovery key somewhere safe."));
    } else {
        m_keyNotice->setKind(NoticeLabel::Kind::Info);
        m_keyNotice->showMessage(m_session.notice);
    }
    m_schema->setText(QString::number(s.schemaVersion));
    m_databaseId->setText(s.databaseId);
    m_device->setText(s.deviceId);
    m_user->setText(m_session.user.displayName + QStringLiteral(" (") + m_session.user.login + QLatin1Char(')'));
    m_role->setText(identity::LocalUserDirectory::roleDisplayName(m_session.user.role));
    m_departments->setText(countText(s.departments));
    m_employees->setText(countText(s.employees));
    m_customers->setText(countText(s.customers));
    m_auditEvents->setText(countText(s.auditEvents));
}

} // namespace hrdesk::ui
