#include "TestSupport.h"

#include <QDir>

namespace hrdesk::test {

QByteArray fixedTestKey(char fill)
{
    return QByteArray(32, fill);
}

QString dataFile(const QString &name)
{
    return QDir(qEnvironmentVariable("HRDESK_SOURCE_DIR")).filePath(QStringLiteral("tests/data/") + name);
}

bool keychainRequired()
{
    return qEnvironmentVariableIntValue("HRDESK_REQUIRE_KEYCHAIN") == 1;
}

} // namespace hrdesk::test
