#include "CampaignEvent.h"

namespace revox {

QString CampaignEvent::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Finished:
        return QStringLiteral("finished");
    case Kind::Paused:
        return QStringLiteral("paused");
    case Kind::Failing:
        break;
    }
    return QStringLiteral("failing");
}

QString CampaignEvent::title() const
{
    switch (kind) {
    case Kind::Finished:
        return tr("Campaign finished: %1").arg(campaignName);
    case Kind::Paused:
        return tr("Campaign paused: %1").arg(campaignName);
    case Kind::Failing:
        break;
    }
    return campaignId.isEmpty() ? tr("The Revox API is failing")
                                : tr("Campaign failing: %1").arg(campaignName);
}

} // namespace revox
