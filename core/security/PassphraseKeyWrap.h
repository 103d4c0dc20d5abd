#pragma once

#include "core/security/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hrdesk::security {

// Argon2id cost. Stored next to the wrapped key so that the cost can be raised later without
// breaking files written with the old one.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // The default for real databases: about a second and 256 MiB on a branch-office desktop.
    static KdfParams moderate();
    // Cheaper, for tests and for explicitly weak machines.
    static KdfParams interactive();
    // Whether a file may ask for this cost: bounds stop a tampered file from exhausting memory.
    bool isAcceptable() const;
};

struct WrappedKey
{
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext; // XSalsa20-Poly1305 (crypto_secretbox_easy): key + 16-byte tag
};

// Protects the raw database key with a passphrase when no keychain can hold it.
class PassphraseKeyWrap
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::PassphraseKeyWrap)

public:
    static constexpr qsizetype MinimumPassphraseLength = 10; // characters (code points)

    explicit PassphraseKeyWrap(KdfParams params = KdfParams::moderate());

    // Translated reason the passphrase is refused, or an empty string.
    static QString checkPassphrase(const QString &passphrase);

    // False with a translated error on a weak passphrase or a KDF failure (out of memory).
    bool wrap(const SecretBytes &key, const QString &passphrase, WrappedKey *wrapped, QString *error) const;
    // Empty result with "The passphrase is wrong." when the tag does not verify; *wrongPassphrase
    // tells that case apart from a damaged file or a lack of memory.
    SecretBytes unwrap(const WrappedKey &wrapped, const QString &passphrase, QString *error,
                       bool *wrongPassphrase = nullptr) const;

private:
    static SecretBytes deriveKey(const QString &passphrase, const QByteArray &salt, const KdfParams &params,
                                 QString *error);

    KdfParams m_params;
};

} // namespace hrdesk::security
