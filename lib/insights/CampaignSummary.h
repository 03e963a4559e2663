#pragma once

#include "CampaignFunnel.h"
#include "Row.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace revox {

// The figures of one campaign that need its rows (the all-campaigns table shows them next
// to row_stats): the funnel counts, the median length of answered calls and the last call.
// Worked out when the campaign's rows are loaded and kept in the local cache, so that the
// table never downloads a campaign's rows.
struct CampaignSummary
{
    // Where the rows it was worked out from came from: this computer's copy of an opened
    // campaign, or rows downloaded in the background for a campaign not opened here.
    enum class Source { ThisComputer, Background };

    QString campaignId;
    QDateTime computedAt;
    CampaignFunnel funnel;
    std::optional<OutputCondition> successCondition;
    std::optional<qint64> medianDurationSecs; // answered calls
    QDateTime lastActivity;                   // the latest attempt start or end
    Source source = Source::ThisComputer;

    static CampaignSummary compute(const QString &campaignId, const QList<Row> &rows,
                                   const std::optional<OutputCondition> &success,
                                   const QDateTime &now);
    QJsonObject toJson() const;
    // nullopt for an object that is not a summary (a damaged cache entry).
    static std::optional<CampaignSummary> fromJson(const QJsonObject &object);
    bool operator==(const CampaignSummary &o) const;
};

// The success condition a campaign starts with: its first boolean output field being true
// (a campaign asks "interested?", "confirmed?"); nullopt when the config has none.
std::optional<OutputCondition> defaultSuccessCondition(const QList<StructuredOutputField> &config);

} // namespace revox

Q_DECLARE_METATYPE(revox::CampaignSummary)
