#include "ScriptedPrompter.h"

bool ScriptedPrompter::confirmCreate(const QString &)
{
    ++createQuestions;
    return createAnswer;
}

std::optional<QString> ScriptedPrompter::askNewPassphrase(const NewPassphraseRequest &request)
{
    newPassphraseRequests.append(request);
    if (newPassphrases.isEmpty())
        return std::nullopt;
    return newPassphrases.takeFirst();
}

bool ScriptedPrompter::showRecoveryKey(const QString &, const QString &recoveryKey)
{
    shownRecoveryKeys.append(recoveryKey);
    return true;
}

std::optional<ScriptedPrompter::FirstUser> ScriptedPrompter::askFirstUser(const QString &)
{
    if (firstUsers.isEmpty())
        return std::nullopt;
    return firstUsers.takeFirst();
}

std::optional<QString> ScriptedPrompter::askPassphrase(const PassphraseRequest &request)
{
    passphraseRequests.append(request);
    if (passphrases.isEmpty())
        return std::nullopt;
    return passphrases.takeFirst();
}

std::optional<QString> ScriptedPrompter::askRecoveryKey(const RecoveryKeyRequest &request)
{
    recoveryKeyRequests.append(request);
    if (recoveryKeys.isEmpty())
        return std::nullopt;
    return recoveryKeys.takeFirst();
}

std::optional<hrdesk::identity::LocalUser> ScriptedPrompter::askSignIn(const SignInRequest &request)
{
    signInNotices.append(request.notice);
    // Like the dialog: keep trying the queued answers until one works.
    while (!signIns.isEmpty()) {
        const auto [login, password] = signIns.takeFirst();
        QString error;
        if (auto user = request.attempt(login, password, &error))
            return user;
        signInErrors.append(error);
    }
    return std::nullopt;
}

void ScriptedPrompter::showError(const QString &message)
{
    errors.append(message);
}
