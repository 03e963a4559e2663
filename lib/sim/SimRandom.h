#pragma once

#include <QtGlobal>

#include <initializer_list>

// Deterministic hashing for the simulated world: every value is derived from the seed and
// the coordinates of what it describes, so nothing has to be stored.
namespace revox::sim::random {

inline quint64 mix(quint64 x)
{
    // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 hash(std::initializer_list<quint64> parts)
{
    quint64 h = 0x243f6a8885a308d3ULL;
    for (quint64 p : parts)
        h = mix(h ^ mix(p));
    return h;
}

// A number in [0, 1).
inline double unit(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

// An integer in [lo, hi].
inline qint64 range(quint64 h, qint64 lo, qint64 hi)
{
    return lo + qint64(h % quint64(hi - lo + 1));
}

} // namespace revox::sim::random
