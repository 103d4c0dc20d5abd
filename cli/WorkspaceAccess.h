#pragma once

#include "core/workspace/WorkspaceOpener.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace hrdesk::security {
class SecretStore;
}

namespace hrdesk::cli {

// What every command shares: the --db, --passphrase-file and --recovery-key-file options, the
// choice of key source, and turning WorkspaceOpener outcomes into messages that name the option
// to pass next.
class WorkspaceAccess
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::WorkspaceAccess)

public:
    explicit WorkspaceAccess(security::SecretStore &store);

    // Adds --db, --passphrase-file and --recovery-key-file.
    void addOptions(QCommandLineParser &parser);
    // Adds --recovery-key-out.
    void addRecoveryKeyOutOption(QCommandLineParser &parser);

    // The --db value, or an error message (and false) when it is missing.
    bool databasePath(const QCommandLineParser &parser, QString *path) const;

    // Opens an existing database with the source the options select; errors are printed.
    std::unique_ptr<Workspace> open(const QCommandLineParser &parser, const QString &path, bool readOnly = false);
    // Opens path again with the same key source (for checking a backup).
    WorkspaceOpener::Outcome reopen(const QString &path, bool readOnly);
    // Creates a new database (keychain, or the passphrase of --passphrase-file, or a passphrase
    // typed on the terminal when no keychain answers); prints or saves the recovery key.
    std::unique_ptr<Workspace> create(const QCommandLineParser &parser, const QString &path);

    // Shows the recovery key once, or writes it to --recovery-key-out; false if it could not be
    // written (it is then printed instead, so it is never lost).
    bool deliverRecoveryKey(const QCommandLineParser &parser, const QString &recoveryKey, const QString &databasePath);
    // For a key change: writes the new recovery key to --recovery-key-out, or shows it; false
    // (nothing printed) if the file could not be written, so that the change can stop first.
    bool handOverRecoveryKey(const QCommandLineParser &parser, const QString &recoveryKey,
                             const QString &databasePath, QString *error);
    // Refuses an existing --recovery-key-out file before anything is changed.
    bool checkRecoveryKeyOut(const QCommandLineParser &parser) const;

    // The passphrase from --passphrase-file, if given; false (with the error printed) if unreadable.
    bool passphraseFromFile(const QCommandLineParser &parser, QString *passphrase) const;
    // Asks twice on the terminal; empty if they differ or no terminal.
    static QString promptNewPassphrase();

    WorkspaceOpener &opener() { return m_opener; }

    // Who runs hrdesk-admin, for the audit log: the operating-system account, since the
    // administration commands run without a desk sign-in.
    static commands::Actor administrator();

private:
    bool buildRequest(const QCommandLineParser &parser, WorkspaceOpener::OpenRequest *request) const;

    WorkspaceOpener m_opener;
    QCommandLineOption m_db;
    QCommandLineOption m_passphraseFile;
    QCommandLineOption m_recoveryKeyFile;
    QCommandLineOption m_recoveryKeyOut;
    WorkspaceOpener::OpenRequest m_lastRequest;
};

} // namespace hrdesk::cli
