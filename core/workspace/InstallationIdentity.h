#pragma once

#include <QCoreApplication>
#include <QString>

namespace hrdesk {

// The identity of this installation of HR Desk for this operating-system user: a random id kept
// outside every database, in the user's application data. A database remembers which
// installation and which file path its device identity belongs to; opened anywhere else (a copy,
// another computer, a restored backup) it gets a new device identity, so that two devices never
// share a (device, sequence) pair.
class InstallationIdentity
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::InstallationIdentity)

public:
    // The id in the default location, created on first use; empty with *error when the file can
    // be neither read nor written.
    static QString current(QString *error = nullptr);
    // The id kept in file (created if missing): for tests and for the default location.
    static QString load(const QString &file, QString *error = nullptr);
    static QString defaultFile();
};

} // namespace hrdesk
