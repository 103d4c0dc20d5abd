#pragma once

#include <QString>
#include <QtGlobal>

namespace hrdesk::demo {

// xoshiro256** seeded through splitmix64. Written out instead of <random> because the standard
// distributions are implementation-defined: the same seed must give the same demo rows with
// libstdc++, libc++ and MSVC.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, bound) without modulo bias; bound > 0.
    quint32 below(quint32 bound);
    // Uniform in [low, high], both inclusive.
    int between(int low, int high);
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < static_cast<quint32>(percent); }
    // An index into weights (non-negative, not all zero), chosen in proportion to its weight.
    int weighted(const int *weights, int count);

    // A version-4-shaped UUID from the stream, lower case without braces, so demo rows are
    // identical for identical seeds.
    QString uuid();
    // The same as 36 Latin-1 characters, for bulk writers.
    void uuid(char *out36);

private:
    quint64 m_state[4];
};

} // namespace hrdesk::demo
