#pragma once

#include <QtGlobal>

#include <compare>
#include <vector>

namespace hrdesk::demo {

class DemoRandom;

// A version-4-shaped UUID as two numbers, drawn exactly as DemoRandom::uuid() draws it. Bulk
// writers insert rows in key order, so that the primary key index grows at its end instead of
// splitting pages all over the file: sorting 16-byte numbers is several times cheaper than
// sorting 36-character strings, and the text (fixed-width lower-case hex) sorts the same way.
struct DemoKey
{
    quint64 hi = 0;
    quint64 lo = 0;

    // count keys from random, in ascending order. The keys stay random and deterministic; only
    // their order is not the order they were drawn in.
    static std::vector<DemoKey> sorted(DemoRandom &random, size_t count);
    static DemoKey draw(DemoRandom &random);

    // The 36 Latin-1 characters of the UUID (no terminator).
    void format(char *out36) const;

    friend auto operator<=>(const DemoKey &, const DemoKey &) = default;
};

} // namespace hrdesk::demo
