#include "cli/WorkspaceAccess.h"

#include "cli/Console.h"
#include "core/security/RecoveryKey.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCli, "hrdesk.cli")

namespace hrdesk::cli {

using Status = WorkspaceOpener::Status;

WorkspaceAccess::WorkspaceAccess(security::SecretStore &store)
    : m_opener(store)
    , m_db(QStringLiteral("db"), tr("The HR Desk database file."), tr("PATH"))
    , m_passphraseFile(QStringLiteral("passphrase-file"),
                       tr("Unlock with (or protect with) the passphrase on the first line of FILE, "
                          "instead of the OS keychain."),
                       tr("FILE"))
    , m_recoveryKeyFile(QStringLiteral("recovery-key-file"),
                        tr("Unlock with the recovery key in FILE (the file written by --recovery-key-out, "
                           "or one line of 64 hex digits)."),
                        tr("FILE"))
    , m_recoveryKeyOut(QStringLiteral("recovery-key-out"),
                       tr("Write the new recovery key to FILE (owner-only) instead of showing it."), tr("FILE"))
{
}

void WorkspaceAccess::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_db);
    parser.addOption(m_passphraseFile);
    parser.addOption(m_recoveryKeyFile);
}

void WorkspaceAccess::addRecoveryKeyOutOption(QCommandLineParser &parser)
{
    parser.addOption(m_recoveryKeyOut);
}

bool WorkspaceAccess::databasePath(const QCommandLineParser &parser, QString *path) const
{
    *path = parser.value(m_db);
    if (path->isEmpty()) {
        Console::err() << tr("Missing --db PATH: which database?") << Qt::endl;
        return false;
    }
    return true;
}

bool WorkspaceAccess::passphraseFromFile(const QCommandLineParser &parser, QString *passphrase) const
{
    if (!parser.isSet(m_passphraseFile))
        return true;
    QString error;
    if (!Console::readFirstLine(parser.value(m_passphraseFile), passphrase, &error)) {
        Console::err() << error << Qt::endl;
        return false;
    }
    return true;
}

bool WorkspaceAccess::buildRequest(const QCommandLineParser &parser, WorkspaceOpener::OpenRequest *request) const
{
    QString error;
    if (parser.isSet(m_recoveryKeyFile)) {
        request->source = WorkspaceOpener::KeySource::RecoveryKey;
        if (!Console::readKeyLine(parser.value(m_recoveryKeyFile), &request->secret, &error)) {
            Console::err() << error << Qt::endl;
            return false;
        }
    } else if (parser.isSet(m_passphraseFile)) {
        request->source = WorkspaceOpener::KeySource::Passphrase;
        if (!passphraseFromFile(parser, &request->secret))
            return false;
    } else {
        request->source = WorkspaceOpener::KeySource::Keychain;
    }
    return true;
}

std::unique_ptr<Workspace> WorkspaceAccess::open(const QCommandLineParser &parser, const QString &path, bool readOnly)
{
    WorkspaceOpener::OpenRequest request;
    request.path = path;
    request.readOnly = readOnly;
    if (!buildRequest(parser, &request))
        return nullptr;
    m_lastRequest = request;
    WorkspaceOpener::Outcome outcome = m_opener.open(request);
    if (outcome.ok()) {
        if (!outcome.notice.isEmpty())
            Console::err() << outcome.notice << Qt::endl;
        return std::move(outcome.workspace);
    }
    Console::err() << tr("Cannot open %1: %2").arg(path, outcome.error) << Qt::endl;
    switch (outcome.status) {
    case Status::NeedsPassphrase:
        Console::err() << tr("This database is protected by a passphrase: pass --passphrase-file FILE "
                             "(or --recovery-key-file FILE).")
                       << Qt::endl;
        break;
    case Status::KeychainUnavailable:
        Console::err() << tr("No keychain answered. Pass --recovery-key-file FILE to open the database "
                             "with its recovery key.")
                       << Qt::endl;
        break;
    case Status::KeychainEntryMissing:
        Console::err() << tr("The keychain has no key for this database: pass --recovery-key-file FILE.")
                       << Qt::endl;
        break;
    default:
        break;
    }
    return nullptr;
}

WorkspaceOpener::Outcome WorkspaceAccess::reopen(const QString &path, bool readOnly)
{
    WorkspaceOpener::OpenRequest request = m_lastRequest;
    request.path = path;
    request.readOnly = readOnly;
    return m_opener.open(request);
}

commands::Actor WorkspaceAccess::administrator()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("administrator");
    return {QString(), login, QStringLiteral("administrator")};
}

QString WorkspaceAccess::promptNewPassphrase()
{
    const QString first = Console::readHidden(tr("New passphrase (at least 10 characters): "));
    const QString second = Console::readHidden(tr("Repeat the passphrase: "));
    if (first != second) {
        Console::err() << tr("The two passphrases differ.") << Qt::endl;
        return {};
    }
    return first;
}

