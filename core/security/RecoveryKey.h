#pragma once

#include "core/security/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

namespace hrdesk::security {

// The recovery key IS the raw database key, written for people: 64 upper-case hex digits in eight
// groups of eight. Anyone holding it can open the database with any SQLCipher tool, which is the
// point: it must work when HR Desk, the keychain and the key information file are all gone.
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::RecoveryKey)

public:
    static constexpr qsizetype KeySize = 32;

    struct ParseResult
    {
        SecretBytes key;
        QString error; // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // Accepts the grouped form, plain hex, lower case, spaces/dashes anywhere and the x'…' form.
    static ParseResult parse(QStringView text);

    // The returned QString is ordinary memory: it exists to be shown or printed once.
    static QString format(const SecretBytes &key);

    // `PRAGMA key = "x'…'";` for the sqlcipher shell, for help texts and the recovery file.
    static QString toSqlcipherPragma(const SecretBytes &key);

    // Owner-only file (0600 on POSIX), replaced atomically, with a header explaining its use.
    static bool writeToFile(const QString &path, const SecretBytes &key, const QString &databasePath,
                            QString *error);
};

} // namespace hrdesk::security
