#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hrdesk::test {

// What a program run by a test printed and how it ended (code -1: it crashed or never started).
struct ProcessRun
{
    int code = -1;
    QString out;
    QString err;

    // Exit code and both streams, for failure messages.
    QString describe() const;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 300000);

} // namespace hrdesk::test
