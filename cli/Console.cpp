#include "cli/Console.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace hrdesk::cli {

namespace {

constexpr qint64 MaxSecretFileSize = 64 * 1024;

bool readLines(const QString &path, QStringList *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Console::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxSecretFileSize) {
        *error = Console::tr("%1 is too large to be a passphrase or key file.").arg(path);
        return false;
    }
    QByteArray bytes = file.readAll();
    *lines = QString::fromUtf8(bytes).split(u'\n');
    bytes.fill('\0');
    for (QString &line : *lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return true;
}

} // namespace

QTextStream &Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool Console::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString Console::readHidden(const QString &prompt)
{
    err() << prompt << Qt::flush;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    std::wstring line;
    std::getline(std::wcin, line);
    SetConsoleMode(input, mode);
    err() << Qt::endl;
    return QString::fromStdWString(line);
#else
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err() << Qt::endl;
    const QString result = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return result;
#endif
}

bool Console::readFirstLine(const QString &path, QString *line, QString *error)
{
    QStringList lines;
    if (!readLines(path, &lines, error))
        return false;
    *line = lines.value(0);
    if (line->isEmpty()) {
        *error = tr("The first line of %1 is empty.").arg(path);
        return false;
    }
    return true;
}

bool Console::readKeyLine(const QString &path, QString *line, QString *error)
{
    QStringList lines;
    if (!readLines(path, &lines, error))
        return false;
    for (const QString &candidate : std::as_const(lines)) {
        const QString trimmed = candidate.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#')) {
            *line = trimmed;
            return true;
        }
    }
    *error = tr("%1 contains no recovery key.").arg(path);
    return false;
}

} // namespace hrdesk::cli
