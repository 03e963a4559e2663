#pragma once

#include "ApiEnums.h"
#include "Assistant.h"
#include "Timestamp.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace revox {

// Row counts of a campaign by call state.
struct RowStats
{
    qint64 calling = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 pending = 0;
    qint64 retry = 0;
    qint64 total = 0;
    std::optional<qint64> notLaunched; // newer API versions only
    std::optional<qint64> skipped;     // newer API versions only

    // Share of rows that reached a final state (completed or failed), 0..100.
    double progressPercent() const;
    bool operator==(const RowStats &o) const = default;
};

// A calling campaign: a list of contacts an assistant calls.
struct Campaign
{
    QString id;
    QString assistantId;
    Timestamp createdAt;
    bool isCancelled = false;
    QString name;
    QString organizationId;
    ApiEnum<CampaignStatus> status;
    Timestamp updatedAt;
    AssistantPtr assistant; // null when absent
    std::optional<CallRetryConfig> callRetryConfig;
    QString fromPhoneNumber;
    std::optional<qint64> maxConcurrentCalls;
    std::optional<RowStats> rowStats;
    Timestamp scheduledAt;
    // funnel_stats (newer API versions): its members are not documented, so the object is
    // kept as it came. Empty when absent.
    QJsonObject funnelStats;

    // What a person should read as the status: "cancelled" when is_cancelled is set,
    // otherwise the status text.
    QString effectiveStatusText() const;
    // True while rows may still change (running, or a status we do not know).
    bool isLive() const;
    bool operator==(const Campaign &o) const;
};

// The answer of GET /auth-status.
struct AuthStatus
{
    bool authenticated = false;
    QString organizationId; // when the body names one
    QString message;        // any text the body carried
};

} // namespace revox
