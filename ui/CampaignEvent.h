#pragma once

#include <QCoreApplication>
#include <QString>

namespace revox {

// Something that happened to a campaign and is worth a desktop notification.
struct CampaignEvent
{
    Q_DECLARE_TR_FUNCTIONS(CampaignEvent)
public:
    enum class Kind { Finished, Paused, Failing };

    Kind kind = Kind::Finished;
    QString campaignId; // empty for an event of the whole account (the API failing)
    QString campaignName;
    QString detail; // one sentence for the notification's body

    // "finished", "paused", "failing": the settings key of a kind.
    static QString kindKey(Kind kind);
    // The notification's title, e.g. "Campaign finished: Spring renewals".
    QString title() const;
};

} // namespace revox
