#include "ui/DialogStartupPrompter.h"

#include "ui/DialogSizer.h"
#include "ui/FirstRunDialog.h"
#include "ui/FirstUserDialog.h"
#include "ui/PassphraseDialog.h"
#include "ui/RecoveryKeyDialog.h"
#include "ui/RecoveryKeyEntryDialog.h"
#include "ui/SignInDialog.h"

#include <QMessageBox>

namespace hrdesk::ui {

namespace {

int runDialog(QDialog &dialog)
{
    DialogSizer::fit(&dialog);
    return dialog.exec();
}

} // namespace

DialogStartupPrompter::DialogStartupPrompter(QWidget *parent)
    : m_parent(parent)
{
}

bool DialogStartupPrompter::confirmCreate(const QString &databasePath)
{
    FirstRunDialog dialog(databasePath, m_parent);
    return runDialog(dialog) == QDialog::Accepted;
}

std::optional<QString> DialogStartupPrompter::askNewPassphrase(const NewPassphraseRequest &request)
{
    FirstRunDialog dialog(request.databasePath, m_parent);
    dialog.setPassphraseMode(request.keychainProblem);
    dialog.setError(request.error);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

bool DialogStartupPrompter::showRecoveryKey(const QString &databasePath, const QString &recoveryKey)
{
    RecoveryKeyDialog dialog(databasePath, recoveryKey, m_parent);
    return runDialog(dialog) == QDialog::Accepted;
}

std::optional<StartupPrompter::FirstUser> DialogStartupPrompter::askFirstUser(const QString &error)
{
    FirstUserDialog dialog(m_parent);
    dialog.setError(error);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return FirstUser{dialog.login(), dialog.displayName(), dialog.password()};
}

std::optional<QString> DialogStartupPrompter::askPassphrase(const PassphraseRequest &request)
{
    PassphraseDialog dialog(m_parent);
    dialog.setDatabasePath(request.databasePath);
    dialog.setKeychainUnavailable(request.keychainUnavailable);
    dialog.setError(request.error);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

std::optional<QString> DialogStartupPrompter::askRecoveryKey(const RecoveryKeyRequest &request)
{
    RecoveryKeyEntryDialog dialog(request.databasePath, m_parent);
    dialog.setKeychainUnavailable(request.keychainUnavailable);
    dialog.setError(request.error);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.recoveryKey();
}

std::optional<identity::LocalUser> DialogStartupPrompter::askSignIn(const SignInRequest &request)
{
    SignInDialog dialog(request.users, request.attempt, m_parent);
    dialog.setNotice(request.notice);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

void DialogStartupPrompter::showError(const QString &message)
{
    QMessageBox::critical(m_parent, tr("HR Desk"), message);
}

} // namespace hrdesk::ui
