#pragma once

#include <QByteArray>
#include <QString>

namespace hrdesk::test {

// A 32-byte key that is the same on every run, for tests that do not test key handling.
QByteArray fixedTestKey(char fill = '\x5a');

// Path of a file in tests/data.
QString dataFile(const QString &name);

// True when the test runs under scripts/test, where the keychain must work (no skipping).
bool keychainRequired();

} // namespace hrdesk::test
