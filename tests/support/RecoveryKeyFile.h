#pragma once

#include <QByteArray>
#include <QString>

namespace hrdesk::test {

// The raw database key in a recovery-key file that hrdesk-admin wrote (--recovery-key-out):
// the first line that is not a comment, parsed; empty if the file is missing or holds no key.
QByteArray rawKeyFromRecoveryFile(const QString &path);

} // namespace hrdesk::test
