#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace hrdesk::cli {

// Standard streams and terminal input for hrdesk-admin. Results go to stdout, errors and
// notices to stderr, so scripts can capture one without the other.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::cli::Console)

public:
    static QTextStream &out();
    static QTextStream &err();

    static bool stdinIsTerminal();
    // Reads one line from the terminal without echoing it.
    static QString readHidden(const QString &prompt);

    // The first line of path, trailing newline stripped. Secret files are small; larger ones
    // are refused to avoid reading a database by mistake.
    static bool readFirstLine(const QString &path, QString *line, QString *error);
    // The first line that is not empty and not a '#' comment (recovery key files carry a header).
    static bool readKeyLine(const QString &path, QString *line, QString *error);
};

} // namespace hrdesk::cli
