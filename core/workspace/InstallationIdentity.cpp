#include "core/workspace/InstallationIdentity.h"

#include "core/common/Ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

namespace hrdesk {

QString InstallationIdentity::defaultFile()
{
    // Generic, not per application: the desk and hrdesk-admin are one installation.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("hrdesk/installation-id"));
}

QString InstallationIdentity::current(QString *error)
{
    return load(defaultFile(), error);
}

QString InstallationIdentity::load(const QString &file, QString *error)
{
    const auto read = [&]() -> QString {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString id = QString::fromLatin1(in.read(128)).trimmed();
        return id.size() == 36 ? id : QString();
    };
    if (const QString existing = read(); !existing.isEmpty())
        return existing;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    // NewOnly: two programs starting at once agree on whichever id was written first.
    if (out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        out.write(newId().toLatin1() + '\n');
        out.close();
    } else if (QFile::exists(file)) {
        QThread::msleep(50); // the other writer may be between creating and writing the file
    }
    QString id = read();
    if (id.isEmpty() && QFile::exists(file)) {
        // Empty or damaged (a crash while it was first written): replaced atomically. Databases
        // bound to the lost id take a new device identity on their next open, nothing more.
        QSaveFile replacement(file);
        if (replacement.open(QIODevice::WriteOnly)) {
            replacement.write(newId().toLatin1() + '\n');
            replacement.commit();
        }
        id = read();
    }
    if (id.isEmpty() && error)
        *error = tr("The installation id in %1 can be neither read nor written: %2")
                     .arg(QDir::toNativeSeparators(file), out.errorString());
    return id;
}

} // namespace hrdesk
