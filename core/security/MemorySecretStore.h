#pragma once

#include "core/security/SecretStore.h"

#include <QCoreApplication>

#include <map>
#include <utility>

namespace hrdesk::security {

// An in-process SecretStore: for tests, and for layers that must run without any keychain.
// Nothing survives the process.
class MemorySecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::MemorySecretStore)

public:
    SecretStoreResult read(const QString &service, const QString &account) override;
    SecretStoreResult write(const QString &service, const QString &account,
                            const SecretBytes &secret) override;
    SecretStoreResult remove(const QString &service, const QString &account) override;

    // Simulates a missing or locked keychain: every call answers NoBackend.
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &service, const QString &account) const;
    qsizetype count() const { return static_cast<qsizetype>(m_entries.size()); }

private:
    SecretStoreResult unavailable() const;

    std::map<std::pair<QString, QString>, SecretBytes> m_entries;
    bool m_available = true;
};

} // namespace hrdesk::security
