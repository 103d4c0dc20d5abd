#include "PassphraseKeyWrap.h"

#include "core/security/SecurityLogging.h"

#include <sodium.h>

namespace hrdesk::security {

namespace {

// A file asking for more than this is treated as damaged rather than allowed to exhaust memory.
constexpr quint64 MaxMemLimit = quint64(2) * 1024 * 1024 * 1024;
constexpr quint64 MaxOpsLimit = 64;

// Signed copies of libsodium's size_t constants, so comparisons with Qt sizes stay warning-free
// on every compiler (MSVC /W4 flags signed/unsigned mixes).
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype NonceBytes = crypto_secretbox_NONCEBYTES;
constexpr qsizetype MacBytes = crypto_secretbox_MACBYTES;
constexpr qsizetype BoxKeyBytes = crypto_secretbox_KEYBYTES;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool KdfParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= MaxOpsLimit
           && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= MaxMemLimit;
}

PassphraseKeyWrap::PassphraseKeyWrap(KdfParams params)
    : m_params(params)
{
}

QString PassphraseKeyWrap::checkPassphrase(const QString &passphrase)
{
    // Count characters as people see them (code points), so a Chinese passphrase is not
    // penalised or favoured by its UTF-16 length.
    const qsizetype length = passphrase.toUcs4().size();
    if (length < MinimumPassphraseLength)
        return tr("The passphrase must be at least %n characters long.", nullptr,
                  static_cast<int>(MinimumPassphraseLength));
    return {};
}

SecretBytes PassphraseKeyWrap::deriveKey(const QString &passphrase, const QByteArray &salt,
                                         const KdfParams &params, QString *error)
{
    if (!SecretBytes::initializeSodium() || salt.size() != SaltBytes || !params.isAcceptable()) {
        setError(error, tr("The key protection parameters are invalid."));
        return {};
    }
    QByteArray utf8 = passphrase.toUtf8();
    SecretBytes passwordBytes = SecretBytes::copyOf(utf8);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));

    SecretBytes derived(BoxKeyBytes);
    if (derived.isEmpty()) {
        setError(error, tr("Not enough secure memory to protect the key."));
        return {};
    }
    const int rc = crypto_pwhash(derived.data(), static_cast<unsigned long long>(derived.size()),
                                 reinterpret_cast<const char *>(passwordBytes.data()),
                                 static_cast<unsigned long long>(passwordBytes.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()),
                                 params.opsLimit, static_cast<size_t>(params.memLimit),
                                 crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        qCWarning(lcSecurity) << "Argon2id failed; memlimit" << params.memLimit;
        setError(error, tr("Not enough memory to derive the key from the passphrase."));
        return {};
    }
    return derived;
}

bool PassphraseKeyWrap::wrap(const SecretBytes &key, const QString &passphrase, WrappedKey *wrapped,
                             QString *error) const
{
    if (const QString problem = checkPassphrase(passphrase); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    if (key.isEmpty() || !SecretBytes::initializeSodium()) {
        setError(error, tr("There is no key to protect."));
        return false;
    }
    WrappedKey result;
    result.kdf = m_params;
    result.salt.resize(SaltBytes);
    randombytes_buf(result.salt.data(), static_cast<size_t>(result.salt.size()));
    result.nonce.resize(NonceBytes);
    randombytes_buf(result.nonce.data(), static_cast<size_t>(result.nonce.size()));

    const SecretBytes derived = deriveKey(passphrase, result.salt, result.kdf, error);
    if (derived.isEmpty())
        return false;

    result.ciphertext.resize(key.size() + MacBytes);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(result.ciphertext.data()), key.data(),
                          static_cast<unsigned long long>(key.size()),
                          reinterpret_cast<const unsigned char *>(result.nonce.constData()),
                          derived.data());
    *wrapped = result;
    return true;
}

SecretBytes PassphraseKeyWrap::unwrap(const WrappedKey &wrapped, const QString &passphrase,
                                      QString *error, bool *wrongPassphrase) const
{
    if (wrongPassphrase)
        *wrongPassphrase = false;
    if (wrapped.nonce.size() != NonceBytes
        || wrapped.ciphertext.size() <= MacBytes) {
        setError(error, tr("The protected key is damaged."));
        return {};
    }
    const SecretBytes derived = deriveKey(passphrase, wrapped.salt, wrapped.kdf, error);
    if (derived.isEmpty())
        return {};
    SecretBytes key(wrapped.ciphertext.size() - MacBytes);
    const int rc = crypto_secretbox_open_easy(
            key.data(), reinterpret_cast<const unsigned char *>(wrapped.ciphertext.constData()),
            static_cast<unsigned long long>(wrapped.ciphertext.size()),
            reinterpret_cast<const unsigned char *>(wrapped.nonce.constData()), derived.data());
    if (rc != 0) {
        // A wrong passphrase and a tampered file are indistinguishable here, by design of the MAC.
        setError(error, tr("The passphrase is wrong."));
        if (wrongPassphrase)
            *wrongPassphrase = true;
        return {};
    }
    return key;
}

} // namespace hrdesk::security
