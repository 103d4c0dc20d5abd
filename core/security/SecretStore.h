#pragma once

#include "core/security/SecretBytes.h"

#include <QString>

namespace hrdesk::security {

struct SecretStoreResult
{
    enum class Error {
        None,
        NotFound,
        // The keychain is missing, locked, or the user/OS denied access: callers may offer a
        // passphrase instead, and must say so.
        NoBackend,
        Other,
    };

    Error error = Error::None;
    QString message;  // translated, for people; empty on success
    SecretBytes data; // filled by read()

    bool ok() const { return error == Error::None; }
};

// Where raw keys are kept between runs. Synchronous: callers are start-up and admin paths that
// cannot continue without the answer.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual SecretStoreResult read(const QString &service, const QString &account) = 0;
    virtual SecretStoreResult write(const QString &service, const QString &account,
                                    const SecretBytes &secret) = 0;
    // Removing an entry that does not exist reports NotFound.
    virtual SecretStoreResult remove(const QString &service, const QString &account) = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore &) = default;
    SecretStore &operator=(const SecretStore &) = default;
};

} // namespace hrdesk::security
