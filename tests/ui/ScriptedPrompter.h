#pragma once

#include "ui/StartupPrompter.h"

#include <QPair>
#include <QStringList>

// Answers start-up questions from queued answers and records what was asked, so tests can
// check the questions (notices, errors) without showing a dialog. An exhausted queue cancels.
class ScriptedPrompter : public hrdesk::ui::StartupPrompter
{
public:
    bool confirmCreate(const QString &databasePath) override;
    std::optional<QString> askNewPassphrase(const NewPassphraseRequest &request) override;
    bool showRecoveryKey(const QString &databasePath, const QString &recoveryKey) override;
    std::optional<FirstUser> askFirstUser(const QString &error) override;
    std::optional<QString> askPassphrase(const PassphraseRequest &request) override;
    std::optional<QString> askRecoveryKey(const RecoveryKeyRequest &request) override;
    std::optional<hrdesk::identity::LocalUser> askSignIn(const SignInRequest &request) override;
    void showError(const QString &message) override;

    // answers
    bool createAnswer = true;
    QStringList newPassphrases;
    QStringList passphrases;
    QStringList recoveryKeys;
    QList<FirstUser> firstUsers;
    QList<QPair<QString, QString>> signIns;

    // what was asked
    QList<NewPassphraseRequest> newPassphraseRequests;
    QList<PassphraseRequest> passphraseRequests;
    QList<RecoveryKeyRequest> recoveryKeyRequests;
    QStringList shownRecoveryKeys;
    QStringList signInNotices;
    QStringList signInErrors;
    QStringList errors;
    int createQuestions = 0;
};
