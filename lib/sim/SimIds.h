#pragma once

#include <QString>

#include <optional>

namespace revox::sim {

// Identifiers of the simulated world: UUID-shaped strings that encode what they name
// (kind, campaign, row, attempt), so that any id can be resolved without a lookup table.
class SimIds
{
public:
    enum class Kind {
        Campaign = 1,
        Row = 2,
        Call = 3,
        Attempt = 4,
        Assistant = 5,
        Organization = 6
    };

    // What an id names.
    struct Decoded
    {
        Kind kind = Kind::Campaign;
        int campaign = 0;
        qint64 row = 0;
        int attempt = 0;
    };

    static constexpr qint64 kMaxRows = (1 << 20) - 1;

    explicit SimIds(quint64 seed)
        : m_seed(seed)
    {
    }

    QString make(Kind kind, int campaign, qint64 row = 0, int attempt = 0) const;
    // The coordinates of an id this world made; nullopt for anything else.
    std::optional<Decoded> decode(QStringView id) const;

private:
    quint64 m_seed;
};

} // namespace revox::sim
