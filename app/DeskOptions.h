#pragma once

#include <QCoreApplication>
#include <QString>

namespace hrdesk {

// The desk's command line.
struct DeskOptions
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::DeskOptions)

public:
    QString databasePath;
    QString signInAs;
    QString passphraseFile;
    QString language;       // empty: the Settings page's choice
    QString screenshotFile; // hidden: grab the main window to a file and quit (docs, review)
    QString section;        // hidden: the section to show first
    bool showArchived = false; // hidden: the lists show their archived records (screenshots)

    static QString defaultDatabasePath();
    // Parses QCoreApplication::arguments(); exits with usage on --help or bad options.
    static DeskOptions parse(const QCoreApplication &app);
    // Reads the passphrase file (first line); empty with error on failure.
    static QString readPassphraseFile(const QString &path, QString *error);
};

} // namespace hrdesk
