#include "MemorySecretStore.h"

namespace hrdesk::security {

SecretStoreResult MemorySecretStore::unavailable() const
{
    SecretStoreResult result;
    result.error = SecretStoreResult::Error::NoBackend;
    result.message = tr("The secret store is not available.");
    return result;
}

SecretStoreResult MemorySecretStore::read(const QString &service, const QString &account)
{
    if (!m_available)
        return unavailable();
    SecretStoreResult result;
    const auto it = m_entries.find({service, account});
    if (it == m_entries.end()) {
        result.error = SecretStoreResult::Error::NotFound;
        result.message = tr("No secret is stored for %1.").arg(account);
        return result;
    }
    result.data = SecretBytes::copyOf(it->second.view());
    return result;
}

SecretStoreResult MemorySecretStore::write(const QString &service, const QString &account,
                                           const SecretBytes &secret)
{
    if (!m_available)
        return unavailable();
    m_entries.insert_or_assign({service, account}, SecretBytes::copyOf(secret.view()));
    return {};
}

SecretStoreResult MemorySecretStore::remove(const QString &service, const QString &account)
{
    if (!m_available)
        return unavailable();
    if (m_entries.erase({service, account}) == 0) {
        SecretStoreResult result;
        result.error = SecretStoreResult::Error::NotFound;
        result.message = tr("No secret is stored for %1.").arg(account);
        return result;
    }
    return {};
}

bool MemorySecretStore::contains(const QString &service, const QString &account) const
{
    return m_entries.find({service, account}) != m_entries.end();
}

} // namespace hrdesk::security
