#include "core/demo/DemoRandom.h"

namespace hrdesk::demo {

namespace {

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    for (quint64 &word : m_state)
        word = splitmix64(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint32 DemoRandom::below(quint32 bound)
{
    // Rejects the top sliver of the 32-bit range that would favour small values.
    const quint32 limit = static_cast<quint32>(0x100000000ULL - (0x100000000ULL % bound));
    for (;;) {
        const quint32 x = static_cast<quint32>(next() >> 32);
        if (limit == 0 || x < limit)
            return x % bound;
    }
}

int DemoRandom::between(int low, int high)
{
    return low + static_cast<int>(below(static_cast<quint32>(high - low + 1)));
}

int DemoRandom::weighted(const int *weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    int pick = static_cast<int>(below(static_cast<quint32>(total)));
    for (int i = 0; i < count; ++i) {
        if (pick < weights[i])
            return i;
        pick -= weights[i];
    }
    return count - 1;
}

void DemoRandom::uuid(char *out36)
{
    static const char hex[] = "0123456789abcdef";
    quint64 hi = next();
    quint64 lo = next();
    hi = (hi & ~0xf000ULL) | 0x4000ULL;                           // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    int pos = 0;
    auto put = [&](quint64 value) {
        for (int i = 15; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                out36[pos++] = '-';
            out36[pos++] = hex[(value >> (i * 4)) & 0xf];
        }
    };
    put(hi);
    put(lo);
}

QString DemoRandom::uuid()
{
    char text[36];
    uuid(text);
    return QString::fromLatin1(text, 36);
}

} // namespace hrdesk::demo
