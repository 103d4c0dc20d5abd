#include "SecretBytes.h"

#include "core/security/SecurityLogging.h"

#include <sodium.h>

#include <utility>

namespace hrdesk::security {

bool SecretBytes::initializeSodium()
{
    // sodium_init() is itself thread-safe and idempotent; the static only saves the repeated call.
    static const bool initialized = [] {
        if (sodium_init() < 0) {
            qCCritical(lcSecurity) << "libsodium could not be initialised";
            return false;
        }
        return true;
    }();
    return initialized;
}

SecretBytes::SecretBytes(qsizetype size)
{
    if (size <= 0 || !initializeSodium())
        return;
    // sodium_malloc also mlocks the pages; a failed mlock (low RLIMIT_MEMLOCK) is not fatal there.
    m_data = static_cast<unsigned char *>(sodium_malloc(static_cast<size_t>(size)));
    if (!m_data) {
        qCCritical(lcSecurity) << "Could not allocate" << size << "bytes of secure memory";
        return;
    }
    m_size = size;
    sodium_memzero(m_data, static_cast<size_t>(m_size));
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::clear()
{
    if (m_data) {
        // sodium_free wipes as well; the explicit wipe keeps the intent visible and survives
        // a future change of allocator.
        sodium_memzero(m_data, static_cast<size_t>(m_size));
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::random(qsizetype size)
{
    SecretBytes bytes(size);
    if (!bytes.isEmpty())
        randombytes_buf(bytes.m_data, static_cast<size_t>(bytes.m_size));
    return bytes;
}

SecretBytes SecretBytes::copyOf(QByteArrayView source)
{
    SecretBytes bytes(source.size());
    if (!bytes.isEmpty())
        memcpy(bytes.m_data, source.data(), static_cast<size_t>(source.size()));
    return bytes;
}

SecretBytes SecretBytes::fromHex(QByteArrayView hex)
{
    if (hex.isEmpty() || hex.size() % 2 != 0)
        return {};
    SecretBytes bytes(hex.size() / 2);
    if (bytes.isEmpty())
        return {};
    size_t written = 0;
    const char *end = nullptr;
    // sodium_hex2bin runs in constant time for the digits it accepts, unlike QByteArray::fromHex.
    const int rc = sodium_hex2bin(bytes.m_data, static_cast<size_t>(bytes.m_size), hex.data(),
                                  static_cast<size_t>(hex.size()), nullptr, &written, &end);
    if (rc != 0 || written != static_cast<size_t>(bytes.m_size) || end != hex.data() + hex.size())
        return {};
    return bytes;
}

SecretBytes SecretBytes::fromHex(QStringView hex)
{
    // Narrow into secure memory so the digits are not left behind in an ordinary QByteArray.
    SecretBytes ascii(hex.size());
    if (ascii.isEmpty())
        return {};
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const char16_t c = hex.at(i).unicode();
        if (c > 0x7f)
            return {};
        ascii.m_data[i] = static_cast<unsigned char>(c);
    }
    return fromHex(ascii.view());
}

SecretBytes SecretBytes::toHex(HexCase hexCase) const
{
    if (isEmpty())
        return {};
    // One more byte for the terminator sodium_bin2hex always writes; trimmed by the size below.
    SecretBytes hex(m_size * 2 + 1);
    if (hex.isEmpty())
        return {};
    sodium_bin2hex(reinterpret_cast<char *>(hex.m_data), static_cast<size_t>(hex.m_size), m_data,
                   static_cast<size_t>(m_size));
    hex.m_data[hex.m_size - 1] = 0;
    hex.m_size -= 1; // sodium_free does not need the original size
    if (hexCase == HexCase::Upper) {
        // Branch-free so that upper-casing does not leak which digits are letters.
        for (qsizetype i = 0; i < hex.m_size; ++i) {
            const unsigned c = hex.m_data[i];
            const unsigned isLetter = ((static_cast<unsigned>('`') - c) >> 8) & 0x20u;
            hex.m_data[i] = static_cast<unsigned char>(c - isLetter);
        }
    }
    return hex;
}

QByteArrayView SecretBytes::view() const
{
    return QByteArrayView(m_data, m_size);
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    return equals(other.view());
}

bool SecretBytes::equals(QByteArrayView other) const
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), static_cast<size_t>(m_size)) == 0;
}

} // namespace hrdesk::security
