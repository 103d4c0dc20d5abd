#include "RecoveryKeyFile.h"

#include "core/security/RecoveryKey.h"

#include <QFile>

namespace hrdesk::test {

QByteArray rawKeyFromRecoveryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto parsed = security::RecoveryKey::parse(QString::fromLatin1(line));
        return parsed.ok() ? QByteArray(reinterpret_cast<const char *>(parsed.key.view().data()), parsed.key.size())
                           : QByteArray();
    }
    return {};
}

} // namespace hrdesk::test
