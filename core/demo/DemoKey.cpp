#include "core/demo/DemoKey.h"

#include "core/demo/DemoRandom.h"

#include <algorithm>

namespace hrdesk::demo {

DemoKey DemoKey::draw(DemoRandom &random)
{
    DemoKey key;
    key.hi = (random.next() & ~0xf000ULL) | 0x4000ULL;                           // version 4
    key.lo = (random.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    return key;
}

std::vector<DemoKey> DemoKey::sorted(DemoRandom &random, size_t count)
{
    std::vector<DemoKey> keys(count);
    for (DemoKey &key : keys)
        key = draw(random);
    std::sort(keys.begin(), keys.end());
    return keys;
}

void DemoKey::format(char *out36) const
{
    static const char hex[] = "0123456789abcdef";
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

} // namespace hrdesk::demo
