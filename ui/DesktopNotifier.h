#pragma once

#include "CampaignEvent.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace revox {

// Shows campaign events as desktop notifications: freedesktop Notifications over D-Bus
// (org.freedesktop.Notifications.Notify), or a tray icon's message where there is no
// notification server. Clicking a notification (its default action, or the tray message)
// asks to open the campaign. A new notification for a campaign replaces the previous one.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { DBus, Tray, None };

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    // Where notifications go now (a notification server may come and go).
    Channel channel() const;
    void notify(const CampaignEvent &event);

signals:
    // The person clicked the notification of campaignId (empty: an account-wide event).
    void openRequested(const QString &campaignId);
    // The notification server showed a notification for campaignId under this id.
    void shown(uint id, const QString &campaignId);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void notifyOverDBus(const CampaignEvent &event);
    void notifyInTray(const CampaignEvent &event);

    QDBusConnection m_bus;
    QHash<uint, QString> m_campaignOfNotification; // notification id -> campaign id
    QHash<QString, uint> m_notificationOfCampaign; // campaign id -> the last notification id
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayCampaign; // the campaign of the tray's last message
};

} // namespace revox
