#pragma once

// Shared by the libFuzzer targets (docs/fuzzing.md).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

// A property every input must keep; a violation stops the run like a crash, and libFuzzer saves
// the input that caused it.
#define HRDESK_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                               \
        if (!(condition)) {                                                                            \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #condition);    \
            std::abort();                                                                              \
        }                                                                                              \
    } while (false)

namespace hrdesk::fuzz {

// The readers read files: the input is written to one file per process (in $HRDESK_FUZZ_DIR,
// which scripts/fuzz makes and removes, else in /dev/shm when there is one), overwritten by
// every run.
inline QString writeInput(const uint8_t *data, size_t size, const char *name)
{
    static const QString dir = [] {
        const QString given = qEnvironmentVariable("HRDESK_FUZZ_DIR");
        const QString base = !given.isEmpty()                         ? given
                             : QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                         : QDir::tempPath();
        const QString path = QStringLiteral("%1/hrdesk-fuzz-%2").arg(base).arg(qint64(::getpid()));
        QDir().mkpath(path);
        return path;
    }();
    const QString path = dir + u'/' + QString::fromLatin1(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace hrdesk::fuzz
