#pragma once

#include "ui/StartupPrompter.h"

#include <QCoreApplication>

class QWidget;

namespace hrdesk::ui {

// The desk's answers to start-up questions: one modal dialog per question.
class DialogStartupPrompter : public StartupPrompter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::ui::DialogStartupPrompter)

public:
    explicit DialogStartupPrompter(QWidget *parent = nullptr);

    bool confirmCreate(const QString &databasePath) override;
    std::optional<QString> askNewPassphrase(const NewPassphraseRequest &request) override;
    bool showRecoveryKey(const QString &databasePath, const QString &recoveryKey) override;
    std::optional<FirstUser> askFirstUser(const QString &error) override;
    std::optional<QString> askPassphrase(const PassphraseRequest &request) override;
    std::optional<QString> askRecoveryKey(const RecoveryKeyRequest &request) override;
    std::optional<identity::LocalUser> askSignIn(const SignInRequest &request) override;
    void showError(const QString &message) override;

private:
    QWidget *m_parent;
};

} // namespace hrdesk::ui
