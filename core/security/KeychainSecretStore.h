#pragma once

#include "core/security/SecretStore.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

namespace hrdesk::security {

// The OS keychain (Windows Credential Manager, macOS Keychain, Secret Service/KWallet on Linux)
// through QtKeychain. Never falls back to QtKeychain's plaintext QSettings store: a key that
// cannot be kept safely is reported as NoBackend so the caller can offer a passphrase instead.
//
// Blocks in a local event loop; needs a QCoreApplication and must be used from its thread.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::KeychainSecretStore)

public:
    KeychainSecretStore() = default;

    SecretStoreResult read(const QString &service, const QString &account) override;
    SecretStoreResult write(const QString &service, const QString &account,
                            const SecretBytes &secret) override;
    SecretStoreResult remove(const QString &service, const QString &account) override;

private:
    enum class Operation { Read, Write, Remove };

    SecretStoreResult run(Operation operation, const QString &service, const QString &account,
                          const SecretBytes *secret);
    SecretStoreResult runOnce(Operation operation, const QString &service, const QString &account,
                              const SecretBytes *secret, int *rawError);
    SecretStoreResult mapError(int error, const QString &detail, const QString &account) const;

    // The Secret Service may still be starting when the first job arrives (D-Bus activation).
    bool m_backendAnswered = false;
};

} // namespace hrdesk::security
