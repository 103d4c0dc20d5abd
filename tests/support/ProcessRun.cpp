#include "ProcessRun.h"

#include <QProcess>

namespace hrdesk::test {

QString ProcessRun::describe() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(code).arg(out, err);
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                      const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    ProcessRun result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace hrdesk::test