bool WorkspaceAccess::checkRecoveryKeyOut(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_recoveryKeyOut) && QFileInfo::exists(parser.value(m_recoveryKeyOut))) {
        Console::err() << tr("%1 already exists; the recovery key is never written over another file.")
                              .arg(parser.value(m_recoveryKeyOut))
                       << Qt::endl;
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> WorkspaceAccess::create(const QCommandLineParser &parser, const QString &path)
{
    if (!checkRecoveryKeyOut(parser))
        return nullptr;
    WorkspaceOpener::CreateRequest request;
    request.path = path;
    if (parser.isSet(m_passphraseFile)) {
        request.protection = WorkspaceOpener::Protection::Passphrase;
        if (!passphraseFromFile(parser, &request.passphrase))
            return nullptr;
    }
    WorkspaceOpener::Outcome outcome = m_opener.create(request);
    if (outcome.status == Status::KeychainUnavailable) {
        Console::err() << tr("No keychain answered: %1").arg(outcome.error) << Qt::endl;
        if (!Console::stdinIsTerminal()) {
            Console::err() << tr("Pass --passphrase-file FILE to protect the database key with a passphrase instead.")
                           << Qt::endl;
            return nullptr;
        }
        Console::err() << tr("The database key will be protected by a passphrase instead, because no keychain "
                             "answered. You will need this passphrase every time the database is opened.")
                       << Qt::endl;
        request.protection = WorkspaceOpener::Protection::Passphrase;
        request.passphrase = promptNewPassphrase();
        if (request.passphrase.isEmpty())
            return nullptr;
        outcome = m_opener.create(request);
    }
    if (!outcome.ok()) {
        Console::err() << tr("Cannot create %1: %2").arg(path, outcome.error) << Qt::endl;
        return nullptr;
    }
    qCInfo(lcCli) << "created" << path;
    Console::out() << (outcome.protection == WorkspaceOpener::Protection::Passphrase
                           ? tr("Created %1; its key is protected by the passphrase.").arg(path)
                           : tr("Created %1; its key is kept in the OS keychain.").arg(path))
                   << Qt::endl;
    m_lastRequest.path = path;
    m_lastRequest.source = request.protection == WorkspaceOpener::Protection::Passphrase
        ? WorkspaceOpener::KeySource::Passphrase
        : WorkspaceOpener::KeySource::Keychain;
    m_lastRequest.secret = request.passphrase;
    deliverRecoveryKey(parser, outcome.recoveryKey, path);
    return std::move(outcome.workspace);
}

bool WorkspaceAccess::handOverRecoveryKey(const QCommandLineParser &parser, const QString &recoveryKey,
                                          const QString &databasePath, QString *error)
{
    if (parser.isSet(m_recoveryKeyOut)) {
        const QString target = parser.value(m_recoveryKeyOut);
        const auto parsed = security::RecoveryKey::parse(recoveryKey);
        *error = parsed.error;
        if (!parsed.ok() || !security::RecoveryKey::writeToFile(target, parsed.key, databasePath, error))
            return false;
        Console::out() << tr("The new recovery key was written to %1 (readable by you only). Move it somewhere "
                             "safe and offline: it opens the database when everything else is lost.")
                              .arg(target)
                       << Qt::endl;
        return true;
    }
    Console::out() << tr("New recovery key (shown only this once; write it down and keep it safe and offline, "
                         "it opens the database when everything else is lost):")
                   << Qt::endl
                   << QStringLiteral("    ") << recoveryKey << Qt::endl;
    return true;
}

bool WorkspaceAccess::deliverRecoveryKey(const QCommandLineParser &parser, const QString &recoveryKey,
                                         const QString &databasePath)
{
    if (parser.isSet(m_recoveryKeyOut)) {
        const QString target = parser.value(m_recoveryKeyOut);
        const auto parsed = security::RecoveryKey::parse(recoveryKey);
        QString error = parsed.error;
        if (parsed.ok() && security::RecoveryKey::writeToFile(target, parsed.key, databasePath, &error)) {
            Console::out() << tr("The recovery key was written to %1 (readable by you only). Move it somewhere "
                                 "safe and offline: it opens the database when everything else is lost.")
                                  .arg(target)
                           << Qt::endl;
            return true;
        }
        Console::err() << tr("Could not write the recovery key to %1: %2. It is shown below instead.")
                              .arg(target, error)
                       << Qt::endl;
    }
    Console::out() << tr("Recovery key (shown only this once; write it down and keep it safe and offline, "
                         "it opens the database when everything else is lost):")
                   << Qt::endl
                   << QStringLiteral("    ") << recoveryKey << Qt::endl;
    return !parser.isSet(m_recoveryKeyOut);
}

} // namespace hrdesk::cli
