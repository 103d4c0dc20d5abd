#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace hrdesk::security {

// Key material lives only here: in sodium_malloc'd pages (guarded, locked against swapping where
// the OS allows) that are wiped when released. Move-only so that a key is never silently duplicated.
class SecretBytes
{
public:
    enum class HexCase { Lower, Upper };

    SecretBytes() noexcept = default;
    // Zero-filled buffer of the given size; an allocation failure yields an empty buffer.
    explicit SecretBytes(qsizetype size);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(qsizetype size);
    static SecretBytes copyOf(QByteArrayView bytes);
    // Strict: an even number of hex digits, nothing else. Empty result on bad input.
    static SecretBytes fromHex(QStringView hex);
    static SecretBytes fromHex(QByteArrayView hex);

    // ASCII hex digits, kept in secure memory too.
    SecretBytes toHex(HexCase hexCase = HexCase::Lower) const;

    QByteArrayView view() const;
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant time in the content (the sizes are not secret).
    bool equals(const SecretBytes &other) const;
    bool equals(QByteArrayView other) const;

    void clear();

    // Safe to call from any thread, any number of times.
    static bool initializeSodium();

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace hrdesk::security
