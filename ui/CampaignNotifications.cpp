#include "CampaignNotifications.h"

#include "AppSettings.h"
#include "CampaignEventDetector.h"
#include "DesktopNotifier.h"

namespace revox {

CampaignNotifications::CampaignNotifications(CampaignListModel *campaigns,
                                             CampaignListWatcher *watcher,
                                             const AppSettings *settings,
                                             const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_detector(new CampaignEventDetector(campaigns, watcher, this))
    , m_notifier(new DesktopNotifier(bus, this))
{
    connect(m_detector, &CampaignEventDetector::campaignEvent, this,
            &CampaignNotifications::onEvent);
    connect(m_notifier, &DesktopNotifier::openRequested, this,
            &CampaignNotifications::openRequested);
}

void CampaignNotifications::onEvent(const CampaignEvent &event)
{
    if (!m_settings->notifies(event.kind)) {
        return;
    }
    m_notifier->notify(event);
    emit notified(event);
}

} // namespace revox
