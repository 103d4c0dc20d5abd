#include "cli/commands/RekeyCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"

namespace hrdesk::cli {

QString RekeyCommand::summary() const
{
    return tr("Re-encrypts the database with a new random key, stores it where the old one was kept, and shows "
              "the new recovery key. The old recovery key stops working. Crash-safe: the new key is stored and the new "
              "recovery key written before the file is re-encrypted. A passphrase-protected database keeps "
              "the passphrase of --passphrase-file, or takes the one of --new-passphrase-file.");
}

int RekeyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    access.addRecoveryKeyOutOption(parser);
    const QCommandLineOption newPassphraseFile(
        QStringLiteral("new-passphrase-file"),
        tr("Protect the new key with the passphrase on the first line of FILE (passphrase-protected databases)."),
        tr("FILE"));
    parser.addOption(newPassphraseFile);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("hrdesk-admin rekey --db PATH [--passphrase-file F] "
                                              "[--new-passphrase-file F] [--recovery-key-out F]"));
        code >= 0)
        return code;
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;
    if (!access.checkRecoveryKeyOut(parser))
        return Failure;

    WorkspaceOpener::Protection protection = WorkspaceOpener::Protection::Keychain;
    QString error;
    access.opener().protection(path, &protection, &error);
    QString passphrase;
    if (protection == WorkspaceOpener::Protection::Passphrase) {
        if (parser.isSet(newPassphraseFile)) {
            if (!Console::readFirstLine(parser.value(newPassphraseFile), &passphrase, &error)) {
                Console::err() << error << Qt::endl;
                return Failure;
            }
        } else if (!access.passphraseFromFile(parser, &passphrase)) {
            return Failure;
        }
        if (passphrase.isEmpty()) {
            if (!Console::stdinIsTerminal()) {
                Console::err() << tr("%1 is protected by a passphrase: pass --passphrase-file FILE (or "
                                     "--new-passphrase-file FILE) with the passphrase for the new key.")
                                      .arg(path)
                               << Qt::endl;
                return Failure;
            }
            passphrase = WorkspaceAccess::promptNewPassphrase();
            if (passphrase.isEmpty())
                return Failure;
        }
    }

    std::unique_ptr<Workspace> workspace = access.open(parser, path);
    if (!workspace)
        return Failure;
    const auto deliver = [&](const QString &recoveryKey, QString *deliverError) {
        return access.handOverRecoveryKey(parser, recoveryKey, path, deliverError);
    };
    const WorkspaceOpener::Outcome outcome =
        access.opener().rekey(*workspace, WorkspaceAccess::administrator(), deliver, passphrase);
    if (!outcome.ok()) {
        Console::err() << tr("Rekey failed: %1").arg(outcome.error) << Qt::endl;
        return Failure;
    }
    if (!outcome.notice.isEmpty())
        Console::err() << outcome.notice << Qt::endl;
    Console::out() << tr("%1 is now encrypted with a new key; the old recovery key no longer opens it.").arg(path)
                   << Qt::endl;
    return Success;
}

} // namespace hrdesk::cli
