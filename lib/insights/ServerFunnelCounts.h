#pragma once

#include <QJsonObject>

#include <optional>

namespace revox {

// The members of a server's funnel_stats that count what CampaignFunnel counts: rows called
// (dialled at least once), answered (connected) and answered by a person, by the names
// servers are known to send them under. funnel_stats is not documented: a member under
// another name, or counts that do not narrow like a funnel, are not read.
struct ServerFunnelCounts
{
    std::optional<qint64> called;
    std::optional<qint64> answered;
    std::optional<qint64> human;

    static ServerFunnelCounts read(const QJsonObject &funnelStats);
    // Whether the answered (human) rate can be worked out from the server's figures.
    bool hasAnswerRate() const { return called && answered; }
    bool hasHumanRate() const { return called && human; }
};

} // namespace revox
