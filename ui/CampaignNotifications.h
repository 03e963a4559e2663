#pragma once

#include "CampaignEvent.h"

#include <QDBusConnection>
#include <QObject>

namespace revox {

class AppSettings;
class CampaignEventDetector;
class CampaignListModel;
class CampaignListWatcher;
class DesktopNotifier;

// Desktop notifications for campaign events: the events the campaign list's refreshes
// show (CampaignEventDetector), of the kinds chosen in Settings, sent by a DesktopNotifier.
class CampaignNotifications : public QObject
{
    Q_OBJECT
public:
    // settings say which kinds to notify; it must outlive this.
    CampaignNotifications(CampaignListModel *campaigns, CampaignListWatcher *watcher,
                          const AppSettings *settings,
                          const QDBusConnection &bus = QDBusConnection::sessionBus(),
                          QObject *parent = nullptr);

    DesktopNotifier *notifier() const { return m_notifier; }

signals:
    // A notification was clicked: open this campaign (empty: just show the window).
    void openRequested(const QString &campaignId);
    // An event was notified (for the status bar and tests).
    void notified(const revox::CampaignEvent &event);

private:
    void onEvent(const CampaignEvent &event);

    const AppSettings *m_settings;
    CampaignEventDetector *m_detector;
    DesktopNotifier *m_notifier;
};

} // namespace revox
